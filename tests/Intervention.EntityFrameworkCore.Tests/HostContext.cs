using Intervention.Reporting.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Intervention.EntityFrameworkCore.Tests;

/// <summary>A host's context, as the package's README shows it: the Intervention model applied beside the host's own.</summary>
public sealed class HostContext(DbContextOptions<HostContext> options, NodaTimeStorage storage) : DbContext(options)
{
    public DbSet<StatisticsRow> StatisticsRows => Set<StatisticsRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyInterventionModel(storage);
}
