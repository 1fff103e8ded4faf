using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Intervention.Packaging.Tests.ReadmeExamples;

namespace Intervention.Packaging.Tests;

/// <summary>
/// Each package's README shows a short example that is the code of a file under <c>ReadmeExamples/</c>, between its
/// <c>// README:start</c> and <c>// README:end</c> markers; the test compiles that file with the package and runs it.
/// </summary>
public sealed class ReadmeExampleTests
{
    public static TheoryData<string> Packages => new(Repository.Packages);

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_package_readme_shows_its_example_file_between_the_markers(string package)
    {
        var name = package.Replace("Intervention.", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal);
        var example = File.ReadAllText(Repository.Path("tests", "Intervention.Packaging.Tests", "ReadmeExamples", $"{name}Example.cs"));
        var readme = File.ReadAllText(Repository.Path("src", package, "README.md"));

        var fromExample = Between(example, "// README:start", "// README:end");
        var fromReadme = Regex.Replace(Between(readme, "<!-- example:start -->", "<!-- example:end -->"), @"^\s*```csharp\s*\n|\n\s*```\s*$", string.Empty);

        Assert.Equal(Normalise(fromExample), Normalise(fromReadme));
    }

    [Fact]
    public void The_domain_example_opens_a_case_whose_json_holds_no_name()
    {
        var output = DomainExample.Run();

        Assert.Contains("FirstContactMade; name in JSON: False; awaiting first contact: 0", output, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R09")]
    public void The_confidentiality_example_decides_under_the_child_protection_duty_and_audits_it()
    {
        var output = ConfidentialityExample.Run();

        Assert.Contains("MustActByLaw on FR-CASF-L226-2-1", output, StringComparison.Ordinal);
        Assert.Contains("audit intact: True", output, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R06")]
    public void The_reporting_example_counts_the_consenting_records_and_suppresses_small_cells()
    {
        var output = ReportingExample.Run();

        Assert.Matches(@"^285 counted; [1-9]\d* cells suppressed; \d+ CSV lines", output);
    }

    [Fact]
    public void The_auditing_example_ends_protected()
    {
        var output = ReportingAuditingExample.Run();

        Assert.Matches(@"\d+ suppressed cells audited", output);
        Assert.Contains("after interval protection: protected True", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_testing_example_finds_no_violation()
    {
        Assert.Contains("violations: 0", TestingExample.Run(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_audited_testing_example_runs_the_auditor()
    {
        Assert.Contains("auditor applies: True", TestingAuditingExample.Run(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_storage_example_stores_a_case_audits_a_decision_and_pushes_a_report_down()
    {
        var output = await EntityFrameworkCoreExample.Run();

        Assert.Contains("case read back:", output, StringComparison.Ordinal);
        Assert.Contains("audit: True", output, StringComparison.Ordinal);
        Assert.Matches(@"report: \d+ records counted", output);
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"markers {start} … {end} not found");
        return text[(from + start.Length)..to];
    }

    // The same lines, whatever their common indentation.
    private static string Normalise(string block)
    {
        var lines = block.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).SkipWhile(l => l.Length == 0).Reverse().SkipWhile(l => l.Length == 0).Reverse().ToArray();
        var indent = lines.Where(l => l.Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l));
    }
}
