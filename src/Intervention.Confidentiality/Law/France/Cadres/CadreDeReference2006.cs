using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using static Intervention.Confidentiality.Law.Conclusions;
using static Intervention.Confidentiality.Law.France.FrenchData;
using static Intervention.Confidentiality.Law.France.FrenchTexts;

namespace Intervention.Confidentiality.Law.France.Cadres;

/// <summary>
/// The reference framework of social workers in police and gendarmerie services (circulaire du 1er août 2006): the role rules it sets
/// beside the law. R11, the worker takes no part in judicial investigations; R10, the worker and the employer exchange what helps the
/// action; R06, activity reports carry no nominative data, direct or indirect; R12, the route of a report. Rows <c>R11</c>,
/// <c>R10</c>, <c>R06</c> and <c>R12</c> of docs/legal.md.
/// </summary>
/// <remarks>The framework applies from the day of the circular; before it these rules are not in force.</remarks>
internal static class CadreDeReference2006
{
    private static readonly RuleMatch InvestigationsRefused = Refuse(
        "L'intervenant social ne participe jamais aux investigations d'une enquête judiciaire : refus, quelle que soit la forme de la demande.",
        "The worker never takes part in the investigations of a judicial inquiry: refused whatever its form.");

    private static readonly RuleMatch NotInvestigators = Not("Pas une demande des enquêteurs ni pour eux.", "Not a request from or for investigators.");

    /// <summary><c>R11</c>: investigators' requests are refused, a role prohibition (docs/legal.md#r11).</summary>
    internal static DisclosureRule InvestigatorsRefused() => new(
        "R11",
        RuleRank.RoleProhibition,
        [new(CadreDeReference, "III.7", null, "Circulaire du 1er août 2006 : aucune participation aux investigations judiciaires", Circulaire2006)],
        (r, _) => r.Recipient == RecipientKind.Investigators || r.Purpose == DisclosurePurpose.Investigation ? InvestigationsRefused : NotInvestigators,
        summary: new(
            "Destinataire enquêteur ou finalité d'enquête : refus, quoi que la loi permette (règle de rôle).",
            "Investigators as recipient or an investigation as purpose: refused, whatever the law permits (role rule)."));

    /// <summary><c>R10</c>: the employing authority receives only what facilitates the action, identity only with consent (docs/legal.md#r10).</summary>
    internal static DataLimit EmployerLimit() => new(
        "R10",
        new(CadreDeReference, "III.7", null, "Circulaire du 1er août 2006 : l'intervenant et l'employeur échangent ce qui facilite l'action", Circulaire2006),
        r => r.Recipient != RecipientKind.EmployingAuthority
            ? null
            : r.CoveringConsent(ConsentPurpose.ShareWithRecipients) is null ? Employer : EmployerWithConsent,
        Summary: new(
            "Autorité employeur : seulement le résumé de la situation et l'activité non nominative ; l'identité et les coordonnées avec le consentement de la personne.",
            "The employing authority: only the situation summary and non-identifying activity; identity and contact details with the person's consent."));

    /// <summary><c>R06</c>: funders and steering bodies, and statistics, receive only non-identifying activity (docs/legal.md#r06).</summary>
    internal static DataLimit FunderLimit() => new(
        "R06",
        new(CadreDeReference, "III.6", null, "Circulaire du 1er août 2006 : les bilans excluent toute donnée nominative, directe ou indirecte", Circulaire2006),
        r => r.Recipient == RecipientKind.FunderOrSteeringBody || r.Purpose == DisclosurePurpose.Statistics ? ActivityOnly : null,
        Summary: new(
            "Financeurs, comités de pilotage et statistiques : seulement l'activité non nominative, ni directe ni indirecte.",
            "Funders, steering committees and statistics: only non-identifying activity, direct or indirect."));

    /// <summary>
    /// <c>R12</c>: the route of a report by the social worker posted in a police or gendarmerie service: through the hierarchy for an
    /// offence or an immediate danger, through the département for a child otherwise (docs/legal.md#r12). The framework binds that
    /// worker, not a physician or another health professional reporting under 226-14 2° or 3°, whose report goes to the procureur as
    /// the law says.
    /// </summary>
    internal static (JudicialRoute Route, string RuleId)? Route(DisclosureRequest r)
    {
        if (r.DateOfAct < Circulaire2006 || r.Discloser != DiscloserKind.SocialWorker || r.Purpose != DisclosurePurpose.Report
            || r.Recipient is not (RecipientKind.PublicProsecutor or RecipientKind.PoliceHierarchy))
        {
            return null;
        }

        var immediate = r.Has(FactKind.PersonInImminentPeril) || r.Has(FactKind.PreventableCrimeOrAssault);
        var child = r.Has(FactKind.AbuseOfMinor) || r.Has(FactKind.ChildInDangerOrAtRisk);
        return (child && !immediate ? JudicialRoute.ThroughDepartment : JudicialRoute.ThroughPoliceHierarchy, "R12");
    }
}
