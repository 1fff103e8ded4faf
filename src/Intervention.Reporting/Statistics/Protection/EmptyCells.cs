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
    // When zeros are suppressed, a suppressed zero must not be recomputable either, so the reader cannot be assumed to know which
    // combinations are empty: each inner cell of a table that no record of this period falls in joins the inner cells, with weight
    // 0, as one combination of every dimension: the table's categories, and for the others a possible one (a month of the period in
    // the table's period category, a territory under the table's, the age band "Unknown", the age group of the table's age band, else
    // the first category). The protector then treats it as unknown, as it does a cell with records; the combinations not added stay
    // known zeros (a stronger reader, so the protection holds). Tables are taken in turn, each seeing the cells the earlier ones added.
    /// <summary>Adds, with weight 0, an inner cell for each cell of a table that no record of this period falls in.</summary>
    /// <param name="definition">The report (or earlier release) whose tables' cells are looked at.</param>
    /// <param name="plan">The dimensions.</param>
    /// <param name="inner">The inner cells, added to.</param>
    /// <param name="within">When given, only the months of the period in this set count: a cell no record of those months falls in
    /// gets an inner cell in one of them (each part of a cell over the months several releases cover alike is then an unknown).</param>
    public static void Add(ReportDefinition definition, DimensionPlan plan, Dictionary<InnerKey, (long Weight, long Cases, YearMonth Month)> inner, IReadOnlySet<YearMonth>? within = null)
    {
        var months = plan.Span.Where(m => definition.Period.Contains(m) && (within is null || within.Contains(m))).ToArray();
        if (months.Length == 0)
        {
            return;
        }

        var leaves = plan.Territories?.Leaves.Order(StringComparer.Ordinal).ToArray() ?? [];
        foreach (var table in definition.Tables)
        {
            var cells = new TableCells(definition, plan, table, months, leaves);
            var met = cells.Met(inner);
            for (var number = 0L; number < cells.Total; number++)
            {
                if (!met.Contains(number) && cells.Combination(number) is { } empty)
                {
                    inner.TryAdd(empty.Key, (0, 0, empty.Month));
                }
            }
        }
    }

    // One table's inner cells, by number (mixed radix over the table's dimensions), and for each the one combination of every
    // dimension of the report that stands for it.
    private sealed class TableCells
    {
        private readonly ReportDefinition _definition;
        private readonly DimensionPlan _plan;
        private readonly YearMonth[] _months;
        private readonly string[] _leaves;
        private readonly int[] _positions;
        private readonly int[] _sizes;

        // Per dimension of the report, its place in the table (or −1); the places of the table's period, territory and age band.
        private readonly int[] _tableDimensionOf;
        private readonly int _periodAt;
        private readonly int _territoryAt;
        private readonly int _bandAt;

        // The first month of the period under each of the table's period categories, and the first leaf under each territory one.
        private readonly Dictionary<string, YearMonth> _firstMonth = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _firstLeaf = new(StringComparer.Ordinal);

        public TableCells(ReportDefinition definition, DimensionPlan plan, TableDefinition table, YearMonth[] months, string[] leaves)
        {
            (_definition, _plan, _months, _leaves) = (definition, plan, months, leaves);
            _positions = table.Dimensions.Select(plan.PositionOf).ToArray();
            _sizes = _positions.Select(p => plan.Categories[p].Length).ToArray();
            Total = _sizes.Aggregate(1L, (a, b) => a * b);
            _tableDimensionOf = Enumerable.Range(0, plan.Dimensions.Length).Select(p => Array.IndexOf(_positions, p)).ToArray();
            _periodAt = PlaceOf(StatisticsDimension.Period);
            _territoryAt = PlaceOf(StatisticsDimension.Territory);
            _bandAt = PlaceOf(StatisticsDimension.AgeBand);
            foreach (var m in _periodAt < 0 ? [] : months)
            {
                _firstMonth.TryAdd(ReportPeriod.Label(m, DimensionAt(_periodAt).Granularity), m);
            }

            foreach (var l in _territoryAt < 0 ? [] : leaves)
            {
                _firstLeaf.TryAdd(plan.Territories!.At(l, DimensionAt(_territoryAt).TerritoryLevel), l);
            }
        }

        public long Total { get; }

        // The table's cells some record of these months falls in (a situation set meets each of its own).
        public HashSet<long> Met(Dictionary<InnerKey, (long Weight, long Cases, YearMonth Month)> inner)
        {
            var met = new HashSet<long>();
            void Meet(InnerKey key, int d, long number)
            {
                if (d == _positions.Length)
                {
                    met.Add(number);
                    return;
                }

                var value = key.Values[_positions[d]];
                if (DimensionAt(d).Dimension != StatisticsDimension.Situation)
                {
                    Meet(key, d + 1, (number * _sizes[d]) + value);
                    return;
                }

                for (var bit = 0; bit < _sizes[d]; bit++)
                {
                    if ((value & (1 << bit)) != 0)
                    {
                        Meet(key, d + 1, (number * _sizes[d]) + bit);
                    }
                }
            }

            var months = _months.ToHashSet();
            foreach (var (key, (_, _, month)) in inner)
            {
                if (months.Contains(month))
                {
                    Meet(key, 0, 0);
                }
            }

            return met;
        }

        // The combination that stands for a cell: the table's categories, and for the other dimensions a possible one (a month of the
        // period in the table's period category, a territory under the table's, the age band "Unknown", the age group of the table's
        // age band, else the first category); none when the cell's period category or territory is not published in this period.
        public (InnerKey Key, YearMonth Month)? Combination(long number)
        {
            var choice = new int[_positions.Length];
            for (var d = _positions.Length - 1; d >= 0; d--)
            {
                choice[d] = (int)(number % _sizes[d]);
                number /= _sizes[d];
            }

            var categories = _plan.Categories;
            YearMonth? month = _periodAt < 0 ? _months[0] : _firstMonth.TryGetValue(categories[_positions[_periodAt]][choice[_periodAt]], out var m) ? m : null;
            var leaf = _territoryAt < 0 ? _leaves.FirstOrDefault() : _firstLeaf.GetValueOrDefault(categories[_positions[_territoryAt]][choice[_territoryAt]]);
            if (month is null || (leaf is null && _territoryAt >= 0))
            {
                return null;
            }

            // An age band of the table and no age group: the age group the band lies in (the band "Unknown" goes with either).
            var band = _bandAt < 0 ? null : _definition.AgeBands?.Bands.FirstOrDefault(b => b.Code == categories[_positions[_bandAt]][choice[_bandAt]]);
            var dimensions = _plan.Dimensions;
            var values = new int[dimensions.Length];
            for (var p = 0; p < dimensions.Length; p++)
            {
                var d = _tableDimensionOf[p];
                values[p] = dimensions[p].Dimension switch
                {
                    StatisticsDimension.Situation => 1 << (d >= 0 ? choice[d] : 0),
                    _ when d >= 0 => choice[d],
                    StatisticsDimension.Period => Array.IndexOf(categories[p], ReportPeriod.Label(month.Value, dimensions[p].Granularity)),
                    StatisticsDimension.Territory when leaf is not null => Math.Max(0, Array.IndexOf(categories[p], _plan.Territories!.At(leaf, dimensions[p].TerritoryLevel))),
                    StatisticsDimension.AgeBand => categories[p].Length - 1,
                    StatisticsDimension.AgeGroup when band is not null => Array.IndexOf(categories[p], band.From >= 18 ? nameof(AgeGroup.Adult) : nameof(AgeGroup.Minor)),
                    _ => 0,
                };
            }

            return (new InnerKey(values), month.Value);
        }

        private int PlaceOf(StatisticsDimension dimension) => Array.FindIndex(_positions, p => _plan.Dimensions[p].Dimension == dimension);

        private TableDimension DimensionAt(int d) => _plan.Dimensions[_positions[d]];
    }
}
