using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Domain.People;
using NodaTime;
using static Intervention.Confidentiality.Law.Conclusions;
using static Intervention.Confidentiality.Law.France.FrenchData;
using static Intervention.Confidentiality.Law.France.FrenchTexts;

namespace Intervention.Confidentiality.Law.France.CodePenal;

/// <summary>
/// Code pénal, art. 226-14: « L'article 226-13 n'est pas applicable dans les cas où la loi impose ou autorise la révélation du
/// secret. En outre, il n'est pas applicable » to the five cases of 1° to 5°, and its last paragraph protects the reporter in good
/// faith. Rows <c>FR-CP-226-14-1</c> to <c>FR-CP-226-14-5</c> and <c>FR-CP-226-14-immunity</c> of docs/legal.md.
/// </summary>
/// <remarks>
/// The earliest wording read is that of Loi 2004-1 (JO of 3 January 2004); 226-14 existed since 1994 in wordings not checked, so the
/// pack does not answer before that day. The weapons paragraph was added by Loi 2003-239 (numbered 3° until Loi 2020-936 made it
/// 4°); its day of effect is taken from the Journal officiel of 19 March 2003 and is to confirm.
/// </remarks>
internal static class Article226_14
{
    private static readonly RuleMatch AbuseReportBefore2015 = Permit(Report, NoNotice, ImmunityBefore2015,
        "Les privations ou sévices infligés à un mineur ou à une personne qui n'est pas en mesure de se protéger peuvent être signalés aux autorités judiciaires, médicales ou administratives sans consentement ; le signalement de bonne foi n'expose à aucune sanction disciplinaire.",
        "Privations or abuse of a minor or a person unable to protect themself may be reported to the judicial, medical or administrative authorities without consent; the reporter in good faith incurs no disciplinary sanction.");

    private static readonly RuleMatch AbuseReportSince2015 = Permit(Report, NoNotice, ImmunitySince2015,
        "Les privations ou sévices infligés à un mineur ou à une personne qui n'est pas en mesure de se protéger peuvent être signalés aux autorités judiciaires, médicales ou administratives sans consentement ; le signalement de bonne foi n'engage ni la responsabilité civile, ni pénale, ni disciplinaire.",
        "Privations or abuse of a minor or a person unable to protect themself may be reported to the judicial, medical or administrative authorities without consent; the reporter in good faith incurs no civil, criminal or disciplinary liability.");

    private static readonly RuleMatch ObservedWithAgreementBefore2015 = PermitWithAgreement(HealthReport, ImmunityBefore2015,
        "Le médecin peut signaler les sévices constatés dans son exercice qui font présumer des violences, avec l'accord de la victime majeure.",
        "A physician may report abuse observed in practice that suggests violence, with the adult victim's agreement.");

    private static readonly RuleMatch ObservedWithAgreementSince2015 = PermitWithAgreement(HealthReport, ImmunitySince2015,
        "Le médecin ou tout autre professionnel de santé peut signaler les sévices constatés dans son exercice qui font présumer des violences, avec l'accord de la victime majeure.",
        "A health professional may report abuse observed in practice that suggests violence, with the adult victim's agreement.");

    private static readonly RuleMatch ObservedBefore2015 = Permit(HealthReport, NoNotice, ImmunityBefore2015,
        "Le médecin peut signaler les sévices constatés dans son exercice qui font présumer des violences ; l'accord d'un mineur ou d'une personne vulnérable n'est pas nécessaire.",
        "A physician may report abuse observed in practice that suggests violence; a minor's or vulnerable person's agreement is not needed.");

    private static readonly RuleMatch ObservedSince2015 = Permit(HealthReport, NoNotice, ImmunitySince2015,
        "Le médecin ou tout autre professionnel de santé peut signaler les sévices constatés dans son exercice qui font présumer des violences ; l'accord d'un mineur ou d'une personne vulnérable n'est pas nécessaire.",
        "A health professional may report abuse observed in practice that suggests violence; a minor's or vulnerable person's agreement is not needed.");

    private static readonly RuleMatch ObservedNotBoundBefore2015 = Not(
        "Seul le médecin qui a constaté des sévices faisant présumer des violences, au procureur ; les travailleurs sociaux ne relèvent pas du 2°.",
        "Only physicians who observed abuse suggesting violence, to the procureur; social workers are not bound by 2°.");

