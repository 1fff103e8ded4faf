using System;
using System.Collections.Generic;
using System.Linq;

namespace Intervention.Domain;

/// <summary>Value equality for the read-only lists held by records, written once.</summary>
internal static class SequenceEquality
{
    internal static bool Equal<T>(IReadOnlyList<T>? left, IReadOnlyList<T>? right) =>
        ReferenceEquals(left, right) || (left is not null && right is not null && left.SequenceEqual(right));

    internal static int Hash<T>(IReadOnlyList<T> items)
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Copies to an array, sorted and distinct, so that sets compare and serialise in one canonical order.</summary>
    internal static T[] CanonicalSet<T>(IEnumerable<T> items)
        where T : struct, Enum => items.Distinct().Order().ToArray();
}
