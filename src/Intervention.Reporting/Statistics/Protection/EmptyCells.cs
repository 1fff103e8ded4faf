using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Domain.People;
using Intervention.Reporting.Statistics.Counting;
using Intervention.Reporting.Statistics.Dimensions;
using NodaTime;

namespace Intervention.Reporting.Statistics.Protection;

/// <summary>Empty cells as unknowns, when zeros are suppressed (part of building the protection problem).</summary>
internal static class EmptyCells
{
    /// <summary>Adds, with weight 0, an inner cell for each cell of a table that no record of this period falls in.</summary>
    // When zeros are suppressed, a suppressed zero must not be recomputable either, so the reader cannot be assumed to know which
    // combinations are empty: each inner cell of a table that no record of this period falls in joins the inner cells, with weight
    // 0, as one combination of every dimension: the table's categories, and for the others a possible one (a month of the period in
    // the table's period category, a territory under the table's, the age band "Unknown", the age group of the table's age band, else
    // the first category). The protector then treats it as unknown, as it does a cell with records; the combinations not added stay
    // known zeros (a stronger reader, so the protection holds). Tables are taken in turn, each seeing the cells the earlier ones added.
    public static void Add(ReportDefinition definition, DimensionPlan plan, Dictionary<InnerKey, (long Weight, long Cases, YearMonth Month)> inner)
    {
        var (dimensions, categories, span, territories) = (plan.Dimensions, plan.Categories, plan.Span, plan.Territories);
        var months = span.Where(definition.Period.Contains).ToArray();
        var leaves = territories?.Leaves.Order(StringComparer.Ordinal).ToArray() ?? [];
        foreach (var table in definition.Tables)
        {
            var positions = table.Dimensions.Select(plan.PositionOf).ToArray();
            var sizes = positions.Select(p => categories[p].Length).ToArray();

            // The table's inner cells met, by number (mixed radix over the table's dimensions; a situation set meets each of its own).
            var met = new HashSet<long>();
            var choice = new int[positions.Length];
            void Meet(InnerKey key, int d, long number)
            {
                if (d == positions.Length)
                {
                    met.Add(number);
                    return;
                }

                var value = key.Values[positions[d]];
                if (dimensions[positions[d]].Dimension != StatisticsDimension.Situation)
                {
                    Meet(key, d + 1, (number * sizes[d]) + value);
                    return;
                }

                for (var bit = 0; bit < sizes[d]; bit++)
                {
                    if ((value & (1 << bit)) != 0)
                    {
                        Meet(key, d + 1, (number * sizes[d]) + bit);
                    }
                }
            }

            foreach (var (key, (_, _, month)) in inner)
            {
                if (definition.Period.Contains(month))
                {
                    Meet(key, 0, 0);
                }
            }

            var periodAt = Array.FindIndex(positions, p => dimensions[p].Dimension == StatisticsDimension.Period);
            var firstMonth = new Dictionary<string, YearMonth>(StringComparer.Ordinal);
            foreach (var m in periodAt < 0 ? [] : months)
            {
                firstMonth.TryAdd(ReportPeriod.Label(m, dimensions[positions[periodAt]].Granularity), m);
            }

            var territoryAt = Array.FindIndex(positions, p => dimensions[p].Dimension == StatisticsDimension.Territory);
            var firstLeaf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var l in territoryAt < 0 ? [] : leaves)
            {
                firstLeaf.TryAdd(territories!.At(l, dimensions[positions[territoryAt]].TerritoryLevel), l);
            }

            // Per dimension of the report, its place in the table (or −1); the table's age band, if any.
            var tableDimensionOf = Enumerable.Range(0, dimensions.Length).Select(p => Array.IndexOf(positions, p)).ToArray();
            var bandAt = Array.FindIndex(positions, p => dimensions[p].Dimension == StatisticsDimension.AgeBand);

            var total = sizes.Aggregate(1L, (a, b) => a * b);
            for (var number = 0L; number < total; number++)
            {
                if (met.Contains(number))
                {
                    continue;
                }

                var rest = number;
                for (var d = positions.Length - 1; d >= 0; d--)
                {
                    choice[d] = (int)(rest % sizes[d]);
                    rest /= sizes[d];
                }

                // The month: within this period, in the table's period category (a category outside it is not published here). The
                // territory: the first leaf under the table's territory category (a table crosses each kind of dimension once).
                YearMonth? month = periodAt < 0 ? months[0] : firstMonth.TryGetValue(categories[positions[periodAt]][choice[periodAt]], out var m) ? m : null;
                var leaf = territoryAt < 0 ? leaves.FirstOrDefault() : firstLeaf.GetValueOrDefault(categories[positions[territoryAt]][choice[territoryAt]]);
                if (month is null || (leaf is null && territoryAt >= 0))
                {
                    continue;
                }

                // An age band of the table and no age group: the age group the band lies in (the band "Unknown" goes with either).
                var band = bandAt < 0 ? null : definition.AgeBands?.Bands.FirstOrDefault(b => b.Code == categories[positions[bandAt]][choice[bandAt]]);
                var values = new int[dimensions.Length];
                for (var p = 0; p < dimensions.Length; p++)
                {
                    var d = tableDimensionOf[p];
                    values[p] = dimensions[p].Dimension switch
                    {
                        StatisticsDimension.Situation => 1 << (d >= 0 ? choice[d] : 0),
                        _ when d >= 0 => choice[d],
                        StatisticsDimension.Period => Array.IndexOf(categories[p], ReportPeriod.Label(month.Value, dimensions[p].Granularity)),
                        StatisticsDimension.Territory when leaf is not null => Math.Max(0, Array.IndexOf(categories[p], territories!.At(leaf, dimensions[p].TerritoryLevel))),
                        StatisticsDimension.AgeBand => categories[p].Length - 1,
                        StatisticsDimension.AgeGroup when band is not null => Array.IndexOf(categories[p], band.From >= 18 ? nameof(AgeGroup.Adult) : nameof(AgeGroup.Minor)),
                        _ => 0,
                    };
                }

                inner.TryAdd(new InnerKey(values), (0, 0, month.Value));
            }
        }
    }
}
