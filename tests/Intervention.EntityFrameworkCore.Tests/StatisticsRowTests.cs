using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Intervention.Reporting.Statistics;
using Intervention.Testing;
using Microsoft.EntityFrameworkCore;

namespace Intervention.EntityFrameworkCore.Tests;

/// <summary>Statistics rows in the package's model: the report pushed down to SQLite or PostgreSQL is the in-memory one.</summary>
public sealed class StatisticsRowTests
{
    private static readonly TerritoryHierarchy Territories = new(["commune", "brigade"], [["c1", "b1"], ["c2", "b1"], ["c3", "b2"]]);

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public void A_quarterly_report_over_the_stored_rows_is_the_in_memory_one(string kind)
    {
        var period = ReportPeriod.Quarter(2026, 1);
        var records = Intervention.Testing.StatisticsGenerators.Records(period, Territories).Sample(2_000, 5).ToArray();
        using var database = TestDatabase.Open(kind);
        using (var context = database.NewContext())
        {
            context.StatisticsRows.AddRange(records.Select(StatisticsRow.From));
            context.SaveChanges();
        }

        var definition = new ReportDefinition(
            period,
            [new TableDefinition("channel-by-brigade", [StatisticsDimension.Channel, new TableDimension(StatisticsDimension.Territory, 1)]),
             new TableDefinition("situation-by-month", [StatisticsDimension.Situation, new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.Month)])],
            CountingUnit.Cases, DisclosurePolicy.Insee, requireConsentToStatistics: true, territories: Territories);
        using var reading = database.NewContext();

        var report = new ActivityReporter().Produce(definition, reading.StatisticsRows.AsNoTracking());

        Assert.Equal(new ActivityReporter().Produce(definition, records), report);
        Assert.True(report.RecordsCounted > 1_000);
    }
}
