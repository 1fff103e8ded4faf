using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Reporting.Statistics;

namespace Intervention.Reporting.Auditing;

/// <summary>The interval of values a suppressed cell (or a withheld header, or a part of a cell that subtraction reaches) may take
/// given everything the releases publish, over integer counts.</summary>
/// <param name="Table">The table, or <c>header:recordsCounted</c> / <c>header:excludedWithoutConsent</c> for a header.</param>
/// <param name="Categories">The cell's categories (none for a header).</param>
/// <param name="Period">The months the quantity covers: the period code of the release it belongs to, or, for a part that
/// subtraction of releases reaches, its months joined by <c>+</c>.</param>
/// <param name="Lower">The smallest value consistent with the releases.</param>
/// <param name="Upper">The largest value consistent with the releases (positive infinity when unbounded).</param>
/// <param name="IsTooNarrow">Whether the interval is not wider than the protection required.</param>
/// <param name="CouldBeSmall">Whether the interval holds a value the policy suppresses as a primary cell (1 to k − 1, or 0 when
/// zeros are suppressed): a narrow interval of large counts gives away nothing the policy would not have published.</param>
public sealed record CellInterval(string Table, IReadOnlyList<string> Categories, string Period, double Lower, double Upper, bool IsTooNarrow, bool CouldBeSmall)
{
    /// <summary>Gets the interval's width.</summary>
    public double Width => Upper - Lower;

    /// <summary>Gets whether the reader learns too much: the interval is too narrow and may hold a small count.</summary>
    public bool IsExposed => IsTooNarrow && CouldBeSmall;

    /// <inheritdoc />
    public bool Equals(CellInterval? other) =>
        other is not null && Table == other.Table && Period == other.Period && Lower.Equals(other.Lower) && Upper.Equals(other.Upper)
        && IsTooNarrow == other.IsTooNarrow && CouldBeSmall == other.CouldBeSmall && Categories.SequenceEqual(other.Categories, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Table, Period, Lower, Upper);
}

/// <summary>The result of an audit: every audited quantity's interval, and those exposed.</summary>
/// <param name="Intervals">The intervals: the suppressed cells and withheld headers of every release, then the parts that
/// subtraction of releases reaches.</param>
public sealed record AuditResult(IReadOnlyList<CellInterval> Intervals)
{
    /// <summary>Gets the quantities exposed: too narrow an interval that may hold a small count.</summary>
    public IReadOnlyList<CellInterval> Exposed => Intervals.Where(i => i.IsExposed).ToArray();

    /// <summary>Gets whether nothing is exposed.</summary>
    public bool IsProtected => Intervals.All(i => !i.IsExposed);

    /// <inheritdoc />
    public bool Equals(AuditResult? other) => other is not null && Intervals.SequenceEqual(other.Intervals);

    /// <inheritdoc />
    public override int GetHashCode() => Intervals.Count;
}

/// <summary>
/// Audits published reports the way a reader of their exports would attack them. The reader knows what is published and nothing
/// else: every cell and margin of every table, the headers (records counted, records left out without consent), the policy (its
/// threshold, whether it publishes zeros: the rule is public, the reason a cell is suppressed is not), the earlier releases passed,
/// in any order, and that counts are whole and not negative.
/// </summary>
/// <remarks>
/// <para>The unknowns are the counts of every combination of the finest categories shown where a case can be (a combination under a
/// published zero cannot hold one), by month when releases are audited together; each published cell fixes the sum of its
/// combinations within its release's period; a suppressed cell is at least 1 when its policy publishes zeros and counts cases or
/// persons; a case with several situations counts once in the totals and once in each of its situations.</para>
/// <para>Each suppressed cell and withheld header is bounded below and above, and so is, when releases are audited together, each
/// cell's and header's part over each set of months the same periods cover (what subtracting releases reaches). Bounds are found by
/// linear programming (GLOP) and rounded inwards (counts are whole); where the linear optimum is at fractional counts and the
/// rounded interval is within two units of the width asked, over integer counts by constraint programming (CP-SAT).</para>
/// <para>Only the part of the program a quantity is connected to is solved: a count that a published cell fixes on its own is
/// replaced by its value, a published sum that smaller published sums add up to is left out (it says nothing they do not), and what
/// is left falls into blocks that share no count, each with its own solver, built when a bound first needs it. A bound that the
/// point left by an earlier solve already reaches (a sum at its floor or at its ceiling, read off the constraints) is not solved
/// for again, nor is an integer bound that an integer point found earlier already reaches (it is the rounded linear bound).
/// Each count is capped by the smallest published sum that holds it.</para>
/// <para>A quantity is exposed when its interval is not wider than the protection asked and holds a value the policy suppresses (a
/// small count, or a zero when zeros are suppressed).</para>
/// </remarks>
public static class ReportAuditor
{
    private const double Tolerance = 1e-6;