    private static readonly RuleMatch ObservedNotBoundSince2015 = Not(
        "Seul le professionnel de santé qui a constaté des sévices faisant présumer des violences, au procureur (ou à la CRIP pour un mineur) ; les travailleurs sociaux ne relèvent pas du 2°.",
        "Only health professionals who observed abuse suggesting violence, to the procureur (or the CRIP for a minor); social workers are not bound by 2°.");

    private static readonly RuleMatch ObservedNoAgreement = Not(
        "La victime est majeure et en mesure de se protéger : le 2° exige son accord, et aucun ne couvre ce destinataire.",
        "The victim is an adult able to protect herself: 2° needs her agreement, and none covers the recipient.");

    private static readonly RuleMatch CoupleViolenceReport = Permit(HealthReport, [Notice.SeekVictimAgreementOrInformHer], ImmunitySince2015,
        "Violences au sein du couple mettant la vie de la victime majeure en danger immédiat, sous l'emprise de l'auteur : le professionnel de santé peut signaler sans son accord ; il doit s'efforcer de l'obtenir et, à défaut, l'informer du signalement.",
        "Couple violence with the adult victim's life in immediate danger and under the abuser's control: the health professional may report without her agreement, must try to obtain it, and failing that must inform her.");

    private static readonly RuleMatch WeaponReportBefore2015 = Permit(Alert, NoNotice, ImmunityBefore2015,
        "Le professionnel de la santé ou de l'action sociale peut informer le préfet du caractère dangereux d'une personne qui le consulte et dont il sait qu'elle détient une arme ou a manifesté l'intention d'en acquérir une.",
        "A health or social-action professional may tell the préfet that a person consulting them is dangerous and holds or wants a weapon.");

    private static readonly RuleMatch WeaponReportSince2015 = Permit(Alert, NoNotice, ImmunitySince2015,
        "Le professionnel de la santé ou de l'action sociale peut informer le préfet du caractère dangereux d'une personne qui le consulte et dont il sait qu'elle détient une arme ou a manifesté l'intention d'en acquérir une.",
        "A health or social-action professional may tell the préfet that a person consulting them is dangerous and holds or wants a weapon.");

    private static readonly RuleMatch AnimalReport = Permit(Alert, NoNotice, ImmunitySince2015,
        "Le vétérinaire peut signaler des sévices graves, des actes de cruauté ou des atteintes sexuelles sur un animal.",
        "A veterinarian may report serious cruelty or sexual abuse of an animal.");

    private static readonly LegalBasis ImmunityBefore2015Basis = new("FR-CP-226-14-immunity", new(CodePenalFr, "226-14", "dernier alinéa", "Loi 2004-1 du 2 janvier 2004", Loi2004_1, Loi2015_1402));
    private static readonly LegalBasis ImmunitySince2015Basis = new("FR-CP-226-14-immunity", new(CodePenalFr, "226-14", "dernier alinéa", "Loi 2015-1402 du 5 novembre 2015 (JO du 6 novembre 2015 ; jour d'effet à confirmer)", Loi2015_1402, toConfirm: true));

    /// <summary><c>FR-CP-226-14-immunity</c>: the last paragraph in its version on a date: no disciplinary sanction since 2004; no
    /// civil, criminal or disciplinary liability since Loi 2015-1402 (docs/legal.md#fr-cp-226-14-immunity).</summary>
    internal static LegalBasis Immunity(LocalDate date) => date < Loi2015_1402 ? ImmunityBefore2015Basis : ImmunitySince2015Basis;

