using System;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Intervention.Testing.Shared;

namespace Intervention.EntityFrameworkCore.Tests;

/// <summary>A database for one test: SQLite in memory (ISO text), or a database of its own on the PostgreSQL server the test
/// command starts (<c>./test.sh</c> sets <c>INTERVENTION_POSTGRES</c>), with NodaTime types stored natively.</summary>
public sealed class TestDatabase : IDisposable
{
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

        return new TestDatabase(null, ThrowawayPostgres.NewDatabase("intervention"));
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
