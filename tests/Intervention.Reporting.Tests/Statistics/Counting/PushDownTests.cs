using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intervention.Reporting.Statistics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Intervention.Reporting.Tests.Statistics.Counting;

/// <summary>The same report computed over EF Core (SQLite does the grouping) is exactly the in-memory one.</summary>
public sealed class PushDownTests
{
    [Property(Arbitrary = [typeof(StatisticsGenerators)], MaxTest = 40)]
    public Property A_report_over_IQueryable_equals_the_in_memory_report(DataSet data)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var options = new DbContextOptionsBuilder<RowsContext>().UseSqlite(connection).Options;
        using (var context = new RowsContext(options))
        {
            context.Database.EnsureCreated();
            context.Rows.AddRange(data.Records.Select(StatisticsRow.From));
            context.SaveChanges();
        }

        var definition = StatisticsGenerators.Linked(data.Threshold);
        using var query = new RowsContext(options);
        var fromDatabase = new ActivityReporter().Produce(definition, query.Rows.AsNoTracking());
        var inMemory = new ActivityReporter().Produce(definition, data.Records);

        return (fromDatabase == inMemory).Label($"{fromDatabase.RecordsCounted} vs {inMemory.RecordsCounted}");
    }

    [Fact]
    public void The_grouping_is_translated_to_sql()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var context = new RowsContext(new DbContextOptionsBuilder<RowsContext>().UseSqlite(connection).Options);
        context.Database.EnsureCreated();

        var sql = context.Rows.GroupBy(r => new { r.Channel, r.SituationMask, r.Territory, r.Year, r.Month }).Select(g => new { g.Key, Count = g.Count() }).ToQueryString();

        Assert.Contains("GROUP BY", sql, StringComparison.Ordinal);
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

    private sealed class RowsContext(DbContextOptions<RowsContext> options) : DbContext(options)
    {
        public DbSet<StatisticsRow> Rows => Set<StatisticsRow>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            // StatisticsRow is immutable: the host maps every property and adds its own key.
            var row = modelBuilder.Entity<StatisticsRow>();
            row.Property<int>("Id");
            row.HasKey("Id");
            row.Property(r => r.Profile);
            row.Property(r => r.Channel);
            row.Property(r => r.SituationMask);
            row.Property(r => r.AgeGroup);
            row.Property(r => r.Sex);
            row.Property(r => r.AgeBand);
            row.Property(r => r.Territory);
            row.Property(r => r.Outcome);
            row.Property(r => r.KnownToSocialServices);
            row.Property(r => r.ConsentToStatistics);
            row.Property(r => r.Year);
            row.Property(r => r.Month);
            row.Property(r => r.Actions);
        }
    }
}
