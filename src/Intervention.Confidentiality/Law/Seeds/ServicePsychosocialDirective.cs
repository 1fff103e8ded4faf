using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using static Intervention.Confidentiality.Law.Conclusions;

namespace Intervention.Confidentiality.Law.Seeds;

/// <summary>
/// The directive of the police staff psychosocial service, section 6, « Confidentialité »: the hierarchy sees neither identities nor
/// details without the employee's agreement, and access to them is reserved to the officer in charge of the service (R42). The French
/// and Swiss packs share these rules. Rows <c>R42</c> and <c>R42-officer</c> of docs/legal.md.
/// </summary>
/// <remarks>The directive bears no date: its rules are applied at every date a pack covers and are marked to confirm.</remarks>
internal static class ServicePsychosocialDirective
{
    private const string Directive = "Directive du service psychosocial de la police";

    private static readonly RuleMatch HierarchyRefused = Refuse(
        "Sans l'accord du collaborateur, la hiérarchie ne voit ni identité ni détail.",
        "Without the employee's agreement the hierarchy sees neither identity nor details.");

    private static readonly RuleMatch NotHierarchy = Not("Pas la hiérarchie du collaborateur.", "Not the staff member's hierarchy.");

    private static readonly RuleMatch EmployeeAgreed = Not("Le collaborateur a accepté que sa hiérarchie soit informée.", "The employee agreed that the hierarchy be told.");

    private static readonly RuleMatch NotOfficer = Not(
        "Pas un membre du service psychosocial qui informe l'officier responsable.",
        "Not a staff-service member telling the officer in charge.");

    /// <summary><c>R42</c>: the hierarchy is refused without the employee's agreement (docs/legal.md#r42).</summary>
    internal static DisclosureRule StaffHierarchyRefused() => new(
        "R42",
        RuleRank.RoleProhibition,
        [LegalReference.UndatedSource(Directive, "6", "Confidentialité", "La hiérarchie ne voit ni identités ni détails sans l'accord du collaborateur")],
        (r, _) => r.Recipient != RecipientKind.StaffHierarchy
            ? NotHierarchy
            : r.CoveringConsent(ConsentPurpose.ShareWithRecipients) is null ? HierarchyRefused : EmployeeAgreed,
        summary: new(
            "Hiérarchie du collaborateur, sans son accord : refus de toute identité et de tout détail (règle de rôle).",
            "The staff member's hierarchy, without their agreement: no identity and no detail (role rule)."));

    /// <summary><c>R42-officer</c>: the officer in charge of the staff service has access to identities and details (docs/legal.md#r42-officer).</summary>
    /// <param name="data">The data the officer may see in the pack's terms.</param>
    internal static DisclosureRule StaffOfficerInCharge(DataCategory[] data)
    {
        var officerInCharge = Permit(data, NoNotice, NoImmunity,
            "L'officier responsable du service psychosocial a accès aux identités et aux détails.",
            "The officer in charge of the staff service has access to identities and details.");
        return new DisclosureRule(
            "R42-officer",
            RuleRank.LegalPermission,
            [LegalReference.UndatedSource(Directive, "6", "Confidentialité", "L'accès aux identités et aux détails est réservé à l'officier responsable du service")],
            (r, _) => r.Recipient == RecipientKind.StaffServiceOfficerInCharge && r.Discloser is DiscloserKind.StaffServiceMember or DiscloserKind.StaffServiceOfficer
                ? officerInCharge
                : NotOfficer,
            summary: new(
                "Membre ou officier du service psychosocial vers l'officier responsable du service : accès aux identités et aux détails.",
                "A staff-service member or officer telling the officer in charge of the service: identities and details may be shared."));
    }
}
