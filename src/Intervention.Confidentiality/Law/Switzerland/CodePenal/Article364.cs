using Intervention.Confidentiality.Disclosure;
using static Intervention.Confidentiality.Law.Conclusions;
using static Intervention.Confidentiality.Law.Switzerland.SwissData;

namespace Intervention.Confidentiality.Law.Switzerland.CodePenal;

/// <summary>
/// Code pénal suisse, art. 364: secret holders may notify the child-protection authority of offences committed against minors, in the
/// minor's interest (a right, not a duty). Row <c>CH-CP-364</c> of docs/legal.md.
/// </summary>
/// <remarks>Wording and date to confirm (the right existed by 2007); applied from 2019-01-01, earlier wordings not checked.</remarks>
internal static class Article364
{
    private static readonly RuleMatch OffencesAgainstMinors = Permit(Report, NoNotice, NoImmunity,
        "Les dépositaires du secret peuvent aviser l'autorité de protection de l'enfant des infractions commises à l'encontre de mineurs (un droit, non une obligation). [Rédaction et date du 364 à confirmer]",
        "Secret holders may notify offences against minors to the child-protection authority (a right, not a duty). [364 wording and date to confirm]");

    /// <summary><c>CH-CP-364</c>: the right to notify offences against minors (docs/legal.md#ch-cp-364).</summary>
    internal static DisclosureRule OffencesAgainstMinorsRule() => new(
        "CH-CP-364",
        RuleRank.LegalPermission,
        [new("Code pénal", "364", null, "Droit d'aviser des infractions commises à l'encontre de mineurs (existait en 2007)", SwissRulePack.CoverageStart, toConfirm: true)],
        (r, _) => r.Has(FactKind.AbuseOfMinor) && r.Recipient == RecipientKind.ChildProtectionAuthority
            ? OffencesAgainstMinors
            : Not("Pas d'infraction contre un mineur signalée à l'autorité de protection de l'enfant.", "No offence against a minor notified to the child-protection authority."),
        earlierWordingsUnchecked: true,
        summary: new(
            "Infraction contre un mineur, vers l'autorité de protection de l'enfant : avis permis (un droit, non une obligation).",
            "An offence against a minor, to the child-protection authority: notice permitted (a right, not a duty)."));
}
