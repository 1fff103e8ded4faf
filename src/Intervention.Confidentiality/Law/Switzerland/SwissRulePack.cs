using Intervention.Confidentiality.Disclosure;
using Intervention.Domain.People;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Confidentiality.Law.Switzerland;

/// <summary>
/// The Swiss rules of disclosure for the police staff psychosocial service (seed 000) and victim support: professional secrecy
/// (Code pénal 321) lifted by consent or by the supervisory authority; reports to the child-protection authority (Code civil
/// 314c, 314d, Code pénal 364); victim-support staff (LAVI 11); and the staff-service rule that the hierarchy sees no identity
/// without consent (R42).
/// </summary>
/// <remarks>
/// <para>Texts were read from secondary copies. To confirm: the wording and date of Code pénal 364. Staff of public
/// services are bound by official secrecy (Code pénal 320), which the professional-secrecy rows do not cover: this pack applies the 321 pattern to
/// them, and says so in the default rule's version.</para>
/// <para>Code pénal 321 binds the professions it lists (here physicians and other health professionals); social workers in
/// regular contact with children are not bound by it, so 314d's duty falls on them. The pack answers for acts from 2019-01-01,
/// when 314c, 314d, LAVI 11 and 321 ch. 3 in their current wording came into force.</para>
/// </remarks>
public static class SwissRulePack
{
    /// <summary>The first date the pack answers for.</summary>
    public static readonly LocalDate CoverageStart = new(2019, 1, 1);

    private static readonly DataCategory[] None = [];
    private static readonly DataCategory[] ReportData = [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary, DataCategory.SituationDetails, DataCategory.ChildStatements, DataCategory.FamilyContext];
    private static readonly DataCategory[] OfficerData = [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary, DataCategory.SituationDetails, DataCategory.SocialAssessment, DataCategory.HealthInformation];
    private static readonly Notice[] NoNotice = [];
    private static readonly Liability[] NoImmunity = [];

    private static readonly RuleMatch Secrecy = Conclude(DisclosureOutcome.MustNotDisclose, None, "Holders of a professional or official secret must not reveal it.");
    private static readonly RuleMatch Authorised = Conclude(DisclosureOutcome.MayDiscloseByLaw, ReportData, "The supervisory authority authorised the disclosure in writing (321 ch. 2).");
    private static readonly RuleMatch AnyoneMayReport = Conclude(DisclosureOutcome.MayDiscloseByLaw, ReportData, "The child's physical, psychological or sexual integrity appears threatened: anyone may tell the child-protection authority; a secret holder when the child's interest justifies it.");
    private static readonly RuleMatch ProfessionalMustReport = Conclude(DisclosureOutcome.MustActByLaw, ReportData, "A professional in regular contact with children, not bound by criminal-code secrecy, who sees concrete signs of a threat they cannot remedy must tell the child-protection authority (telling a superior fulfils the duty).");
    private static readonly RuleMatch VictimSupportDanger = Conclude(DisclosureOutcome.MayDiscloseByLaw, ReportData, "A serious danger to a minor or a person under general curatorship: victim-support staff may inform the child-protection or criminal prosecution authority without consent (LAVI 11 al. 3).");
    private static readonly RuleMatch OffencesAgainstMinors = Conclude(DisclosureOutcome.MayDiscloseByLaw, ReportData, "Secret holders may notify offences against minors to the child-protection authority (a right, not a duty). [364 wording and date to confirm]");

    /// <summary>Creates the Swiss rule pack.</summary>
    /// <returns>The pack.</returns>
    public static RulePack Create() => new(
        Jurisdiction.Switzerland,
        "Switzerland",
        CoverageStart,
        [
            Default(),
            ConsentRules.Create("CH-CONSENT", [new("Code pénal", "321", "ch. 2", "Revelation with the consent of the person concerned is not punishable", CoverageStart)]),
            SeedRoleRules.StaffHierarchyRefused(CoverageStart), SeedRoleRules.StaffOfficerInCharge(CoverageStart, OfficerData), SupervisoryAuthority(), ChildProtectionReport(), ChildProtectionDuty(), VictimSupport(), OffencesAgainstMinorsRule(),
        ],
        [],
        discloser => discloser != DiscloserKind.NotBoundBySecrecy,
        _ => null,
        facts: [FactKind.AbuseOfMinor, FactKind.CannotRemedyThreatThemself, FactKind.ChildInDangerOrAtRisk, FactKind.ChildInterestJustifiesReport, FactKind.SeriousDangerToIntegrity, FactKind.SupervisoryAuthorityAuthorisation]);

