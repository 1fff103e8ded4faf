using Intervention.Confidentiality.Disclosure;
using static Intervention.Confidentiality.Law.Conclusions;
using static Intervention.Confidentiality.Law.France.FrenchData;
using static Intervention.Confidentiality.Law.France.FrenchTexts;

namespace Intervention.Confidentiality.Law.France.CodePenal;

/// <summary>
/// Code pénal, art. 223-6: two duties that bind everyone, secret holders included. Alinéa 1: whoever can prevent, by immediate
/// action and without risk to themself or others, a crime or a délit against a person's bodily integrity and abstains. Alinéa 2:
/// whoever abstains from giving a person in peril the help they could give, by acting or by calling for help, without risk. Since
/// Loi 2018-703, alinéa 3 raises the penalty to 7 years and €100,000 when the victim or the person in peril is a minor under 15: the
/// same duty, a heavier explanation. Rows <c>FR-CP-223-6-1</c> and <c>FR-CP-223-6-2</c> of docs/legal.md.
/// </summary>
/// <remarks>In force since the Code pénal of 1994 (the former code's art. 63 is not encoded). That alinéa 3 comes from art. 5 of
/// Loi 2018-703 is inferred from the parallel change of 434-3, hence to confirm.</remarks>
internal static class Article223_6
{
    private static readonly RuleMatch Prevent = Duty(Alert, NoNotice,
        "Quiconque peut empêcher par son action immédiate, sans risque pour lui ou pour les tiers, un crime ou un délit contre l'intégrité corporelle d'une personne doit le faire, dépositaires du secret compris (223-6 al. 1).",
        "Anyone who can prevent, by immediate action and without risk to themselves or others, a crime or an offence against a person's bodily integrity must do so, secret holders included (223-6 al. 1).");

    private static readonly RuleMatch PreventAggravated = Duty(Alert, NoNotice,
        "Quiconque peut empêcher par son action immédiate, sans risque pour lui ou pour les tiers, un crime ou un délit contre l'intégrité corporelle d'une personne doit le faire, dépositaires du secret compris (223-6 al. 1) ; la victime ayant moins de 15 ans, l'abstention est punie de 7 ans et 100 000 €.",
        "Anyone who can prevent, by immediate action and without risk to themselves or others, a crime or an offence against a person's bodily integrity must do so, secret holders included (223-6 al. 1); as the victim is a minor under 15, failing is punished by 7 years and €100,000.");

    private static readonly RuleMatch Rescue = Duty(Alert, NoNotice,
        "Quiconque peut porter à une personne en péril l'assistance que, sans risque pour lui ou pour les tiers, il peut lui prêter par son action ou en provoquant un secours doit le faire, dépositaires du secret compris (223-6 al. 2).",
        "Anyone who can help a person in danger, by acting or by calling for help, without risk to themselves or others, must do so, secret holders included (223-6 al. 2).");

    private static readonly RuleMatch RescueAggravated = Duty(Alert, NoNotice,
        "Quiconque peut porter à une personne en péril l'assistance que, sans risque pour lui ou pour les tiers, il peut lui prêter par son action ou en provoquant un secours doit le faire, dépositaires du secret compris (223-6 al. 2) ; la personne en péril ayant moins de 15 ans, l'abstention est punie de 7 ans et 100 000 €.",
        "Anyone who can help a person in danger, by acting or by calling for help, without risk to themselves or others, must do so, secret holders included (223-6 al. 2); as the person in danger is a minor under 15, failing is punished by 7 years and €100,000.");

    /// <summary><c>FR-CP-223-6-1</c>: the duty to prevent a crime or an assault (docs/legal.md#fr-cp-223-6-1).</summary>
    internal static DisclosureRule DutyToPrevent() => new(
        "FR-CP-223-6-1",
        RuleRank.LegalDuty,
        [
            new(CodePenalFr, "223-6", "al. 1", "Code pénal de 1994 : 5 ans et 75 000 €", CodePenal1994, Loi2018_703),
            new(CodePenalFr, "223-6", "al. 1 et 3", "Loi 2018-703 du 3 août 2018, art. 5 : 7 ans et 100 000 € si la victime est un mineur de quinze ans", Loi2018_703, toConfirm: true),
        ],
        (r, v) => r.Has(FactKind.PreventableCrimeOrAssault) && r.Recipient is (RecipientKind.EmergencyServices or RecipientKind.PoliceHierarchy)
            ? (v.InForceFrom >= Loi2018_703 && r.Has(FactKind.VictimUnder15) ? PreventAggravated : Prevent)
            : Not(
                "Pas de crime ou de délit contre l'intégrité corporelle qu'une action immédiate pourrait empêcher, ou le destinataire ne peut agir sur-le-champ.",
                "No crime or offence against bodily integrity that immediate action could prevent, or the recipient cannot act now."),
        earlierWordingsUnchecked: true,
        summary: new(
            "Crime ou délit contre l'intégrité corporelle qu'une action immédiate sans risque peut empêcher, vers les secours ou la police : obligation d'agir, secret compris ; peine aggravée si la victime a moins de 15 ans (depuis 2018).",
            "A crime or an offence against bodily integrity that immediate action without risk can prevent, to the emergency services or the police: duty to act, secrecy notwithstanding; heavier penalty when the victim is under 15 (since 2018)."));

    /// <summary><c>FR-CP-223-6-2</c>: the duty to help a person in peril (docs/legal.md#fr-cp-223-6-2).</summary>
    internal static DisclosureRule DutyToRescue() => new(
        "FR-CP-223-6-2",
        RuleRank.LegalDuty,
        [
            new(CodePenalFr, "223-6", "al. 2", "Code pénal de 1994 : 5 ans et 75 000 €", CodePenal1994, Loi2018_703),
            new(CodePenalFr, "223-6", "al. 2 et 3", "Loi 2018-703 du 3 août 2018, art. 5 : 7 ans et 100 000 € si la personne en péril est un mineur de quinze ans", Loi2018_703, toConfirm: true),
        ],
        (r, v) => r.Has(FactKind.PersonInImminentPeril) && r.Recipient is (RecipientKind.EmergencyServices or RecipientKind.PoliceHierarchy)
            ? (v.InForceFrom >= Loi2018_703 && r.Has(FactKind.VictimUnder15) ? RescueAggravated : Rescue)
            : Not(
                "Pas de personne en péril grave et imminent, ou le destinataire ne peut lui porter secours sur-le-champ.",
                "No person in serious, imminent peril, or the recipient cannot help now."),
        earlierWordingsUnchecked: true,
        summary: new(
            "Personne en péril grave et imminent qu'on peut secourir sans risque, par son action ou en provoquant un secours, vers les secours ou la police : obligation d'agir, secret compris ; peine aggravée si elle a moins de 15 ans (depuis 2018).",
            "A person in serious, imminent peril who can be helped without risk, by acting or by calling for help, to the emergency services or the police: duty to act, secrecy notwithstanding; heavier penalty when under 15 (since 2018)."));
}
