using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.Belgium;
using Intervention.Confidentiality.Law.France;
using Intervention.Confidentiality.Law.Quebec;
using Intervention.Confidentiality.Law.Switzerland;
using NodaTime;
using NodaTime.Text;
using Intervention.Testing.Shared;

namespace Intervention.Confidentiality.Tests.Law;

/// <summary>
/// The tables of <c>docs/legal.md</c> are generated from the rule packs themselves: every rule, each of its versions with code,
/// article, alinéa, the version's dates of effect and whether it is still to confirm. The test fails when the document and the
/// packs differ, and writes what the packs say beside it (<c>docs/legal.received.md</c>) to copy over deliberately.
/// </summary>
public sealed class LegalReferenceDocumentTests
{
    private const string Begin = "<!-- BEGIN GENERATED from the rule packs by LegalReferenceDocumentTests: do not edit by hand -->";
    private const string End = "<!-- END GENERATED -->";

    [Fact]
    public void The_legal_reference_in_docs_lists_every_rule_and_version_of_every_pack()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "legal.md");
        var document = File.ReadAllText(path).ReplaceLineEndings("\n");
        var begin = document.IndexOf(Begin, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"docs/legal.md has no generated part between '{Begin}' and '{End}'.");

        var generated = Generate();
        var expected = string.Concat(document.AsSpan(0, begin + Begin.Length), "\n", generated, document.AsSpan(end));
        var received = Path.Combine(Path.GetDirectoryName(path)!, "legal.received.md");
        if (expected != document)
        {
            File.WriteAllText(received, expected);
        }
        else if (File.Exists(received))
        {
            File.Delete(received);
        }

        Assert.True(expected == document, "docs/legal.md does not list what the packs hold: compare it with docs/legal.received.md and copy it over if the change is meant.");
    }

    [Fact]
    public void Every_rule_of_every_pack_appears_in_the_generated_reference_with_each_of_its_versions()
    {
        var generated = Generate();
        foreach (var pack in Packs())
        {
            foreach (var rule in pack.Rules)
            {
                Assert.Contains($"`{rule.Id}`", generated, StringComparison.Ordinal);
                foreach (var version in rule.Versions)
                {
                    Assert.Contains(Date(version.InForceFrom), generated, StringComparison.Ordinal);
                    Assert.Contains(Cell(version.Version), generated, StringComparison.Ordinal);
                }
            }
        }
    }

    private static RulePack[] Packs() => [FrenchRulePack.Create(), QuebecRulePack.Create(), BelgianRulePack.Create(), SwissRulePack.Create()];

    private static string Generate()
    {
        var text = new StringBuilder();
        foreach (var pack in Packs())
        {
            text.Append(CultureInfo.InvariantCulture, $"\n### {pack.Name}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"Jurisdiction: {pack.Jurisdiction}. The pack answers for acts from {Date(pack.CoverageStart)}; before that date it refuses to decide.\n\n");
            text.Append(CultureInfo.InvariantCulture, $"Facts it knows (a request naming another is refused): {string.Join(", ", pack.Facts.Select(f => $"`{f}`"))}.\n\n");
            text.Append("| rule | rank | code | article | alinéa | version | in force from | until | official id | to confirm |\n");
            text.Append("|---|---|---|---|---|---|---|---|---|---|\n");
            foreach (var rule in pack.Rules)
            {
                foreach (var v in rule.Versions.OrderBy(v => v.InForceFrom))
                {
                    text.Append(CultureInfo.InvariantCulture,
                        $"| `{rule.Id}` | {rule.Rank} | {Cell(v.Code)} | {Cell(v.Article)} | {Cell(v.Paragraph ?? "—")} | {Cell(v.Version)} | {Date(v.InForceFrom)} | {(v.InForceUntil is { } until ? Date(until) : "—")} | {Cell(v.OfficialId ?? "—")} | {(v.ToConfirm ? "**to confirm**" : "")} |\n");
                }
            }

            if (pack.DataLimits.Count > 0)
            {
                text.Append("\nLimits on the data a disclosure may carry:\n\n| limit | code | article | alinéa | version | in force from | until |\n|---|---|---|---|---|---|---|\n");
                foreach (var limit in pack.DataLimits)
                {
                    var v = limit.Reference;
                    text.Append(CultureInfo.InvariantCulture,
                        $"| `{limit.RuleId}` | {Cell(v.Code)} | {Cell(v.Article)} | {Cell(v.Paragraph ?? "—")} | {Cell(v.Version)} | {Date(v.InForceFrom)} | {(v.InForceUntil is { } until ? Date(until) : "—")} |\n");
                }
            }

            var toConfirm = pack.Rules.Where(r => r.Versions.Any(v => v.ToConfirm)).Select(r => $"`{r.Id}`").ToArray();
            text.Append(CultureInfo.InvariantCulture, $"\nStill to confirm against the official text: {(toConfirm.Length == 0 ? "none" : string.Join(", ", toConfirm))}.\n");
        }

        return text.ToString();
    }

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    // The repository root: two folders above the test project, whose folder the build records (tests/Directory.Build.props).
    private static string RepositoryRoot() => Path.GetFullPath(Path.Combine(ApiApproval.TestProjectDirectory(), "..", ".."));
}
