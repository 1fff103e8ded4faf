using System;
using System.Diagnostics;
using System.Linq;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Reporting.Auditing;
using Intervention.Reporting.Statistics;
using NodaTime;

namespace Intervention.Benchmarks;

/// <summary>
/// The national roll-up of issue #5's scale item, at any number of leaves: communes (the leaves) in départements of 30 and in regions
/// of 8 départements, 650,000 records for 3,000 communes (as many per commune at fewer), each with a channel (12), a situation (14),
/// a month (quarters shown) and an age group. Four linked tables: each territory level by channel, situation and quarter, and the
/// départements by age group and channel (a table crosses at most four dimensions, so the fifth is linked in). Categories fall
/// with probability proportional to i^-1.2, as in docs/benchmarks.md; threshold 5.
/// </summary>
/// <remarks>Not a BenchmarkDotNet job: one run per size (<c>--rollup 100</c>), timed with a stopwatch, with the process's peak
/// memory; the figures are for the issue note, to show how the cost grows with the leaves.</remarks>
public static class RollupBenchmark
{
    /// <summary>Builds the roll-up's definition and records for a number of leaves.</summary>
    /// <param name="leaves">The number of communes.</param>
    /// <returns>The definition and the records.</returns>
    public static (ReportDefinition Definition, StatisticsRecord[] Records) Build(int leaves)
    {
        var random = new Random(20261123);
        var communes = Enumerable.Range(1, leaves).Select(i => $"c{i:D4}").ToArray();
        var hierarchy = new TerritoryHierarchy(
            ["commune", "département", "région"],
            communes.Select((c, i) => (string[])[c, $"d{(i / 30) + 1:D3}", $"r{(i / 240) + 1:D2}"]));
        var channels = Enum.GetValues<ReferralChannel>().Take(12).ToArray();
        var situations = Enum.GetValues<SituationKind>().Take(14).ToArray();
        var (channel, situation, commune) = (Sampler(channels.Length), Sampler(situations.Length), Sampler(leaves));
        var records = new StatisticsRecord[(int)(650_000L * leaves / 3_000)];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = new StatisticsRecord(
                ServiceProfileKind.FrenchPoliceSocialWorker, channels[channel(random)], [situations[situation(random)]], random.Next(5) == 0 ? AgeGroup.Minor : AgeGroup.Adult,
                Sex.NotStated, null, communes[commune(random)], null, null, true, new YearMonth(2026, 1 + random.Next(12)), 1);
        }

        static TableDimension Level(int level) => new(StatisticsDimension.Territory, level);
        var quarter = new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.Quarter);
        var definition = new ReportDefinition(
            ReportPeriod.Year(2026),
            [
                new TableDefinition("communes", [Level(0), StatisticsDimension.Channel, StatisticsDimension.Situation, quarter]),
                new TableDefinition("départements", [Level(1), StatisticsDimension.Channel, StatisticsDimension.Situation, quarter]),
                new TableDefinition("régions", [Level(2), StatisticsDimension.Channel, StatisticsDimension.Situation, quarter]),
                new TableDefinition("âges", [Level(1), StatisticsDimension.AgeGroup, StatisticsDimension.Channel]),
            ],
            CountingUnit.Cases,
            DisclosurePolicy.WithThreshold(5),
            territories: hierarchy);
        return (definition, records);
    }

    /// <summary>Counts, protects and audits the roll-up at a number of leaves, printing the times and the peak memory.</summary>
    /// <param name="leaves">The number of communes.</param>
    /// <param name="args">The command line: "--method NAME" protects with that method, "--no-audit" stops after protection.</param>
    public static void Run(int leaves, string[] args)
    {
        var (built, records) = Build(leaves);
        var definition = Program.WithMethod(built, args);
        var watch = Stopwatch.StartNew();
        var counted = new ActivityReporter().Produce(StatisticsBenchmarks.CountsOnlyOf(definition), records);
        var counting = watch.Elapsed;
        Console.WriteLine($"roll-up, {leaves} leaves, {records.Length} records, {counted.Tables.Sum(t => t.Cells.Count)} cells: counted in {counting.TotalSeconds:F2} s");
        watch.Restart();
        var report = new ActivityReporter().Produce(definition, records);
        var protecting = watch.Elapsed;
        var cells = report.Tables.SelectMany(t => t.Cells).ToList();
        Console.WriteLine($"  protected in {protecting.TotalSeconds:F2} s: {report.HostAudit.Cells(SuppressionReason.BelowThreshold).Count} primary, {report.HostAudit.Cells(SuppressionReason.Complementary).Count} secondary; peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000} MB");
        Console.WriteLine($"  method {report.Protection?.Method}: {report.Protection?.Reason}");
        if (args.Contains("--no-audit"))
        {
            return;
        }

        watch.Restart();
        var audit = ReportAuditor.Audit(definition, report);
        Console.WriteLine($"  audited in {watch.Elapsed.TotalSeconds:F2} s: {audit.Intervals.Count} intervals, {audit.Exposed.Count} exposed; peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000} MB");
    }

    // Draws 0…n−1 with probability proportional to (i + 1)^-1.2, by binary search in the cumulative weights.
    private static Func<Random, int> Sampler(int n)
    {
        var cumulative = new double[n];
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += Math.Pow(i + 1, -1.2);
            cumulative[i] = sum;
        }

        return random =>
        {
            var at = Array.BinarySearch(cumulative, random.NextDouble() * sum);
            return Math.Min(n - 1, at < 0 ? ~at : at);
        };
    }
}