    /// <summary>Audits a report on its own.</summary>
    /// <param name="definition">The definition the report was produced from.</param>
    /// <param name="report">The published report.</param>
    /// <param name="minimumWidth">The protection required: an interval must be wider than this (0: not recoverable exactly).</param>
    /// <returns>The intervals of the suppressed cells and withheld headers.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="NotSupportedException">The report is rounded (not audited by linear programming), or its tables would need more unknowns than the audit takes.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumWidth"/> is negative or not a number.</exception>
    /// <exception cref="InvalidOperationException">The published values are inconsistent (the program has no solution).</exception>
    public static AuditResult Audit(ReportDefinition definition, StatisticsReport report, double minimumWidth = 0) => Audit(definition, report, [], minimumWidth, shortcuts: true);

    /// <summary>Audits a report together with the releases published before it, in whatever order their periods come.</summary>
    /// <param name="definition">The definition the report was produced from.</param>
    /// <param name="report">The published report.</param>
    /// <param name="earlierReleases">The releases already published, with their definitions (sharing the territory hierarchy).</param>
    /// <param name="minimumWidth">The protection required: an interval must be wider than this (0: not recoverable exactly).</param>
    /// <returns>The intervals of every release's suppressed cells and withheld headers, and of the parts subtraction reaches.</returns>
    /// <exception cref="ArgumentNullException">An argument or a release is null.</exception>
    /// <exception cref="NotSupportedException">A release is rounded, or the tables would need more unknowns than the audit takes.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumWidth"/> is negative or not a number.</exception>
    /// <exception cref="InvalidOperationException">The published values are inconsistent (the program has no solution).</exception>
    public static AuditResult Audit(ReportDefinition definition, StatisticsReport report, IReadOnlyList<PublishedRelease> earlierReleases, double minimumWidth = 0) =>
        Audit(definition, report, earlierReleases, minimumWidth, shortcuts: true);

    // The audit, with its shortcuts or without (the tests compare both): the counts pinned at zero taken out of the program first,
    // and the minima that an earlier integer solution shows to be 0 not solved for.
    internal static AuditResult Audit(ReportDefinition definition, StatisticsReport report, IReadOnlyList<PublishedRelease> earlierReleases, double minimumWidth, bool shortcuts) =>
        Run(definition, report, earlierReleases, minimumWidth, shortcuts, culprits: false).Result;

    // The audit, and for each exposed quantity the cells of the report audited whose publication its bounds rest on (the published
    // cells with a non-zero dual value at its linear minimum or maximum): suppressing one of them frees it.
    internal static (AuditResult Result, IReadOnlyList<IReadOnlyList<CellReference>> Culprits) AuditWithCulprits(ReportDefinition definition, StatisticsReport report, IReadOnlyList<PublishedRelease> earlierReleases, double minimumWidth) =>
        Run(definition, report, earlierReleases, minimumWidth, shortcuts: true, culprits: true);

