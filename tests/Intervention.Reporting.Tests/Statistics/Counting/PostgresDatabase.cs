using System;
using Microsoft.EntityFrameworkCore;
using Intervention.Testing.Shared;

namespace Intervention.Reporting.Tests.Statistics.Counting;

/// <summary>
/// A database of its own on the PostgreSQL server the test command starts (<c>./test.sh</c> sets <c>INTERVENTION_POSTGRES</c>),
/// created for a test class and dropped after it.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    public PostgresDatabase()
    {
        ConnectionString = ThrowawayPostgres.NewDatabase("intervention");
        using var context = NewContext();
        context.Database.EnsureCreated();
    }

    public string ConnectionString { get; }

    public RowsContext NewContext() => new(new DbContextOptionsBuilder<RowsContext>().UseNpgsql(ConnectionString).Options);

    public void Dispose()
    {
        using var context = NewContext();
        context.Database.EnsureDeleted();
    }
}
