using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace Intervention.Reporting.Statistics;

/// <summary>
/// A configurable territory hierarchy, for example commune → station or brigade → département: each leaf code has one
/// ancestor per level. Levels are numbered from 0 (the leaves).
/// </summary>
public sealed class TerritoryHierarchy
{
    private readonly FrozenDictionary<string, string[]> _paths;

    /// <summary>Creates a hierarchy.</summary>
    /// <param name="levelNames">The names of the levels, leaves first (for example <c>commune</c>, <c>brigade</c>, <c>département</c>).</param>
    /// <param name="paths">For each leaf code, its codes at every level, leaf first (the path's first element is the leaf itself).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A path has the wrong length, a code is blank, a leaf appears twice, or a code has two different parents.</exception>
    public TerritoryHierarchy(IReadOnlyList<string> levelNames, IEnumerable<IReadOnlyList<string>> paths)
    {
        ArgumentNullException.ThrowIfNull(levelNames);
        ArgumentNullException.ThrowIfNull(paths);
        if (levelNames.Count == 0 || levelNames.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A hierarchy has at least one named level.", nameof(levelNames));
        }

        var byLeaf = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var parents = new Dictionary<(int Level, string Code), string>();
        foreach (var path in paths)
        {
            if (path is null || path.Count != levelNames.Count || path.Any(string.IsNullOrWhiteSpace))
            {
                throw new ArgumentException($"Every path names one non-blank code per level ({levelNames.Count}).", nameof(paths));
            }

            if (!byLeaf.TryAdd(path[0], path.ToArray()))
            {
                throw new ArgumentException($"The leaf {path[0]} appears twice.", nameof(paths));
            }

            for (var level = 0; level + 1 < path.Count; level++)
            {
                if (parents.TryGetValue((level, path[level]), out var parent) && parent != path[level + 1])
                {
                    throw new ArgumentException($"{path[level]} has two parents: {parent} and {path[level + 1]}.", nameof(paths));
                }

                parents[(level, path[level])] = path[level + 1];
            }
        }

        if (byLeaf.Count == 0)
        {
            throw new ArgumentException("A hierarchy has at least one leaf.", nameof(paths));
        }

        LevelNames = levelNames.ToArray();
        _paths = byLeaf.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the level names, leaves first.</summary>
    public IReadOnlyList<string> LevelNames { get; }

    /// <summary>Gets the leaf codes.</summary>
    public IReadOnlyCollection<string> Leaves => _paths.Keys;

    /// <summary>Whether a leaf code is known.</summary>
    /// <param name="leaf">The code.</param>
    /// <returns><see langword="true"/> when known.</returns>
    public bool Contains(string leaf) => leaf is not null && _paths.ContainsKey(leaf);

    /// <summary>Returns a leaf's code at a level.</summary>
    /// <param name="leaf">The leaf code.</param>
    /// <param name="level">The level, 0 for the leaf itself.</param>
    /// <returns>The code at that level.</returns>
    /// <exception cref="ArgumentException">The leaf is unknown.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The level does not exist.</exception>
    public string At(string leaf, int level)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(level, LevelNames.Count);
        return _paths.TryGetValue(leaf, out var path) ? path[level] : throw new ArgumentException($"Unknown territory {leaf}.", nameof(leaf));
    }

    /// <summary>Returns every code of a level, in ordinal order.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The codes.</returns>
    public IReadOnlyList<string> CodesAt(int level) => _paths.Values.Select(p => p[level]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
