using System;
using System.Collections.Generic;
using System.Linq;

namespace Intervention.Reporting.Statistics;

/// <summary>
/// Keeps the published cells' vectors in echelon form modulo 2^61 − 1 and the primary cells' residuals against them;
/// a candidate is published only if no primary residual would vanish, and, against the insider, only if no singleton's residual
/// would become proportional to another primary's (the one contributor of a singleton knows its value, so anything derivable
/// from the published cells plus that value must stay hidden).
/// </summary>
internal sealed class GaussProtector
{
    internal const ulong P = (1UL << 61) - 1;

    // The basis, by pivot (the inner cell index): echelon form, each vector with nothing below its pivot.
    private ModularVector?[] _basis = new ModularVector?[64];

    // The dense work vector of Reduce, all zeros between calls.
    private ulong[] _work = new ulong[64];
    private readonly ModularVector[] _residuals;
    private readonly int[] _low;
    private readonly int[] _high;
    private readonly bool[] _singleton;
    private readonly string[] _identity;
    private readonly ulong[] _hash;
    private readonly Dictionary<ulong, List<int>> _byHash = [];
    private readonly bool _anySingleton;

    // What this pass reduced at each position of the candidate order, and whether it committed it; and the previous pass's, which
    // this one reuses for as long as every decision so far has been the same (the basis is then the same, and so is each reduction).
    private readonly Journal _journal;
    private readonly Journal? _previous;
    private bool _inStep;

    /// <summary>Creates a protector for the given primary cells, to try a given number of candidates in a fixed order.</summary>
    /// <param name="primaries">The primary cells: each one's vector, a text that is the same for two primaries exactly when they sum the
    /// same inner cells, and whether it has a single contributor.</param>
    /// <param name="candidates">The number of candidates in the order.</param>
    /// <param name="previous">The protector of the previous pass over the same candidate order, whose reductions this one reuses.</param>
    public GaussProtector(IEnumerable<(ModularVector Vector, string Identity, bool Singleton)> primaries, int candidates, GaussProtector? previous = null)
    {
        _journal = new Journal(candidates);
        _previous = previous?._journal;
        _inStep = _previous is not null && _previous.Reduced.Length == candidates;
        var list = primaries.ToList();
        _residuals = list.Select(m => m.Vector).ToArray();
        _singleton = list.Select(m => m.Singleton).ToArray();
        _identity = list.Select(m => m.Identity).ToArray();
        _anySingleton = _singleton.Any(x => x);
        _hash = new ulong[_residuals.Length];
        _low = new int[_residuals.Length];
        _high = new int[_residuals.Length];
        for (var q = 0; q < _residuals.Length; q++)
        {
            SetRange(q);
            _hash[q] = Canonical(_residuals[q]);
            Index(q);
        }
    }

    public bool IsEmpty => _residuals.Length == 0;

    public void ForcePublish(ModularVector vector)
    {
        var r = Reduce(vector);
        if (r.Count > 0)
        {
            r = Normalise(r);
            Commit(r, Changed(r));
        }
    }

    /// <summary>Records that the candidate at this position is not tried (it is suppressed already).</summary>
    public void Skip(int position) => Decided(position, false);

    /// <summary>Tries the candidate at this position of the candidate order (the same order in every pass).</summary>
    public bool TryPublish(int position, ModularVector vector)
    {
        ModularVector r;
        if (_inStep && _previous!.Reduced[position] is { } cached)
        {
            r = cached;
        }
        else
        {
            r = Reduce(vector);
            r = r.Count == 0 ? r : Normalise(r);
        }

        _journal.Reduced[position] = r;
        var published = TryPublishReduced(r);
        Decided(position, published && r.Count > 0);
        return published;
    }

    private void Decided(int position, bool committed)
    {
        _journal.Committed[position] = committed;
        _inStep = _inStep && _previous!.Committed[position] == committed;
    }

    private bool TryPublishReduced(ModularVector r)
    {
        if (r.Count == 0)
        {
            return true;
        }

        var changed = Changed(r);
        foreach (var (_, residual) in changed)
        {
            if (residual.Count == 0)
            {
                return false;
            }
        }

        if (_anySingleton && ExposesToInsider(changed))
        {
            return false;
        }

        Commit(r, changed);
        return true;
    }

