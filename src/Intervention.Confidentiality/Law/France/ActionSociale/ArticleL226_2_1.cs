using Intervention.Confidentiality.Disclosure;
using static Intervention.Confidentiality.Law.Conclusions;
using static Intervention.Confidentiality.Law.France.FrenchData;
using static Intervention.Confidentiality.Law.France.FrenchTexts;

namespace Intervention.Confidentiality.Law.France.ActionSociale;

/// <summary>
/// Code de l'action sociale et des familles, art. L.226-2-1: the people who carry out or contribute to child-protection policy
/// transmit without delay to the président du conseil départemental (the CRIP) any worrying information about a minor in danger or at
/// risk of danger; the parents are told beforehand unless that is against the child's interest. Row <c>FR-CASF-L226-2-1</c> of
/// docs/legal.md.
/// </summary>
/// <remarks>Created by Loi 2007-293: before it the rule is not in force. Whether it is a duty or a permission is debated: the pack
/// reads it as a duty, and a service may read it as a permission (<see cref="ServicePolicy"/>).</remarks>
internal static class ArticleL226_2_1
{
    private static readonly RuleMatch Transmit = Duty(ChildProtection, [Notice.InformParentsBeforehand],
        "Une information préoccupante sur un mineur en danger ou en risque de l'être est transmise sans délai au président du conseil départemental (CRIP) ; les parents en sont informés au préalable.",
        "Worrying information about a minor in danger or at risk is transmitted without delay to the président du conseil départemental (CRIP); parents are told beforehand.");

    private static readonly RuleMatch TransmitParentsNotTold = Duty(ChildProtection, NoNotice,
        "Une information préoccupante sur un mineur en danger ou en risque de l'être est transmise sans délai au président du conseil départemental (CRIP) ; informer les parents au préalable serait contraire à l'intérêt de l'enfant.",
        "Worrying information about a minor in danger or at risk is transmitted without delay to the président du conseil départemental (CRIP); telling the parents beforehand would be against the child's interest.");

    /// <summary><c>FR-CASF-L226-2-1</c>: the worrying information goes to the CRIP (docs/legal.md#fr-casf-l226-2-1).</summary>
    internal static DisclosureRule ChildAtRiskTransmission() => new(
        "FR-CASF-L226-2-1",
        RuleRank.LegalDuty,
        [new(Casf, "L.226-2-1", null, "Loi 2007-293 du 5 mars 2007 réformant la protection de l'enfance (date de la loi ; jour d'effet à confirmer)", Loi2007_293, toConfirm: true)],
        (r, _) => r.Discloser is DiscloserKind.SocialWorker or DiscloserKind.Physician or DiscloserKind.HealthProfessional or DiscloserKind.VictimSupportWorker
                  && (r.Has(FactKind.ChildInDangerOrAtRisk) || r.Has(FactKind.AbuseOfMinor)) && r.Recipient == RecipientKind.Crip
            ? (r.Has(FactKind.InformingParentsAgainstChildInterest) ? TransmitParentsNotTold : Transmit)
            : Not(
                "Pas de mineur en danger ou en risque transmis à la CRIP par une personne qui concourt à la protection de l'enfance.",
                "No minor in danger or at risk transmitted to the CRIP by someone contributing to child protection."),
        summary: new(
            "Personne qui concourt à la protection de l'enfance, mineur en danger ou en risque (ou victime de sévices), vers la CRIP : obligation de transmettre sans délai ; parents informés au préalable sauf intérêt contraire de l'enfant.",
            "Someone contributing to child protection, a minor in danger or at risk (or abused), to the CRIP: duty to transmit without delay; parents told beforehand unless against the child's interest."));
}
