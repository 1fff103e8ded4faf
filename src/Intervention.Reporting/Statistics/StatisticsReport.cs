using System;
using System.Collections.Generic;
using System.Linq;

namespace Intervention.Reporting.Statistics;

/// <summary>What a published cell is.</summary>
public enum CellStatus
{
    /// <summary>Published with its exact count.</summary>
    Published = 1,

    /// <summary>Published rounded per the policy.</summary>
    Rounded = 2,

    /// <summary>Suppressed: its count is below the threshold.</summary>
    PrimarySuppressed = 3,

    /// <summary>Suppressed to protect a primary cell from being recomputed from the others.</summary>
    SecondarySuppressed = 4,
}

/// <summary>One cell of a published table. A suppressed cell holds no value at all: not hidden, absent.</summary>
/// <param name="Categories">The category code of each dimension, <c>Total</c> for a margin.</param>
/// <param name="Value">The published value, or <see langword="null"/> when suppressed.</param>
/// <param name="Status">Why it shows or not.</param>
public sealed record PublishedCell(IReadOnlyList<string> Categories, long? Value, CellStatus Status)
{
    /// <summary>The code of a margin.</summary>
    public const string Total = "Total";

    /// <summary>Gets whether the cell is suppressed.</summary>
    public bool IsSuppressed => Status is CellStatus.PrimarySuppressed or CellStatus.SecondarySuppressed;

    /// <inheritdoc />
    public bool Equals(PublishedCell? other) => other is not null && Value == other.Value && Status == other.Status && Categories.SequenceEqual(other.Categories, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Status, string.Join("|", Categories));
}

/// <summary>A published table: its dimensions and every cell, margins and grand total included.</summary>
/// <param name="Name">The table's name.</param>
/// <param name="Dimensions">The dimensions.</param>
/// <param name="Cells">The cells, in a stable order (each dimension's categories in order, <c>Total</c> last).</param>
/// <param name="TotalsCountDistinctCases">Whether the table crosses a multi-valued dimension: its totals count distinct cases, not the sum of the cells.</param>
public sealed record PublishedTable(string Name, IReadOnlyList<TableDimension> Dimensions, IReadOnlyList<PublishedCell> Cells, bool TotalsCountDistinctCases)
{
    /// <summary>Returns the cell at category codes, one per dimension.</summary>
    /// <param name="categories">The codes.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="KeyNotFoundException">No such cell.</exception>
    public PublishedCell Cell(params string[] categories) =>
        Cells.FirstOrDefault(c => c.Categories.SequenceEqual(categories, StringComparer.Ordinal)) ?? throw new KeyNotFoundException(string.Join("/", categories));

    /// <inheritdoc />
    public bool Equals(PublishedTable? other) =>
        other is not null && Name == other.Name && TotalsCountDistinctCases == other.TotalsCountDistinctCases && Dimensions.SequenceEqual(other.Dimensions) && Cells.SequenceEqual(other.Cells);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Cells.Count);
}

/// <summary>
/// An anonymised activity report, immutable: the tables with suppressed cells absent, the policy used, and how many records
/// were counted and left out for lack of consent. It holds no identifier, no free text and no date finer than its period.
/// </summary>
/// <param name="Period">The period's code, for example <c>2026-Q1</c>.</param>
/// <param name="Unit">The counting unit.</param>
/// <param name="PolicyName">The policy's name.</param>
/// <param name="PolicySource">Where the policy comes from.</param>
/// <param name="RecordsCounted">The records counted, protected like a cell: absent when it would give away a suppressed grand total or is itself below the threshold.</param>
/// <param name="ExcludedWithoutConsent">The records left out because the person did not agree to statistics, protected like a cell (absent when below the threshold).</param>
/// <param name="Tables">The tables.</param>
public sealed record StatisticsReport(
    string Period,
    CountingUnit Unit,
    string PolicyName,
    string PolicySource,
    long? RecordsCounted,
    long? ExcludedWithoutConsent,
    IReadOnlyList<PublishedTable> Tables)
{
    /// <summary>Returns a table by name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The table.</returns>
    /// <exception cref="KeyNotFoundException">No such table.</exception>
    public PublishedTable Table(string name) => Tables.FirstOrDefault(t => t.Name == name) ?? throw new KeyNotFoundException(name);

    /// <inheritdoc />
    public bool Equals(StatisticsReport? other) =>
        other is not null && Period == other.Period && Unit == other.Unit && PolicyName == other.PolicyName && PolicySource == other.PolicySource
        && RecordsCounted == other.RecordsCounted && ExcludedWithoutConsent == other.ExcludedWithoutConsent && Tables.SequenceEqual(other.Tables);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Period, RecordsCounted, Tables.Count);
}
