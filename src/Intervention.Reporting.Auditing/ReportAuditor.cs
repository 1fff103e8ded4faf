using System;
using System.Collections.Generic;
using System.Linq;
using Google.OrTools.LinearSolver;
using Intervention.Reporting.Statistics;

namespace Intervention.Reporting.Auditing;

/// <summary>The interval of values a suppressed cell may take given everything a report publishes.</summary>
/// <param name="Table">The table.</param>
/// <param name="Categories">The cell's categories.</param>
/// <param name="Lower">The smallest value consistent with the report.</param>
/// <param name="Upper">The largest value consistent with the report.</param>
/// <param name="IsTooNarrow">Whether the interval is narrower than the protection required.</param>
public sealed record CellInterval(string Table, IReadOnlyList<string> Categories, double Lower, double Upper, bool IsTooNarrow)
{
    /// <summary>Gets the interval's width.</summary>
    public double Width => Upper - Lower;

    /// <inheritdoc />
    public bool Equals(CellInterval? other) =>
        other is not null && Table == other.Table && Lower.Equals(other.Lower) && Upper.Equals(other.Upper) && IsTooNarrow == other.IsTooNarrow
        && Categories.SequenceEqual(other.Categories, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Table, Lower, Upper);
}

/// <summary>The result of an audit: every suppressed cell's interval, and those too narrow.</summary>
/// <param name="Intervals">The intervals, one per suppressed cell.</param>
public sealed record AuditResult(IReadOnlyList<CellInterval> Intervals)
{
    /// <summary>Gets the cells whose interval is narrower than required.</summary>
    public IReadOnlyList<CellInterval> Exposed => Intervals.Where(i => i.IsTooNarrow).ToArray();

    /// <summary>Gets whether every suppressed cell is protected.</summary>
    public bool IsProtected => Intervals.All(i => !i.IsTooNarrow);

    /// <inheritdoc />
    public bool Equals(AuditResult? other) => other is not null && Intervals.SequenceEqual(other.Intervals);

    /// <inheritdoc />
    public override int GetHashCode() => Intervals.Count;
}

/// <summary>
/// Audits a published report the way an attacker would: the unknowns are the counts of every combination of the report's
/// categories (non-negative), each published cell fixes the sum of its combinations, and each suppressed cell's smallest and
/// largest possible value are found by linear programming (GLOP).
/// </summary>
public static class ReportAuditor
{
    private const double Tolerance = 1e-6;

    /// <summary>Audits a report.</summary>
    /// <param name="definition">The definition the report was produced from.</param>
    /// <param name="report">The published report.</param>
    /// <param name="minimumWidth">The protection required: an interval must be wider than this (0: not recoverable exactly).</param>
    /// <returns>The intervals of the suppressed cells.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="NotSupportedException">The report is rounded (not audited by linear programming).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumWidth"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">The published values are inconsistent (the linear program has no solution).</exception>
    public static AuditResult Audit(ReportDefinition definition, StatisticsReport report, double minimumWidth = 0) => Audit(definition, report, minimumWidth, shortcuts: true);

    // The audit, with its shortcuts or without (the tests compare both): the counts pinned at zero taken out of the program first,
    // and the minima that an earlier solution shows to be 0 not solved for.
    internal static AuditResult Audit(ReportDefinition definition, StatisticsReport report, double minimumWidth, bool shortcuts)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentOutOfRangeException.ThrowIfNegative(minimumWidth);
        if (definition.Policy.Rounding != RoundingRule.None)
        {
            throw new NotSupportedException("Rounded reports are not audited by linear programming.");
        }

