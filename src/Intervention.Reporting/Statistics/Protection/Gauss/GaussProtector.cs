using System;
using System.Collections.Generic;
using System.Linq;

namespace Intervention.Reporting.Statistics.Protection.Gauss;

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
    // The primaries' residuals, each the primary's vector reduced against the basis. Publishing a unit vector only zeroes the entry
    // it eliminates, in place, so a residual may hold zeros: beside it are kept how many entries are not zero, the first of them,
    // the inverse of its value, and the residual's hash (see Canonical), all updated in constant time for a unit vector.
    private readonly ModularVector[] _residuals;
    private readonly int[] _live;
    private readonly int[] _first;
    private readonly ulong[] _scale;
    private readonly ulong[] _hash;
    private readonly bool[] _singleton;
    private readonly string[] _identity;
    private readonly Dictionary<ulong, List<int>> _byHash = [];
    private readonly bool _anySingleton;

    // By key, the primaries whose residual may hold it (those that no longer do are dropped when met).
    private List<int>?[] _holders = new List<int>?[64];
    private readonly int[] _stamp;
    private int _stampValue;

    // For the insider check: which primaries the change being weighed touches, and where in its list of changes.
    private readonly int[] _changedStamp;
    private readonly int[] _changedAt;
    private int _changedStampValue;

    // What this pass reduced at each position of the candidate order, and whether it committed it; and the previous pass's, which
    // this one reuses for as long as every decision so far has been the same (the basis is then the same, and so is each reduction).
    private readonly Journal _journal;
    private readonly Journal? _previous;
    private bool _inStep;

    // Where the state is kept for later passes (positions of the candidate order, ascending), what was kept, and the vectors forced
    // into the basis before any candidate (with the journal, they give the basis before any position). At most KeptValuesBudget
    // residual entries are kept across the states (16 Mi entries, 128 MiB of values).
    private const long KeptValuesBudget = 1L << 24;
    private readonly IReadOnlyList<int> _snapshotAt = [];
    private int _nextSnapshot;
    private readonly List<Snapshot> _snapshots = [];
    private long _keptValues;
    private readonly List<ModularVector> _forced = [];

    /// <summary>Creates a protector for the given primary cells, to try a given number of candidates in a fixed order.</summary>
    /// <param name="primaries">The primary cells: each one's vector, a text that is the same for two primaries exactly when they sum the
    /// same inner cells, and whether it has a single contributor.</param>
    /// <param name="candidates">The number of candidates in the order.</param>
    /// <param name="previous">The protector of the previous pass over the same candidate order, whose reductions this one reuses.</param>
    /// <param name="snapshotAt">Positions of the candidate order (ascending) before which the state is kept, for later passes to
    /// resume from (see <see cref="Resume"/>).</param>
    public GaussProtector(IEnumerable<(ModularVector Vector, string Identity, bool Singleton)> primaries, int candidates, GaussProtector? previous = null, IReadOnlyList<int>? snapshotAt = null)
        : this(primaries.ToList(), candidates)
    {
        _previous = previous?._journal;
        _inStep = _previous is not null && _previous.Reduced.Length == candidates;
        _snapshotAt = snapshotAt ?? [];
    }

    private GaussProtector(List<(ModularVector Vector, string Identity, bool Singleton)> list, int candidates)
    {
        _journal = new Journal(candidates);
        _residuals = list.Select(m => m.Vector with { Values = (ulong[])m.Vector.Values.Clone() }).ToArray();
        _singleton = list.Select(m => m.Singleton).ToArray();
        _identity = list.Select(m => m.Identity).ToArray();
        _anySingleton = _singleton.Any(x => x);
        _live = new int[_residuals.Length];
        _first = new int[_residuals.Length];
        _scale = new ulong[_residuals.Length];
        _hash = new ulong[_residuals.Length];
        _stamp = new int[_residuals.Length];
        _changedStamp = new int[_residuals.Length];
        _changedAt = new int[_residuals.Length];
        for (var q = 0; q < _residuals.Length; q++)
        {
            foreach (var key in _residuals[q].Keys)
            {
                HoldersOf(key).Add(q);
            }

            Describe(q);
            Index(q);
        }
    }

    /// <summary>Gets the first position of the candidate order this protector decides (those before were decided as in the pass it
    /// resumed).</summary>
    public int Start { get; private set; }

    /// <summary>Whether this pass published the candidate at this position (so far as it has decided).</summary>
    public bool Published(int position) => _journal.Published[position];

    /// <summary>
    /// A protector for a later pass, with more primaries, that starts where <paramref name="from"/> kept its state, at the latest
    /// position before <paramref name="limit"/> where the later pass is sure to have decided the same; or null when there is none.
    /// </summary>
    /// <remarks>
    /// The later pass skips no candidate before <paramref name="limit"/> that <paramref name="from"/> published (the caller makes sure
    /// of it; the check below would also find such a candidate, once it is in the span, but the limit spares trying those states), and
    /// holds <paramref name="from"/>'s primaries and the <paramref name="added"/> ones. Up to a kept position its
    /// decisions are then <paramref name="from"/>'s, and so is its published span, exactly when, against that span, no added primary's
    /// residual is zero and none is proportional to another primary's where either has a single contributor (the insider). A
    /// residual is the primary's vector reduced to have no entry at any pivot, the same for every vector of its class modulo the span,
    /// and the span only grows: what holds at the kept position held at every earlier one, so no earlier candidate could have been
    /// refused for an added primary, and no other refusal changes (the other primaries' residuals are the same).
    /// </remarks>
    /// <param name="from">A pass that kept its state (a full pass given positions to keep).</param>
    /// <param name="limit">The first position before which the later pass may decide otherwise.</param>
    /// <param name="added">The later pass's primaries that <paramref name="from"/> does not hold.</param>
    /// <param name="candidates">The number of candidates in the order.</param>
    /// <param name="rejected">How many kept states, later than the one resumed from, could have led to other decisions.</param>
    public static GaussProtector? Resume(GaussProtector from, int limit, IEnumerable<(ModularVector Vector, string Identity, bool Singleton)> added, int candidates, out int rejected)
    {
        rejected = 0;
        if (candidates != from._journal.Reduced.Length)
        {
            return null;
        }

        var extra = added.ToList();
        for (var s = from._snapshots.Count - 1; s >= 0; s--)
        {
            var kept = from._snapshots[s];
            if (kept.Position > limit)
            {
                continue;
            }

            var reducer = new GaussProtector(new List<(ModularVector Vector, string Identity, bool Singleton)>(), 0);
            reducer._basis = from.BasisBefore(kept.Position);
            reducer._work = new ulong[reducer._basis.Length];
            var reduced = extra.Select(a => (Vector: reducer.Reduce(a.Vector), a.Identity, a.Singleton)).ToList();
            if (!from.Unchanged(kept, reduced))
            {
                rejected++;
                continue;
            }

            var primaries = from._identity.Select((identity, q) => (kept.Residuals[q], identity, from._singleton[q])).Concat(reduced).ToList();
            var resumed = new GaussProtector(primaries, candidates) { _basis = reducer._basis, _work = reducer._work, Start = kept.Position };
            Array.Copy(from._journal.Reduced, resumed._journal.Reduced, kept.Position);
            Array.Copy(from._journal.Committed, resumed._journal.Committed, kept.Position);
            Array.Copy(from._journal.Published, resumed._journal.Published, kept.Position);
            return resumed;
        }

        return null;
    }

    // The basis as it was before a position: what was forced in, and what the candidates before it committed.
    private ModularVector?[] BasisBefore(int position)
    {
        var basis = new ModularVector?[_basis.Length];
        foreach (var r in _forced)
        {
            basis[r.Keys[0]] = r;
        }

        for (var p = 0; p < position; p++)
        {
            if (_journal.Committed[p])
            {
                var r = _journal.Reduced[p]!.Value;
                basis[r.Keys[0]] = r;
            }
        }

        return basis;
    }

    // Whether, with the state kept, residuals of added primaries (reduced against the same span) leave every decision before it as it
    // was: none is zero, and none is proportional to another primary's where either has a single contributor.
    private bool Unchanged(Snapshot kept, List<(ModularVector Vector, string Identity, bool Singleton)> added)
    {
        if (added.Any(a => a.Vector.Count == 0))
        {
            return false;
        }

        if (!_anySingleton && !added.Any(a => a.Singleton))
        {
            return true;
        }

        var byHash = new Dictionary<ulong, List<(ModularVector Residual, string Identity, bool Singleton)>>();
        void Add(ulong hash, (ModularVector, string, bool) primary)
        {
            if (!byHash.TryGetValue(hash, out var list))
            {
                byHash[hash] = list = [];
            }

            list.Add(primary);
        }

        for (var q = 0; q < _residuals.Length; q++)
        {
            if (kept.Live[q] > 0)
            {
                Add(kept.Hash[q], (kept.Residuals[q], _identity[q], _singleton[q]));
            }
        }

        var hashes = added.Select(a => Canonical(a.Vector).Hash).ToArray();
        for (var i = 0; i < added.Count; i++)
        {
            Add(hashes[i], added[i]);
        }

        for (var i = 0; i < added.Count; i++)
        {
            foreach (var other in byHash[hashes[i]])
            {
                if ((added[i].Singleton || other.Singleton) && added[i].Identity != other.Identity && Proportional(added[i].Vector, other.Residual))
                {
                    return false;
                }
            }
        }

        return true;
    }

    public bool IsEmpty => _residuals.Length == 0;

    /// <summary>The vector reduced against the basis: the same for every vector of its class modulo the published span, and linear in
    /// the vector.</summary>
    public ModularVector Residual(ModularVector vector) => Reduce(vector);

    public void ForcePublish(ModularVector vector)
    {
        var r = Reduce(vector);
        if (r.Count > 0)
        {
            r = Normalise(r);
            Commit(r, Changed(r));
            _forced.Add(r);
        }
    }

    /// <summary>Records that the candidate at this position is not tried (it is suppressed already).</summary>
    public void Skip(int position)
    {
        Keep(position);
        Decided(position, false);
    }

    /// <summary>Tries the candidate at this position of the candidate order (the same order in every pass).</summary>
    public bool TryPublish(int position, ModularVector vector) => TryPublish(position, vector, null);

    /// <summary>Tries the candidate at this position, publishing it only if the guard, when given, allows it too (the guard is told
    /// when it is published).</summary>
    public bool TryPublish(int position, ModularVector vector, BoundGuard? guard)
    {
        Keep(position);
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
        var published = (guard is null || guard.Allows(r)) && TryPublishReduced(r);
        if (published)
        {
            guard?.Committed(r);
        }

        _journal.Published[position] = published;
        Decided(position, published && r.Count > 0);
        return published;
    }

    // Before deciding this position, keeps the state if asked to: the basis, and each primary's residual with its entries copied (the
    // keys are never changed in place, so they are shared).
    private void Keep(int position)
    {
        while (_nextSnapshot < _snapshotAt.Count && _snapshotAt[_nextSnapshot] <= position)
        {
            if (_snapshotAt[_nextSnapshot++] == position)
            {
                var snapshot = new Snapshot(position, Array.ConvertAll(_residuals, r => new ModularVector(r.Keys, (ulong[])r.Values.Clone())), (int[])_live.Clone(), (ulong[])_hash.Clone());
                _snapshots.Add(snapshot);
                _keptValues += snapshot.Residuals.Sum(r => (long)r.Count);

                // Over the budget, every other state kept so far is let go (the latest stays): later passes resume a little earlier.
                while (_keptValues > KeptValuesBudget && _snapshots.Count > 1)
                {
                    var thinned = _snapshots.Where((_, i) => (_snapshots.Count - 1 - i) % 2 == 0).ToList();
                    _keptValues = thinned.Sum(k => k.Residuals.Sum(r => (long)r.Count));
                    _snapshots.Clear();
                    _snapshots.AddRange(thinned);
                }
            }
        }
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

        var changes = Changed(r);
        foreach (var change in changes)
        {
            if (change.Live == 0)
            {
                return false;
            }
        }

        if (_anySingleton && changes.Count > 0 && ExposesToInsider(changes))
        {
            return false;
        }

        Commit(r, changes);
        return true;
    }

    /// <summary>How a residual changes when a vector joins the span.</summary>
    /// <param name="Index">The primary.</param>
    /// <param name="Live">How many entries it will have.</param>
    /// <param name="Hash">Its hash after.</param>
    /// <param name="First">Where its first entry will be.</param>
    /// <param name="Scale">The inverse of that entry.</param>
    /// <param name="At">Where, in the protector's update buffers, the entries that change in place and their values after begin (when
    /// every key of the vector is already in the residual's list), or −1.</param>
    /// <param name="Count">How many entries change in place.</param>
    /// <param name="Next">Otherwise, the residual after.</param>
    private readonly record struct Change(int Index, int Live, ulong Hash, int First, ulong Scale, int At, int Count, ModularVector? Next);

    // The in-place updates of the changes being weighed (positions in the residual, values after), one run per change: reused from
    // one candidate to the next, since a change lives only until it is committed or dropped.
    private int[] _updatePositions = new int[256];
    private ulong[] _updateValues = new ulong[256];
    private int _updatesUsed;

    private ReadOnlySpan<int> PositionsOf(Change change) => _updatePositions.AsSpan(change.At, change.Count);

    private ReadOnlySpan<ulong> ValuesOf(Change change) => _updateValues.AsSpan(change.At, change.Count);

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

    // The primaries whose residual holds the new pivot, and how each changes.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private List<Change> Changed(ModularVector r)
    {
        var pivot = r.Keys[0];
        var changes = new List<Change>();
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
    private Change? InPlace(int q, ModularVector r, int at)
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
            return new Change(q, live, hash, first, _scale[q], start, r.Count, null);
        }

        // The first entry moves: the hash is taken again over the residual as it will be (read through the updates, without
        // copying it).
        var (newHash, newFirst, scale, newLive) = Canonical(residual, positions, values);
        return new Change(q, newLive, newHash, newFirst, scale, start, r.Count, null);
    }

    // The change as a new residual, merged from the old one and r.
    private Change Rebuilt(int q, ModularVector r, int at)
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
        return new Change(q, live, hash, first, scale, -1, 0, next);
    }

    private bool ExposesToInsider(List<Change> changes)
    {
        // The changed primaries, marked (with their place in the list) so that each lookup is an array read.
        var stamp = ++_changedStampValue;
        for (var c = 0; c < changes.Count; c++)
        {
            (_changedStamp[changes[c].Index], _changedAt[changes[c].Index]) = (stamp, c);
        }

        ModularVector?[]? materialised = null;
        ModularVector ResidualOf(int i)
        {
            if (_changedStamp[i] != stamp)
            {
                return _residuals[i];
            }

            var c = _changedAt[i];
            materialised ??= new ModularVector?[changes.Count];
            return materialised[c] ??= changes[c].Next ?? Updated(_residuals[i], PositionsOf(changes[c]), ValuesOf(changes[c]));
        }

        bool Exposed(int q, int j) =>
            j != q && (_singleton[q] || _singleton[j]) && _identity[q] != _identity[j]
            && (_changedStamp[j] == stamp ? changes[_changedAt[j]].Live : _live[j]) > 0
            && Proportional(ResidualOf(q), ResidualOf(j));

        // The changes by their hash after (grouped only when there are many of them).
        Dictionary<ulong, List<int>>? byHashAfter = null;
        if (changes.Count > 32)
        {
            byHashAfter = [];
            foreach (var change in changes)
            {
                if (!byHashAfter.TryGetValue(change.Hash, out var list))
                {
                    byHashAfter[change.Hash] = list = [];
                }

                list.Add(change.Index);
            }
        }

        foreach (var change in changes)
        {
            var q = change.Index;
            if (_byHash.TryGetValue(change.Hash, out var current))
            {
                foreach (var j in current)
                {
                    if (_changedStamp[j] != stamp && Exposed(q, j))
                    {
                        return true;
                    }
                }
            }

            if (byHashAfter is not null)
            {
                foreach (var j in byHashAfter[change.Hash])
                {
                    if (Exposed(q, j))
                    {
                        return true;
                    }
                }
            }
            else
            {
                foreach (var other in changes)
                {
                    if (other.Hash == change.Hash && Exposed(q, other.Index))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

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

    private void Commit(ModularVector r, List<Change> changes)
    {
        // Echelon form, not reduced: earlier vectors keep their entries under the new pivot (Reduce sweeps pivots in ascending order).
        Grow(r.Keys[^1]);
        _basis[r.Keys[0]] = r;
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

    // Sets a residual's live count, first entry, scale and hash from its entries.
    private void Describe(int q)
    {
        var (hash, first, scale, live) = Canonical(_residuals[q]);
        (_hash[q], _first[q], _scale[q], _live[q]) = (hash, first, scale, live);
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

    // An order-independent hash of the residual scaled to 1 on its first entry (zeros left out), read through in-place updates when
    // given (positions in ascending order, and their values after): proportional residuals share it. It is a sum of one term per
    // entry, so changing an entry other than the first only moves the hash by that entry's terms.
    private static (ulong Hash, int First, ulong Scale, int Live) Canonical(ModularVector residual) => Canonical(residual, [], []);

    private static (ulong Hash, int First, ulong Scale, int Live) Canonical(ModularVector residual, ReadOnlySpan<int> positions, ReadOnlySpan<ulong> values)
    {
        var first = -1;
        var scale = 0UL;
        ulong hash = 0;
        var live = 0;
        for (int i = 0, e = 0; i < residual.Count; i++)
        {
            while (e < positions.Length && positions[e] < i)
            {
                e++;
            }

            var value = e < positions.Length && positions[e] == i ? values[e] : residual.Values[i];
            if (value == 0)
            {
                continue;
            }

            if (first < 0)
            {
                (first, scale) = (i, Power(value, P - 2));
            }

            hash += Term(residual.Keys[i], value, scale);
            live++;
        }

        return first < 0 ? (0, 0, 0, 0) : (hash, first, scale, live);
    }

    private static ulong Term(int key, ulong value, ulong scale) => 1 + Mix(((ulong)(uint)key << 32) ^ Multiply(value, scale));

    // Whether two residuals are multiples of each other (zeros skipped).
    private static bool Proportional(ModularVector a, ModularVector b)
    {
        int i = 0, j = 0;
        ulong a0 = 0, b0 = 0;
        while (true)
        {
            while (i < a.Count && a.Values[i] == 0)
            {
                i++;
            }

            while (j < b.Count && b.Values[j] == 0)
            {
                j++;
            }

            if (i == a.Count || j == b.Count)
            {
                return i == a.Count && j == b.Count && a0 != 0;
            }

            if (a.Keys[i] != b.Keys[j])
            {
                return false;
            }

            if (a0 == 0)
            {
                (a0, b0) = (a.Values[i], b.Values[j]);
            }
            else if (Multiply(a.Values[i], b0) != Multiply(b.Values[j], a0))
            {
                return false;
            }

            i++;
            j++;
        }
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
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
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

    // a^(P − 2) = 1/a (mod P), P being prime (Fermat).
    internal static ulong Inverse(ulong a) => Power(a, P - 2);

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

        public bool[] Published { get; } = new bool[candidates];
    }

    // The state before a position: the basis, and the primaries' residuals.
    private sealed record Snapshot(int Position, ModularVector[] Residuals, int[] Live, ulong[] Hash);
}

/// <summary>A sparse vector modulo P = 2^61 − 1: its entries' keys in ascending order and their values (zero only in a residual,
/// whose entries are zeroed in place).</summary>
internal readonly record struct ModularVector(int[] Keys, ulong[] Values)
{
    public static ModularVector Empty { get; } = new([], []);

    public int Count => Keys.Length;

    public static ModularVector Ones(int[] members)
    {
        var keys = members.Distinct().Order().ToArray();
        return new ModularVector(keys, keys.Select(_ => 1UL).ToArray());
    }
}
