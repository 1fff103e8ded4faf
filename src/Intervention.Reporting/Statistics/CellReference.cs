using System;
using System.Collections.Generic;
using System.Linq;

namespace Intervention.Reporting.Statistics;

/// <summary>A cell of a report, by table name and categories (one code per dimension, <c>Total</c> for a margin).</summary>
/// <param name="Table">The table's name.</param>
/// <param name="Categories">The categories.</param>
public sealed record CellReference(string Table, IReadOnlyList<string> Categories)
{
    /// <inheritdoc />
    public bool Equals(CellReference? other) => other is not null && Table == other.Table && Categories.SequenceEqual(other.Categories, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Table, string.Join("|", Categories));

    /// <inheritdoc />
    public override string ToString() => $"{Table}:{string.Join("/", Categories)}";
}
