using System.Collections.Generic;

namespace Intervention.Reporting.Statistics.Protection.Hypercube;

/// <summary>
/// The moves found so far and, by quantity, those that change it: whether a quantity is protected against every reader, the
/// insiders included, the search for more moves until it is, and the pruning of moves that others make redundant.
/// </summary>
/// <remarks>A quantity is covered when a move changes it and, for every singleton that move changes, some move of it leaves that
/// singleton unchanged (its contributor, who knows it, still cannot tell the tables apart): the intersection, over its moves, of
/// the singletons each changes is empty, its own identity aside.</remarks>
internal sealed class Coverage(MoveSpace space, MoveRules rules, MoveSearch search)
{
    private const int MovesPerQuantity = 8;
    private readonly List<BoxMove> _moves = [];
    private readonly List<bool> _dropped = [];
    private readonly List<int>?[] _movesOf = new List<int>?[rules.Values.Length];

    /// <summary>Gets the search.</summary>
    public MoveSearch Search => search;

    /// <summary>Gets how many moves have been found.</summary>
    public int Moves => _moves.Count;

    /// <summary>Finds moves for the quantity until it is covered; false when the search finds none that helps.</summary>
    public bool Cover(int q)
    {
        for (var attempt = 0; attempt < MovesPerQuantity; attempt++)
        {
            var uncovered = Uncovered(q);
            if (uncovered is { Count: 0 })
            {
                return true;
            }

            var move = search.Find(q, uncovered);
            if (move is null && uncovered is { Count: > 1 })
            {
                var first = int.MaxValue;
                foreach (var s in uncovered)
                {
                    first = s < first ? s : first;
                }

                move = search.Find(q, new HashSet<int> { first });
            }

            if (move is null)
            {
                return false;
            }

            Commit(move);
        }

        return false;
    }

    /// <summary>
    /// Lets go, earliest first, each move from <paramref name="firstMove"/> on that every quantity in <paramref name="needed"/>
    /// stays covered without; then publishes again the cells only such moves changed, unless <paramref name="kept"/> holds them.
    /// </summary>
    public void Prune(int firstMove, bool[] needed, bool[] kept)
    {
        for (var m = firstMove; m < _moves.Count; m++)
        {
            _dropped[m] = true;
            foreach (var q in _moves[m].Changed)
            {
                if (needed[q] && Uncovered(q) is not { Count: 0 })
                {
                    _dropped[m] = false;
                    break;
                }
            }
        }

        for (var m = firstMove; m < _moves.Count; m++)
        {
            if (!_dropped[m])
            {
                continue;
            }

            foreach (var q in _moves[m].Changed)
            {
                if (q < rules.Cells && !kept[q])
                {
                    rules.Suppressed[q] = _movesOf[q]!.Exists(other => !_dropped[other]);
                }
            }
        }
    }

    // The singletons against whose contributors the quantity's moves (those not let go) do not protect it; null when no move
    // changes it.
    private HashSet<int>? Uncovered(int q)
    {
        HashSet<int>? uncovered = null;
        if (_movesOf[q] is not { } mine)
        {
            return null;
        }

        foreach (var m in mine)
        {
            if (_dropped[m])
            {
                continue;
            }

            if (uncovered is null)
            {
                uncovered = [.. _moves[m].Singletons];
                uncovered.Remove(space.Identity[q]);
            }
            else
            {
                uncovered.IntersectWith(_moves[m].Singletons);
            }

            if (uncovered.Count == 0)
            {
                return uncovered;
            }
        }

        return uncovered;
    }

    private void Commit(BoxMove move)
    {
        var id = _moves.Count;
        _moves.Add(move);
        _dropped.Add(false);
        foreach (var q in move.Changed)
        {
            rules.Suppressed[q] |= q < rules.Cells;
            (_movesOf[q] ??= []).Add(id);
        }
    }
}
