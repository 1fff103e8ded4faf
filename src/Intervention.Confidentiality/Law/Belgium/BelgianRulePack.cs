using Intervention.Confidentiality.Disclosure;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Confidentiality.Law.Belgium;

/// <summary>
/// The Belgian rules of disclosure for the police victim-assistance service (seed 003): professional secrecy (Code pénal 458),
/// its exception for offences against minors and vulnerable persons, widened to partner violence on 2013-03-01 (458bis), and the
/// duty to assist a person in great danger (422bis), which 458bis leaves intact.
/// </summary>
/// <remarks>Texts were read from secondary copies. The pack answers for acts from 2000-11-28, when 458bis came into force.</remarks>
public static class BelgianRulePack
{
    /// <summary>The first date the pack answers for.</summary>
    public static readonly LocalDate CoverageStart = new(2000, 11, 28);

    private static readonly LocalDate Widened = new(2013, 3, 1);
    private static readonly DataCategory[] None = [];
    private static readonly DataCategory[] ReportData = [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary, DataCategory.SituationDetails, DataCategory.ChildStatements, DataCategory.FamilyContext];
    private static readonly DataCategory[] AlertData = [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary];
    private static readonly Notice[] NoNotice = [];
    private static readonly Liability[] NoImmunity = [];

    private static readonly RuleMatch Secrecy = Conclude(DisclosureOutcome.MustNotDisclose, None, "Holders of secrets by state or profession must not reveal them (458).");
    private static readonly RuleMatch Report = Conclude(DisclosureOutcome.MayDiscloseByLaw, ReportData, "A listed offence against a minor or a vulnerable person (or, since 2013-03-01, partner violence) with a serious imminent danger that cannot be averted alone, or signs of serious danger to others: the secret holder may inform the procureur du Roi.");
    private static readonly RuleMatch Assist = Conclude(DisclosureOutcome.MustActByLaw, AlertData, "A person in great danger must be helped or help must be called (422bis), secrecy notwithstanding.");

    /// <summary>Creates the Belgian rule pack.</summary>
    /// <returns>The pack.</returns>
    public static RulePack Create() => new(
        Jurisdiction.Belgium,
        "Belgium",
        CoverageStart,
        [Default(), ConsentRules.Create("BE-CONSENT", [new("Code pénal", "458", "consentement", "The victim's consent lifts secrecy for what it covers", CoverageStart, toConfirm: true)]), Exception(), DutyToAssist()],
        [],
        discloser => discloser != DiscloserKind.NotBoundBySecrecy,
        _ => null,
        facts: [FactKind.AbuseOfMinor, FactKind.AbuseOfVulnerablePerson, FactKind.PartnerViolence, FactKind.PersonInImminentPeril, FactKind.SeriousImminentDangerCannotAvert, FactKind.SignsOfSeriousDangerToOthers]);

    private static DisclosureRule Default() => new(
        "BE-CP-458",
        RuleRank.Default,
        [new("Code pénal", "458", null, "Current wording", CoverageStart)],
        (_, _) => Secrecy);

    private static DisclosureRule Exception() => new(
        "BE-CP-458bis",
        RuleRank.LegalPermission,
        [
            new("Code pénal", "458bis", null, "Loi du 28 novembre 2000: offences against minors and vulnerable persons", CoverageStart, Widened),
            new("Code pénal", "458bis", null, "Amendment in force 2013-03-01: partner violence added", Widened),
        ],
        (r, v) =>
        {
            var offence = r.Has(FactKind.AbuseOfMinor) || r.Has(FactKind.AbuseOfVulnerablePerson) || (v.InForceFrom >= Widened && r.Has(FactKind.PartnerViolence));
            var danger = r.Has(FactKind.SeriousImminentDangerCannotAvert) || r.Has(FactKind.SignsOfSeriousDangerToOthers);
            return offence && danger && r.Recipient == RecipientKind.PublicProsecutor
                ? Report
                : RuleMatch.NotApplicable("458bis needs a listed offence, a serious imminent danger or signs of danger to others, and the procureur du Roi as recipient.");
        });

    private static DisclosureRule DutyToAssist() => new(
        "BE-CP-422bis",
        RuleRank.LegalDuty,
        [new("Code pénal", "422bis", null, "Current wording (abstention coupable)", CoverageStart, toConfirm: true)],
        (r, _) => r.Has(FactKind.PersonInImminentPeril) && r.Recipient is RecipientKind.EmergencyServices or RecipientKind.PoliceHierarchy
            ? Assist
            : RuleMatch.NotApplicable("No person in great danger, or the recipient cannot help."));

    private static RuleMatch Conclude(DisclosureOutcome outcome, DataCategory[] data, string why) =>
        RuleMatch.Apply(new RuleConclusion(outcome, false, data, NoNotice, NoImmunity, why));
}
