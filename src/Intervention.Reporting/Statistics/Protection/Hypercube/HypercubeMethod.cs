using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Reporting.Statistics.Protection.Gauss;

namespace Intervention.Reporting.Statistics.Protection.Hypercube;

/// <summary>
/// Complementary suppression by hypercubes (<see cref="ComplementaryProtection.Hypercube"/>), after the GHMITER method of
/// tau-Argus, over all the report's tables and earlier releases at once: each protected quantity gets a move of the inner cells
/// (<see cref="BoxMove"/>) that changes it, changes only suppressed cells and no sum the reader knows, and keeps every count
/// within what the reader knows of it; the cells the move changes are suppressed. Against the insider, a quantity gets more moves
/// until, for every singleton a move of it changes, another of its moves leaves that singleton unchanged.
/// </summary>
/// <remarks>
/// <para>
/// A move is a certificate: the true counts plus the move are a second table that publishes exactly what the true one publishes,
/// so no reader, however they combine what is published, tells the two apart; a move keeps the singleton it leaves unchanged
/// hidden from that singleton's contributor too. Moves only ever suppress more, so a move found early stays a certificate.
/// </para>
/// <para>
/// The threshold is raised one step at a time, as the Gauss method does, so a higher threshold never publishes what a lower one
/// suppressed. A quantity for which the search finds no move is left to the Gauss method, given everything suppressed so far
/// (<see cref="Run"/> counts them).
/// </para>
/// </remarks>
internal sealed class HypercubeMethod : IComplementaryProtector
{
    private HypercubeMethod()
    {
    }

    /// <summary>Gets the method.</summary>
    public static HypercubeMethod Instance { get; } = new();

    /// <inheritdoc />
    public bool ReadsMembers => true;

    /// <inheritdoc />
    public ProtectionOutcome Protect(ProtectionProblem problem, IReadOnlySet<(int Table, int Cell)> forced)
    {
        var (cells, fallbacks, _) = Run(problem, forced);
        return new(cells, new ProtectionChoice("Hypercube", $"The policy names the hypercube method.{Fallback(fallbacks)}"));
    }

    /// <summary>What a reason adds when some quantities were left to the Gauss method (nothing when none was).</summary>
    public static string Fallback(int fallbacks) => fallbacks == 0
        ? string.Empty
        : $" {fallbacks} protected quantities had no hypercube move and were left to the Gauss method.";

    /// <summary>Protects the problem, and says how many quantities were left to the Gauss method and how many moves were tried.</summary>
    public (HashSet<(int Table, int Cell)> Cells, int Fallbacks, long Evaluated) Run(ProtectionProblem problem, IReadOnlySet<(int Table, int Cell)> forced)
    {
        var policy = problem.Policy;
        var tables = problem.Tables;
        var offsets = new int[tables.Length + 1];
        for (var t = 0; t < tables.Length; t++)
        {
            offsets[t + 1] = offsets[t] + tables[t].Counts.Length;
        }

        var cells = offsets[^1];
        var weights = problem.Inner.Weights;
        long Sum(int[] members) => members.Sum(i => weights[i]);

        // Quantities: the cells, what earlier releases published, then what is protected beside the cells.
        var quantities = new List<int[]>(cells + problem.Known.Count + problem.ProtectedBefore.Count + problem.Derived.Count);
        var values = new List<long>();
        var primaryCount = new List<long>();
        for (var t = 0; t < tables.Length; t++)
        {
            for (var c = 0; c < tables[t].Counts.Length; c++)
            {
                quantities.Add(tables[t].Members[c]);
                values.Add(tables[t].Counts[c]);
                primaryCount.Add(tables[t].Effective(policy.SuppressZeros, c));
            }
        }

        var fixedFrom = quantities.Count;
        foreach (var known in problem.Known)
        {
            quantities.Add(known);
            values.Add(Sum(known));
            primaryCount.Add(long.MaxValue);
        }

        var fixedTo = quantities.Count;
        foreach (var (members, weight) in problem.ProtectedBefore.Concat(problem.Derived))
        {
            quantities.Add(members);
            values.Add(Sum(members));
            primaryCount.Add(weight);
        }

        var protectedBefore = Enumerable.Range(fixedTo, problem.ProtectedBefore.Count).Where(q => quantities[q].Length > 0).ToList();
        var space = MoveSpace.Build(problem.Inner.Keys.Select(k => k.Values).ToArray(), problem.Plan.Dimensions.Select(d => (int)d.Dimension).ToArray(), quantities);
        var rules = new MoveRules(space, weights, [.. values], cells, fixedFrom, fixedTo);
        for (var q = 0; q < quantities.Count; q++)
        {
            var isCell = q < cells;
            rules.Suppressed[q] = !isCell && q >= fixedTo;
            rules.Singleton[q] = primaryCount[q] == 1 && (isCell || q >= fixedTo);
            rules.AtLeastOne[q] = !policy.SuppressZeros && policy.Rounding == RoundingRule.None && values[q] >= 1 && (q < fixedFrom || q >= fixedTo);
        }

        for (var t = 0; t < tables.Length; t++)
        {
            for (var c = 0; c < tables[t].Counts.Length; c++)
            {
                rules.Margins[offsets[t] + c] = tables[t].MarginCount(c);
            }
        }

        foreach (var (t, c) in forced)
        {
            rules.Suppressed[offsets[t] + c] = true;
        }

        var run = new Coverage(space, rules, new MoveSearch(space, rules, weights));
        var needed = new bool[quantities.Count];
        var failed = 0;
        var highest = Math.Max(2, policy.Threshold);
        bool IsPrimary(long count, int below) => (count > 0 && count < below) || (count == 0 && policy.SuppressZeros);
        for (var threshold = 2; threshold <= highest; threshold++)
        {
            var since = threshold - 1;
            var added = Enumerable.Range(0, quantities.Count)
                .Where(q => (q < fixedFrom || q >= fixedTo + problem.ProtectedBefore.Count) && IsPrimary(primaryCount[q], threshold) && (threshold == 2 || !IsPrimary(primaryCount[q], since)))
                .ToList();
            foreach (var q in added.Where(q => q < cells))
            {
                rules.Suppressed[q] = true;
            }

            // What is suppressed now stays suppressed; the moves this step adds that others make redundant are let go after it.
            var kept = (bool[])rules.Suppressed.Clone();
            var firstMove = run.Moves;
            var protect = (threshold == 2 ? protectedBefore.Concat(added) : added).Where(q => quantities[q].Length > 0).OrderBy(q => quantities[q].Length).ThenBy(q => q).ToList();
            foreach (var q in protect)
            {
                var covered = run.Cover(q);
                needed[q] = covered;
                failed += covered ? 0 : 1;
            }

            run.Prune(firstMove, needed, kept);
        }

        var result = new HashSet<(int Table, int Cell)>();
        for (var t = 0; t < tables.Length; t++)
        {
            for (var c = 0; c < tables[t].Counts.Length; c++)
            {
                if (rules.Suppressed[offsets[t] + c])
                {
                    result.Add((t, c));
                }
            }
        }

        if (failed > 0)
        {
            result.UnionWith(GaussMethod.Instance.Cells(problem, result));
        }

        return (result, failed, run.Search.Evaluated);
    }
}
