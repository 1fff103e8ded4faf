using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Services;
using Intervention.Reporting.Statistics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Intervention.Reporting.Tests.Statistics.Counting;

/// <summary>
/// The same report computed over EF Core (SQLite, and the PostgreSQL server of the test command, do the grouping) is exactly the
/// in-memory one, for definitions that read different fields; the query groups by the fields the definition reads only, and its
/// period filter compares year and month as an index on them can serve.
/// </summary>
public sealed class PushDownTests(PostgresDatabase postgres) : IClassFixture<PostgresDatabase>
{
    private static readonly ReportPeriod Quarter = ReportPeriod.Quarter(2026, 1);

    // Definitions that read different fields: the kit's linked tables; sex, age group and outcome without consent required; the
    // service by brigade and month; age bands by whether social services knew the person.
    private static readonly ReportDefinition[] Definitions =
    [
        StatisticsGenerators.Linked(3),
        new(Quarter,
            [new TableDefinition("sex-by-age", [StatisticsDimension.Sex, StatisticsDimension.AgeGroup]), new TableDefinition("outcome", [StatisticsDimension.Outcome])],
            CountingUnit.Cases, DisclosurePolicy.WithThreshold(3), requireConsentToStatistics: false),
        new(Quarter,
            [new TableDefinition("profile-by-brigade", [StatisticsDimension.Profile, new TableDimension(StatisticsDimension.Territory, 1)]),
             new TableDefinition("profile-by-month", [StatisticsDimension.Profile, new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.Month)])],
            CountingUnit.Actions, DisclosurePolicy.WithThreshold(3), requireConsentToStatistics: true, territories: StatisticsGenerators.Territories),
        new(Quarter,
            [new TableDefinition("band-by-known", [StatisticsDimension.AgeBand, StatisticsDimension.KnownToSocialServices])],
            CountingUnit.Cases, DisclosurePolicy.WithThreshold(3), requireConsentToStatistics: true, ageBands: AgeBands.Default),
    ];

    // The kit's records, with every field a host's row holds given a value: the service, an age band that fits the age group
    // (and none on some), an outcome (none while open), whether social services knew the person; and a few outside the quarter.
    private static readonly Gen<StatisticsRecord> Rows =
        from record in StatisticsGenerators.Records
        from profile in Gen.Elements(Enum.GetValues<ServiceProfileKind>())
        from band in Gen.Elements(AgeBands.Default.Bands.Where(b => (b.From >= 18) == (record.AgeGroup == AgeGroup.Adult)).Cast<AgeBand?>().Append(null).ToArray())
        from outcome in Gen.Elements(Enum.GetValues<CaseOutcome>().Cast<CaseOutcome?>().Append(null).ToArray())
        from known in Gen.Elements<bool?>(true, false, null)
        from shift in Gen.Frequency((9, Gen.Constant(0)), (1, Gen.Elements(-1, 3, -13)))
        select new StatisticsRecord(profile, record.Channel, record.Situations, record.AgeGroup, record.Sex, band, record.Territory, outcome, known,
            record.ConsentToStatistics, record.Month.PlusMonths(shift), record.Actions);

    public static Arbitrary<(StatisticsRecord[] Records, int Definition)> Cases() => Arb.From(
        from n in Gen.Choose(0, 80)
        from records in Gen.ArrayOf(Rows, n)
        from definition in Gen.Choose(0, Definitions.Length - 1)
        select (records, definition));

    [Property(Arbitrary = [typeof(PushDownTests)], MaxTest = 40)]
    public Property A_report_over_SQLite_equals_the_in_memory_report((StatisticsRecord[] Records, int Definition) data)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var options = new DbContextOptionsBuilder<RowsContext>().UseSqlite(connection).Options;
        using (var context = new RowsContext(options))
        {
            context.Database.EnsureCreated();
        }

        return SameReport(() => new RowsContext(options), data.Records, Definitions[data.Definition]);
    }

    [Property(Arbitrary = [typeof(PushDownTests)], MaxTest = 25)]
    public Property A_report_over_PostgreSQL_equals_the_in_memory_report((StatisticsRecord[] Records, int Definition) data)
    {
        using (var context = postgres.NewContext())
        {
            context.Rows.ExecuteDelete();
        }

        return SameReport(postgres.NewContext, data.Records, Definitions[data.Definition]);
    }

    [Fact]
    public void Rows_with_age_bands_are_reported_under_a_definition_without_bands_as_in_memory()
    {
        // Records built as the README shows them, with an age band, under a definition that sets none (it used to throw).
        var records = Enumerable.Range(0, 30).Select(i => new StatisticsRecord(
            ServiceProfileKind.FrenchPoliceSocialWorker, Domain.Referrals.ReferralChannel.OfficerOrientation, [SituationKind.ConjugalViolence],
            AgeGroup.Adult, Sex.Female, AgeBands.Default.Bands[2], "c1", null, null, true, new YearMonth(2026, 1 + (i % 3)), 1)).ToArray();
        var definition = new ReportDefinition(Quarter, [new TableDefinition("channel", [StatisticsDimension.Channel])], CountingUnit.Cases, DisclosurePolicy.WithThreshold(3));
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var options = new DbContextOptionsBuilder<RowsContext>().UseSqlite(connection).Options;
        using var context = new RowsContext(options);
        context.Database.EnsureCreated();
        context.Rows.AddRange(records.Select(StatisticsRow.From));
        context.SaveChanges();

        var report = new ActivityReporter().Produce(definition, context.Rows.AsNoTracking());

        Assert.Equal(new ActivityReporter().Produce(definition, records), report);
        Assert.Equal(30, report.Table("channel").Cell(PublishedCell.Total).Value);
    }

    [Theory]
    [InlineData(0, new[] { "Channel", "SituationMask", "Territory", "ConsentToStatistics", "Year", "Month" }, new[] { "Profile", "AgeGroup", "Sex", "AgeBand", "Outcome", "KnownToSocialServices" })]
    [InlineData(1, new[] { "Sex", "AgeGroup", "Outcome", "Year", "Month" }, new[] { "Profile", "Channel", "SituationMask", "AgeBand", "Territory", "KnownToSocialServices", "ConsentToStatistics" })]
    [InlineData(3, new[] { "AgeBand", "KnownToSocialServices", "ConsentToStatistics", "Year", "Month" }, new[] { "Profile", "Channel", "SituationMask", "AgeGroup", "Sex", "Territory", "Outcome" })]
    public void The_query_groups_by_the_fields_the_definition_reads_and_filters_the_period_by_year_then_month(int definition, string[] grouped, string[] notGrouped)
    {
        var log = new List<string>();
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var options = new DbContextOptionsBuilder<RowsContext>().UseSqlite(connection).LogTo(log.Add, LogLevel.Information).Options;
        using var context = new RowsContext(options);
        context.Database.EnsureCreated();

        new ActivityReporter().Produce(Definitions[definition], context.Rows.AsNoTracking());

        var sql = log.Single(l => l.Contains("GROUP BY", StringComparison.Ordinal));
        var groupBy = sql[sql.IndexOf("GROUP BY", StringComparison.Ordinal)..];
        Assert.All(grouped, column => Assert.Contains($"\"{column}\"", groupBy, StringComparison.Ordinal));
        Assert.All(notGrouped, column => Assert.DoesNotContain($"\"{column}\"", groupBy, StringComparison.Ordinal));
        var where = sql[sql.IndexOf("WHERE", StringComparison.Ordinal)..sql.IndexOf("GROUP BY", StringComparison.Ordinal)];
        Assert.Contains("\"Year\" >= @", where, StringComparison.Ordinal);
        Assert.Contains("\"Year\" <= @", where, StringComparison.Ordinal);
        Assert.DoesNotContain("* 12", where, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_round_trips_to_its_record_and_bad_masks_are_refused()
    {
        var record = StatisticsGenerators.Records.Sample(1, 1).Single();

        Assert.Equal(record, StatisticsRow.From(record).ToRecord(null));
        Assert.Throws<ArgumentException>(() => new StatisticsRow(record.Profile, record.Channel, 0, record.AgeGroup, record.Sex, null, "c1", null, null, true, 2026, 1, 0).ToRecord(null));
        Assert.Throws<ArgumentException>(() => new StatisticsRow(record.Profile, record.Channel, 1 << 25, record.AgeGroup, record.Sex, null, "c1", null, null, true, 2026, 1, 0).ToRecord(null));
        Assert.Throws<ArgumentException>(() => new StatisticsRow(record.Profile, record.Channel, 1, record.AgeGroup, record.Sex, "99-100", "c1", null, null, true, 2026, 1, 0).ToRecord(AgeBands.Default));
    }

    private static Property SameReport(Func<RowsContext> newContext, StatisticsRecord[] records, ReportDefinition definition)
    {
        using (var context = newContext())
        {
            context.Rows.AddRange(records.Select(StatisticsRow.From));
            context.SaveChanges();
        }

        using var query = newContext();
        var fromDatabase = new ActivityReporter().Produce(definition, query.Rows.AsNoTracking());
        var inMemory = new ActivityReporter().Produce(definition, records);
        return (fromDatabase == inMemory).Label($"{definition.Tables[0].Name}: {fromDatabase.RecordsCounted} vs {inMemory.RecordsCounted}");
    }
}
