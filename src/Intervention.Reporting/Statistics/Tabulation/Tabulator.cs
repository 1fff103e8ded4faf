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
        var (dimensions, categories, innerKeys) = (plan.Dimensions, plan.Categories, inner.Keys);
        var positions = table.Dimensions.Select(plan.PositionOf).ToArray();
        var sizes = positions.Select(p => categories[p].Length + 1).ToArray();
        var cellCount = sizes.Aggregate(1, (a, b) => a * b);
        var counts = new long[cellCount];
        var memberCounts = new int[cellCount];
        var cases = new long[cellCount];

        // Each inner cell falls in one category per dimension (several for the situations) and in that dimension's total:
        // the cells it counts in are the crossings of those. Two passes: count the members of each cell, then fill them.
        var options = sizes.Select(size => new int[size]).ToArray();
        var optionCounts = new int[positions.Length];
        var index = new int[positions.Length];
        var cells = new List<int>();
        var cellsOf = new int[withMembers ? within.Length : 0][];
        for (var n = 0; n < within.Length; n++)
        {
            var key = innerKeys[within[n]];
            for (var d = 0; d < positions.Length; d++)
            {
                var p = positions[d];
                var count = 0;
                if (dimensions[p].Dimension == StatisticsDimension.Situation)
                {
                    for (var bit = 0; bit < categories[p].Length; bit++)
                    {
                        if ((key.Values[p] & (1 << bit)) != 0)
                        {
                            options[d][count++] = bit;
                        }
                    }
                }
                else
                {
                    options[d][count++] = key.Values[p];
                }

                options[d][count++] = sizes[d] - 1;
                optionCounts[d] = count;
            }

            cells.Clear();
            Array.Clear(index);
            while (true)
            {
                var cell = 0;
                for (var d = 0; d < positions.Length; d++)
                {
                    cell = (cell * sizes[d]) + options[d][index[d]];
                }

                cells.Add(cell);
                var k = positions.Length - 1;
                while (k >= 0 && ++index[k] == optionCounts[k])
                {
                    index[k] = 0;
                    k--;
                }

                if (k < 0)
                {
                    break;
                }
            }

            var (weight, contributors) = (inner.Weights[within[n]], inner.Cases[within[n]]);
            if (!withMembers)
            {
                foreach (var cell in cells)
                {
                    counts[cell] += weight;
                    cases[cell] += contributors;
                }

                continue;
            }

            var mine = cellsOf[n] = [.. cells];
            foreach (var cell in mine)
            {
                counts[cell] += weight;
                cases[cell] += contributors;
                memberCounts[cell]++;
            }
        }

        if (!withMembers)
        {
            return new TabulatedTable(table, positions.Select(p => categories[p]).ToArray(), sizes, counts, cases, Enumerable.Repeat(Array.Empty<int>(), cellCount).ToArray());
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

        return new TabulatedTable(table, positions.Select(p => categories[p]).ToArray(), sizes, counts, cases, members);
    }

}
