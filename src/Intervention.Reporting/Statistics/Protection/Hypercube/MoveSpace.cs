using System;
using System.Collections.Generic;
using System.Linq;

namespace Intervention.Reporting.Statistics.Protection.Hypercube;

/// <summary>
/// Where the hypercube method's moves live: the inner cells as points of a grid of factors, and every quantity the reader sees or
/// must not learn as the inner cells it sums, with the quantities each inner cell counts in.
/// </summary>
/// <remarks>
/// <para>
/// A factor is a set of the plan's dimensions of one kind (the territory at several levels, the period by month and by quarter):
/// a finer level fixes the coarser ones, so they move together, and a factor's values are the combinations of its dimensions that
/// inner cells hold. A move picks an inner cell and, on some factors, a second value: its corners are the inner cells with either
/// value on each of those factors and the first cell's elsewhere, with signs alternating (<see cref="BoxMove"/>).
/// </para>
/// <para>
/// Quantities: every cell of every table (ids from 0, table after table), then the sums earlier releases published (which a move
/// must leave unchanged), then the sums earlier releases suppressed and each cell's part over a set of months (which are protected
/// like primary cells). Two quantities that sum the same inner cells have the same identity.
/// </para>
/// </remarks>
internal sealed class MoveSpace
{
    private readonly Dictionary<Int128, int> _byPoint;
    private readonly Int128[] _radix;
    private readonly Int128[] _points;

    // The same points in 64 bits, when the product of the factors' sizes fits (a faster look-up).
    private readonly Dictionary<long, int>? _byLong;
    private readonly long[] _longPoints = [];
    private readonly long[] _longRadix = [];

    private MoveSpace(int[][] tuples, int[] tupleCounts, int[][][] components, Dictionary<Int128, int> byPoint, Int128[] radix, Int128[] points, int[][] contains, int[][] members, int[] identity)
    {
        _points = points;
        if (radix.Length == 0 || radix[0] * tupleCounts[0] < long.MaxValue / 2)
        {
            _longRadix = Array.ConvertAll(radix, r => (long)r);
            _longPoints = Array.ConvertAll(points, p => (long)p);
            _byLong = new Dictionary<long, int>(points.Length);
            for (var i = 0; i < points.Length; i++)
            {
                _byLong[_longPoints[i]] = i;
            }
        }

        Tuples = tuples;
        Components = components;
        TupleCounts = tupleCounts;
        _byPoint = byPoint;
        _radix = radix;
        Contains = contains;
        Members = members;
        Identity = identity;
    }

    /// <summary>Gets, by factor and inner cell, the cell's value on the factor.</summary>
    public int[][] Tuples { get; }

    /// <summary>Gets, by factor, how many values it has.</summary>
    public int[] TupleCounts { get; }

    /// <summary>Gets, by factor and value, the value's categories, the coarsest dimension first (fewest categories met): values
    /// that share a longer start are closer in a hierarchy.</summary>
    public int[][][] Components { get; }

    /// <summary>Gets the number of factors.</summary>
    public int Factors => Tuples.Length;

    /// <summary>Gets, by inner cell, the quantities that sum it.</summary>
    public int[][] Contains { get; }

    /// <summary>Gets, by quantity, the inner cells it sums.</summary>
    public int[][] Members { get; }

    /// <summary>Gets, by quantity, its identity: the same for two quantities exactly when they sum the same inner cells.</summary>
    public int[] Identity { get; }

    /// <summary>The inner cell with a cell's values but the given one on a factor, or −1 when no inner cell has them.</summary>
    public int Neighbour(int inner, int factor, int value) => Corner(inner, [(factor, value)]);

