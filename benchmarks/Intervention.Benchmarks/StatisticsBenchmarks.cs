using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Reporting.Statistics;
using NodaTime;

namespace Intervention.Benchmarks;

/// <summary>
/// The reference shapes of docs/benchmarks.md (T2: channel 12 × situation 14 over 5,000 records; T3: × quarter 4 over 50,000;
/// T4: × territory 10 over 200,000; T4W: × territory 30 over 200,000; T4M: the T4 shape over 1,000,000), records drawn with probability ∝ i^-1.2 from a fixed seed, primary rule "non-zero below 5",
/// complementary suppression on. Beside: a LINQ GroupBy computing the same inner counts, and one pass summing one field (the
/// memory-bound floor).
/// </summary>
[MemoryDiagnoser]
public class StatisticsBenchmarks
{
    private StatisticsRecord[] _records = [];
    private ReportDefinition _definition = null!;
    private ReportDefinition _countsOnly = null!;
    private ReportDefinition _hypercube = null!;
    private readonly ActivityReporter _reporter = new();

    /// <summary>Gets the shapes to run: every one, or those listed in the environment variable STATISTICS_SHAPES (e.g. "T4,T4M").</summary>
    public static string[] Shapes =>
        System.Environment.GetEnvironmentVariable("STATISTICS_SHAPES") is { Length: > 0 } only ? only.Split(',') : ["T2", "T3", "T4", "T4W", "T4M"];

    [ParamsSource(nameof(Shapes))]
    public string Shape { get; set; } = "T2";

    public static (ReportDefinition Definition, StatisticsRecord[] Records) Build(string shape)
    {
        var random = new Random(20261123);
        var channels = Enum.GetValues<ReferralChannel>().Take(12).ToArray();
        var situations = Enum.GetValues<SituationKind>().Take(14).ToArray();
        var territories = Enumerable.Range(1, shape == "T4W" ? 30 : 10).Select(i => $"t{i:D2}").ToArray();
        var hierarchy = new TerritoryHierarchy(["territory"], territories.Select(t => (string[])[t]));
        var (count, dimensions) = shape switch
        {
            "T2" => (5_000, new TableDimension[] { StatisticsDimension.Channel, StatisticsDimension.Situation }),
            "T3" => (50_000, [StatisticsDimension.Channel, StatisticsDimension.Situation, new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.Quarter)]),
            _ => (shape == "T4M" ? 1_000_000 : 200_000, [StatisticsDimension.Channel, StatisticsDimension.Situation, new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.Quarter), new TableDimension(StatisticsDimension.Territory, 0)]),
        };
        var records = new StatisticsRecord[count];
        for (var i = 0; i < count; i++)
        {
            records[i] = new StatisticsRecord(
                ServiceProfileKind.FrenchPoliceSocialWorker, Zipf(random, channels), [Zipf(random, situations)], AgeGroup.Adult, Sex.NotStated, null,
                Zipf(random, territories), null, null, true, new YearMonth(2026, 1 + random.Next(12)), 1);
        }

        var definition = new ReportDefinition(ReportPeriod.Year(2026), [new TableDefinition(shape, dimensions)], CountingUnit.Cases, DisclosurePolicy.WithThreshold(5), territories: hierarchy);
        return (definition, records);
    }

    [GlobalSetup]
    public void Setup()
    {
        (_definition, _records) = Build(Shape);
        _countsOnly = CountsOnlyOf(_definition);
        _hypercube = Program.WithMethod(_definition, ["--method", nameof(ComplementaryProtection.Hypercube)]);
    }

    /// <summary>The same definition under a policy that rounds instead of suppressing: what counting and margins cost alone.</summary>
    public static ReportDefinition CountsOnlyOf(ReportDefinition definition) =>
        new(definition.Period, definition.Tables, definition.Unit, DisclosurePolicy.RoundTo(5), definition.RequireConsentToStatistics, definition.Territories, definition.AgeBands);

    [Benchmark(Baseline = true, Description = "ActivityReporter.Produce (counts, margins, suppression)")]
    public int Produce() => _reporter.Produce(_definition, _records).Tables[0].Cells.Count;

    [Benchmark(Description = "ActivityReporter.Produce, hypercube method (counts, margins, suppression)")]
    public int ProduceHypercube() => _reporter.Produce(_hypercube, _records).Tables[0].Cells.Count;

    [Benchmark(Description = "ActivityReporter.Produce, counts and margins only (rounding policy: no suppression)")]
    public int CountsOnly() => _reporter.Produce(_countsOnly, _records).Tables[0].Cells.Count;

    [Benchmark(Description = "LINQ GroupBy of the same inner counts")]
    public int GroupBy() => _records.GroupBy(r => (r.Channel, r.Situations[0], r.Month.Month / 4, r.Territory)).Count();

    [Benchmark(Description = "One pass summing one field (floor)")]
    public long SinglePass()
    {
        long sum = 0;
        foreach (var record in _records)
        {
            sum += record.Actions;
        }

        return sum;
    }

    private static T Zipf<T>(Random random, T[] categories)
    {
        var weights = categories.Select((_, i) => Math.Pow(i + 1, -1.2)).ToArray();
        var target = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target <= 0)
            {
                return categories[i];
            }
        }

        return categories[^1];
    }
}
