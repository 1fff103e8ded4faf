using System;
using System.Collections.Generic;
using System.Linq;

namespace Intervention.Reporting.Statistics.Protection.Gauss;

/// <summary>
/// What the reader's a priori bounds pin once the cells are published: a suppressed cell is at least 1 when zeros are published
/// (cases or persons), and every count is at least 0. Finds the non-negative combinations of quantities at their bound that a
/// published span determines: before a pass, what earlier releases pin already (<see cref="KnownAlready"/>); during a pass,
/// <see cref="BoundGuard"/> keeps any new one from forming.
/// </summary>
/// <remarks>
/// <para>
/// The protector's reader knows the published cells, and which combinations of categories no record has (a stronger reader than
/// the public one, so what holds against it holds against the public). Its cells' values are then the points x with the published
/// sums, x ≥ 0 on every inner cell and at least the bound on every suppressed cell. By Farkas' lemma a bound holds with equality at
/// every such point exactly when a non-negative combination of the quantities at their bound, not all weights zero, lies in the span
/// of the published cells: the reader then knows that combination's value, which is its least. Only a quantity whose true value is
/// its bound can be in one (the true counts are such a point): the inner cells of no record (when zeros are suppressed, each is an
/// unknown of its own) and the suppressed cells of a single record (when zeros are published). When no such combination exists,
/// some point meets every bound strictly, the values span the published cells' whole affine space, and a cell the protector keeps
/// out of the published span (Gauss) is not fixed by the bounds either.
/// </para>
/// <para>
/// Their residuals against the published span (canonical, so the reduction is linear) are linearly dependent exactly when such a
/// combination may exist: the dependencies are found modulo P with their coefficients, lifted to rationals (Wang's reconstruction),
/// and a non-negative one is looked for exactly over each group of dependencies that share a quantity (<see cref="NonNegativeRelation"/>).
/// A dependency whose coefficients cannot be lifted is taken as pinning, which may hide more than needed but never less.
/// </para>
/// </remarks>
internal static class BoundPinning
{
    private const ulong P = Modular.P;