    /// <summary>The inner cell with a cell's values but the given ones on some factors, or −1 when no inner cell has them.</summary>
    public int Corner(int inner, ReadOnlySpan<(int Factor, int Value)> replaced)
    {
        if (_byLong is { } byLong)
        {
            var small = _longPoints[inner];
            foreach (var (factor, value) in replaced)
            {
                small += (value - Tuples[factor][inner]) * _longRadix[factor];
            }

            return byLong.TryGetValue(small, out var at) ? at : -1;
        }

        var point = _points[inner];
        foreach (var (factor, value) in replaced)
        {
            point += (value - Tuples[factor][inner]) * _radix[factor];
        }

        return _byPoint.TryGetValue(point, out var found) ? found : -1;
    }

    /// <summary>Builds the space.</summary>
    /// <param name="keys">The inner cells' values, by cell and then dimension.</param>
    /// <param name="kinds">By dimension, its kind (dimensions of one kind form a factor).</param>
    /// <param name="quantities">Every quantity, by id, as the inner cells it sums.</param>
    public static MoveSpace Build(int[][] keys, int[] kinds, IReadOnlyList<int[]> quantities)
    {
        var inner = keys.Length;
        var factorsOf = kinds.Select((k, d) => (Kind: k, Dimension: d)).GroupBy(x => x.Kind).Select(g => g.Select(x => x.Dimension).ToArray()).ToArray();
        var tuples = new int[factorsOf.Length][];
        var counts = new int[factorsOf.Length];
        var components = new int[factorsOf.Length][][];
        for (var f = 0; f < factorsOf.Length; f++)
        {
            var dims = factorsOf[f].OrderBy(d => keys.Select(k => k[d]).Distinct().Count()).ToArray();
            var parts = new List<int[]>();
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            tuples[f] = new int[inner];
            for (var i = 0; i < inner; i++)
            {
                var text = dims.Length == 1 ? keys[i][dims[0]].ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Join(",", dims.Select(d => keys[i][d]));
                if (!ids.TryGetValue(text, out var id))
                {
                    ids[text] = id = ids.Count;
                    parts.Add(dims.Select(d => keys[i][d]).ToArray());
                }

                tuples[f][i] = id;
            }

            counts[f] = Math.Max(1, ids.Count);
            components[f] = [.. parts];
        }

        // Mixed radix over the factors' values: at most 2^31 values per factor and the product checked to stay under 2^126.
        var radix = new Int128[factorsOf.Length];
        Int128 scale = 1;
        for (var f = factorsOf.Length - 1; f >= 0; f--)
        {
            radix[f] = scale;
            scale = checked(scale * counts[f]);
        }

        var byPoint = new Dictionary<Int128, int>(inner);
        var points = new Int128[inner];
        for (var i = 0; i < inner; i++)
        {
            Int128 point = 0;
            for (var f = 0; f < factorsOf.Length; f++)
            {
                point += tuples[f][i] * radix[f];
            }

            byPoint[point] = i;
            points[i] = point;
        }

        // The quantities each inner cell counts in (counting sort), and identities by the members.
        var sizes = new int[inner];
        foreach (var q in quantities)
        {
            foreach (var i in q)
            {
                sizes[i]++;
            }
        }

        var contains = sizes.Select(s => new int[s]).ToArray();
        Array.Clear(sizes);
        for (var q = 0; q < quantities.Count; q++)
        {
            foreach (var i in quantities[q])
            {
                contains[i][sizes[i]++] = q;
            }
        }

        var members = quantities.Select(q => q.Order().ToArray()).ToArray();
        var identity = new int[members.Length];
        var byHash = new Dictionary<ulong, List<int>>();
        var next = 0;
        for (var q = 0; q < members.Length; q++)
        {
            var hash = 14695981039346656037UL;
            foreach (var i in members[q])
            {
                hash = (hash ^ (uint)i) * 1099511628211UL;
            }

            if (!byHash.TryGetValue(hash, out var same))
            {
                byHash[hash] = same = [];
            }

            var match = same.FindIndex(other => members[other].AsSpan().SequenceEqual(members[q]));
            identity[q] = match >= 0 ? identity[same[match]] : next++;
            if (match < 0)
            {
                same.Add(q);
            }
        }

        return new MoveSpace(tuples, counts, components, byPoint, radix, points, contains, members, identity);
    }
}
