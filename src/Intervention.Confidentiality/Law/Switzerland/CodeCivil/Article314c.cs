using Intervention.Confidentiality.Disclosure;
using static Intervention.Confidentiality.Law.Conclusions;
using static Intervention.Confidentiality.Law.Switzerland.SwissData;

namespace Intervention.Confidentiality.Law.Switzerland.CodeCivil;

/// <summary>
/// Code civil suisse, art. 314c: anyone may tell the child-protection authority that a child's physical, psychological or sexual
/// integrity appears threatened; people bound by the professional secrecy of Code pénal 321 may do so when the child's interest
/// justifies it. Row <c>CH-CC-314c</c> of docs/legal.md.
/// </summary>
/// <remarks>Modification du 15 décembre 2017, in force 2019-01-01.</remarks>
internal static class Article314c
{
    private static readonly RuleMatch AnyoneMayReport = Permit(Report, NoNotice, NoImmunity,
        "L'intégrité physique, psychique ou sexuelle de l'enfant semble menacée : toute personne peut en aviser l'autorité de protection de l'enfant ; le dépositaire d'un secret professionnel lorsque l'intérêt de l'enfant le justifie.",
        "The child's physical, psychological or sexual integrity appears threatened: anyone may tell the child-protection authority; a secret holder when the child's interest justifies it.");

    /// <summary><c>CH-CC-314c</c>: the right to report a threatened child (docs/legal.md#ch-cc-314c).</summary>
    internal static DisclosureRule ChildProtectionReport() => new(
        "CH-CC-314c",
        RuleRank.LegalPermission,
        [new("Code civil", "314c", null, "Modification du 15 décembre 2017, en vigueur le 1er janvier 2019", SwissRulePack.CoverageStart)],
        (r, _) => r.Has(FactKind.ChildInDangerOrAtRisk) && r.Recipient == RecipientKind.ChildProtectionAuthority
                  && (!BoundBy321(r.Discloser) || r.Has(FactKind.ChildInterestJustifiesReport))
            ? AnyoneMayReport
            : Not(
                "Pas d'enfant menacé signalé à l'autorité de protection de l'enfant (ou, pour un dépositaire du secret, l'intérêt de l'enfant ne le justifie pas).",
                "No threatened child reported to the child-protection authority (or, for a secret holder, the child's interest does not justify it)."),
        summary: new(
            "Intégrité de l'enfant menacée, vers l'autorité de protection de l'enfant ; pour un dépositaire du secret du 321, si l'intérêt de l'enfant le justifie : signalement permis.",
            "A child's integrity threatened, to the child-protection authority; for a holder of 321 secrecy, when the child's interest justifies it: report permitted."));
}
