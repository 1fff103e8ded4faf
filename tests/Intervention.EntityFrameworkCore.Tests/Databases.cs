using System;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Intervention.EntityFrameworkCore.Tests;

/// <summary>A database for one test: SQLite in memory (ISO text), or a database of its own on the PostgreSQL server the test
/// command starts (<c>./test.sh</c> sets <c>INTERVENTION_POSTGRES</c>), with NodaTime types stored natively.</summary>
public sealed class TestDatabase : IDisposable
{
    public const string Variable = "INTERVENTION_POSTGRES";
    private readonly SqliteConnection? _sqlite;
    private readonly string? _postgres;

    private TestDatabase(SqliteConnection? sqlite, string? postgres)
    {
        (_sqlite, _postgres) = (sqlite, postgres);
        using var context = NewContext();
        context.Database.EnsureCreated();
    }

    public static TheoryData<string> Kinds => new("sqlite", "postgres");

    public string Kind => _sqlite is null ? "postgres" : "sqlite";

    public static TestDatabase Open(string kind)
    {
        if (kind == "sqlite")
        {
            var connection = new SqliteConnection("Data Source=:memory:");
            connection.Open();
            return new TestDatabase(connection, null);
        }

        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException($"{Variable} is not set: run the tests with ./test.sh, which starts a throwaway PostgreSQL server and sets it.");
        }

        return new TestDatabase(null, new NpgsqlConnectionStringBuilder(server) { Database = $"intervention_{Guid.NewGuid():N}" }.ConnectionString);
    }

    public HostContext NewContext(params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<HostContext>().AddInterceptors(interceptors);
        if (_sqlite is not null)
        {
            options.UseSqlite(_sqlite);
            return new HostContext(options.Options, NodaTimeStorage.IsoText);
        }

        options.UseNpgsql(_postgres, o => o.UseNodaTime());
        return new HostContext(options.Options, NodaTimeStorage.Native);
    }

    public void Dispose()
    {
        if (_sqlite is not null)
        {
            _sqlite.Dispose();
            return;
        }

        using var context = NewContext();
        context.Database.EnsureDeleted();
    }
}
