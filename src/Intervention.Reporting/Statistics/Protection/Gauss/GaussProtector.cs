using System;
using System.Collections.Generic;
using System.Linq;
using static Intervention.Reporting.Statistics.Protection.Gauss.EchelonBasis;

namespace Intervention.Reporting.Statistics.Protection.Gauss;

/// <summary>
/// Keeps the published cells' vectors in echelon form modulo 2^61 − 1 and the primary cells' residuals against them;
/// a candidate is published only if no primary residual would vanish, and, against the insider, only if no singleton's residual
/// would become proportional to another primary's (the one contributor of a singleton knows its value, so anything derivable
/// from the published cells plus that value must stay hidden).
/// </summary>
internal sealed class GaussProtector
{
    // The basis, by pivot (the inner cell index): echelon form, each vector with nothing below its pivot.
    private EchelonBasis _basis = new();

    // The primaries' residuals against the basis, and the insider check over them.
    private readonly ResidualSet _residuals;
    private readonly InsiderCheck _insider;

    // What this pass reduced at each position of the candidate order, and whether it committed it; and the previous pass's, which
    // this one reuses for as long as every decision so far has been the same (the basis is then the same, and so is each reduction).
    private readonly PassJournal _journal;
    private readonly PassJournal? _previous;
    private bool _inStep;

    // Where the state is kept for later passes (positions of the candidate order, ascending), what was kept, and the vectors forced
    // into the basis before any candidate (with the journal, they give the basis before any position). At most KeptValuesBudget
    // residual entries are kept across the states (16 Mi entries, 128 MiB of values).
    private const long KeptValuesBudget = 1L << 24;
    private readonly IReadOnlyList<int> _snapshotAt = [];
    private int _nextSnapshot;
    private readonly List<PassSnapshot> _snapshots = [];
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
        _journal = new PassJournal(candidates);
        _residuals = new ResidualSet(list.ConvertAll(m => m.Vector));
        _insider = new InsiderCheck(_residuals, list.ConvertAll(m => m.Singleton).ToArray(), list.ConvertAll(m => m.Identity).ToArray());
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

            var basis = new EchelonBasis(from.BasisBefore(kept.Position));
            var reduced = extra.Select(a => (Vector: basis.Reduce(a.Vector), a.Identity, a.Singleton)).ToList();
            if (!from._insider.LeavesUnchanged(kept, reduced))
            {
                rejected++;
                continue;
            }

            var primaries = kept.Residuals.Select((residual, q) => (residual, from._insider.Identity(q), from._insider.Singleton(q))).Concat(reduced).ToList();
            var resumed = new GaussProtector(primaries, candidates) { _basis = basis, Start = kept.Position };
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
        var basis = new ModularVector?[_basis.Capacity];
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

    /// <summary>Gets whether the protector holds no primary.</summary>
    public bool IsEmpty => _residuals.Count == 0;

    /// <summary>The vector reduced against the basis: the same for every vector of its class modulo the published span, and linear in
    /// the vector.</summary>
    public ModularVector Residual(ModularVector vector) => _basis.Reduce(vector);

    public void ForcePublish(ModularVector vector)
    {
        var r = _basis.Reduce(vector);
        if (r.Count > 0)
        {
            r = Normalise(r);
            Commit(r, _residuals.Changed(r));
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
            r = _basis.Reduce(vector);
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
                var snapshot = _residuals.Snapshot(position);
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

        var changes = _residuals.Changed(r);
        foreach (var change in changes)
        {
            if (change.Live == 0)
            {
                return false;
            }
        }

        if (_insider.AnySingleton && changes.Count > 0 && _insider.Exposes(changes))
        {
            return false;
        }

        Commit(r, changes);
        return true;
    }

    private void Commit(ModularVector r, List<ResidualChange> changes)
    {
        // Echelon form, not reduced: earlier vectors keep their entries under the new pivot (Reduce sweeps pivots in ascending order).
        _basis.Add(r);
        _residuals.Commit(changes);
    }
}