    private static bool BoundBy321(DiscloserKind discloser) => discloser is DiscloserKind.Physician or DiscloserKind.HealthProfessional;

    private static DisclosureRule Default() => new(
        "CH-CP-321",
        RuleRank.Default,
        [new("Code pénal", "321", "ch. 1", "Current wording; this pack applies it to official secrecy (art. 320) too", CoverageStart)],
        (_, _) => Secrecy);

    private static DisclosureRule SupervisoryAuthority() => new(
        "CH-CP-321-2",
        RuleRank.LegalPermission,
        [new("Code pénal", "321", "ch. 2", "Written authorisation of the supervisory authority", CoverageStart)],
        (r, _) => r.Has(FactKind.SupervisoryAuthorityAuthorisation)
            ? Authorised
            : RuleMatch.NotApplicable("No written authorisation of the supervisory authority."));

    private static DisclosureRule ChildProtectionReport() => new(
        "CH-CC-314c",
        RuleRank.LegalPermission,
        [new("Code civil", "314c", null, "Modification du 15 décembre 2017, in force 2019-01-01", CoverageStart)],
        (r, _) => r.Has(FactKind.ChildInDangerOrAtRisk) && r.Recipient == RecipientKind.ChildProtectionAuthority
                  && (!BoundBy321(r.Discloser) || r.Has(FactKind.ChildInterestJustifiesReport))
            ? AnyoneMayReport
            : RuleMatch.NotApplicable("No threatened child reported to the child-protection authority (or, for a secret holder, the child's interest does not justify it)."));

    private static DisclosureRule ChildProtectionDuty() => new(
        "CH-CC-314d",
        RuleRank.LegalDuty,
        [new("Code civil", "314d", null, "Modification du 15 décembre 2017, in force 2019-01-01", CoverageStart)],
        (r, _) => r.Discloser == DiscloserKind.SocialWorker && r.Has(FactKind.ChildInDangerOrAtRisk) && r.Has(FactKind.CannotRemedyThreatThemself)
                  && r.Recipient == RecipientKind.ChildProtectionAuthority
            ? ProfessionalMustReport
            : RuleMatch.NotApplicable("Only professionals in regular contact with children not bound by criminal-code secrecy, for a threat they cannot remedy, to the child-protection authority."));

    private static DisclosureRule VictimSupport() => new(
        "CH-LAVI-11",
        RuleRank.LegalPermission,
        [new("Loi sur l'aide aux victimes (LAVI)", "11", "al. 3", "Current wording, in force 2019-01-01", CoverageStart)],
        (r, _) => r.Discloser == DiscloserKind.VictimSupportWorker && r.Has(FactKind.SeriousDangerToIntegrity)
                  && (r.Subject.AgeGroup == AgeGroup.Minor || r.Subject.UnderLegalProtection)
                  && r.Recipient is RecipientKind.ChildProtectionAuthority or RecipientKind.PublicProsecutor
            ? VictimSupportDanger
            : RuleMatch.NotApplicable("Only victim-support staff, for a serious danger to a minor or a person under general curatorship, to the child-protection or prosecution authority; otherwise consent is needed (al. 2)."));

    private static DisclosureRule OffencesAgainstMinorsRule() => new(
        "CH-CP-364",
        RuleRank.LegalPermission,
        [new("Code pénal", "364", null, "Right to notify offences against minors (existed by 2007)", CoverageStart, toConfirm: true)],
        (r, _) => r.Has(FactKind.AbuseOfMinor) && r.Recipient == RecipientKind.ChildProtectionAuthority
            ? OffencesAgainstMinors
            : RuleMatch.NotApplicable("No offence against a minor notified to the child-protection authority."));

    private static RuleMatch Conclude(DisclosureOutcome outcome, DataCategory[] data, string why) =>
        RuleMatch.Apply(new RuleConclusion(outcome, false, data, NoNotice, NoImmunity, why));
}
