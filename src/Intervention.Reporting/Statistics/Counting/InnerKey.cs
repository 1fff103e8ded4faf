using System;

namespace Intervention.Reporting.Statistics.Counting;

/// <summary>An inner cell's categories, one per dimension of the report (for the situations, the mask of their categories); compared
/// by value, ordered lexicographically.</summary>
internal readonly record struct InnerKey(int[] Values) : IComparable<InnerKey>
{
    public bool Equals(InnerKey other) => Values.AsSpan().SequenceEqual(other.Values);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var v in Values)
        {
            hash.Add(v);
        }

        return hash.ToHashCode();
    }

    public int CompareTo(InnerKey other) => Values.AsSpan().SequenceCompareTo(other.Values);
}
