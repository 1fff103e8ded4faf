using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Intervention.Reporting.Statistics;
using Intervention.Testing;
using Intervention.Testing.Auditing;

namespace Intervention.Packaging.Tests.ReadmeExamples;

/// <summary>The example of <c>src/Intervention.Testing.Auditing/README.md</c>, run by <see cref="ReadmeExampleTests"/>.</summary>
public static class TestingAuditingExample
{
    /// <summary>Runs the example.</summary>
    public static string Run()
    {
        var territories = new TerritoryHierarchy(["commune", "brigade"], [["c1", "b1"], ["c2", "b1"], ["c3", "b2"]]);
        var myDefinition = new ReportDefinition(ReportPeriod.Quarter(2026, 1),
            [new TableDefinition("channel-by-brigade", [StatisticsDimension.Channel, new TableDimension(StatisticsDimension.Territory, 1)])],
            CountingUnit.Cases, DisclosurePolicy.WithThreshold(3), requireConsentToStatistics: true, territories: territories);
        var output = new StringWriter();
        // README:start
        // The kit's properties and the auditor's: no suppressed cell's interval narrower than 2, given all the report publishes.
        var properties = AuditedAnonymisationProperties.Create(myDefinition, minimumWidth: 2);
        var samples = StatisticsGenerators.SamplesFromCases(myDefinition.Period, myDefinition.Territories!, maxCases: 30);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(10), properties.ForAll(samples));
        output.WriteLine($"auditor applies: {AuditedAnonymisationProperties.AppliesAuditor(myDefinition)}");
        // README:end
        return output.ToString();
    }
}
