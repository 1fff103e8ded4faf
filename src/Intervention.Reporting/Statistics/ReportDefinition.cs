using System;
using System.Collections.Generic;
using System.Linq;

namespace Intervention.Reporting.Statistics;

/// <summary>What is counted: cases, or the actions performed in them.</summary>
public enum CountingUnit
{
    /// <summary>Cases: each record counts once, in each of its situations; totals count distinct cases.</summary>
    Cases = 1,

    /// <summary>Actions: each record counts its number of actions.</summary>
    Actions = 2,

    /// <summary>
    /// Distinct persons: the records sharing a <see cref="StatisticsRecord.Person"/> key count once (two professionals who see a
    /// person together, two cases of one person: R25). A person is classified by their first record of the period (earliest month,
    /// then a fixed order of the coded fields), with the situations of all their records. Every record needs a key; not
    /// available with earlier releases nor over a host's query (their rows carry no key).
    /// </summary>
    DistinctPersons = 3,
}

/// <summary>
/// An activity report: its period, its tables, the counting unit, the disclosure-control policy, and whether records without
/// consent to statistics are left out (R06, R07, R23).
/// </summary>
public sealed record ReportDefinition
{
    /// <summary>Creates a definition.</summary>
    /// <param name="period">The period.</param>
    /// <param name="tables">One or more tables with distinct names.</param>
    /// <param name="unit">The counting unit.</param>
    /// <param name="policy">The disclosure-control policy.</param>
    /// <param name="requireConsentToStatistics">Whether records without consent to statistics are excluded (the report says how many).</param>
    /// <param name="territories">The territory hierarchy, required when a table crosses the territory.</param>
    /// <param name="ageBands">The age bands, required when a table crosses the age band.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">No table, two tables share a name, a table needs a hierarchy or bands that are missing, a territory level does not exist, or the period dimension is coarser than the period.</exception>
    public ReportDefinition(
        ReportPeriod period,
        IReadOnlyList<TableDefinition> tables,
        CountingUnit unit,
        DisclosurePolicy policy,
        bool requireConsentToStatistics = true,
        TerritoryHierarchy? territories = null,
        AgeBands? ageBands = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(policy);
        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not a counting unit.");
        }

        if (tables.Count == 0 || tables.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count() != tables.Count)
        {
            throw new ArgumentException("A report has one or more tables with distinct names.", nameof(tables));
        }

        foreach (var dimension in tables.SelectMany(t => t.Dimensions))
        {
            if (!Enum.IsDefined(dimension.Dimension) || !Enum.IsDefined(dimension.Granularity))
            {
                throw new ArgumentOutOfRangeException(nameof(tables), dimension.Dimension, "A table's dimension or granularity is not defined.");
            }

            if (dimension.Dimension == StatisticsDimension.Territory && (territories is null || dimension.TerritoryLevel < 0 || dimension.TerritoryLevel >= territories.LevelNames.Count))
            {
                throw new ArgumentException("A territory dimension needs the hierarchy and one of its levels.", nameof(territories));
            }

            if (dimension.Dimension == StatisticsDimension.AgeBand && ageBands is null)
            {
                throw new ArgumentException("An age-band dimension needs the age bands.", nameof(ageBands));
            }

            if (dimension.Dimension == StatisticsDimension.Period && (int)dimension.Granularity > period.Months)
            {
                throw new ArgumentException("The period dimension cannot be coarser than the report's period.", nameof(tables));
            }
        }

        Period = period;
        Tables = Array.AsReadOnly(tables.ToArray());
        Unit = unit;
        Policy = policy;
        RequireConsentToStatistics = requireConsentToStatistics;
        Territories = territories;
        AgeBands = ageBands;
    }

    /// <summary>Gets the period.</summary>
    public ReportPeriod Period { get; }

    /// <summary>Gets the tables.</summary>
    public IReadOnlyList<TableDefinition> Tables { get; }

    /// <summary>Gets the counting unit.</summary>
    public CountingUnit Unit { get; }

    /// <summary>Gets the disclosure-control policy.</summary>
    public DisclosurePolicy Policy { get; }

    /// <summary>Gets whether records without consent to statistics are excluded.</summary>
    public bool RequireConsentToStatistics { get; }

    /// <summary>Gets the territory hierarchy.</summary>
    public TerritoryHierarchy? Territories { get; }

    /// <summary>Gets the age bands.</summary>
    public AgeBands? AgeBands { get; }

    /// <inheritdoc />
    public bool Equals(ReportDefinition? other) =>
        other is not null && Period == other.Period && Tables.SequenceEqual(other.Tables) && Unit == other.Unit && Policy == other.Policy
        && RequireConsentToStatistics == other.RequireConsentToStatistics && ReferenceEquals(Territories, other.Territories) && ReferenceEquals(AgeBands, other.AgeBands);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Period, Tables.Count, Unit, Policy);
}
