using System.Collections.Generic;
using System.Linq;
using static Intervention.Reporting.Statistics.Protection.Gauss.ResidualHash;

namespace Intervention.Reporting.Statistics.Protection.Gauss;

/// <summary>
/// The insider check: the one contributor of a cell of 1 knows its value, so anything derivable from the published cells plus that
/// value must stay hidden. A vector is refused when, once it joins the span, a singleton's residual would be proportional to another
/// primary's (knowing one would give the other).
/// </summary>
/// <remarks>
/// Two primaries are exposed to each other exactly when their residuals are proportional and neither is zero; proportional residuals
/// have the same hash, so only the primaries of a hash are compared (<see cref="ResidualHash.Proportional"/> settles a collision).
/// Two primaries that sum the same inner cells (the same identity) are one cell published twice and never expose each other.
/// </remarks>
internal sealed class InsiderCheck
{
    private readonly ResidualSet _residuals;
    private readonly bool[] _singleton;
    private readonly string[] _identity;

    // Which primaries the change being weighed touches, and where in its list of changes.
    private readonly int[] _changedStamp;
    private readonly int[] _changedAt;
    private int _changedStampValue;

    /// <summary>Creates the check over a residual set.</summary>
    /// <param name="residuals">The primaries' residuals.</param>
    /// <param name="singleton">By primary, whether it has a single contributor.</param>
    /// <param name="identity">By primary, a text that is the same for two primaries exactly when they sum the same inner cells.</param>
    public InsiderCheck(ResidualSet residuals, bool[] singleton, string[] identity)
    {
        _residuals = residuals;
        _singleton = singleton;
        _identity = identity;
        AnySingleton = singleton.Any(x => x);
        _changedStamp = new int[residuals.Count];
        _changedAt = new int[residuals.Count];
    }

    /// <summary>Gets whether any primary has a single contributor (otherwise there is nothing to check).</summary>
    public bool AnySingleton { get; }

    /// <summary>Gets whether the primary has a single contributor.</summary>
    public bool Singleton(int q) => _singleton[q];

    /// <summary>Gets the primary's identity.</summary>
    public string Identity(int q) => _identity[q];

    /// <summary>Whether the changes a vector would make (none of them to zero) would expose a primary to an insider.</summary>
    public bool Exposes(List<ResidualChange> changes)
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
            return materialised[c] ??= _residuals.After(changes[c]);
        }

        bool Exposed(int q, int j) =>
            j != q && (_singleton[q] || _singleton[j]) && _identity[q] != _identity[j]
            && (_changedStamp[j] == stamp ? changes[_changedAt[j]].Live : _residuals.Live(j)) > 0
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
            if (_residuals.WithHash(change.Hash) is { } current)
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

    /// <summary>
    /// Whether, against the span kept in <paramref name="kept"/>, primaries <paramref name="added"/> to those of this check (their
    /// vectors reduced against the same span) leave every decision before it as it was: none is zero, and none is proportional to
    /// another primary's where either has a single contributor.
    /// </summary>
    public bool LeavesUnchanged(PassSnapshot kept, List<(ModularVector Vector, string Identity, bool Singleton)> added)
    {
        if (added.Any(a => a.Vector.Count == 0))
        {
            return false;
        }

        if (!AnySingleton && !added.Any(a => a.Singleton))
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

        for (var q = 0; q < _singleton.Length; q++)
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
}
