using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Confidentiality.Law.Quebec;

/// <summary>
/// The Québec rules of disclosure for the police psychosocial coordinator (seed 001): professional secrecy and its danger
/// exception (Code des professions 60.4), the duty to report to the director of youth protection (Loi sur la protection de la
/// jeunesse 39), consent per purpose with its duration, and the role rule that the worker is not an investigator (R37).
/// </summary>
/// <remarks>
/// <para>Texts were read from secondary copies. Marked <see cref="LegalReference.ToConfirm"/> until checked against
/// LégisQuébec: the 2017 c. 10 wording of 60.4, the dates of the 2017 c. 18 and 2022 c. 11 amendments of LPJ 39, and whether
/// LPJ 39 applies "même à ceux liés par le secret professionnel" (older texts said so; the 2017/2020 versions read had no such
/// clause). This pack reads LPJ 39 as binding secret holders, and its trace says it is to confirm.</para>
/// <para>The pack answers for acts from 2017-06-01, after Loi 2017 c. 10 (the 60.4 wording read).</para>
/// </remarks>
public static class QuebecRulePack
{
    /// <summary>The first date the pack answers for.</summary>
    public static readonly LocalDate CoverageStart = new(2017, 6, 1);

    private static readonly DataCategory[] None = [];
    private static readonly DataCategory[] AlertData = [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary];
    private static readonly DataCategory[] YouthProtectionData =
        [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary, DataCategory.SituationDetails, DataCategory.ChildStatements, DataCategory.FamilyContext, DataCategory.SocialAssessment];
    private static readonly Notice[] NoNotice = [];
    private static readonly Liability[] NoImmunity = [];

    private static readonly RuleMatch Secrecy = Conclude(DisclosureOutcome.MustNotDisclose, None, NoNotice, "The professional keeps secret what comes to their knowledge in practice.");
    private static readonly RuleMatch DangerDisclosure = Conclude(DisclosureOutcome.MayDiscloseByLaw, AlertData, [Notice.RecordTheDisclosure], "A serious risk of death or serious injury with a sense of urgency: only what is necessary may be told to the people exposed, their representative or those who can help, and the disclosure is recorded (date, time, who was at risk, who was told, what was disclosed). [60.4 wording to confirm]");
    private static readonly RuleMatch YouthProtectionReport = Conclude(DisclosureOutcome.MustActByLaw, YouthProtectionData, NoNotice, "Reasonable cause to believe a child's security or development is or may be compromised: the situation must be reported without delay to the director of youth protection. [Whether this binds secret holders is to confirm; this pack reads it so.]");
    private static readonly RuleMatch NotAnInvestigator = Conclude(DisclosureOutcome.MustNotDisclose, None, NoNotice, "The worker is not an investigator: investigators' requests are refused.");

    /// <summary>Creates the Québec rule pack.</summary>
    /// <returns>The pack.</returns>
    public static RulePack Create() => new(
        Jurisdiction.Quebec,
        "Québec",
        CoverageStart,
        [Default(), Consent(), Investigators(), SeedRoleRules.OffenceRevealed(CoverageStart), Danger(), YouthProtection()],
        [],
        discloser => discloser != DiscloserKind.NotBoundBySecrecy,
        _ => null,
        facts: [FactKind.AbuseOfMinor, FactKind.ChildInDangerOrAtRisk, FactKind.SeriousRiskOfDeathOrInjury, FactKind.OffenceRevealedByPerson]);

    private static DisclosureRule Default() => new(
        "QC-CP-60.4-secret",
        RuleRank.Default,
        [new("Code des professions", "60.4", "al. 1", "Secret professionnel (2017 c. 10 wording)", CoverageStart, toConfirm: true)],
        (_, _) => Secrecy);

    private static DisclosureRule Consent() => ConsentRules.Create(
        "QC-CONSENT",
        [new("Code des professions", "60.4", "al. 2", "Disclosure authorised by the client: written consent naming the information, the recipient, the purpose and its duration", CoverageStart, toConfirm: true)],
        consent => consent.Form == ConsentForm.Oral
            ? "In Québec the authorisation to disclose is written or signed (R34); an oral consent does not lift secrecy."
            : consent.Data.Count == 0
                ? "The authorisation must name the information it covers."
                : consent.ExpiresAt is null
                    ? "The authorisation must state its duration."
                    : null);

    private static DisclosureRule Investigators() => new(
        "QC-R37-investigators",
        RuleRank.RoleProhibition,
        [new("Entretien, coordination psychosociale en service de police (Terrebonne)", "—", null, "« La travailleuse sociale n'est pas enquêteuse »", CoverageStart)],
        (r, _) => r.Recipient == RecipientKind.Investigators || r.Purpose == DisclosurePurpose.Investigation
            ? NotAnInvestigator
            : RuleMatch.NotApplicable("Not a request from or for investigators."));

    private static DisclosureRule Danger() => new(
        "QC-CP-60.4",
        RuleRank.LegalPermission,
        [new("Code des professions", "60.4", "al. 3", "Loi 2017 c. 10 wording", CoverageStart, toConfirm: true)],
        (r, _) => r.Has(FactKind.SeriousRiskOfDeathOrInjury)
                  && r.Recipient is RecipientKind.PersonsAtRisk or RecipientKind.EmergencyServices or RecipientKind.PoliceHierarchy or RecipientKind.PartnerSocialService or RecipientKind.CoProfessional
            ? DangerDisclosure
            : RuleMatch.NotApplicable("No serious risk of death or serious injury with urgency, or the recipient is neither exposed nor able to help (those who can help include the professionals who know the person, R35)."));

    private static DisclosureRule YouthProtection() => new(
        "QC-LPJ-39",
        RuleRank.LegalDuty,
        [new("Loi sur la protection de la jeunesse", "39", "al. 1 et 2", "As amended by 2017 c. 18 and 2022 c. 11 (dates to confirm)", CoverageStart, toConfirm: true)],
        (r, _) => (r.Has(FactKind.ChildInDangerOrAtRisk) || r.Has(FactKind.AbuseOfMinor)) && r.Recipient == RecipientKind.YouthProtectionDirector
            ? YouthProtectionReport
            : RuleMatch.NotApplicable("No child whose security or development is or may be compromised reported to the director of youth protection."));

    private static RuleMatch Conclude(DisclosureOutcome outcome, DataCategory[] data, Notice[] notices, string why) =>
        RuleMatch.Apply(new RuleConclusion(outcome, false, data, notices, NoImmunity, why));
}
