using Intervention.Reporting.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Intervention.Reporting.Tests.Statistics.Counting;

/// <summary>A host's context for statistics rows, as the Reporting package's README tells a host to map them.</summary>
public sealed class RowsContext(DbContextOptions<RowsContext> options) : DbContext(options)
{
    public DbSet<StatisticsRow> Rows => Set<StatisticsRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // StatisticsRow is immutable: the host maps every property and adds its own key; an index on (Year, Month) serves the
        // period filter.
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
        row.HasIndex(r => new { r.Year, r.Month });
    }
}
