using System;
using System.Collections.Generic;
using System.Linq;

namespace Intervention.Reporting.Statistics.Protection.Gauss;

/// <summary>
/// Complementary suppression over a fixed candidate order, the threshold raised one step at a time (2, 3, … up to the policy's) so
/// that what a lower threshold suppressed stays suppressed and a higher one never publishes it.
/// </summary>
/// <remarks>
/// Each pass starts where the previous ones decided the same. A later pass resumes from the state a full pass kept before the first
/// candidate the later one may decide otherwise (<see cref="GaussProtector.Resume"/>); failing that, a full pass reuses the previous
/// pass's reductions until their decisions differ. Neither changes a decision: the tests compare both with passes that recompute
/// everything.
/// </remarks>
internal sealed class ThresholdChain
{
    /// <summary>Gets the candidates in the order they are tried: each one's vector, its count, and whether it sums no inner cell.</summary>
    public required IReadOnlyList<(ModularVector Vector, long Count, bool Empty)> Candidates { get; init; }

    /// <summary>Gets, by position, the text that is the same for two candidates exactly when they sum the same inner cells.</summary>
    public required Func<int, string> IdentityOf { get; init; }

    /// <summary>Gets the vectors known before any candidate (combinations no record has, cells earlier releases published).</summary>
    public IReadOnlyList<ModularVector> Known { get; init; } = [];

    /// <summary>Gets primaries in every pass that are not candidates (cells earlier releases suppressed).</summary>
    public IReadOnlyList<(ModularVector Vector, string Identity, bool Singleton)> Protected { get; init; } = [];

    /// <summary>Gets sums that are not candidates but are protected like one, by their weight (what subtraction across releases
    /// reveals).</summary>
    public IReadOnlyList<(ModularVector Vector, string Identity, long Weight)> Derived { get; init; } = [];

    /// <summary>Gets the highest threshold (at least 2).</summary>
    public required int Threshold { get; init; }

    /// <summary>Gets whether a zero count is primary.</summary>
    public bool SuppressZeros { get; init; }

    /// <summary>Gets whether later passes resume from a full pass's kept state (otherwise every pass is full).</summary>
    public bool Resume { get; init; } = true;

    /// <summary>Gets whether a full pass reuses the previous pass's reductions while their decisions agree.</summary>
    public bool Reuse { get; init; } = true;

    /// <summary>Gets how many positions apart a full pass keeps its state (by default a 64th of the order, at least 64): closer means
    /// later passes start nearer to where they first differ, at the cost of a copy of the primaries' residuals each time.</summary>
    public int? KeepEvery { get; init; }

    /// <summary>Gets, for each pass run so far: its threshold; the first position it decided itself; whether it resumed from a full
    /// pass's kept state; and how many later kept states it had to pass over because they could have led to other decisions.</summary>
    public List<(int Threshold, int Start, bool Resumed, int Rejected)> Passes { get; } = [];

    /// <summary>Gets, when the reader's a priori bounds are weighed, the guard of a pass: given the pass's protector with the known
    /// vectors forced in, a <see cref="BoundGuard"/> that refuses what would pin a quantity at its bound. Every pass is then full (a
    /// pass resumed from another's kept state would need the guard's state kept too).</summary>
    public Func<GaussProtector, BoundGuard>? Guard { get; init; }

    /// <summary>Runs the chain: by position, whether the candidate ends suppressed.</summary>
    /// <param name="suppressed">By position, the candidates suppressed before the chain starts; updated in place and returned.</param>
    public bool[] Run(bool[] suppressed)
    {
        var order = Candidates;
        var highest = Math.Max(2, Threshold);
        var identities = new string?[order.Count];
        string IdentityAt(int p) => identities[p] ??= IdentityOf(p);
        GaussProtector? previous = null;
        GaussProtector? full = null;
        var fullThreshold = 0;
        for (var threshold = 2; threshold <= highest; threshold++)
        {
            bool IsPrimary(long count, int below) => (count > 0 && count < below) || (count == 0 && SuppressZeros);

            // No count equals the previous threshold: the primaries are those of the last pass, and so would be its answer.
            var last = threshold - 1;
            if (threshold > 2 && !order.Any(c => c.Count == last) && !Derived.Any(d => d.Weight == last))
            {
                continue;
            }

            for (var p = 0; p < order.Count; p++)
            {
                suppressed[p] |= IsPrimary(order[p].Count, threshold);
            }

            GaussProtector? protector = null;
            var rejected = 0;
            if (full is not null && Resume && Guard is null)
            {
                // The later pass decides as the full one at least up to the first candidate the full one published and this one
                // suppresses.
                var limit = 0;
                while (limit < order.Count && !(suppressed[limit] && full.Published(limit)))
                {
                    limit++;
                }

                var since = fullThreshold;
                protector = GaussProtector.Resume(
                    full,
                    limit,
                    Enumerable.Range(0, order.Count).Where(p => IsPrimary(order[p].Count, threshold) && !IsPrimary(order[p].Count, since) && !order[p].Empty)
                        .Select(p => (order[p].Vector, IdentityAt(p), order[p].Count == 1))
                        .Concat(Derived.Where(d => IsPrimary(d.Weight, threshold) && !IsPrimary(d.Weight, since)).Select(d => (d.Vector, d.Identity, d.Weight == 1))),
                    order.Count,
                    out rejected);
            }

            var resumed = protector is not null;
            if (protector is null)
            {
                protector = FullPass(threshold, highest, IsPrimary, IdentityAt, previous);
                if (protector is null)
                {
                    continue;
                }

                (full, fullThreshold) = (protector, threshold);
            }

            Passes.Add((threshold, protector.Start, resumed, rejected));
            var guard = Guard?.Invoke(protector);
            for (var position = protector.Start; position < order.Count; position++)
            {
                if (suppressed[position])
                {
                    protector.Skip(position);
                }
                else if (!protector.TryPublish(position, order[position].Vector, guard))
                {
                    suppressed[position] = true;
                }
            }

            previous = protector;

        }

        return suppressed;
    }


    // A pass that decides every candidate, keeping its state every few candidates for later passes; null when it has no primary.
    private GaussProtector? FullPass(int threshold, int highest, Func<long, int, bool> isPrimary, Func<int, string> identityAt, GaussProtector? previous)
    {
        var order = Candidates;
        var from = threshold;
        var until = -1;
        for (var later = threshold + 1; Resume && later <= highest; later++)
        {
            var first = 0;
            while (first < order.Count && !(order[first].Count >= from && order[first].Count < later))
            {
                first++;
            }

            until = first < order.Count ? Math.Max(until, first) : until;
        }

        var stride = Math.Max(1, KeepEvery ?? Math.Max(64, order.Count / 64));
        var keepAt = Enumerable.Range(0, until < 0 ? 0 : (until / stride) + 1).Select(k => k * stride).ToArray();
        var protector = new GaussProtector(
            Enumerable.Range(0, order.Count).Where(p => isPrimary(order[p].Count, threshold) && !order[p].Empty)
                .Select(p => (order[p].Vector, identityAt(p), order[p].Count == 1))
                .Concat(Protected)
                .Concat(Derived.Where(d => isPrimary(d.Weight, threshold)).Select(d => (d.Vector, d.Identity, d.Weight == 1))),
            order.Count,
            Reuse ? previous : null,
            keepAt);
        if (protector.IsEmpty)
        {
            return null;
        }

        foreach (var vector in Known)
        {
            protector.ForcePublish(vector);
        }

        return protector;
    }
}
