using Intervention.EntityFrameworkCore;
using Intervention.Reporting.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Intervention.Samples.Host;

/// <summary>The vendor's own context: its entities would sit beside the Intervention model.</summary>
public sealed class HostContext(DbContextOptions<HostContext> options, NodaTimeStorage storage) : DbContext(options)
{
    /// <summary>Gets the statistics rows the reports are pushed down to.</summary>
    public DbSet<StatisticsRow> StatisticsRows => Set<StatisticsRow>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyInterventionModel(storage);

    /// <summary>A context on SQLite (the default, a file or memory) or on PostgreSQL (a connection string starting with <c>Host=</c>).</summary>
    public static HostContext Open(string connection)
    {
        var options = new DbContextOptionsBuilder<HostContext>();
        if (connection.StartsWith("Host=", System.StringComparison.OrdinalIgnoreCase))
        {
            return new HostContext(options.UseNpgsql(connection, o => o.UseNodaTime()).Options, NodaTimeStorage.Native);
        }

        return new HostContext(options.UseSqlite(connection).Options, NodaTimeStorage.IsoText);
    }
}
