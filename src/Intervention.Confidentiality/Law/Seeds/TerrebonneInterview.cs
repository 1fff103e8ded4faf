using Intervention.Confidentiality.Disclosure;
using static Intervention.Confidentiality.Law.Conclusions;

namespace Intervention.Confidentiality.Law.Seeds;

/// <summary>
/// The interview with the psychosocial coordinator of the Terrebonne police service (Québec): when a person reveals an offence, the
/// worker encourages and accompanies them to report it themself, and is not an investigator (R37). The French and Québec packs share
/// the rule. Row <c>R37</c> of docs/legal.md.
/// </summary>
/// <remarks>The interview bears no date (the post it describes was created in 2011): the rule is applied at every date a pack covers
/// and is marked to confirm.</remarks>
internal static class TerrebonneInterview
{
    /// <summary>The source's name, for the rules that cite it.</summary>
    internal const string Source = "Entretien, coordination psychosociale en service de police (Terrebonne)";

    private static readonly RuleMatch AccompanyToReport = Refuse(
        "La personne a révélé une infraction : l'encourager et l'accompagner à la signaler elle-même plutôt que de signaler à sa place.",
        "The person revealed an offence: encourage and accompany them to report it themself rather than reporting in their place.",
        Notice.AccompanyPersonToReport);

    private static readonly RuleMatch NoOffenceRevealed = Not(
        "Pas d'infraction révélée à signaler au procureur ou à la police.",
        "No offence revealed to be reported to the prosecutor or the police.");

    private static readonly RuleMatch NotAnInvestigator = Refuse(
        "L'intervenante n'est pas enquêteuse : les demandes des enquêteurs sont refusées.",
        "The worker is not an investigator: investigators' requests are refused.");

    private static readonly RuleMatch NotInvestigators = Not("Pas une demande des enquêteurs ni pour eux.", "Not a request from or for investigators.");

    /// <summary><c>QC-R37-investigators</c>: « La travailleuse sociale n'est pas enquêteuse »: investigators' requests are refused, a
    /// role prohibition of the Québec pack (docs/legal.md#qc-r37-investigators).</summary>
    internal static DisclosureRule InvestigatorsRefused() => new(
        "QC-R37-investigators",
        RuleRank.RoleProhibition,
        [LegalReference.UndatedSource(Source, "—", null, "« La travailleuse sociale n'est pas enquêteuse »")],
        (r, _) => r.Recipient == RecipientKind.Investigators || r.Purpose == DisclosurePurpose.Investigation ? NotAnInvestigator : NotInvestigators,
        summary: new(
            "Destinataire enquêteur ou finalité d'enquête : refus ; l'intervenante n'est pas enquêteuse (règle de rôle).",
            "Investigators as recipient or an investigation as purpose: refused; the worker is not an investigator (role rule)."));

    /// <summary><c>R37</c>: the worker accompanies the person to report rather than reporting in their place (docs/legal.md#r37).</summary>
    internal static DisclosureRule OffenceRevealed() => new(
        "R37",
        RuleRank.RoleGuidance,
        [LegalReference.UndatedSource(Source, "—", null, "L'intervenante encourage et accompagne la personne à porter plainte ; elle n'est pas enquêteuse")],
        (r, _) => r.Has(FactKind.OffenceRevealedByPerson) && r.Purpose == DisclosurePurpose.Report && r.Recipient is RecipientKind.PublicProsecutor or RecipientKind.PoliceHierarchy
            ? AccompanyToReport
            : NoOffenceRevealed,
        summary: new(
            "La personne a révélé une infraction et le signalement irait au procureur ou à la police : l'accompagner à porter plainte elle-même plutôt que signaler à sa place (orientation de rôle).",
            "The person revealed an offence and the report would go to the prosecutor or the police: accompany them to report it themself rather than report in their place (role guidance)."));
}