    /// <summary>The non-negative combinations of quantities at their bound that the published span determines, each as the identities
    /// of the quantities it holds (all pinned); empty when the bounds pin nothing.</summary>
    /// <param name="protector">The protector as the pass left it: its basis is the published span.</param>
    /// <param name="atBound">The quantities at their bound, each as a vector, with a text that is the same for two of them exactly when
    /// they are the same quantity.</param>
    /// <param name="exact">Quantities the reader knows exactly besides the published span (what earlier releases pin already): they
    /// enter a combination with any sign.</param>
    public static List<string[]> Find(GaussProtector protector, IReadOnlyList<(ModularVector Vector, string Identity)> atBound, IReadOnlyList<ModularVector> exact)
    {
        var quantities = exact.Select((v, i) => (Vector: v, Identity: "exact:" + i)).Concat(atBound.DistinctBy(q => q.Identity)).ToArray();
        var distinct = quantities.Select(q => q.Vector).ToArray();
        var free = exact.Count;
        var relations = Dependencies(distinct.Select(protector.Residual).ToArray()).Where(r => r.Own >= free).ToList();
        var found = new List<string[]>();
        // Lifted to rationals; a relation that cannot be lifted is taken as pinning what it holds.
        var lifted = new List<(int Own, Dictionary<int, ulong> Modular, Dictionary<int, Rational> Shared)>();
        foreach (var (own, coefficients) in relations)
        {
            var shared = new Dictionary<int, Rational>();
            var ok = true;
            foreach (var (index, value) in coefficients)
            {
                if (index == own || index < free)
                {
                    continue;
                }

                if (Rational.FromModular(value, P) is { } r)
                {
                    shared[index] = r;
                }
                else
                {
                    ok = false;
                    break;
                }
            }

            if (ok)
            {
                lifted.Add((own, coefficients, shared));
            }
            else
            {
                found.Add(coefficients.Keys.Where(i => i >= free).Order().Select(i => quantities[i].Identity).ToArray());
            }
        }

        // Groups of relations that share a quantity: a non-negative combination of relations of different groups is one in each.
        var parent = Enumerable.Range(0, lifted.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        var holder = new Dictionary<int, int>();
        for (var i = 0; i < lifted.Count; i++)
        {
            foreach (var index in lifted[i].Shared.Keys)
            {
                if (holder.TryGetValue(index, out var other))
                {
                    parent[Root(i)] = Root(other);
                }
                else
                {
                    holder[index] = i;
                }
            }
        }

        foreach (var group in Enumerable.Range(0, lifted.Count).GroupBy(Root))
        {
            var members = group.ToArray();
            var weights = NonNegativeRelation.Find(members.Select(i => (IReadOnlyDictionary<int, Rational>)lifted[i].Shared).ToArray());
            if (weights is null)
            {
                continue;
            }

            found.Add(members.Where((_, n) => weights[n].Sign > 0).SelectMany(i => lifted[i].Modular.Keys).Where(i => i >= free).Distinct().Order().Select(i => quantities[i].Identity).ToArray());
        }

        return found;
    }

    /// <summary>The quantities at their bound that the known vectors alone pin (earlier releases' cells, the known zeros): no
    /// suppression in this release can hide them, so the reader knows them exactly (the last argument of <see cref="Find"/>).
    /// Removes them from <paramref name="atBound"/> and returns their vectors.</summary>
    public static List<ModularVector> KnownAlready(IReadOnlyList<ModularVector> known, List<(ModularVector Vector, string Identity)> atBound)
    {
        var pinned = new List<ModularVector>();
        var reader = new GaussProtector([], 0);
        foreach (var vector in known)
        {
            reader.ForcePublish(vector);
        }

        while (Find(reader, atBound, pinned) is { Count: > 0 } found)
        {
            var identities = found.SelectMany(f => f).ToHashSet(StringComparer.Ordinal);
            pinned.AddRange(atBound.Where(q => identities.Contains(q.Identity)).DistinctBy(q => q.Identity).Select(q => q.Vector));
            atBound.RemoveAll(q => identities.Contains(q.Identity));
        }

        return pinned;
    }

    // Linear dependencies among the vectors, modulo P: for each vector in the span of those before it, its coefficient 1 and the
    // others' (its own index, and the whole relation, summing to zero).
    internal static List<(int Own, Dictionary<int, ulong> Coefficients)> Dependencies(IReadOnlyList<ModularVector> vectors)
    {
        var basis = new Dictionary<int, (Dictionary<int, ulong> Vector, Dictionary<int, ulong> Combination)>();
        var relations = new List<(int, Dictionary<int, ulong>)>();
        for (var i = 0; i < vectors.Count; i++)
        {
            var work = new Dictionary<int, ulong>();
            for (var e = 0; e < vectors[i].Count; e++)
            {
                if (vectors[i].Values[e] != 0)
                {
                    work[vectors[i].Keys[e]] = vectors[i].Values[e];
                }
            }

            var combination = new Dictionary<int, ulong> { [i] = 1 };
            var keys = new PriorityQueue<int, int>();
            foreach (var key in work.Keys)
            {
                keys.Enqueue(key, key);
            }

            // Ascending: a basis vector holds nothing below its pivot, so eliminating one brings in only larger keys.
            while (keys.TryDequeue(out var key, out _))
            {
                if (!work.TryGetValue(key, out var c) || c == 0)
                {
                    continue;
                }

                if (!basis.TryGetValue(key, out var b))
                {
                    continue;
                }

                AddScaled(work, b.Vector, P - c, keys);
                AddScaled(combination, b.Combination, P - c, null);
            }

            work = work.Where(x => x.Value != 0).ToDictionary(x => x.Key, x => x.Value);
            if (work.Count == 0)
            {
                relations.Add((i, combination.Where(x => x.Value != 0).ToDictionary(x => x.Key, x => x.Value)));
                continue;
            }

            // The smallest key left is the pivot, scaled to 1.
            var pivot = work.Keys.Min();
            var inverse = Modular.Inverse(work[pivot]);
            basis[pivot] = (Scale(work, inverse), Scale(combination, inverse));
        }

        return relations;
    }

    private static void AddScaled(Dictionary<int, ulong> target, Dictionary<int, ulong> source, ulong factor, PriorityQueue<int, int>? keys)
    {
        foreach (var (key, value) in source)
        {
            var before = target.GetValueOrDefault(key);
            var sum = before + Modular.Multiply(factor, value);
            target[key] = sum >= P ? sum - P : sum;
            if (before == 0)
            {
                keys?.Enqueue(key, key);
            }
        }
    }

    private static Dictionary<int, ulong> Scale(Dictionary<int, ulong> vector, ulong factor) =>
        vector.Where(x => x.Value != 0).ToDictionary(x => x.Key, x => Modular.Multiply(x.Value, factor));
}
