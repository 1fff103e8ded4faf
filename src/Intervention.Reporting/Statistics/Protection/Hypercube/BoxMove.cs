using System;
using System.Collections.Generic;

namespace Intervention.Reporting.Statistics.Protection.Hypercube;

/// <summary>
/// A move of the inner cells: some of them up by one, others down by one. When every quantity it changes is suppressed, none the
/// reader sees changes, and the counts moved (by <see cref="Direction"/>) stay within what the reader knows of them, the move is
/// a second table the reader cannot tell from the true one: each quantity it changes is not recoverable exactly.
/// </summary>
/// <param name="Corners">The inner cells moved.</param>
/// <param name="Signs">By corner, +1 or −1.</param>
/// <param name="Direction">+1 or −1: which way the move keeps every count within its bounds.</param>
/// <param name="Changed">The quantities the move changes.</param>
/// <param name="Cost">What publishing less costs (the cells it newly suppresses first, then their margins, then their counts).</param>
/// <param name="Singletons">The identities of the singletons it changes (their one contributor sees the move), with repeats.</param>
internal sealed record BoxMove(int[] Corners, int[] Signs, int Direction, int[] Changed, long Cost, int[] Singletons);

/// <summary>What a move must respect, by quantity, and the evaluation of a move against it.</summary>
internal sealed class MoveRules
{
    private readonly MoveSpace _space;
    private readonly long[] _weights;
    private readonly int[] _delta;
    private readonly List<int> _touched = [];

    /// <summary>Creates the rules.</summary>
    /// <param name="space">The space.</param>
    /// <param name="weights">By inner cell, its count.</param>
    /// <param name="values">By quantity, its count.</param>
    /// <param name="cells">How many quantities are table cells (they come first).</param>
    /// <param name="fixedFrom">The first quantity, after the cells, that the reader knows (earlier releases published), up to <paramref name="fixedTo"/>.</param>
    /// <param name="fixedTo">One past the last quantity the reader knows.</param>
    public MoveRules(MoveSpace space, long[] weights, long[] values, int cells, int fixedFrom, int fixedTo)
    {
        _space = space;
        _weights = weights;
        Values = values;
        Cells = cells;
        (FixedFrom, FixedTo) = (fixedFrom, fixedTo);
        _delta = new int[values.Length];
        Suppressed = new bool[values.Length];
        Singleton = new bool[values.Length];
        Margins = new int[values.Length];
        AtLeastOne = new bool[values.Length];
    }

    /// <summary>Gets, by quantity, its count.</summary>
    public long[] Values { get; }

    /// <summary>Gets how many quantities are table cells.</summary>
    public int Cells { get; }

    /// <summary>Gets the first quantity the reader knows.</summary>
    public int FixedFrom { get; }

    /// <summary>Gets one past the last quantity the reader knows.</summary>
    public int FixedTo { get; }

    /// <summary>Gets, by quantity, whether it is hidden: a suppressed cell, or a sum that is not a cell and not known.</summary>
    public bool[] Suppressed { get; }

    /// <summary>Gets, by quantity, whether it is a protected singleton (its one contributor knows it).</summary>
    public bool[] Singleton { get; }

    /// <summary>Gets, by cell, how many margins it is (publishing a margin is worth more).</summary>
    public int[] Margins { get; }

    /// <summary>Gets, by quantity, whether the reader knows it is at least 1 once hidden: when zeros are published, a suppressed cell
    /// is not empty, and a part of a record in some months would show suppressed in a release of those months; so every hidden
    /// quantity that is not empty is kept at 1 or more (more than the reader may infer, never less).</summary>
    public bool[] AtLeastOne { get; }

    /// <summary>Evaluates a move: null when it changes a quantity the reader knows, does not change <paramref name="target"/>, changes
    /// a singleton in <paramref name="avoid"/>, or no direction keeps every count within its bounds.</summary>
    public BoxMove? Evaluate(ReadOnlySpan<int> corners, ReadOnlySpan<int> signs, int target, IReadOnlySet<int>? avoid)
    {
        var cost = Score(corners, signs, target, avoid, out var direction);
        if (cost < 0)
        {
            return null;
        }

        var changed = new List<int>();
        var singletons = new List<int>();
        foreach (var q in _touched)
        {
            if (_delta[q] != 0)
            {
                changed.Add(q);
                if (Singleton[q])
                {
                    singletons.Add(_space.Identity[q]);
                }
            }
        }

        return new BoxMove(corners.ToArray(), signs.ToArray(), direction, [.. changed], cost, [.. singletons]);
    }

    /// <summary>The cost of a move (see <see cref="BoxMove.Cost"/>), or −1 when <see cref="Evaluate"/> would give null; nothing is
    /// allocated.</summary>
    public long Score(ReadOnlySpan<int> corners, ReadOnlySpan<int> signs, int target, IReadOnlySet<int>? avoid, out int direction)
    {
        direction = 0;
        foreach (var q in _touched)
        {
            _delta[q] = 0;
        }

        _touched.Clear();
        bool up = true, down = true;
        for (var k = 0; k < corners.Length; k++)
        {
            var c = corners[k];
            up &= signs[k] > 0 || _weights[c] >= 1;
            down &= signs[k] < 0 || _weights[c] >= 1;
            foreach (var q in _space.Contains[c])
            {
                if (_delta[q] == 0)
                {
                    _touched.Add(q);
                }

                _delta[q] += signs[k];
            }
        }

        if (!(up || down) || _delta[target] == 0)
        {
            return -1;
        }

        long cost = 0;
        var own = _space.Identity[target];
        foreach (var q in _touched)
        {
            var d = _delta[q];
            if (d == 0)
            {
                continue;
            }

            if (q >= FixedFrom && q < FixedTo)
            {
                return -1;
            }

            // Every singleton changed is listed (Evaluate), the target's own too: the move may cover other quantities, against
            // whose insiders it then does not count.
            if (Singleton[q] && _space.Identity[q] != own)
            {
                if (avoid is not null && avoid.Contains(_space.Identity[q]))
                {
                    return -1;
                }

                cost += 500;
            }

            var floor = AtLeastOne[q] ? 1 : 0;
            up &= Values[q] + d >= floor;
            down &= Values[q] - d >= floor;
            if (!(up || down))
            {
                return -1;
            }

            if (!Suppressed[q] && q < Cells)
            {
                cost += 1_000_000 + (Margins[q] * 1_000) + Math.Min(Values[q], 999);
            }
        }

        direction = up ? 1 : -1;
        return cost;
    }
}
