using System.IO;
using System.Linq;
using FsCheck.Fluent;
using Intervention.Reporting.Auditing;
using Intervention.Reporting.Statistics;

namespace Intervention.Packaging.Tests.ReadmeExamples;

/// <summary>The example of <c>src/Intervention.Reporting.Auditing/README.md</c>, run by <see cref="ReadmeExampleTests"/>.</summary>
public static class ReportingAuditingExample
{
    /// <summary>Runs the example on generated records.</summary>
    public static string Run()
    {
        var territories = new TerritoryHierarchy(["commune"], [["c1"], ["c2"], ["c3"]]);
        var records = Intervention.Testing.StatisticsGenerators.Records(ReportPeriod.Quarter(2026, 1), territories).Sample(400, 3).ToArray();
        var definition = new ReportDefinition(ReportPeriod.Quarter(2026, 1),
            [new TableDefinition("channel-by-commune", [StatisticsDimension.Channel, StatisticsDimension.Territory])],
            CountingUnit.Cases, DisclosurePolicy.WithThreshold(5), requireConsentToStatistics: true, territories: territories);
        var output = new StringWriter();
        // README:start
        var reporter = new ActivityReporter();
        var report = reporter.Produce(definition, records);

        // Every suppressed cell's interval of values consistent with everything the report publishes.
        var audit = ReportAuditor.Audit(definition, report, minimumWidth: 2);
        output.WriteLine($"{audit.Intervals.Count} suppressed cells audited; too narrow and possibly small: {audit.Exposed.Count}");

        // Suppress more until every small cell's interval is at least that wide.
        var wider = IntervalProtection.Produce(reporter, definition, records, minimumWidth: 2);
        output.WriteLine($"after interval protection: protected {ReportAuditor.Audit(definition, wider, minimumWidth: 2).IsProtected}");
        // README:end
        return output.ToString();
    }
}