    private static (AuditResult Result, IReadOnlyList<IReadOnlyList<CellReference>> Culprits) Run(ReportDefinition definition, StatisticsReport report, IReadOnlyList<PublishedRelease> earlierReleases, double minimumWidth, bool shortcuts, bool culprits)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(earlierReleases);
        if (double.IsNaN(minimumWidth) || minimumWidth < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumWidth), minimumWidth, "The minimum width is a number, 0 or more.");
        }

        var releases = new List<PublishedRelease>(earlierReleases.Count + 1);
        foreach (var release in earlierReleases)
        {
            ArgumentNullException.ThrowIfNull(release, nameof(earlierReleases));
            releases.Add(release);
        }

        releases.Add(new PublishedRelease(definition, report));
        if (releases.Any(r => r.Definition.Policy.Rounding != RoundingRule.None))
        {
            throw new NotSupportedException("Rounded reports are not audited by linear programming.");
        }

        var program = AuditProgram.Build(releases, withParts: true);

        // Every count is bounded by a value no consistent answer reaches: a hundred times everything published (a finite bound keeps
        // GLOP's numbers small; a maximum beyond a tenth of it means "unbounded").
        var bound = 100.0 * (1 + releases.Sum(r => r.Report.Tables.SelectMany(t => t.Cells).Sum(c => (double)(c.Value ?? 0)) + (r.Report.RecordsCounted ?? 0) + (r.Report.ExcludedWithoutConsent ?? 0)));
        var (constraints, kept, renumber) = shortcuts
            ? AuditSolver.WithoutPinnedZeros(program.Variables, program.Constraints)
            : (program.Constraints.ToList(), program.Variables, Enumerable.Range(0, program.Variables).ToArray());
        using var blocks = shortcuts ? AuditBlocks.Split(kept, ImpliedSums.Without(kept, constraints), bound) : AuditBlocks.Whole(kept, constraints, bound);

        // Every minimum, then every maximum: each solve starts from the last one's basis, closer when the objective's sense is the
        // same. With the shortcuts, a bound that the point a solve leaves (at integer counts) reaches is known without a solve of its
        // own: a sum at its floor there has that floor as its minimum, at its ceiling that ceiling as its maximum (ReachedBounds).
        var audited = program.Audited;
        var live = audited.Select(q => q.Terms.Where(t => renumber[t] >= 0).Select(t => renumber[t]).ToArray()).ToArray();
        var lowers = new (double Value, bool Integral)?[live.Length];
        var uppers = new (double Value, bool Integral)?[live.Length];
        var harvest = shortcuts ? new Harvest(blocks, live, lowers, uppers) : null;
        for (var i = 0; i < live.Length; i++)
        {
            if (lowers[i] is null)
            {
                lowers[i] = blocks.Relaxed(live[i], maximise: false);
                harvest?.After(live[i]);
            }
        }

        for (var i = 0; i < live.Length; i++)
        {
            if (uppers[i] is null)
            {
                uppers[i] = blocks.Relaxed(live[i], maximise: true);
                harvest?.After(live[i]);
            }
        }

        var intervals = new List<CellInterval>(live.Length);
        for (var i = 0; i < live.Length; i++)
        {
            var quantity = audited[i];
            var (lowerValue, lowerIntegral) = lowers[i]!.Value;
            var (upperValue, upperIntegral) = uppers[i]!.Value;

            // Counts are whole: the linear bounds round inwards, and an optimum at integer counts is the integer one. Integer bounds
            // at fractional optima can only be tighter: CP-SAT computes them where the rounded interval may hold a small
            // count and is within two units of the width asked, close enough for a tighter bound to change the verdict.
            var lower = Math.Ceiling(lowerValue - Tolerance);
            var upper = double.IsPositiveInfinity(upperValue) ? upperValue : Math.Floor(upperValue + Tolerance);
            if ((!lowerIntegral || !upperIntegral) && upper - lower <= minimumWidth + 2 + Tolerance && CouldBeSmall(quantity.Policy, lower, upper))
            {
                // The integer bound is no better than the rounded linear one: an integer point found earlier at that value proves it.
                lower = lowerIntegral || (shortcuts && blocks.IntegerPointReaches(live[i], lower)) ? lower : blocks.Integer(live[i], maximise: false);
                upper = upperIntegral || (shortcuts && blocks.IntegerPointReaches(live[i], upper)) ? upper : blocks.Integer(live[i], maximise: true);
            }

            intervals.Add(new CellInterval(quantity.Table, quantity.Categories, quantity.Period, lower, upper, upper - lower <= minimumWidth + Tolerance, CouldBeSmall(quantity.Policy, lower, upper)));
        }

        // The published values must be consistent in the blocks no bound reached too.
        blocks.CheckUntouched();
        if (!culprits || intervals.All(i => !i.IsExposed))
        {
            return (new AuditResult(intervals), []);
        }

        // The cells a bound rests on are read from the whole program's duals (a block's program lacks the cells it fixed or implied).
        using var solver = new AuditSolver(kept, constraints, bound);
        var blamed = new List<IReadOnlyList<CellReference>>();
        for (var i = 0; culprits && i < intervals.Count; i++)
        {
            if (!intervals[i].IsExposed)
            {
                continue;
            }

            var cells = new List<CellReference>();
            foreach (var maximise in new[] { false, true })
            {
                solver.Relaxed(live[i], maximise);
                cells.AddRange(solver.Binding().Where(c => c.Published is { } p && p.Release == releases.Count - 1).Select(c => c.Published!.Value.Cell));
            }

            blamed.Add(cells.Distinct().ToArray());
        }

        return (new AuditResult(intervals), blamed);
    }

    // The bounds the last solutions of the blocks a solve reached show: every quantity in those blocks whose value there is its floor
    // or its ceiling has that bound (ReachedBounds).
    private sealed class Harvest
    {
        private readonly AuditBlocks _blocks;
        private readonly int[][] _live;
        private readonly double[] _floors;
        private readonly double[] _ceilings;
        private readonly List<int>[] _inBlock;
        private readonly (double Value, bool Integral)?[] _lowers;
        private readonly (double Value, bool Integral)?[] _uppers;

        public Harvest(AuditBlocks blocks, int[][] live, (double Value, bool Integral)?[] lowers, (double Value, bool Integral)?[] uppers)
        {
            (_blocks, _live, _lowers, _uppers) = (blocks, live, lowers, uppers);
            _floors = Array.ConvertAll(live, blocks.Reached.Floor);
            _ceilings = Array.ConvertAll(live, blocks.Reached.Ceiling);
            _inBlock = Enumerable.Range(0, blocks.Count).Select(_ => new List<int>()).ToArray();
            for (var q = 0; q < live.Length; q++)
            {
                foreach (var b in blocks.BlocksOf(live[q]))
                {
                    _inBlock[b].Add(q);
                }
            }
        }

        public void After(int[] solved)
        {
            foreach (var b in _blocks.BlocksOf(solved))
            {
                foreach (var q in _inBlock[b])
                {
                    if ((_lowers[q] is null || _uppers[q] is null) && _blocks.AtLastSolutions(_live[q]) is var (value, integral))
                    {
                        if (_lowers[q] is null && ReachedBounds.Reaches(value, _floors[q]))
                        {
                            _lowers[q] = (_floors[q], integral);
                        }

                        if (_uppers[q] is null && ReachedBounds.Reaches(value, _ceilings[q]))
                        {
                            _uppers[q] = (_ceilings[q], integral);
                        }
                    }
                }
            }
        }
    }

    // Whether [lower, upper] holds a whole number the policy suppresses as a primary cell.
    private static bool CouldBeSmall(DisclosurePolicy policy, double lower, double upper) =>
        (policy.SuppressZeros && lower <= 0) || (policy.Threshold > 1 && upper >= 1 && lower <= policy.Threshold - 1);
}
