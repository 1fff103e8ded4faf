using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Reporting.Statistics.Counting;
using Intervention.Reporting.Statistics.Dimensions;

namespace Intervention.Reporting.Statistics.Tabulation;

/// <summary>The tabulation stage: sums the inner cells into every cell of a table, margins and grand total included.</summary>
internal static class Tabulator
{
    /// <summary>Tabulates a table over some of the inner cells.</summary>
    /// <param name="table">The table.</param>
    /// <param name="plan">The report's dimensions.</param>
    /// <param name="inner">The inner cells.</param>
    /// <param name="within">The positions of the inner cells to sum (those of the table's period).</param>
    /// <param name="withMembers">Whether each cell keeps which inner cells it sums (the protector works on them, and earlier
    /// releases are compared by them; without either, only the counts are needed).</param>
    public static TabulatedTable Tabulate(TableDefinition table, DimensionPlan plan, InnerCells inner, int[] within, bool withMembers)
    {
        var positions = table.Dimensions.Select(plan.PositionOf).ToArray();
        var sizes = positions.Select(p => plan.Categories[p].Length + 1).ToArray();
        var cellCount = sizes.Aggregate(1, (a, b) => a * b);
        var counts = new long[cellCount];
        var memberCounts = new int[cellCount];
        var cases = new long[cellCount];

        // Two passes: count the members of each cell, then fill them.
        var crossing = new Crossing(plan, positions, sizes);
        var cells = new List<int>();
        var cellsOf = new int[withMembers ? within.Length : 0][];
        for (var n = 0; n < within.Length; n++)
        {
            crossing.CellsOf(inner.Keys[within[n]], cells);
            var (weight, contributors) = (inner.Weights[within[n]], inner.Cases[within[n]]);
            foreach (var cell in cells)
            {
                counts[cell] += weight;
                cases[cell] += contributors;
                memberCounts[cell]++;
            }

            if (withMembers)
            {
                cellsOf[n] = [.. cells];
            }
        }

        var labels = positions.Select(p => plan.Categories[p]).ToArray();
        if (!withMembers)
        {
            return new TabulatedTable(table, labels, sizes, counts, cases, Enumerable.Repeat(Array.Empty<int>(), cellCount).ToArray());
        }

        var members = memberCounts.Select(c => c == 0 ? [] : new int[c]).ToArray();
        Array.Clear(memberCounts);
        for (var n = 0; n < within.Length; n++)
        {
            foreach (var cell in cellsOf[n])
            {
                members[cell][memberCounts[cell]++] = within[n];
            }
        }

        return new TabulatedTable(table, labels, sizes, counts, cases, members);
    }

    // The cells of a table an inner cell counts in: it falls in one category per dimension (several for the situations) and in
    // that dimension's total, and the cells are the crossings of those (mixed radix over the table's dimensions, the total last).
    private sealed class Crossing
    {
        private readonly DimensionPlan _plan;
        private readonly int[] _positions;
        private readonly int[] _sizes;
        private readonly int[][] _options;
        private readonly int[] _optionCounts;
        private readonly int[] _index;

        public Crossing(DimensionPlan plan, int[] positions, int[] sizes)
        {
            (_plan, _positions, _sizes) = (plan, positions, sizes);
            _options = sizes.Select(size => new int[size]).ToArray();
            _optionCounts = new int[positions.Length];
            _index = new int[positions.Length];
        }

        public void CellsOf(InnerKey key, List<int> cells)
        {
            for (var d = 0; d < _positions.Length; d++)
            {
                var p = _positions[d];
                var count = 0;
                if (_plan.Dimensions[p].Dimension == StatisticsDimension.Situation)
                {
                    for (var bit = 0; bit < _plan.Categories[p].Length; bit++)
                    {
                        if ((key.Values[p] & (1 << bit)) != 0)
                        {
                            _options[d][count++] = bit;
                        }
                    }
                }
                else
                {
                    _options[d][count++] = key.Values[p];
                }

                _options[d][count++] = _sizes[d] - 1;
                _optionCounts[d] = count;
            }

            cells.Clear();
            Array.Clear(_index);
            while (true)
            {
                var cell = 0;
                for (var d = 0; d < _positions.Length; d++)
                {
                    cell = (cell * _sizes[d]) + _options[d][_index[d]];
                }

                cells.Add(cell);
                var k = _positions.Length - 1;
                while (k >= 0 && ++_index[k] == _optionCounts[k])
                {
                    _index[k] = 0;
                    k--;
                }

                if (k < 0)
                {
                    return;
                }
            }
        }
    }
}
