using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Intervention.Packaging.Tests;

/// <summary>The libraries publish with Native AOT and trimming, and run natively.</summary>
public sealed class AotTests
{
    [Fact]
    public void A_console_using_domain_confidentiality_and_reporting_publishes_natively_without_a_warning_of_ours_and_runs()
    {
        var output = Directory.CreateTempSubdirectory("intervention-aot-").FullName;
        try
        {
            var (code, log) = Repository.Dotnet("publish", Repository.Path("tests", "aot-smoke", "Intervention.AotSmoke.csproj"), "-c", "Release", "-r", "linux-x64", "-o", output, "-p:NuGetAudit=false");
            Assert.True(code == 0, log);

            // The only warnings allowed: one per third-party assembly, from NodaTime.Serialization.SystemTextJson (see the project file).
            var warnings = Regex.Matches(log, @"warning (IL\d+|CS\d+|NU\d+|NETSDK\d+): [^\r\n]*").Select(m => m.Value).Distinct().ToArray();
            Assert.All(warnings, w => Assert.Matches(@"^warning IL(2104|3053): Assembly 'NodaTime\.Serialization\.SystemTextJson'", w));

            var run = Process.Start(new ProcessStartInfo(Path.Combine(output, "Intervention.AotSmoke")) { RedirectStandardOutput = true })!;
            var printed = run.StandardOutput.ReadToEnd();
            run.WaitForExit();
            Assert.True(run.ExitCode == 0, printed);
            Assert.Contains("investigators MustNotDisclose", printed, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
