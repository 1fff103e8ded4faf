using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Reporting.Statistics;
using NodaTime;

namespace Intervention.Reporting.Tests.Statistics;

/// <summary>A generated data set with the threshold it is reported under.</summary>
public sealed record DataSet(IReadOnlyList<StatisticsRecord> Records, int Threshold)
{
    public override string ToString() =>
        $"k={Threshold}, {Records.Count} records: " + string.Join("; ", Records.Select(r => $"{r.Channel}/{string.Join("+", r.Situations)}/{r.Territory}/{r.Month}"));
}

public static class StatisticsGenerators
{
    public static readonly TerritoryHierarchy Territories = new(
        ["commune", "brigade", "département"],
        [["c1", "b1", "d1"], ["c2", "b1", "d1"], ["c3", "b2", "d1"], ["c4", "b3", "d2"]]);

    // The test authors' kit's records (a few large categories and a long tail, as docs/benchmarks.md describes, on a small scale):
    // the kit is proven on us first.
    public static Gen<StatisticsRecord> Records { get; } = Intervention.Testing.StatisticsGenerators.Records(ReportPeriod.Quarter(2026, 1), Territories);

    public static Arbitrary<DataSet> DataSets() => Arb.From(
        from records in Gen.Choose(0, 60).SelectMany(n => Gen.ListOf(Records, n))
        from k in Gen.Choose(2, 6)
        select new DataSet(records.ToArray(), k),
        Shrink);

    public static ReportDefinition Linked(int k, DisclosurePolicy? policy = null) => new(
        ReportPeriod.Quarter(2026, 1),
        [
            new TableDefinition("channel-by-situation", [StatisticsDimension.Channel, StatisticsDimension.Situation]),
            new TableDefinition("channel-by-territory", [StatisticsDimension.Channel, new TableDimension(StatisticsDimension.Territory, 1)]),
            new TableDefinition("situation-by-month", [StatisticsDimension.Situation, new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.Month)]),
        ],
        CountingUnit.Cases,
        policy ?? DisclosurePolicy.WithThreshold(k),
        requireConsentToStatistics: true,
        territories: Territories);

    private static IEnumerable<DataSet> Shrink(DataSet set)
    {
        for (var i = 0; i < set.Records.Count; i++)
        {
            yield return set with { Records = set.Records.Where((_, j) => j != i).ToArray() };
        }
    }
}
