using System;
using System.Collections.Generic;
using System.Collections.Frozen;
using System.Linq;

namespace Intervention.Reporting.Statistics;

/// <summary>What a published cell shows: its count, its rounded count, or nothing.</summary>
/// <remarks>
/// A suppressed cell does not say why it is suppressed. A reader who knew that a cell is below the threshold (1 to k − 1) and
/// another at or above it (k or more) could bound them both and, with the margins, often recover them exactly; the reason stays
/// in the host's own view, <see cref="StatisticsReport.HostAudit"/>, which no export writes.
/// </remarks>
public enum CellStatus
{
    /// <summary>Published with its exact count.</summary>
    Published = 1,

    /// <summary>Published rounded per the policy.</summary>
    Rounded = 2,

    /// <summary>Suppressed: no value, and no reason.</summary>
    Suppressed = 3,
}

/// <summary>Why a cell is suppressed: the host's own record, never published.</summary>
public enum SuppressionReason
{
    /// <summary>Its count is below the policy's threshold (or zero, when zeros are suppressed): a primary cell.</summary>
    BelowThreshold = 1,

    /// <summary>Suppressed so that no other suppressed cell can be recomputed from what is published: a complementary cell.</summary>
    Complementary = 2,

    /// <summary>Suppressed because the caller asked for it before protection (for example by an interval-protection round).</summary>
    Requested = 3,
}

/// <summary>
/// The host's own view of a report's suppressions: why each suppressed cell is suppressed. It is not part of what a report
/// publishes: no export writes it and <c>System.Text.Json</c> leaves it out; hand it to the host's own audit, never to a reader.
/// </summary>
public sealed class SuppressionReasons : IEquatable<SuppressionReasons>
{
    private readonly System.Collections.Frozen.FrozenDictionary<CellReference, SuppressionReason> _reasons;

    internal SuppressionReasons(IEnumerable<KeyValuePair<CellReference, SuppressionReason>> reasons) =>
        _reasons = reasons.ToFrozenDictionary();

    /// <summary>Gets the view of a report that records no reason (a report built by hand).</summary>
    public static SuppressionReasons None { get; } = new([]);

    /// <summary>Gets how many suppressed cells have a reason.</summary>
    public int Count => _reasons.Count;

    /// <summary>Returns why a cell is suppressed.</summary>
    /// <param name="cell">The cell, by table and categories.</param>
    /// <returns>The reason, or <see langword="null"/> when the cell is not suppressed (or the report records no reason).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cell"/> is null.</exception>
    public SuppressionReason? Of(CellReference cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return _reasons.TryGetValue(cell, out var reason) ? reason : null;
    }

    /// <summary>Returns the cells suppressed for a reason, in table order then category order.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The cells.</returns>
    public IReadOnlyList<CellReference> Cells(SuppressionReason reason) =>
        _reasons.Where(r => r.Value == reason).Select(r => r.Key)
            .OrderBy(c => c.Table, StringComparer.Ordinal).ThenBy(c => string.Join("\u0001", c.Categories), StringComparer.Ordinal).ToArray().AsReadOnly();

    /// <inheritdoc />
    public bool Equals(SuppressionReasons? other) =>
        other is not null && _reasons.Count == other._reasons.Count && _reasons.All(r => other._reasons.TryGetValue(r.Key, out var o) && o == r.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SuppressionReasons);

    /// <inheritdoc />
    public override int GetHashCode() => _reasons.Count;

    /// <summary>Whether two views record the same reasons.</summary>
    /// <param name="left">One view.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SuppressionReasons? left, SuppressionReasons? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two views record different reasons.</summary>
    /// <param name="left">One view.</param>
    /// <param name="right">The other.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(SuppressionReasons? left, SuppressionReasons? right) => !(left == right);
}

/// <summary>One cell of a published table. A suppressed cell holds no value at all: not hidden, absent.</summary>
/// <param name="Categories">The category code of each dimension, <c>Total</c> for a margin.</param>
/// <param name="Value">The published value, or <see langword="null"/> when suppressed.</param>
/// <param name="Status">Whether it shows its count, a rounded count, or nothing (never why).</param>
public sealed record PublishedCell(IReadOnlyList<string> Categories, long? Value, CellStatus Status)
{
    /// <summary>The code of a margin.</summary>
    public const string Total = "Total";

    /// <summary>Gets whether the cell is suppressed.</summary>
    public bool IsSuppressed => Status == CellStatus.Suppressed;

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

    /// <summary>
    /// Gets the host's own view: why each suppressed cell is suppressed. Not published: no export writes it, <c>System.Text.Json</c>
    /// ignores it, and a report read back from an export has <see cref="SuppressionReasons.None"/>.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public SuppressionReasons HostAudit { get; init; } = SuppressionReasons.None;

    /// <summary>
    /// Gets the complementary protection method that protected the report and why that one (the policy's, or the one chosen for
    /// the tables' size under <see cref="ComplementaryProtection.Automatic"/>). The host's view, like <see cref="HostAudit"/>: no
    /// export writes it, and a report read back from an export has none. Reports that differ only here are equal.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ProtectionChoice? Protection { get; init; }

    /// <inheritdoc />
    public bool Equals(StatisticsReport? other) =>
        other is not null && Period == other.Period && Unit == other.Unit && PolicyName == other.PolicyName && PolicySource == other.PolicySource
        && RecordsCounted == other.RecordsCounted && ExcludedWithoutConsent == other.ExcludedWithoutConsent && Tables.SequenceEqual(other.Tables)
        && HostAudit.Equals(other.HostAudit);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Period, RecordsCounted, Tables.Count);
}
