using Intervention.Confidentiality.Disclosure;
using static Intervention.Confidentiality.Law.Conclusions;
using static Intervention.Confidentiality.Law.Switzerland.SwissData;

namespace Intervention.Confidentiality.Law.Switzerland.CodeCivil;

/// <summary>
/// Code civil suisse, art. 314d: professionals in regular contact with children who are not bound by the secrecy of the Code pénal,
/// and who see concrete signs that a child's integrity is threatened which they cannot remedy within their own activity, must tell the
/// child-protection authority; telling a superior fulfils the duty. Row <c>CH-CC-314d</c> of docs/legal.md.
/// </summary>
/// <remarks>Modification du 15 décembre 2017, in force 2019-01-01.</remarks>
internal static class Article314d
{
    private static readonly RuleMatch ProfessionalMustReport = Duty(Report, NoNotice,
        "Le professionnel en contact régulier avec des enfants, non soumis au secret du Code pénal, qui constate des indices concrets d'une menace qu'il ne peut écarter doit en aviser l'autorité de protection de l'enfant (en informer son supérieur remplit l'obligation).",
        "A professional in regular contact with children, not bound by criminal-code secrecy, who sees concrete signs of a threat they cannot remedy must tell the child-protection authority (telling a superior fulfils the duty).");

    /// <summary><c>CH-CC-314d</c>: the duty to report of professionals not bound by criminal-code secrecy (docs/legal.md#ch-cc-314d).</summary>
    internal static DisclosureRule ChildProtectionDuty() => new(
        "CH-CC-314d",
        RuleRank.LegalDuty,
        [new("Code civil", "314d", null, "Modification du 15 décembre 2017, en vigueur le 1er janvier 2019", SwissRulePack.CoverageStart)],
        (r, _) => r.Discloser == DiscloserKind.SocialWorker && r.Has(FactKind.ChildInDangerOrAtRisk) && r.Has(FactKind.CannotRemedyThreatThemself)
                  && r.Recipient == RecipientKind.ChildProtectionAuthority
            ? ProfessionalMustReport
            : Not(
                "Seuls les professionnels en contact régulier avec des enfants non soumis au secret du Code pénal, pour une menace qu'ils ne peuvent écarter, à l'autorité de protection de l'enfant.",
                "Only professionals in regular contact with children not bound by criminal-code secrecy, for a threat they cannot remedy, to the child-protection authority."),
        summary: new(
            "Professionnel en contact régulier avec des enfants, non soumis au secret du Code pénal, indices concrets d'une menace qu'il ne peut écarter, vers l'autorité de protection de l'enfant : obligation de signaler.",
            "A professional in regular contact with children, not bound by criminal-code secrecy, concrete signs of a threat they cannot remedy, to the child-protection authority: duty to report."));
}
