using System;
using System.IO;
using System.Linq;
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

        var fromExample = ReadmeBlocks.Between(example, "// README:start", "// README:end");
        var fromReadme = ReadmeBlocks.Unfenced(ReadmeBlocks.Between(readme, "<!-- example:start -->", "<!-- example:end -->"));

        Assert.Equal(ReadmeBlocks.Normalise(fromExample), ReadmeBlocks.Normalise(fromReadme));
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
}
