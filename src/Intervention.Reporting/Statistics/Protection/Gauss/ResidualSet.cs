using System;
using System.Collections.Generic;
using System.Linq;
using static Intervention.Reporting.Statistics.Protection.Gauss.Modular;
using static Intervention.Reporting.Statistics.Protection.Gauss.ResidualHash;

namespace Intervention.Reporting.Statistics.Protection.Gauss;

/// <summary>
/// The primary cells' residuals against the published span, as the span grows: how each changes when a vector joins it (in place
/// when the vector's keys are all in the residual's list, else rebuilt), and the commit of those changes.
/// </summary>
/// <remarks>
/// Invariants, between calls: a residual has no entry at any pivot of the basis (it is the primary's vector reduced against it);
/// beside it are kept its live (non-zero) entries, its first live entry and that entry's inverse, and its hash
/// (<see cref="ResidualHash.Canonical(ModularVector)"/>), always those of its entries; every primary whose residual holds a key
/// is among that key's holders (a holder that no longer holds it is dropped when met); the primaries are indexed by their hash.
/// A residual is zero exactly when its primary is derivable from the span.
/// </remarks>
internal sealed class ResidualSet
{
    // The residuals, by primary. Publishing a unit vector only zeroes the entry it eliminates, in place, so a residual may hold zeros.
    private readonly ModularVector[] _residuals;
    private readonly int[] _live;
    private readonly int[] _first;
    private readonly ulong[] _scale;
    private readonly ulong[] _hash;
    private readonly Dictionary<ulong, List<int>> _byHash = [];

    // By key, the primaries whose residual may hold it; and a stamp per primary, so that each is met once per call.
    private List<int>?[] _holders = new List<int>?[64];
    private readonly int[] _stamp;
    private int _stampValue;

    /// <summary>Creates the set from the primaries' residuals (their values are copied; their keys, never changed in place, are shared).</summary>
    public ResidualSet(IReadOnlyList<ModularVector> residuals)
    {
        _residuals = residuals.Select(v => v with { Values = (ulong[])v.Values.Clone() }).ToArray();
        _live = new int[_residuals.Length];
        _first = new int[_residuals.Length];
        _scale = new ulong[_residuals.Length];
        _hash = new ulong[_residuals.Length];
        _stamp = new int[_residuals.Length];
        for (var q = 0; q < _residuals.Length; q++)
        {
            foreach (var key in _residuals[q].Keys)
            {
                HoldersOf(key).Add(q);
            }

            var (hash, first, scale, live) = Canonical(_residuals[q]);
            (_hash[q], _first[q], _scale[q], _live[q]) = (hash, first, scale, live);
            Index(q);
        }
    }

    /// <summary>Gets how many primaries the set holds.</summary>
    public int Count => _residuals.Length;

    /// <summary>The primary's residual as it is (it may hold zeros).</summary>
    public ModularVector this[int q] => _residuals[q];

    /// <summary>How many entries of the primary's residual are not zero.</summary>
    public int Live(int q) => _live[q];

    /// <summary>The primaries whose residual has this hash (null when none has).</summary>
    public List<int>? WithHash(ulong hash) => _byHash.TryGetValue(hash, out var list) ? list : null;

    /// <summary>The residuals as they are before a position, their entries copied, for a later pass to resume from.</summary>
    public PassSnapshot Snapshot(int position) =>
        new(position, Array.ConvertAll(_residuals, r => new ModularVector(r.Keys, (ulong[])r.Values.Clone())), (int[])_live.Clone(), (ulong[])_hash.Clone());

    // The in-place updates of the changes being weighed (positions in the residual, values after), one run per change: reused from
    // one candidate to the next, since a change lives only until it is committed or dropped.
    private int[] _updatePositions = new int[256];
    private ulong[] _updateValues = new ulong[256];
    private int _updatesUsed;

    private ReadOnlySpan<int> PositionsOf(ResidualChange change) => _updatePositions.AsSpan(change.At, change.Count);

