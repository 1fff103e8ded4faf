using System;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Intervention.Reporting.Tests.Statistics.Counting;

/// <summary>
/// A database of its own on the PostgreSQL server the test command starts (<c>./test.sh</c> sets <c>INTERVENTION_POSTGRES</c>),
/// created for a test class and dropped after it.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    public const string Variable = "INTERVENTION_POSTGRES";

    public PostgresDatabase()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException($"{Variable} is not set: run the tests with ./test.sh, which starts a throwaway PostgreSQL server and sets it.");
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = $"intervention_{Guid.NewGuid():N}" }.ConnectionString;
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
