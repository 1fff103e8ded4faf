using System;
using System.Collections.Generic;

namespace Intervention.Reporting.Statistics.Counting;

/// <summary>
/// What a report counts (<see cref="CountingUnit"/>), as the rules that differ from one unit to another: what a record weighs,
/// how the records are prepared, whether the database can count them, and what a count says about the records behind it. A new
/// unit is a new subclass, registered in <see cref="For"/>.
/// </summary>
internal abstract class CountedUnit
{
    /// <summary>Gets whether a record weighs its actions (a cell then also counts its contributing cases apart); otherwise a record
    /// weighs its multiplicity.</summary>
    public abstract bool WeighsActions { get; }

    /// <summary>Gets why a host's rows cannot be counted by the database for this unit, or null when they can.</summary>
    public abstract string? NotPushedDownBecause { get; }

    /// <summary>Gets whether a cell of count 1 is a single record (so that, when zeros are published, a suppressed 1 is at its bound).</summary>
    public abstract bool OneIsOneRecord { get; }

    /// <summary>Gets whether the header's count of records is the grand total of every table (so it is shown only beside them).</summary>
    public abstract bool HeaderIsGrandTotal { get; }

    /// <summary>The unit's rules.</summary>
    /// <param name="unit">The unit (defined: <see cref="ReportDefinition"/> refuses any other).</param>
    public static CountedUnit For(CountingUnit unit)
    {
#pragma warning disable CS8524 // ReportDefinition refuses undefined units; a new named unit must be registered here.
        return unit switch
        {
            CountingUnit.Cases => CasesUnit.Instance,
            CountingUnit.Actions => ActionsUnit.Instance,
            CountingUnit.DistinctPersons => DistinctPersonsUnit.Instance,
        };
#pragma warning restore CS8524
    }

    /// <summary>The records as the counter reads them (by default as they come).</summary>
    /// <param name="definition">The report's definition.</param>
    /// <param name="records">The records, each with its multiplicity and actions.</param>
    /// <param name="previousReleases">The releases already published.</param>
    /// <exception cref="ArgumentException">The unit cannot be counted with these records or beside these releases.</exception>
    public virtual IEnumerable<(StatisticsRecord Record, int Count, long Actions)> Prepare(ReportDefinition definition, IEnumerable<(StatisticsRecord Record, int Count, long Actions)> records, IReadOnlyList<PublishedRelease> previousReleases) => records;
}
