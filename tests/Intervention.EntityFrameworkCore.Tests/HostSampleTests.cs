using System;
using System.IO;
using System.Threading.Tasks;
using Intervention.Testing.Shared;

namespace Intervention.EntityFrameworkCore.Tests;

/// <summary>The host sample runs to the end on SQLite (its default) and on PostgreSQL (by connection string).</summary>
public sealed class HostSampleTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task The_host_sample_stores_audits_builds_a_sheet_and_pushes_a_report_down(string kind)
    {
        var file = Path.Combine(Path.GetTempPath(), $"intervention-host-{Guid.NewGuid():N}.db");
        var connection = kind == "sqlite"
            ? $"Data Source={file}"
            : ThrowawayPostgres.NewDatabase("intervention_host");
        var output = new StringWriter();
        try
        {
            var code = await Intervention.Samples.Host.Program.Run(output, connection);

            var text = output.ToString();
            Assert.True(code == 0, text);
            Assert.Contains("InProgress, stored", text, StringComparison.Ordinal);
            Assert.Contains("decision MayDiscloseWithConsent, audit entry 1", text, StringComparison.Ordinal);
            Assert.Contains("liaison sheet built: 0 problems", text, StringComparison.Ordinal);
            Assert.Matches(@"2026-Q1: \d+ cases counted, \d+ cells suppressed", text);
            Assert.Contains("audit chain intact: True", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
