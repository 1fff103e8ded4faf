using System;
using Npgsql;

namespace Intervention.Testing.Shared;

/// <summary>The PostgreSQL server the test command starts (<c>./test.sh</c> sets <c>INTERVENTION_POSTGRES</c>), for the test projects
/// that store on it; linked only into those, which reference Npgsql.</summary>
internal static class ThrowawayPostgres
{
    /// <summary>The environment variable that holds the server's connection string.</summary>
    public const string Variable = "INTERVENTION_POSTGRES";

    /// <summary>A connection string to a new database of the server, named with a prefix and a fresh GUID (created by the caller).</summary>
    public static string NewDatabase(string prefix)
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException($"{Variable} is not set: run the tests with ./test.sh, which starts a throwaway PostgreSQL server and sets it.");
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = $"{prefix}_{Guid.NewGuid():N}" }.ConnectionString;
    }
}
