using System.Globalization;
using System.Linq;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using NodaTime.Text;

namespace Intervention.Reporting.LiaisonSheets;

/// <summary>
/// What a document that leaves the office cites of its decision: for each basis, the code, the article, the paragraph and the
/// version in force (by its dates of effect), in the document's language. Nothing else of the reference leaves: rule ids, the
/// version's notes, where the text was read and whether it is still to confirm stay in the decision's trace and the audit.
/// </summary>
internal static class LegalCitations
{
    internal static string[] Of(DisclosureDecision decision, CultureInfo culture) =>
        decision.LegalBases.Select(b => Cite(b.Reference, culture)).Distinct().ToArray();

    internal static string Cite(LegalReference reference, CultureInfo culture)
    {
        var french = FrenchCulture.Includes(culture);
        var pattern = LocalDatePattern.Create("d MMMM uuuu", french ? FrenchCulture.Culture : CultureInfo.GetCultureInfo("en-GB"));
        var paragraph = reference.Paragraph is null ? string.Empty : ", " + reference.Paragraph;
        var version = reference.InForceUntil is { } until
            ? french
                ? $"version en vigueur du {pattern.Format(reference.InForceFrom)} au {pattern.Format(until.PlusDays(-1))}"
                : $"version in force from {pattern.Format(reference.InForceFrom)} to {pattern.Format(until.PlusDays(-1))}"
            : french
                ? $"version en vigueur depuis le {pattern.Format(reference.InForceFrom)}"
                : $"version in force since {pattern.Format(reference.InForceFrom)}";
        return $"{reference.Code}, art. {reference.Article}{paragraph} ({version})";
    }
}