    /// <summary><c>FR-CP-226-14-1</c>: privations or abuse of a minor or a person unable to protect themself, to the judicial, medical
    /// or administrative authorities (docs/legal.md#fr-cp-226-14-1).</summary>
    internal static DisclosureRule AbuseOfMinorsOrVulnerable() => new(
        "FR-CP-226-14-1",
        RuleRank.LegalPermission,
        [new(CodePenalFr, "226-14", "1°", "Loi 2004-1 du 2 janvier 2004", Loi2004_1)],
        (r, _) => (r.Has(FactKind.AbuseOfMinor) || r.Has(FactKind.AbuseOfVulnerablePerson)) && r.Recipient is RecipientKind.PublicProsecutor or RecipientKind.Crip or RecipientKind.PoliceHierarchy
            ? (r.DateOfAct < Loi2015_1402 ? AbuseReportBefore2015 : AbuseReportSince2015)
            : Not(
                "Pas de sévices sur un mineur ou une personne vulnérable signalés au procureur, à la CRIP ou par la voie de la police.",
                "No abuse of a minor or vulnerable person reported to the prosecutor, the CRIP or through the police."),
        earlierWordingsUnchecked: true,
        summary: new(
            "Privations ou sévices sur un mineur ou une personne hors d'état de se protéger, signalés au procureur, à la CRIP ou par la voie de la police : divulgation permise sans consentement ; immunité du dernier alinéa.",
            "Privations or abuse of a minor or of a person unable to protect themself, reported to the prosecutor, the CRIP or through the police: disclosure permitted without consent; immunity of the last paragraph."));

    /// <summary><c>FR-CP-226-14-2</c>: abuse observed by a physician (since Loi 2015-1402, any health professional) that suggests
    /// violence; the adult victim's agreement unless a minor or a person unable to protect themself (docs/legal.md#fr-cp-226-14-2).</summary>
    internal static DisclosureRule HealthProfessionalObservedAbuse() => new(
        "FR-CP-226-14-2",
        RuleRank.LegalPermission,
        [
            new(CodePenalFr, "226-14", "2°", "Loi 2004-1 du 2 janvier 2004", Loi2004_1, Loi2015_1402),
            new(CodePenalFr, "226-14", "2°", "Loi 2015-1402 du 5 novembre 2015 (JO du 6 novembre 2015 ; jour d'effet à confirmer)", Loi2015_1402, toConfirm: true),
        ],
        (r, v) =>
        {
            var widened = v.InForceFrom >= Loi2015_1402;
            var bound = r.Discloser == DiscloserKind.Physician || (widened && r.Discloser == DiscloserKind.HealthProfessional);
            var recipient = r.Recipient == RecipientKind.PublicProsecutor || (widened && r.Recipient == RecipientKind.Crip && r.Subject.AgeGroup == AgeGroup.Minor);
            if (!bound || !recipient || !r.Has(FactKind.ObservedAbuseSuggestingViolence))
            {
                return widened ? ObservedNotBoundSince2015 : ObservedNotBoundBefore2015;
            }

            var agreementNeeded = r.Subject.AgeGroup == AgeGroup.Adult && !r.Subject.UnderLegalProtection && !r.Has(FactKind.AbuseOfVulnerablePerson);
            if (agreementNeeded && r.CoveringConsent(ConsentPurpose.ShareWithRecipients) is null)
            {
                return ObservedNoAgreement;
            }

            return (agreementNeeded, widened) switch
            {
                (true, false) => ObservedWithAgreementBefore2015,
                (true, true) => ObservedWithAgreementSince2015,
                (false, false) => ObservedBefore2015,
                (false, true) => ObservedSince2015,
            };
        },
        earlierWordingsUnchecked: true,
        summary: new(
            "Médecin (depuis 2015 : tout professionnel de santé) ayant constaté des sévices faisant présumer des violences, au procureur (depuis 2015 : ou à la CRIP pour un mineur) : divulgation permise ; accord de la victime majeure nécessaire sauf mineur ou personne vulnérable.",
            "A physician (since 2015, any health professional) who observed abuse suggesting violence, to the prosecutor (since 2015, or the CRIP for a minor): disclosure permitted; the adult victim's agreement is needed unless a minor or a vulnerable person."));

