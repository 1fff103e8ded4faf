using System;
using System.Collections.Generic;
using System.Linq;
using static Intervention.Reporting.Statistics.Protection.Gauss.EchelonBasis;
using static Intervention.Reporting.Statistics.Protection.Gauss.Modular;
using static Intervention.Reporting.Statistics.Protection.Gauss.ResidualHash;

namespace Intervention.Reporting.Statistics.Protection.Gauss;

/// <summary>The insider check: the one contributor of a cell of 1 knows its value, so a candidate is refused when, once published, a
/// singleton's residual would be proportional to another primary's (knowing one would give the other).</summary>
internal sealed partial class GaussProtector
{
    // Whether, with the state kept, residuals of added primaries (reduced against the same span) leave every decision before it as it
    // was: none is zero, and none is proportional to another primary's where either has a single contributor.
    private bool Unchanged(PassSnapshot kept, List<(ModularVector Vector, string Identity, bool Singleton)> added)
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
}