    // The primaries whose residual has the new pivot, with their residual after the candidate would join the span.
    private List<(int Index, ModularVector Residual)> Changed(ModularVector r)
    {
        var pivot = r.Keys[0];
        var changed = new List<(int, ModularVector)>();
        for (var q = 0; q < _residuals.Length; q++)
        {
            // Most residuals do not reach the pivot: their key range, kept beside them, says so without reading them.
            if (pivot < _low[q] || pivot > _high[q])
            {
                continue;
            }

            var at = Array.BinarySearch(_residuals[q].Keys, pivot);
            if (at >= 0)
            {
                changed.Add((q, ModularVector.Subtract(_residuals[q], r, _residuals[q].Values[at])));
            }
        }

        return changed;
    }

    private bool ExposesToInsider(List<(int Index, ModularVector Residual)> changed)
    {
        var next = changed.ToDictionary(c => c.Index, c => c.Residual);
        var hashes = changed.ToDictionary(c => c.Index, c => Canonical(c.Residual));
        ModularVector ResidualOf(int i) => next.TryGetValue(i, out var n) ? n : _residuals[i];
        IEnumerable<int> WithHash(ulong hash) =>
            (_byHash.TryGetValue(hash, out var current) ? current.Where(j => !next.ContainsKey(j)) : [])
                .Concat(hashes.Where(h => h.Value == hash).Select(h => h.Key));

        foreach (var (q, residual) in changed)
        {
            foreach (var j in WithHash(hashes[q]))
            {
                if (j != q && (_singleton[q] || _singleton[j]) && _identity[q] != _identity[j] && ResidualOf(j).Count > 0 && Proportional(residual, ResidualOf(j)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void Commit(ModularVector r, List<(int Index, ModularVector Residual)> changed)
    {
        // Echelon form, not reduced: earlier vectors keep their entries under the new pivot (Reduce sweeps pivots in ascending order).
        Grow(r.Keys[^1]);
        _basis[r.Keys[0]] = r;
        foreach (var (q, residual) in changed)
        {
            _byHash[_hash[q]].Remove(q);
            _residuals[q] = residual;
            SetRange(q);
            _hash[q] = Canonical(residual);
            Index(q);
        }
    }

    private void SetRange(int q)
    {
        var keys = _residuals[q].Keys;
        (_low[q], _high[q]) = keys.Length == 0 ? (int.MaxValue, int.MinValue) : (keys[0], keys[^1]);
    }

    private void Index(int q)
    {
        if (!_byHash.TryGetValue(_hash[q], out var list))
        {
            _byHash[_hash[q]] = list = [];
        }

        list.Add(q);
    }

    // Scaled so that the pivot's coefficient is 1.
    private static ModularVector Normalise(ModularVector r)
    {
        if (r.Values[0] == 1)
        {
            return r;
        }

        var inverse = Power(r.Values[0], P - 2);
        return new ModularVector(r.Keys, r.Values.Select(v => Multiply(v, inverse)).ToArray());
    }

    // An order-independent hash of the residual scaled to 1 on its smallest key: proportional residuals share it.
    private static ulong Canonical(ModularVector residual)
    {
        if (residual.Count == 0)
        {
            return 0;
        }

        var scale = Power(residual.Values[0], P - 2);
        ulong hash = (ulong)residual.Count;
        for (var i = 0; i < residual.Count; i++)
        {
            hash += Mix(((ulong)(uint)residual.Keys[i] << 32) ^ Multiply(residual.Values[i], scale));
        }

        return hash;
    }

    private static bool Proportional(ModularVector a, ModularVector b)
    {
        if (a.Count != b.Count || a.Keys[0] != b.Keys[0])
        {
            return false;
        }

        var a0 = a.Values[0];
        var b0 = b.Values[0];
        for (var i = 0; i < a.Count; i++)
        {
            if (a.Keys[i] != b.Keys[i] || Multiply(a.Values[i], b0) != Multiply(b.Values[i], a0))
            {
                return false;
            }
        }

        return true;
    }

    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    // Eliminates every pivot from the cell's vector, smallest first, on a dense work vector: a basis vector has nothing below its
    // pivot, so what it brings in lies above, and one ascending sweep suffices.
    private ModularVector Reduce(ModularVector vector)
    {
        if (vector.Count == 0)
        {
            return ModularVector.Empty;
        }

        var low = vector.Keys[0];
        var high = vector.Keys[^1];
        Grow(high);
        var work = _work;
        for (var e = 0; e < vector.Count; e++)
        {
            work[vector.Keys[e]] = vector.Values[e];
        }

        for (var k = low; k <= high; k++)
        {
            var coefficient = work[k];
            if (coefficient == 0 || _basis[k] is not { } pivot)
            {
                continue;
            }

            var keys = pivot.Keys;
            var values = pivot.Values;
            for (var j = 0; j < keys.Length; j++)
            {
                // before − c·v (mod P): both terms are below P, so one subtraction of P at most brings the sum back.
                var sum = work[keys[j]] + (P - Multiply(coefficient, values[j]));
                work[keys[j]] = sum >= P ? sum - P : sum;
            }

            high = Math.Max(high, keys[^1]);
        }

        // Whatever is left lies between the first key and the last one reached: read it in order, and clear the work vector.
        var count = 0;
        for (var k = low; k <= high; k++)
        {
            count += work[k] != 0 ? 1 : 0;
        }

        var resultKeys = new int[count];
        var resultValues = new ulong[count];
        var n = 0;
        for (var k = low; k <= high; k++)
        {
            if (work[k] != 0)
            {
                resultKeys[n] = k;
                resultValues[n++] = work[k];
                work[k] = 0;
            }
        }

        return new ModularVector(resultKeys, resultValues);
    }

    private void Grow(int index)
    {
        if (index >= _work.Length)
        {
            var size = Math.Max(index + 1, _work.Length * 2);
            Array.Resize(ref _work, size);
            Array.Resize(ref _basis, size);
        }
    }

    // a·b mod P for a, b < P = 2^61 − 1: the 122-bit product splits at bit 61, and 2^61 ≡ 1 (mod P), so the two halves add.
    internal static ulong Multiply(ulong a, ulong b)
    {
        var high = Math.BigMul(a, b, out var low);
        var sum = (low & P) + ((low >> 61) | (high << 3));
        return sum >= P ? sum - P : sum;
    }

    private static ulong Power(ulong a, ulong e)
    {
        ulong result = 1;
        while (e > 0)
        {
            if ((e & 1) == 1)
            {
                result = Multiply(result, a);
            }

            a = Multiply(a, a);
            e >>= 1;
        }

        return result;
    }

    private sealed class Journal(int candidates)
    {
        public ModularVector?[] Reduced { get; } = new ModularVector?[candidates];

        public bool[] Committed { get; } = new bool[candidates];
    }
}

/// <summary>A sparse vector modulo P = 2^61 − 1: its non-zero entries' keys in ascending order and their values.</summary>
internal readonly record struct ModularVector(int[] Keys, ulong[] Values)
{
    public static ModularVector Empty { get; } = new([], []);

    public int Count => Keys.Length;

    public static ModularVector Ones(int[] members)
    {
        var keys = members.Distinct().Order().ToArray();
        return new ModularVector(keys, keys.Select(_ => 1UL).ToArray());
    }

    // x − c·v (mod P), by merging the two key lists; zeros dropped.
    public static ModularVector Subtract(ModularVector x, ModularVector v, ulong c)
    {
        var keys = new List<int>(x.Count + v.Count);
        var values = new List<ulong>(x.Count + v.Count);
        int i = 0, j = 0;
        while (i < x.Count || j < v.Count)
        {
            int key;
            ulong value;
            if (j >= v.Count || (i < x.Count && x.Keys[i] < v.Keys[j]))
            {
                (key, value) = (x.Keys[i], x.Values[i]);
                i++;
            }
            else if (i >= x.Count || v.Keys[j] < x.Keys[i])
            {
                (key, value) = (v.Keys[j], (GaussProtector.P - GaussProtector.Multiply(c, v.Values[j])) % GaussProtector.P);
                j++;
            }
            else
            {
                (key, value) = (x.Keys[i], (x.Values[i] + GaussProtector.P - GaussProtector.Multiply(c, v.Values[j])) % GaussProtector.P);
                i++;
                j++;
            }

            if (value != 0)
            {
                keys.Add(key);
                values.Add(value);
            }
        }

        return new ModularVector([.. keys], [.. values]);
    }
}