    /// <summary><c>FR-CP-226-14-3</c>: couple violence putting the adult victim's life in immediate danger under the abuser's control,
    /// reported by a health professional to the procureur; sets 2° aside (docs/legal.md#fr-cp-226-14-3).</summary>
    internal static DisclosureRule CoupleViolence() => new(
        "FR-CP-226-14-3",
        RuleRank.LegalPermission,
        [new(CodePenalFr, "226-14", "3°", "Loi 2020-936 du 30 juillet 2020, art. 12", Loi2020_936)],
        (r, _) => r.Discloser is DiscloserKind.Physician or DiscloserKind.HealthProfessional && r.Has(FactKind.CoupleViolenceImmediateDangerUnderControl)
                  && r.Recipient == RecipientKind.PublicProsecutor && r.Subject.AgeGroup == AgeGroup.Adult
            ? CoupleViolenceReport
            : Not(
                "Seul le professionnel de santé, pour des violences au sein du couple mettant la vie de la victime majeure en danger immédiat sous l'emprise de l'auteur, au procureur ; pas les travailleurs sociaux.",
                "Only a health professional, for couple violence putting an adult victim's life in immediate danger under the abuser's control, to the procureur; not social workers."),
        overrides: ["FR-CP-226-14-2"],
        summary: new(
            "Professionnel de santé, violences au sein du couple mettant la vie de la victime majeure en danger immédiat sous l'emprise de l'auteur, au procureur : divulgation permise sans son accord, qu'il doit chercher à obtenir ou, à défaut, l'informer ; écarte le 2°.",
            "A health professional, couple violence putting the adult victim's life in immediate danger under the abuser's control, to the prosecutor: disclosure permitted without her agreement, which they must seek, or failing that inform her; sets 2° aside."));

    /// <summary><c>FR-CP-226-14-4</c>: a dangerous person who holds or wants a weapon, told to the préfet by a health or social-action
    /// professional; 3° from Loi 2003-239, 4° since Loi 2020-936 (docs/legal.md#fr-cp-226-14-4).</summary>
    internal static DisclosureRule Weapons() => new(
        "FR-CP-226-14-4",
        RuleRank.LegalPermission,
        [
            new(CodePenalFr, "226-14", "3°", "Loi 2003-239 du 18 mars 2003 pour la sécurité intérieure (JO du 19 mars 2003)", Loi2003_239, Loi2020_936, toConfirm: true),
            new(CodePenalFr, "226-14", "4°", "Loi 2020-936 du 30 juillet 2020 (renumérotation en 4°)", Loi2020_936),
        ],
        (r, _) => r.Discloser is DiscloserKind.Physician or DiscloserKind.HealthProfessional or DiscloserKind.SocialWorker or DiscloserKind.StaffServiceOfficer or DiscloserKind.StaffServiceMember or DiscloserKind.VictimSupportWorker
                  && r.Has(FactKind.DangerousPersonWithWeapon) && r.Recipient == RecipientKind.Prefect
            ? (r.DateOfAct < Loi2015_1402 ? WeaponReportBefore2015 : WeaponReportSince2015)
            : Not(
                "Pas de personne dangereuse armée signalée au préfet par un professionnel de la santé ou de l'action sociale.",
                "No dangerous person with a weapon reported by a health or social-action professional to the préfet."),
        summary: new(
            "Professionnel de la santé ou de l'action sociale, personne dangereuse qui le consulte et détient ou veut acquérir une arme, au préfet : divulgation permise sans consentement.",
            "A health or social-action professional, a dangerous person consulting them who holds or wants a weapon, to the préfet: disclosure permitted without consent."));

    /// <summary><c>FR-CP-226-14-5</c>: veterinarians, for animals: outside this library's scope, kept so 226-14 is numbered as the
    /// law numbers it (docs/legal.md#fr-cp-226-14-5).</summary>
    internal static DisclosureRule Veterinarians() => new(
        "FR-CP-226-14-5",
        RuleRank.LegalPermission,
        [new(CodePenalFr, "226-14", "5°", "Loi 2021-1539 du 30 novembre 2021, art. 41", Loi2021_1539)],
        (r, _) => r.Discloser == DiscloserKind.Veterinarian && r.Has(FactKind.AnimalCruelty) && r.Recipient == RecipientKind.PublicProsecutor
            ? AnimalReport
            : Not(
                "Les vétérinaires seulement (animaux) : hors du champ de cette bibliothèque, gardé pour que la numérotation du 226-14 soit juste.",
                "Veterinarians only (animals): out of this library's scope, listed so the numbering of 226-14 is right."),
        summary: new(
            "Vétérinaire, sévices graves, actes de cruauté ou atteintes sexuelles sur un animal, au procureur : divulgation permise (hors champ, gardé pour la numérotation).",
            "A veterinarian, serious cruelty or sexual abuse of an animal, to the prosecutor: disclosure permitted (out of scope, kept for the numbering)."));
}