        // Each dimension is read at its finest level in the report: territories at the lowest level shown, periods at the finest
        // granularity; a coarser category is the set of finer ones it contains (the hierarchy's, the calendar's).
        var keys = definition.Tables.SelectMany(t => t.Dimensions).DistinctBy(d => d.Key).ToArray();
        TableDimension Finest(TableDimension d) => d.Dimension switch
        {
            StatisticsDimension.Territory => keys.Where(k => k.Dimension == StatisticsDimension.Territory).MinBy(k => k.TerritoryLevel)!,
            StatisticsDimension.Period => keys.Where(k => k.Dimension == StatisticsDimension.Period).MinBy(k => (int)k.Granularity)!,
            _ => d,
        };
        var dimensions = keys.Where(k => k.Dimension != StatisticsDimension.Situation).Select(Finest).DistinctBy(d => d.Key).OrderBy(d => d.Key, StringComparer.Ordinal).ToArray();
        var coarser = keys.Where(k => Finest(k).Key != k.Key).ToDictionary(k => k.Key, k => Coarsening(definition, Finest(k), k), StringComparer.Ordinal);

        // The categories of every dimension, as the report itself shows them.
        var categories = dimensions.Select(d => report.Tables
            .SelectMany(t => t.Cells.Select(c => (t, c)))
            .SelectMany(x => x.t.Dimensions.Select((td, i) => (td, code: x.c.Categories[i])))
            .Where(x => x.td.Key == d.Key && x.code != PublishedCell.Total)
            .Select(x => x.code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray()).ToArray();

        // The multi-valued situation dimension: per combination of the other dimensions, the number of cases T and, per situation
        // s, the number y(s) of those cases in s. A case has one situation or more, each once, so 0 <= y(s) <= T <= sum of y(s):
        // exactly what cases with sets of situations can give (the published totals count distinct cases).
        var situations = report.Tables.SelectMany(t => t.Cells.Select(c => (t, c)))
            .SelectMany(x => x.t.Dimensions.Select((td, i) => (td, code: x.c.Categories[i])))
            .Where(x => x.td.Dimension == StatisticsDimension.Situation && x.code != PublishedCell.Total)
            .Select(x => x.code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

        // The linear program, written once: variables by number (cases per combination, then cases per combination and
        // situation), constraints as bounds on sums.
        var combinations = Combinations(categories).ToArray();
        int Cases(int i) => i;
        int InSituation(int i, int s) => combinations.Length + (i * situations.Length) + s;
        var variableCount = combinations.Length * (1 + situations.Length);
        var constraints = new List<(double Lower, double Upper, (int Variable, double Coefficient)[] Terms)>();
        for (var i = 0; i < combinations.Length && situations.Length > 0; i++)
        {
            var at = i;
            constraints.Add((0, double.PositiveInfinity, [(Cases(at), -1), .. Enumerable.Range(0, situations.Length).Select(s => (InSituation(at, s), 1.0))]));
            for (var s = 0; s < situations.Length; s++)
            {
                constraints.Add((double.NegativeInfinity, 0, [(InSituation(at, s), 1), (Cases(at), -1)]));
            }
        }

        var suppressed = new List<(string Table, PublishedCell Cell, int[] Terms)>();
        foreach (var table in report.Tables)
        {
            var positions = table.Dimensions.Select(td => td.Dimension == StatisticsDimension.Situation ? -1 : Array.FindIndex(dimensions, d => d.Key == Finest(td).Key)).ToArray();
            var maps = table.Dimensions.Select(td => coarser.GetValueOrDefault(td.Key)).ToArray();
            var situationAt = Array.FindIndex(table.Dimensions.ToArray(), td => td.Dimension == StatisticsDimension.Situation);
            string Read(string code, int d) => maps[d] is { } map && map.TryGetValue(code, out var coarse) ? coarse : code;
            foreach (var cell in table.Cells)
            {
                var situation = situationAt < 0 || cell.Categories[situationAt] == PublishedCell.Total ? -1 : Array.IndexOf(situations, cell.Categories[situationAt]);
                var terms = Enumerable.Range(0, combinations.Length)
                    .Where(i => positions.Select((p, d) => p < 0 || cell.Categories[d] == PublishedCell.Total || Read(combinations[i][p], d) == cell.Categories[d]).All(x => x))
                    .Select(i => situation < 0 ? Cases(i) : InSituation(i, situation))
                    .ToArray();
                if (cell.Value is { } value)
                {
                    constraints.Add((value, value, terms.Select(t => (t, 1.0)).ToArray()));
                }
                else
                {
                    suppressed.Add((table.Name, cell, terms));
                }
            }
        }

        // Every count is bounded by a value no consistent answer reaches: a hundred times everything published (a finite bound
        // keeps GLOP's numbers small; a maximum beyond a tenth of it means "unbounded").
        var bound = 100.0 * (1 + report.Tables.SelectMany(t => t.Cells).Sum(c => (double)(c.Value ?? 0)));
        var (compact, kept, renumber) = shortcuts ? WithoutPinnedZeros(variableCount, constraints) : (constraints, variableCount, Enumerable.Range(0, variableCount).ToArray());
        var model = new Model(kept, compact, bound);
        try
        {
            // Every minimum, then every maximum: each solve starts from the last one's basis, closer when the objective's sense is
            // the same. A cell whose every count is pinned at zero is [0, 0] without a solve.
            // Every solution found is feasible: a cell it puts at 0 has 0 as its minimum (counts are not negative), without a solve
            // of its own.
            var live = suppressed.Select(s => s.Terms.Where(t => renumber[t] >= 0).Select(t => renumber[t]).ToArray()).ToArray();
            var lowers = new double?[live.Length];
            for (var i = 0; i < live.Length; i++)
            {
                if (lowers[i] is not null)
                {
                    continue;
                }

                lowers[i] = live[i].Length == 0 ? 0 : model.Optimise(live[i], maximise: false);
                if (shortcuts && live[i].Length > 0 && model.Solution() is { } solution)
                {
                    for (var j = i + 1; j < live.Length; j++)
                    {
                        if (lowers[j] is null && live[j].All(t => solution[t] <= Tolerance))
                        {
                            lowers[j] = 0;
                        }
                    }
                }
            }

            var uppers = live.Select(terms => terms.Length == 0 ? 0 : model.Optimise(terms, maximise: true)).ToArray();
            var intervals = new List<CellInterval>();
            for (var i = 0; i < suppressed.Count; i++)
            {
                var (table, cell, _) = suppressed[i];
                intervals.Add(new CellInterval(table, cell.Categories, lowers[i]!.Value, uppers[i], uppers[i] - lowers[i]!.Value <= minimumWidth + Tolerance));
            }

            return new AuditResult(intervals);
        }
        finally
        {
            model.Dispose();
        }
    }

    // Counts are not negative, so a constraint whose upper bound is 0 and whose counts all come with a positive coefficient pins
    // each of them at 0 (a published zero, or a situation's count under a combination's pinned total); repeated until nothing more
    // is pinned. The pinned counts leave the program, which keeps the same feasible values for every other count and is, on sparse
    // tables (most combinations empty, their zeros published), much smaller. A constraint left with no count must hold at 0.
    private static (List<(double Lower, double Upper, (int Variable, double Coefficient)[] Terms)> Constraints, int Variables, int[] Renumber) WithoutPinnedZeros(
        int variableCount,
        List<(double Lower, double Upper, (int Variable, double Coefficient)[] Terms)> constraints)
    {
        var pinned = new bool[variableCount];
        var byVariable = new List<int>?[variableCount];
        for (var c = 0; c < constraints.Count; c++)
        {
            foreach (var (variable, _) in constraints[c].Terms)
            {
                (byVariable[variable] ??= []).Add(c);
            }
        }

        var pending = new Stack<int>(Enumerable.Range(0, constraints.Count));
        while (pending.Count > 0)
        {
            var (_, upper, terms) = constraints[pending.Pop()];
            if (upper != 0 || terms.Any(t => !pinned[t.Variable] && t.Coefficient <= 0))
            {
                continue;
            }

            foreach (var (variable, _) in terms)
            {
                if (!pinned[variable])
                {
                    pinned[variable] = true;
                    foreach (var other in byVariable[variable]!)
                    {
                        pending.Push(other);
                    }
                }
            }
        }

        var renumber = new int[variableCount];
        var kept = 0;
        for (var v = 0; v < variableCount; v++)
        {
            renumber[v] = pinned[v] ? -1 : kept++;
        }

        var compact = new List<(double Lower, double Upper, (int Variable, double Coefficient)[] Terms)>(constraints.Count);
        foreach (var (lower, upper, terms) in constraints)
        {
            var live = terms.Where(t => !pinned[t.Variable]).Select(t => (renumber[t.Variable], t.Coefficient)).ToArray();
            if (live.Length > 0)
            {
                compact.Add((lower, upper, live));
            }
            else if (lower > Tolerance || upper < -Tolerance)
            {
                throw new InvalidOperationException("The published values are inconsistent: a published count is not zero where every count it sums must be.");
            }
        }

        return (compact, kept, renumber);
    }

    // GLOP over the program; a solve that ends in a numerical failure (ABNORMAL, seen when its warm start from the previous
    // objective goes wrong) is done again on a model built afresh.
    private sealed class Model(int variableCount, List<(double Lower, double Upper, (int Variable, double Coefficient)[] Terms)> constraints, double bound) : IDisposable
    {
        private Solver? _solver;
        private Variable[] _variables = [];
        private bool _solved;

        public double Optimise(int[] terms, bool maximise)
        {
            for (var attempt = 0; ; attempt++)
            {
                if (_solver is null)
                {
                    Build();
                }

                var status = Solve(terms, maximise, out var value);
                if (status != Solver.ResultStatus.ABNORMAL || attempt == 1)
                {
                    return status switch
                    {
                        Solver.ResultStatus.OPTIMAL => value >= bound / 10 ? double.PositiveInfinity : value,
                        Solver.ResultStatus.UNBOUNDED => double.PositiveInfinity,
                        _ => throw new InvalidOperationException($"The published values are inconsistent: the linear program is {status}."),
                    };
                }

                Dispose();
            }
        }

        // The values of the last solve, when it found an optimum.
        public double[]? Solution() => _solved ? Array.ConvertAll(_variables, v => v.SolutionValue()) : null;

        public void Dispose()
        {
            _solver?.Dispose();
            _solver = null;
        }

        private void Build()
        {
            _solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("The GLOP solver is not available.");
            var solver = _solver;
            _variables = Enumerable.Range(0, variableCount).Select(i => solver.MakeNumVar(0, bound, $"x{i}")).ToArray();
            foreach (var (lower, upper, terms) in constraints)
            {
                var constraint = solver.MakeConstraint(lower, upper);
                foreach (var (variable, coefficient) in terms)
                {
                    constraint.SetCoefficient(_variables[variable], coefficient);
                }
            }
        }

        private Solver.ResultStatus Solve(int[] terms, bool maximise, out double value)
        {
            var objective = _solver!.Objective();
            objective.Clear();
            foreach (var term in terms)
            {
                objective.SetCoefficient(_variables[term], 1);
            }

            if (maximise)
            {
                objective.SetMaximization();
            }
            else
            {
                objective.SetMinimization();
            }

            var status = _solver.Solve();
            _solved = status == Solver.ResultStatus.OPTIMAL;
            value = _solved ? objective.Value() : 0;
            return status;
        }
    }

    // For a dimension shown at two levels: each finer category's coarser one.
    private static Dictionary<string, string> Coarsening(ReportDefinition definition, TableDimension finest, TableDimension coarse)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (coarse.Dimension == StatisticsDimension.Territory)
        {
            var hierarchy = definition.Territories ?? throw new ArgumentException("A territory dimension needs the definition's hierarchy.", nameof(definition));
            foreach (var leaf in hierarchy.CodesAt(0))
            {
                map[hierarchy.At(leaf, finest.TerritoryLevel)] = hierarchy.At(leaf, coarse.TerritoryLevel);
            }
        }
        else
        {
            var month = definition.Period.First;
            for (var i = 0; i < definition.Period.Months; i++, month = month.PlusMonths(1))
            {
                map[ReportPeriod.Label(month, finest.Granularity)] = ReportPeriod.Label(month, coarse.Granularity);
            }
        }

        return map;
    }

    private static IEnumerable<string[]> Combinations(string[][] categories)
    {
        IEnumerable<string[]> result = [[]];
        foreach (var dimension in categories)
        {
            result = result.SelectMany(prefix => dimension.Select(code => (string[])[.. prefix, code]));
        }

        return result;
    }
}
