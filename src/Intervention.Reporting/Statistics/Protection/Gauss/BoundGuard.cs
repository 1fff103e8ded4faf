using System;
using System.Collections.Generic;
using System.Linq;

namespace Intervention.Reporting.Statistics.Protection.Gauss;

/// <summary>
/// Follows, through one pass of the Gauss protector, the span of the quantities at their a priori bound (modulo what is published)
/// and the linear relations among them that the published cells determine, and refuses a candidate whose publication would make a
/// non-negative relation: one that pins them (see <see cref="BoundPinning"/> for why that is exactly what the bounds reveal).
/// </summary>
/// <remarks>
/// <para>
/// Publishing a vector r (reduced against the published span) adds a relation among the quantities exactly when r lies in the span
/// of their residuals: then r = Σ cₜ·qₜ, and after publication Σ cₜ·qₜ is known. The span is kept in echelon form (each vector's
/// smallest key its pivot, no two alike), each vector with its coefficients over the quantities, and updated in place when a vector
/// joins the published span: the vectors that hold its pivot lose it and are put back through the reduction.
/// </para>
/// <para>
/// The relations are kept over rationals in reduced echelon form, so that each has a quantity of its own, which is what
/// <see cref="NonNegativeRelation"/> needs. A relation whose coefficients cannot be lifted from their residues is refused, which may
/// suppress more than needed but never less.
/// </para>
/// </remarks>
internal sealed class BoundGuard
{
    private const ulong P = Modular.P;

    // The span of the quantities' residuals: by pivot, each vector and its coefficients over the quantities.
    private readonly Dictionary<int, (Dictionary<int, ulong> Vector, Dictionary<int, ulong> Combination)> _span = [];

    // Which span vectors hold a key (by pivot), to find those a published vector changes.
    private readonly Dictionary<int, HashSet<int>> _holders = [];

    // The relations, by their own quantity: the coefficients of the other quantities (their own is 1).
    private readonly Dictionary<int, Dictionary<int, Rational>> _relations = [];

    // Quantities the reader knows exactly (they enter a relation with either sign).
    private readonly int _free;

    // How many relations the exact search takes at once (up to about this size it costs at most tens of milliseconds; at a hundred,
    // seconds).
    private const int MaximumGroup = 32;

    // The relation the last check found, for the commit that follows it.
    private (int Own, Dictionary<int, Rational> Shared)? _pending;

    /// <summary>Starts from the protector's basis as it stands (the known vectors forced in).</summary>
    /// <param name="protector">The protector, before any candidate.</param>
    /// <param name="atBound">The quantities at their bound (none of which the known vectors pin: <see cref="BoundPinning.KnownAlready"/>).</param>
    /// <param name="exact">The quantities the reader knows exactly.</param>
    public BoundGuard(GaussProtector protector, IReadOnlyList<ModularVector> atBound, IReadOnlyList<ModularVector> exact)
    {
        _free = exact.Count;
        var quantities = exact.Concat(atBound).ToArray();
        for (var q = 0; q < quantities.Length; q++)
        {
            var residual = protector.Residual(quantities[q]);
            var vector = new Dictionary<int, ulong>();
            for (var e = 0; e < residual.Count; e++)
            {
                if (residual.Values[e] != 0)
                {
                    vector[residual.Keys[e]] = residual.Values[e];
                }
            }

            var (rest, combination) = Reduce(vector, new Dictionary<int, ulong> { [q] = 1 });
            if (rest.Count > 0)
            {
                Insert(rest, combination);
            }
            else if (q >= _free && Relation(combination) is (true, { } relation))
            {
                // A relation the known vectors make: none is non-negative (the caller removed what they pin), so it is kept. (One
                // whose coefficients cannot be lifted is not kept: the check of a later candidate then sees less than the reader.)
                Add(relation);
            }
        }
    }


    /// <summary>Gets how many candidates the guard refused.</summary>
    public int Refused { get; private set; }

