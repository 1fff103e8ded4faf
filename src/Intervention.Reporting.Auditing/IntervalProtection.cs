using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Reporting.Statistics;

namespace Intervention.Reporting.Auditing;

/// <summary>
/// Complementary suppression with a protection interval: produces the report, audits it, and while a primary cell's feasible
/// interval is not wider than required, suppresses one more neighbouring cell and starts again.
/// </summary>
/// <remarks>
/// The neighbour chosen is the published cell of the same table that differs from the exposed cell in one dimension and has the
/// smallest non-zero value (the cheapest to lose); failing that, the smallest published non-zero cell of the table. Each round
/// suppresses at least one more cell, so the loop ends. Same scope as <see cref="ReportAuditor"/>.
/// </remarks>
public static class IntervalProtection
{
    /// <summary>Produces a report whose every primary cell has a feasible interval wider than <paramref name="minimumWidth"/>.</summary>
    /// <param name="reporter">The reporter.</param>
    /// <param name="definition">The report's definition.</param>
    /// <param name="records">The records.</param>
    /// <param name="minimumWidth">The protection interval: the width each primary cell's interval must exceed.</param>
    /// <returns>The protected report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumWidth"/> is negative.</exception>
    /// <exception cref="NotSupportedException">The report is beyond the auditor's scope (see <see cref="ReportAuditor"/>).</exception>
    public static StatisticsReport Produce(ActivityReporter reporter, ReportDefinition definition, IReadOnlyList<StatisticsRecord> records, double minimumWidth)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentOutOfRangeException.ThrowIfNegative(minimumWidth);
        var forced = new HashSet<CellReference>();
        while (true)
        {
            var report = reporter.Produce(definition, records, [], forced);
            var exposed = ReportAuditor.Audit(definition, report, minimumWidth).Exposed
                .Where(e => report.Table(e.Table).Cell([.. e.Categories]).Status == CellStatus.PrimarySuppressed)
                .ToList();
            if (exposed.Count == 0)
            {
                return report;
            }

            var added = false;
            foreach (var interval in exposed)
            {
                var table = report.Table(interval.Table);
                var published = table.Cells.Where(c => c.Value is > 0).ToList();
                var neighbour = published
                    .Where(c => c.Categories.Zip(interval.Categories).Count(p => p.First != p.Second) == 1)
                    .OrderBy(c => c.Value).ThenBy(c => string.Join("|", c.Categories), StringComparer.Ordinal)
                    .FirstOrDefault()
                    ?? published.OrderBy(c => c.Value).ThenBy(c => string.Join("|", c.Categories), StringComparer.Ordinal).FirstOrDefault();
                if (neighbour is not null)
                {
                    added |= forced.Add(new CellReference(table.Name, neighbour.Categories));
                }
            }

            if (!added)
            {
                // Nothing left to suppress in the exposed cells' tables: suppress the smallest published cell anywhere.
                var any = report.Tables.SelectMany(t => t.Cells.Where(c => c.Value is > 0).Select(c => new CellReference(t.Name, c.Categories)))
                    .FirstOrDefault(r => !forced.Contains(r))
                    ?? throw new InvalidOperationException("Every cell is suppressed and a primary cell is still exposed: the published margins alone pin it.");
                forced.Add(any);
            }
        }
    }
}
