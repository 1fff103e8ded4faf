using System;
using System.Collections.Generic;
using System.Linq;

namespace Intervention.Reporting.Statistics.Protection.Hypercube;

/// <summary>
/// Looks for the cheapest move that changes a quantity: a hypercube of inner cells, one corner in the quantity, the other value
/// of each factor on which the quantity is not a total taken among the nearest values in the hierarchy (so that the coarser
/// levels' cells are left unchanged), then those whose inner cell fewest published cells sum, the moves tried in order of those values' nearness, a bounded number of them.
/// </summary>
/// <remarks>Whatever the search proposes is judged by <see cref="MoveRules.Evaluate"/> against every quantity: the search only
/// decides how good the moves found are, never whether they protect.</remarks>
internal sealed class MoveSearch
{
    private const int StartingCells = 3;
    private const int ValuesPerFactor = 4;
    private const int MovesPerStart = 48;
    private const int NearnessWalk = 256;

    private readonly MoveSpace _space;
    private readonly MoveRules _rules;
    private readonly long[] _weights;
    private readonly int[][] _stamp;
    private int _stampValue;

    // By factor, its values in the order of their categories (coarsest first), and each value's place in it.
    private readonly int[][] _order;
    private readonly int[][] _placeOf;

    public MoveSearch(MoveSpace space, MoveRules rules, long[] weights)
    {
        (_space, _rules, _weights) = (space, rules, weights);
        _stamp = space.TupleCounts.Select(n => new int[n]).ToArray();
        _order = new int[space.Factors][];
        _placeOf = new int[space.Factors][];
        for (var f = 0; f < space.Factors; f++)
        {
            var components = space.Components[f];
            var order = Enumerable.Range(0, space.TupleCounts[f]).ToArray();
            Array.Sort(order, (a, b) => components[a].AsSpan().SequenceCompareTo(components[b]));
            _order[f] = order;
            _placeOf[f] = new int[order.Length];
            for (var p = 0; p < order.Length; p++)
            {
                _placeOf[f][order[p]] = p;
            }
        }
    }

    /// <summary>Counts the moves evaluated.</summary>
    public long Evaluated { get; private set; }

    /// <summary>The cheapest move found that changes <paramref name="target"/> and none of the singletons in <paramref name="avoid"/>;
    /// null when none is found.</summary>
    public BoxMove? Find(int target, IReadOnlySet<int>? avoid)
    {
        var members = _space.Members[target];
        if (members.Length == 0)
        {
            return null;
        }

        // The factors on which the quantity is not a total: the values its members take are marked.
        var stamp = ++_stampValue;
        var varied = new List<int>();
        for (var f = 0; f < _space.Factors; f++)
        {
            var distinct = 0;
            foreach (var i in members)
            {
                var v = _space.Tuples[f][i];
                if (_stamp[f][v] != stamp)
                {
                    _stamp[f][v] = stamp;
                    distinct++;
                }
            }

            if (distinct < _space.TupleCounts[f])
            {
                varied.Add(f);
            }
        }

        // The cheapest move tried so far, kept as its corners and signs (the move itself is built once, at the end).
        var bestCost = long.MaxValue;
        var bestCorners = new List<int>();
        var bestSigns = new List<int>();
        var starts = Heaviest(members);
        foreach (var start in starts)
        {
            var choices = varied.Select(f => (Factor: f, Values: Alternatives(start, f, stamp))).Where(c => c.Values.Count > 0).ToArray();

            // The whole hypercube first, then with one factor left out (the quantity's margins along it then change: cheaper when
            // they are suppressed already), with fewer tries.
            var budget = MovesPerStart;
            foreach (var chosen in Subsets(choices))
            {
                var combinations = Combinations(Array.ConvertAll(chosen, c => c.Values.Count));
                for (var n = 0; n < combinations.Length && n < budget; n++)
                {
                    var combination = combinations[n];
                    var cost = Try(start, chosen, combination, target, avoid);
                    if (cost >= 0 && cost < bestCost)
                    {
                        bestCost = cost;
                        bestCorners.Clear();
                        bestCorners.AddRange(_corners.AsSpan(0, 1 << chosen.Length));
                        bestSigns.Clear();
                        bestSigns.AddRange(_signs.AsSpan(0, 1 << chosen.Length));
                        if (bestCost < 1_000_000)
                        {
                            return _rules.Evaluate(bestCorners.ToArray(), bestSigns.ToArray(), target, avoid);
                        }
                    }
                }

                budget = MovesPerStart / 4;
            }
        }

        if (bestCost == long.MaxValue)
        {
            // No hypercube: one inner cell alone, up by one (every quantity holding it changes).
            foreach (var start in starts)
            {
                Evaluated++;
                var cost = _rules.Score([start], [1], target, avoid, out _);
                if (cost >= 0 && cost < bestCost)
                {
                    (bestCost, bestCorners, bestSigns) = (cost, [start], [1]);
                }
            }
        }

        return bestCost == long.MaxValue ? null : _rules.Evaluate(bestCorners.ToArray(), bestSigns.ToArray(), target, avoid);
    }

    // Work space for the corners of the move being tried.
    private int[] _corners = new int[64];
    private int[] _signs = new int[64];