    /// <summary>Whether the reduced, normalised vector may join the published span without pinning a quantity at its bound.</summary>
    public bool Allows(ModularVector r)
    {
        _pending = null;
        if (r.Count == 0 || !_span.ContainsKey(r.Keys[0]))
        {
            // Its smallest key is no pivot of the span, so it is not in the span: no relation.
            return true;
        }

        var vector = new Dictionary<int, ulong>(r.Count);
        for (var e = 0; e < r.Count; e++)
        {
            vector[r.Keys[e]] = r.Values[e];
        }

        var (rest, combination) = Reduce(vector, []);
        if (rest.Count > 0)
        {
            return true;
        }

        var (liftable, found) = Relation(combination);
        if (!liftable || (found is { } relation && NonNegativeWith(relation)))
        {
            Refused++;
            return false;
        }

        _pending = found;
        return true;
    }

    /// <summary>Records that the vector last checked joined the published span.</summary>
    public void Committed(ModularVector r)
    {
        if (r.Count == 0)
        {
            return;
        }

        if (_pending is { } pending)
        {
            Add(pending);
            _pending = null;
        }

        // The span vectors that hold r's pivot lose it (r is normalised: 1 at its pivot): in place, since r's keys are all at or above
        // its pivot, so a vector whose own pivot lies below keeps it. The one whose pivot it was (if any) goes back through the
        // reduction, for a pivot of its own, or out of the span if it is now in the span of the others (a new relation).
        var pivot = r.Keys[0];
        if (!_holders.TryGetValue(pivot, out var holders) || holders.Count == 0)
        {
            return;
        }

        foreach (var at in holders.ToArray())
        {
            var (vector, combination) = _span[at];
            var c = vector[pivot];
            for (var e = 0; e < r.Count; e++)
            {
                var key = r.Keys[e];
                var before = vector.GetValueOrDefault(key);
                var sum = before + (P - Modular.Multiply(c, r.Values[e]));
                sum = sum >= P ? sum - P : sum;
                if (sum == 0)
                {
                    vector.Remove(key);
                    _holders[key].Remove(at);
                }
                else
                {
                    vector[key] = sum;
                    if (before == 0)
                    {
                        HoldersOf(key).Add(at);
                    }
                }
            }

            if (at == pivot)
            {
                Remove(at);
                var (rest, combined) = Reduce(vector, combination);
                if (rest.Count > 0)
                {
                    Insert(rest, combined);
                }
            }
        }
    }

