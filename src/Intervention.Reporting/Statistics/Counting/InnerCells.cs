using System.Collections.Generic;
using System.Linq;
using Intervention.Reporting.Statistics.Dimensions;
using NodaTime;

namespace Intervention.Reporting.Statistics.Counting;

/// <summary>
/// The inner cells in lexicographic order of their categories, each with its weight, contributing cases and month: what the
/// tables sum. The Gauss protector's pivots follow this order, and it keeps fill-in lowest of the orders tried (by weight,
/// ascending or descending, or reversed were 4 to 19 times slower on the T4 shape, for the same answer).
/// </summary>
internal sealed class InnerCells
{
    private InnerCells(InnerKey[] keys, long[] weights, long[] cases, YearMonth[] months) => (Keys, Weights, Cases, Months) = (keys, weights, cases, months);

    /// <summary>Gets the cells' categories, in order.</summary>
    public InnerKey[] Keys { get; }

    /// <summary>Gets, by cell, what it counts (cases, persons or actions).</summary>
    public long[] Weights { get; }

    /// <summary>Gets, by cell, how many cases (or persons) contribute to it.</summary>
    public long[] Cases { get; }

    /// <summary>Gets, by cell, its month (the first met; every month of a cell is counted alike).</summary>
    public YearMonth[] Months { get; }

    /// <summary>Gets the number of cells.</summary>
    public int Count => Keys.Length;

    /// <summary>The cells sorted by one number each (the values in mixed radix: every value is below its dimension's radix, so the
    /// numbers order as the keys do) when those numbers fit in 62 bits, else by comparing keys.</summary>
    public static InnerCells Sort(Dictionary<InnerKey, (long Weight, long Cases, YearMonth Month)> inner, DimensionPlan plan)
    {
        var radices = plan.Dimensions.Select((d, i) => d.Dimension == StatisticsDimension.Situation ? 1L << System.Math.Min(62, plan.Categories[i].Length) : plan.Categories[i].Length + 1L).ToArray();
        InnerKey[] sorted;
        if (radices.Aggregate(1.0, (a, r) => a * r) >= 1L << 62)
        {
            sorted = inner.Keys.Order().ToArray();
        }
        else
        {
            sorted = inner.Keys.ToArray();
            var numbers = new long[sorted.Length];
            for (var k = 0; k < sorted.Length; k++)
            {
                long number = 0;
                for (var d = 0; d < radices.Length; d++)
                {
                    number = (number * radices[d]) + sorted[k].Values[d];
                }

                numbers[k] = number;
            }

            System.Array.Sort(numbers, sorted);
        }

        var weights = new long[sorted.Length];
        var cases = new long[sorted.Length];
        var months = new YearMonth[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            (weights[i], cases[i], months[i]) = inner[sorted[i]];
        }

        return new InnerCells(sorted, weights, cases, months);
    }

    /// <summary>The positions of the cells within a period (all of them when the span is that period).</summary>
    public int[] Within(ReportPeriod period, bool wholeSpan) => wholeSpan
        ? Enumerable.Range(0, Count).ToArray()
        : Enumerable.Range(0, Count).Where(i => period.Contains(Months[i])).ToArray();
}
