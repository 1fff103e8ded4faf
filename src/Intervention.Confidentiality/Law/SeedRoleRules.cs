using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using NodaTime;

namespace Intervention.Confidentiality.Law;

/// <summary>The role rules of the seeds that several packs share (R37, R42), written once.</summary>
internal static class SeedRoleRules
{
    private static readonly DataCategory[] None = [];
    private static readonly Liability[] NoImmunity = [];
    private static readonly Notice[] NoNotice = [];

    private static readonly RuleMatch HierarchyRefused = RuleMatch.Apply(new RuleConclusion(
        DisclosureOutcome.MustNotDisclose, false, None, NoNotice, NoImmunity, "Without the employee's agreement the hierarchy sees neither identity nor details."));

    private static readonly RuleMatch AccompanyToReport = RuleMatch.Apply(new RuleConclusion(
        DisclosureOutcome.MustNotDisclose, false, None, [Notice.AccompanyPersonToReport], NoImmunity, "The person revealed an offence: encourage and accompany them to report it themself rather than reporting in their place."));

    /// <summary>R42: the staff member's hierarchy sees no identity or detail without the employee's agreement (seed 000).</summary>
    public static DisclosureRule StaffHierarchyRefused(LocalDate from) => new(
        "R42",
        RuleRank.RoleProhibition,
        [new("Directive du service psychosocial de la police", "6", "Confidentialité", "The hierarchy sees neither identities nor details without the employee's agreement", from)],
        (r, _) => r.Recipient != RecipientKind.StaffHierarchy
            ? RuleMatch.NotApplicable("Not the staff member's hierarchy.")
            : r.CoveringConsent(ConsentPurpose.ShareWithRecipients) is null
                ? HierarchyRefused
                : RuleMatch.NotApplicable("The employee agreed that the hierarchy be told."));

    /// <summary>R42: access to identities and details is reserved to the officer in charge of the staff service (seed 000).</summary>
    public static DisclosureRule StaffOfficerInCharge(LocalDate from, DataCategory[] data)
    {
        var officerInCharge = RuleMatch.Apply(new RuleConclusion(DisclosureOutcome.MayDiscloseByLaw, false, data, NoNotice, NoImmunity, "The officer in charge of the staff service has access to identities and details."));
        return new DisclosureRule(
            "R42-officer",
            RuleRank.LegalPermission,
            [new("Directive du service psychosocial de la police", "6", "Confidentialité", "Access to identities and details is reserved to the officer in charge of the service", from)],
            (r, _) => r.Recipient == RecipientKind.StaffServiceOfficerInCharge && r.Discloser is DiscloserKind.StaffServiceMember or DiscloserKind.StaffServiceOfficer
                ? officerInCharge
                : RuleMatch.NotApplicable("Not a staff-service member telling the officer in charge."));
    }

    /// <summary>R37: when a person reveals an offence, the worker accompanies them to report it rather than reporting in their place (seed 001).</summary>
    public static DisclosureRule OffenceRevealed(LocalDate from) => new(
        "R37",
        RuleRank.RoleGuidance,
        [new("Entretien, coordination psychosociale en service de police (Terrebonne)", "—", null, "The worker encourages and accompanies the person to report; the worker is not an investigator", from)],
        (r, _) => r.Has(FactKind.OffenceRevealedByPerson) && r.Purpose == DisclosurePurpose.Report && r.Recipient is RecipientKind.PublicProsecutor or RecipientKind.PoliceHierarchy
            ? AccompanyToReport
            : RuleMatch.NotApplicable("No offence revealed to be reported to the prosecutor or the police."));
}