    // Whether the relations with this one added have a non-negative combination, decided over those it shares quantities with.
    private bool NonNegativeWith((int Own, Dictionary<int, Rational> Shared) relation)
    {
        var reached = new HashSet<int>(relation.Shared.Keys) { relation.Own };
        var group = new List<IReadOnlyDictionary<int, Rational>> { relation.Shared };
        var taken = new HashSet<int>();
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (own, other) in _relations)
            {
                if (!taken.Contains(own) && (reached.Contains(own) || other.Keys.Any(reached.Contains)))
                {
                    taken.Add(own);

                    // The new relation's own quantity is taken out of the others, so that none holds another's own quantity.
                    group.Add(Eliminate(other, relation.Own, relation.Shared));
                    reached.Add(own);
                    reached.UnionWith(other.Keys);
                    grew = true;
                }
            }
        }

        // Beyond a size the exact programme costs seconds: such a relation is refused, as if it pinned (more suppressed, never less).
        if (group.Count > MaximumGroup || reached.Count > 4 * MaximumGroup)
        {
            return true;
        }

        return NonNegativeRelation.Find(group) is not null;
    }

    // The relation with the quantity q eliminated by the relation "q + Σ by·y = 0".
    private static Dictionary<int, Rational> Eliminate(Dictionary<int, Rational> relation, int q, Dictionary<int, Rational> by)
    {
        var result = new Dictionary<int, Rational>(relation);
        if (result.Remove(q, out var c))
        {
            foreach (var (y, v) in by)
            {
                var sum = result.GetValueOrDefault(y, Rational.Zero) - (c * v);
                if (sum.IsZero)
                {
                    result.Remove(y);
                }
                else
                {
                    result[y] = sum;
                }
            }
        }

        return result;
    }

    // The relation as rationals, reduced against the relations kept, with a quantity of its own (the largest, its coefficient scaled
    // to 1 and left out of the others): not liftable when a coefficient cannot be lifted from its residue; none when nothing is left
    // (it holds only quantities known exactly).
    private (bool Liftable, (int Own, Dictionary<int, Rational> Shared)? Relation) Relation(Dictionary<int, ulong> combination)
    {
        var lifted = new Dictionary<int, Rational>();
        foreach (var (q, value) in combination)
        {
            if (q < _free || value == 0)
            {
                continue;
            }

            if (Rational.FromModular(value, P) is not { } r)
            {
                return (false, null);
            }

            lifted[q] = r;
        }

        foreach (var (own, other) in _relations)
        {
            lifted = Eliminate(lifted, own, other);
        }

        if (lifted.Count == 0)
        {
            return (true, null);
        }

        var mine = lifted.Keys.Max();
        var scale = lifted[mine];
        return (true, (mine, lifted.Where(x => x.Key != mine).ToDictionary(x => x.Key, x => x.Value / scale)));
    }

    // Keeps a relation, its own quantity eliminated from the others (reduced echelon form).
    private void Add((int Own, Dictionary<int, Rational> Shared) relation)
    {
        foreach (var own in _relations.Keys.ToArray())
        {
            _relations[own] = Eliminate(_relations[own], relation.Own, relation.Shared);
        }

        _relations[relation.Own] = relation.Shared;
    }

    // Reduces a vector against the span, smallest pivot first (a span vector holds nothing below its pivot, so eliminating one
    // brings in only larger keys); what is left, and its coefficients over the quantities.
    private (Dictionary<int, ulong> Left, Dictionary<int, ulong> Combination) Reduce(Dictionary<int, ulong> vector, Dictionary<int, ulong> combination)
    {
        var keys = new PriorityQueue<int, int>();
        foreach (var key in vector.Keys)
        {
            if (_span.ContainsKey(key))
            {
                keys.Enqueue(key, key);
            }
        }

        while (keys.TryDequeue(out var key, out _))
        {
            if (!vector.TryGetValue(key, out var c) || !_span.TryGetValue(key, out var b))
            {
                continue;
            }

            AddScaled(vector, b.Vector, P - c, keys, _span);
            AddScaled(combination, b.Combination, P - c, null, null);
        }

        return (vector, combination);
    }

    private static void AddScaled(Dictionary<int, ulong> target, Dictionary<int, ulong> source, ulong factor, PriorityQueue<int, int>? keys, Dictionary<int, (Dictionary<int, ulong>, Dictionary<int, ulong>)>? pivots)
    {
        foreach (var (key, value) in source)
        {
            var before = target.GetValueOrDefault(key);
            var sum = before + Modular.Multiply(factor, value);
            sum = sum >= P ? sum - P : sum;
            if (sum == 0)
            {
                target.Remove(key);
            }
            else
            {
                target[key] = sum;
                if (before == 0 && pivots is not null && pivots.ContainsKey(key))
                {
                    keys!.Enqueue(key, key);
                }
            }
        }
    }

    // Adds a vector with nothing at any pivot of the span: its smallest key is its pivot, scaled to 1.
    private void Insert(Dictionary<int, ulong> vector, Dictionary<int, ulong> combination)
    {
        var pivot = vector.Keys.Min();
        var inverse = Modular.Inverse(vector[pivot]);
        var scaled = vector.ToDictionary(x => x.Key, x => Modular.Multiply(x.Value, inverse));
        var combined = combination.Where(x => x.Value != 0).ToDictionary(x => x.Key, x => Modular.Multiply(x.Value, inverse));
        _span[pivot] = (scaled, combined);
        foreach (var key in scaled.Keys)
        {
            HoldersOf(key).Add(pivot);
        }
    }

    private HashSet<int> HoldersOf(int key)
    {
        if (!_holders.TryGetValue(key, out var set))
        {
            _holders[key] = set = [];
        }

        return set;
    }

    private void Remove(int pivot)
    {
        foreach (var key in _span[pivot].Vector.Keys)
        {
            _holders[key].Remove(pivot);
        }

        _span.Remove(pivot);
    }
}
