using System;
using System.Collections.Generic;
using Intervention.Reporting.Statistics.Counting;
using Intervention.Reporting.Statistics.Protection;
using Intervention.Reporting.Statistics.Publishing;

namespace Intervention.Reporting.Statistics;

/// <summary>
/// A report counted and tabulated once, with its protection problem built (tables, earlier releases, empty cells): it can be
/// protected and published several times with other cells suppressed beforehand, without reading the records again. This is what
/// an iterative protection (the auditing package's <c>IntervalProtection</c>) works on.
/// </summary>
/// <remarks>Immutable once made by <see cref="ActivityReporter.Prepare"/>; <see cref="Produce(IReadOnlyCollection{CellReference})"/>
/// may be called from several threads.</remarks>
public sealed class PreparedReport
{
    private readonly ProtectionProblem _problem;
    private readonly CountedCells _counted;
    private readonly IReadOnlyList<PublishedRelease> _previousReleases;

    internal PreparedReport(ProtectionProblem problem, CountedCells counted, IReadOnlyList<PublishedRelease> previousReleases) =>
        (_problem, _counted, _previousReleases) = (problem, counted, previousReleases);

    /// <summary>Gets the report's definition.</summary>
    public ReportDefinition Definition => _problem.Definition;

    /// <summary>Protects and publishes the report.</summary>
    /// <returns>The report, as <see cref="ActivityReporter.Produce(ReportDefinition, IEnumerable{StatisticsRecord}, IReadOnlyList{PublishedRelease})"/> gives it.</returns>
    public StatisticsReport Produce() => Produce([]);

    /// <summary>Protects and publishes the report with some cells suppressed beforehand; complementary protection works around them.</summary>
    /// <param name="suppressBeforehand">The cells to suppress, by table name and categories (as in <see cref="PublishedCell.Categories"/>).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="suppressBeforehand"/> or one of its cells is null.</exception>
    /// <exception cref="ArgumentException">A cell to suppress does not exist in the definition.</exception>
    public StatisticsReport Produce(IReadOnlyCollection<CellReference> suppressBeforehand)
    {
        ArgumentNullException.ThrowIfNull(suppressBeforehand);
        var forced = _problem.Resolve(suppressBeforehand);
        var status = PrimarySuppression.Apply(_problem, forced);
        var outcome = _problem.Policy.Protection.Method.Protect(_problem, forced);
        foreach (var (table, cell) in outcome.Cells)
        {
            status[table][cell] ??= SuppressionReason.Complementary;
        }

        return ReportPublisher.Publish(_problem, _counted, status, _previousReleases) with { Protection = outcome.Choice };
    }
}
