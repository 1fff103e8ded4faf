using System;
using System.IO;
using System.Linq;

namespace Intervention.Packaging.Tests;

/// <summary>The README's first command runs, and the README's example is the quickstart's code.</summary>
public sealed class QuickstartTests
{
    [Fact]
    [Trait("Rule", "R11")]
    [Trait("Rule", "R21")]
    [Trait("Rule", "R07")]
    public void The_quickstart_runs_and_exits_zero_with_its_three_decisions_and_a_protected_quarterly_report()
    {
        var output = new StringWriter();

        var code = Intervention.Quickstart.Program.Run(output);

        var text = output.ToString();
        Assert.True(code == 0, text);
        Assert.Contains("To the investigators: MustNotDisclose; basis R11", text, StringComparison.Ordinal);
        Assert.Contains("To the CRIP (information préoccupante): MustActByLaw; basis FR-CASF-L226-2-1", text, StringComparison.Ordinal);
        Assert.Contains("To the departmental social services: MayDiscloseWithConsent", text, StringComparison.Ordinal);
        Assert.Contains("2026-Q1, INSEE:", text, StringComparison.Ordinal);
        Assert.Contains("secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Martin", text.Split("2026-Q1")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_example_is_the_quickstart_code_between_its_markers()
    {
        var program = File.ReadAllText(Repository.Path("samples", "Intervention.Quickstart", "Program.cs"));
        var readme = File.ReadAllText(Repository.Path("README.md"));

        var fromSample = ReadmeBlocks.Between(program, "// README:start", "// README:end");
        var fromReadme = ReadmeBlocks.Between(readme, "<!-- quickstart:start -->", "<!-- quickstart:end -->");
        fromReadme = ReadmeBlocks.Unfenced(fromReadme);

        Assert.Equal(ReadmeBlocks.Normalise(fromSample), ReadmeBlocks.Normalise(fromReadme));
        Assert.InRange(ReadmeBlocks.Normalise(fromSample).Split('\n').Length, 20, 40);
        Assert.Contains("dotnet run --project samples/Intervention.Quickstart", readme, StringComparison.Ordinal);
    }
}