    private ReadOnlySpan<ulong> ValuesOf(ResidualChange change) => _updateValues.AsSpan(change.At, change.Count);

    private int Reserve(int count)
    {
        if (_updatesUsed + count > _updatePositions.Length)
        {
            var size = Math.Max(_updatesUsed + count, _updatePositions.Length * 2);
            Array.Resize(ref _updatePositions, size);
            Array.Resize(ref _updateValues, size);
        }

        var at = _updatesUsed;
        _updatesUsed += count;
        return at;
    }

    /// <summary>The primaries whose residual holds the pivot of <paramref name="r"/> (a normalised vector reduced against the basis),
    /// and how each changes when r joins the span. The changes stay valid until the next call or <see cref="Commit"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public List<ResidualChange> Changed(ModularVector r)
    {
        var pivot = r.Keys[0];
        var changes = new List<ResidualChange>();
        _updatesUsed = 0;
        if (pivot >= _holders.Length || _holders[pivot] is not { } holders)
        {
            return changes;
        }

        var stamp = ++_stampValue;
        var kept = 0;
        for (var h = 0; h < holders.Count; h++)
        {
            var q = holders[h];
            if (_stamp[q] == stamp)
            {
                continue;
            }

            var residual = _residuals[q];
            var at = Array.BinarySearch(residual.Keys, pivot);
            if (at < 0 || residual.Values[at] == 0)
            {
                continue;
            }

            _stamp[q] = stamp;
            holders[kept++] = q;
            changes.Add(InPlace(q, r, at) ?? Rebuilt(q, r, at));
        }

        holders.RemoveRange(kept, holders.Count - kept);
        return changes;
    }

    // The change as updates of the residual's own entries, when it already lists every key of r (always so for a unit vector): the
    // hash moves by the terms of the entries that change, unless the first entry does.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private ResidualChange? InPlace(int q, ModularVector r, int at)
    {
        var residual = _residuals[q];
        var start = Reserve(r.Count);
        var positions = _updatePositions.AsSpan(start, r.Count);
        var values = _updateValues.AsSpan(start, r.Count);
        var coefficient = residual.Values[at];
        var live = _live[q];
        var hash = _hash[q];
        var first = _first[q];
        var moved = false;
        positions[0] = at;
        for (var e = 0; e < r.Count; e++)
        {
            var p = e == 0 ? at : Array.BinarySearch(residual.Keys, r.Keys[e]);
            if (p < 0)
            {
                _updatesUsed = start;
                return null;
            }

            var before = residual.Values[p];
            var sum = before + (P - Multiply(coefficient, r.Values[e]));
            var after = sum >= P ? sum - P : sum;
            (positions[e], values[e]) = (p, after);
            live += (after != 0 ? 1 : 0) - (before != 0 ? 1 : 0);
            moved |= p == first || (p < first && after != 0);
            if (!moved)
            {
                hash += (after != 0 ? Term(r.Keys[e], after, _scale[q]) : 0) - (before != 0 ? Term(r.Keys[e], before, _scale[q]) : 0);
            }
        }

        if (!moved)
        {
            return new ResidualChange(q, live, hash, first, _scale[q], start, r.Count, null);
        }

        // The first entry moves: the hash is taken again over the residual as it will be (read through the updates, without
        // copying it).
        var (newHash, newFirst, scale, newLive) = Canonical(residual, positions, values);
        return new ResidualChange(q, newLive, newHash, newFirst, scale, start, r.Count, null);
    }

