using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Intervention.EntityFrameworkCore;
using Intervention.Reporting.Statistics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Intervention.Benchmarks;

/// <summary>
/// "--pushdown [N]": N statistics rows of the T4 shape in PostgreSQL (INTERVENTION_POSTGRES, as ./test.sh sets it, or the
/// connection string after N), then, alternating, five times each: the report pushed down to the database, and the rows read
/// back and produced in memory; medians, and their ratio. Both with the T4 definition (counting and protection) and with its
/// counts-only variant (rounding: what the counting alone costs).
/// </summary>
internal static class PushDownRun
{
    private sealed class Context(DbContextOptions<Context> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyInterventionModel(NodaTimeStorage.Native);
    }

    public static void Run(int count, string? connection)
    {
        var server = connection ?? Environment.GetEnvironmentVariable("INTERVENTION_POSTGRES")
            ?? throw new InvalidOperationException("No PostgreSQL server: set INTERVENTION_POSTGRES or give a connection string after the row count.");
        var database = new NpgsqlConnectionStringBuilder(server) { Database = "intervention_bench_pushdown" }.ConnectionString;
        var options = new DbContextOptionsBuilder<Context>().UseNpgsql(database, o => o.UseNodaTime()).Options;
        var (definition, records) = StatisticsBenchmarks.Build("T4M");
        records = records.Take(count).ToArray();
        using (var context = new Context(options))
        {
            context.Database.EnsureDeleted();
            context.Database.EnsureCreated();
        }

        var watch = Stopwatch.StartNew();
        Copy(database, records);
        Console.WriteLine($"{records.Length:N0} rows copied in {watch.Elapsed.TotalSeconds:F1} s");
        using (var analyse = new NpgsqlConnection(database))
        {
            analyse.Open();
            using var command = new NpgsqlCommand("ANALYZE intervention_statistics_rows", analyse);
            command.ExecuteNonQuery();
        }

        foreach (var (name, d) in new[] { ("T4 (counting and protection)", definition), ("T4 counts only (rounding)", StatisticsBenchmarks.CountsOnlyOf(definition)) })
        {
            var pushed = new List<double>();
            var inMemory = new List<double>();
            StatisticsReport? a = null, b = null;
            for (var run = 0; run < 5; run++)
            {
                using (var context = new Context(options))
                {
                    watch.Restart();
                    a = new ActivityReporter().Produce(d, context.Set<StatisticsRow>().AsNoTracking());
                    pushed.Add(watch.Elapsed.TotalSeconds);
                }

                using (var context = new Context(options))
                {
                    watch.Restart();
                    var read = context.Set<StatisticsRow>().AsNoTracking().AsEnumerable().Select(r => r.ToRecord(d.AgeBands)).ToList();
                    b = new ActivityReporter().Produce(d, read);
                    inMemory.Add(watch.Elapsed.TotalSeconds);
                }
            }

            var (p, m) = (Median(pushed), Median(inMemory));
            Console.WriteLine($"{name}: pushed down median {p:F3} s [{string.Join(", ", pushed.Select(x => x.ToString("F3")))}], read and produced in memory median {m:F3} s [{string.Join(", ", inMemory.Select(x => x.ToString("F3")))}]; ratio {m / p:F1}; same report: {a == b}");
        }
    }

    private static void Copy(string database, StatisticsRecord[] records)
    {
        using var connection = new NpgsqlConnection(database);
        connection.Open();
        using var writer = connection.BeginBinaryImport(
            "COPY intervention_statistics_rows (\"Profile\", \"Channel\", \"SituationMask\", \"AgeGroup\", \"Sex\", \"AgeBand\", \"Territory\", \"Outcome\", \"KnownToSocialServices\", \"ConsentToStatistics\", \"Year\", \"Month\", \"Actions\") FROM STDIN (FORMAT BINARY)");
        foreach (var record in records)
        {
            var row = StatisticsRow.From(record);
            writer.StartRow();
            writer.Write((int)row.Profile, NpgsqlDbType.Integer);
            writer.Write((int)row.Channel, NpgsqlDbType.Integer);
            writer.Write(row.SituationMask, NpgsqlDbType.Integer);
            writer.Write((int)row.AgeGroup, NpgsqlDbType.Integer);
            writer.Write((int)row.Sex, NpgsqlDbType.Integer);
            if (row.AgeBand is null) { writer.WriteNull(); } else { writer.Write(row.AgeBand, NpgsqlDbType.Varchar); }
            writer.Write(row.Territory, NpgsqlDbType.Varchar);
            if (row.Outcome is null) { writer.WriteNull(); } else { writer.Write((int)row.Outcome.Value, NpgsqlDbType.Integer); }
            if (row.KnownToSocialServices is null) { writer.WriteNull(); } else { writer.Write(row.KnownToSocialServices.Value, NpgsqlDbType.Boolean); }
            writer.Write(row.ConsentToStatistics, NpgsqlDbType.Boolean);
            writer.Write(row.Year, NpgsqlDbType.Integer);
            writer.Write(row.Month, NpgsqlDbType.Integer);
            writer.Write(row.Actions, NpgsqlDbType.Integer);
        }

        writer.Complete();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