    private long Try(int start, (int Factor, List<int> Values)[] choices, int[] combination, int target, IReadOnlySet<int>? avoid)
    {
        var k = choices.Length;
        if (_corners.Length < 1 << k)
        {
            (_corners, _signs) = (new int[1 << k], new int[1 << k]);
        }

        Span<(int Factor, int Value)> replaced = stackalloc (int, int)[k];
        for (var mask = 0; mask < 1 << k; mask++)
        {
            var n = 0;
            for (var j = 0; j < k; j++)
            {
                if ((mask & (1 << j)) != 0)
                {
                    replaced[n++] = (choices[j].Factor, choices[j].Values[combination[j]]);
                }
            }

            var corner = n == 0 ? start : _space.Corner(start, replaced[..n]);
            if (corner < 0)
            {
                return -1;
            }

            _corners[mask] = corner;
            _signs[mask] = (n & 1) == 0 ? 1 : -1;
        }

        Evaluated++;
        return _rules.Score(_corners.AsSpan(0, 1 << k), _signs.AsSpan(0, 1 << k), target, avoid, out _);
    }

    // The members with the largest counts (a corner that goes down must hold at least 1), ties to the first.
    private int[] Heaviest(int[] members)
    {
        var top = new List<int>(StartingCells + 1);
        foreach (var i in members)
        {
            var at = top.Count;
            while (at > 0 && _weights[top[at - 1]] < _weights[i])
            {
                at--;
            }

            if (at < StartingCells)
            {
                top.Insert(at, i);
                if (top.Count > StartingCells)
                {
                    top.RemoveAt(StartingCells);
                }
            }
        }

        return [.. top];
    }

    // The factor's values nearest the start cell's, outside the quantity (not marked), that an inner cell holds with the start
    // cell's other values: those sharing the longest start of their categories first, then the nearest in order.
    private List<int> Alternatives(int start, int factor, int stamp)
    {
        var own = _space.Tuples[factor][start];
        var order = _order[factor];
        var place = _placeOf[factor][own];
        var components = _space.Components[factor];
        var found = new List<(int Value, int Shared, int Published, int Distance)>();
        for (var step = 1; step <= NearnessWalk && (place - step >= 0 || place + step < order.Length); step++)
        {
            foreach (var p in (ReadOnlySpan<int>)[place - step, place + step])
            {
                if (p < 0 || p >= order.Length)
                {
                    continue;
                }

                var v = order[p];
                var neighbour = _stamp[factor][v] == stamp ? -1 : _space.Neighbour(start, factor, v);
                if (neighbour < 0)
                {
                    continue;
                }

                var shared = 0;
                while (shared < components[v].Length && components[v][shared] == components[own][shared])
                {
                    shared++;
                }

                found.Add((v, shared, Published(neighbour), step));
            }

            if (found.Count >= ValuesPerFactor * 4)
            {
                break;
            }
        }

        return found.OrderByDescending(x => x.Shared).ThenBy(x => x.Published).ThenBy(x => x.Distance).Take(ValuesPerFactor).Select(x => x.Value).ToList();
    }

    // How many published cells sum the inner cell (a move through it may have to suppress them).
    private int Published(int inner)
    {
        var published = 0;
        foreach (var q in _space.Contains[inner])
        {
            published += q < _rules.Cells && !_rules.Suppressed[q] ? 1 : 0;
        }

        return published;
    }

    // The factors to vary: all of them, then all but one.
    private static IEnumerable<(int Factor, List<int> Values)[]> Subsets((int Factor, List<int> Values)[] choices)
    {
        yield return choices;
        for (var left = 0; choices.Length > 1 && left < choices.Length; left++)
        {
            yield return [.. choices.Where((_, j) => j != left)];
        }
    }

    // The first combinations of one index per factor (at most as many as a start tries), by increasing sum of indices (the nearest
    // values first), then in lexicographic order; made once per list of sizes, without listing the others (with many factors
    // there are too many to list).
    private readonly Dictionary<long, int[][]> _combinations = [];

    private int[][] Combinations(int[] sizes)
    {
        var key = (long)sizes.Length;
        foreach (var size in sizes)
        {
            key = (key * 64) + size;
        }

        if (_combinations.TryGetValue(key, out var known))
        {
            return known;
        }

        var found = new List<int[]>();
        var current = new int[sizes.Length];
        var largest = sizes.Sum(size => size - 1);
        for (var sum = 0; sum <= largest && found.Count < MovesPerStart; sum++)
        {
            Fill(sizes, 0, sum, current, found);
        }

        return _combinations[key] = [.. found];
    }

    private static void Fill(int[] sizes, int factor, int remaining, int[] current, List<int[]> found)
    {
        if (found.Count >= MovesPerStart)
        {
            return;
        }

        if (factor == sizes.Length)
        {
            if (remaining == 0)
            {
                found.Add((int[])current.Clone());
            }

            return;
        }

        for (var v = 0; v < sizes[factor] && v <= remaining; v++)
        {
            current[factor] = v;
            Fill(sizes, factor + 1, remaining - v, current, found);
        }

        current[factor] = 0;
    }
}