    // The change as a new residual, merged from the old one and r.
    private ResidualChange Rebuilt(int q, ModularVector r, int at)
    {
        // Its entries are its live ones and r's keys it does not hold, less the pivot (which cancels): arrays of exactly that size,
        // its zeros dropped on the way (another entry that cancels stays as a zero).
        var residual = _residuals[q];
        var coefficient = residual.Values[at];
        var gained = 0;
        for (var e = 1; e < r.Count; e++)
        {
            var p = Array.BinarySearch(residual.Keys, r.Keys[e]);
            gained += p < 0 || residual.Values[p] == 0 ? 1 : 0;
        }

        var size = _live[q] - 1 + gained;
        var keys = new int[size];
        var values = new ulong[size];
        var n = 0;
        for (int i = 0, j = 0; i < residual.Count || j < r.Count;)
        {
            if (j >= r.Count || (i < residual.Count && residual.Keys[i] < r.Keys[j]))
            {
                if (residual.Values[i] != 0)
                {
                    (keys[n], values[n++]) = (residual.Keys[i], residual.Values[i]);
                }

                i++;
                continue;
            }

            var before = i < residual.Count && residual.Keys[i] == r.Keys[j] ? residual.Values[i++] : 0;
            if (j > 0)
            {
                var sum = before + (P - Multiply(coefficient, r.Values[j]));
                (keys[n], values[n++]) = (r.Keys[j], sum >= P ? sum - P : sum);
            }

            j++;
        }

        var next = n == size ? new ModularVector(keys, values) : new ModularVector(keys[..n], values[..n]);
        var (hash, first, scale, live) = Canonical(next);
        return new ResidualChange(q, live, hash, first, scale, -1, 0, next);
    }

    /// <summary>The residual a change gives, as a vector without zeros (built only when asked for).</summary>
    public ModularVector After(ResidualChange change) => change.Next ?? Updated(_residuals[change.Index], PositionsOf(change), ValuesOf(change));

    // A residual with a change's in-place updates, as a new vector without zeros.
    private static ModularVector Updated(ModularVector residual, ReadOnlySpan<int> positions, ReadOnlySpan<ulong> updated)
    {
        var values = (ulong[])residual.Values.Clone();
        for (var e = 0; e < positions.Length; e++)
        {
            values[positions[e]] = updated[e];
        }

        var keys = new List<int>(residual.Count);
        var kept = new List<ulong>(residual.Count);
        for (var i = 0; i < residual.Count; i++)
        {
            if (values[i] != 0)
            {
                keys.Add(residual.Keys[i]);
                kept.Add(values[i]);
            }
        }

        return new ModularVector([.. keys], [.. kept]);
    }

    /// <summary>Applies the changes <see cref="Changed"/> gave for the vector that has just joined the span.</summary>
    public void Commit(List<ResidualChange> changes)
    {
        foreach (var change in changes)
        {
            var q = change.Index;
            _byHash[_hash[q]].Remove(q);
            if (change.Next is not { } next)
            {
                // In place; an entry that comes back from zero makes its key held again.
                var residual = _residuals[q];
                var positions = PositionsOf(change);
                var values = ValuesOf(change);
                for (var e = 0; e < positions.Length; e++)
                {
                    var p = positions[e];
                    if (residual.Values[p] == 0 && values[e] != 0)
                    {
                        HoldersOf(residual.Keys[p]).Add(q);
                    }

                    residual.Values[p] = values[e];
                }
            }
            else
            {
                // The keys it gains (walking both key lists once) get it as a holder.
                var before = _residuals[q];
                var b = 0;
                foreach (var key in next.Keys)
                {
                    while (b < before.Count && before.Keys[b] < key)
                    {
                        b++;
                    }

                    if (b == before.Count || before.Keys[b] != key || before.Values[b] == 0)
                    {
                        HoldersOf(key).Add(q);
                    }
                }

                _residuals[q] = next;
            }

            (_live[q], _first[q], _scale[q]) = (change.Live, change.First, change.Scale);
            _hash[q] = change.Hash;
            Index(q);
        }
    }

    private List<int> HoldersOf(int key)
    {
        if (key >= _holders.Length)
        {
            Array.Resize(ref _holders, Math.Max(key + 1, _holders.Length * 2));
        }

        return _holders[key] ??= [];
    }

    private void Index(int q)
    {
        if (!_byHash.TryGetValue(_hash[q], out var list))
        {
            _byHash[_hash[q]] = list = [];
        }

        list.Add(q);
    }
}
