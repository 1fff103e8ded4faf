using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Intervention.Reporting.Statistics;
using Intervention.Testing;

namespace Intervention.Packaging.Tests.ReadmeExamples;

/// <summary>The example of <c>src/Intervention.Testing/README.md</c>, run by <see cref="ReadmeExampleTests"/>.</summary>
public static class TestingExample
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
        var properties = new AnonymisationProperties(myDefinition);
        var samples = StatisticsGenerators.SamplesFromCases(myDefinition.Period, myDefinition.Territories!, maxCases: 40);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(20), properties.ForAll(samples));

        // or on your own records and the strings they must never reveal:
        var sample = samples.Generator.Sample(1, 7).Single();
        var violations = properties.Check(sample.Records, secrets: sample.Secrets);
        output.WriteLine($"violations: {violations.Count}");
        // README:end
        return output.ToString();
    }
}
