using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Reporting.Statistics;

namespace Intervention.Reporting.Auditing;

/// <summary>
/// Complementary suppression against the whole published model: produces the report, audits it with <see cref="ReportAuditor"/>
/// (integer counts, a suppressed cell at least 1 when zeros are published, earlier releases in any order, headers), and while a
/// quantity is exposed, suppresses one more cell and starts again.
/// </summary>
/// <remarks>
/// <para>Monotone in the threshold: the threshold is raised one step at a time from 2, each step starting from every cell the
/// previous one suppressed, so a cell suppressed at a threshold k stays suppressed at every larger one, and two versions of a
/// report published at two thresholds together publish no more than the lower one's.</para>
/// <para>The cell chosen for an exposed quantity is, among the published cells its bounds rest on (a non-zero dual value at its
/// linear minimum or maximum), one with the fewest margins, then the smallest; failing that, the published cell of the same table that differs from it in at most one
/// dimension and has the smallest non-zero value, then the smallest published non-zero cell of the report. Each round suppresses
/// at least one more cell, so the loop ends. Same scope as <see cref="ReportAuditor"/>.</para>
/// </remarks>
public static class IntervalProtection
{
    /// <summary>Produces a report whose every quantity keeps a feasible interval wider than <paramref name="minimumWidth"/> wherever it could be small.</summary>
    /// <param name="reporter">The reporter.</param>
    /// <param name="definition">The report's definition.</param>
    /// <param name="records">The records.</param>
    /// <param name="minimumWidth">The protection interval: the width each interval must exceed.</param>
    /// <returns>The protected report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumWidth"/> is negative.</exception>
    /// <exception cref="NotSupportedException">The report is beyond the auditor's scope (see <see cref="ReportAuditor"/>).</exception>
    /// <exception cref="InvalidOperationException">Every cell is suppressed and a quantity is still exposed (by the headers alone).</exception>
    public static StatisticsReport Produce(ActivityReporter reporter, ReportDefinition definition, IReadOnlyList<StatisticsRecord> records, double minimumWidth) =>
        Produce(reporter, definition, records, [], minimumWidth);

    /// <summary>Produces a report protected together with the releases already published, in whatever order their periods come.</summary>
    /// <param name="reporter">The reporter.</param>
    /// <param name="definition">The report's definition.</param>
    /// <param name="records">The records of every period the releases cover.</param>
    /// <param name="earlierReleases">The releases already published.</param>
    /// <param name="minimumWidth">The protection interval: the width each interval must exceed.</param>
    /// <returns>The protected report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumWidth"/> is negative.</exception>
    /// <exception cref="NotSupportedException">The report is beyond the auditor's scope (see <see cref="ReportAuditor"/>).</exception>
    /// <exception cref="InvalidOperationException">Every cell is suppressed and a quantity is still exposed (by the headers alone).</exception>
    public static StatisticsReport Produce(ActivityReporter reporter, ReportDefinition definition, IReadOnlyList<StatisticsRecord> records, IReadOnlyList<PublishedRelease> earlierReleases, double minimumWidth)
    {
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(earlierReleases);
        ArgumentOutOfRangeException.ThrowIfNegative(minimumWidth);
        if (definition.Policy.Rounding != RoundingRule.None)
        {
            throw new NotSupportedException("Rounded reports are not audited by linear programming.");
        }

        // What the earlier releases already expose on their own is not this report's to fix.
        var before = earlierReleases.Count == 0
            ? []
            : ReportAuditor.Audit(earlierReleases[^1].Definition, earlierReleases[^1].Report, earlierReleases.Take(earlierReleases.Count - 1).ToArray(), minimumWidth)
                .Exposed.Select(Key).ToHashSet(StringComparer.Ordinal);
        var forced = new HashSet<CellReference>();
        StatisticsReport? report = null;
        var policy = definition.Policy;
        for (var k = Math.Min(2, policy.Threshold); k <= policy.Threshold; k++)
        {
            var step = k == policy.Threshold
                ? definition
                : new ReportDefinition(definition.Period, definition.Tables, definition.Unit, DisclosurePolicy.WithThreshold(k, policy.SuppressZeros), definition.RequireConsentToStatistics, definition.Territories, definition.AgeBands);
            report = Protect(reporter.Prepare(step, records, earlierReleases), earlierReleases, minimumWidth, forced, before);
            foreach (var table in report.Tables)
            {
                forced.UnionWith(table.Cells.Where(c => c.IsSuppressed).Select(c => new CellReference(table.Name, c.Categories)));
            }
        }

        return report!;
    }

    // Each round protects the prepared report again with one more cell suppressed beforehand: the records are counted once per threshold.
    private static StatisticsReport Protect(PreparedReport prepared, IReadOnlyList<PublishedRelease> earlier, double minimumWidth, HashSet<CellReference> forced, HashSet<string> before)
    {
        var definition = prepared.Definition;
        while (true)
        {
            var report = prepared.Produce(forced);
            var (audit, culprits) = ReportAuditor.AuditWithCulprits(definition, report, earlier, minimumWidth);
            var exposed = audit.Exposed.Zip(culprits).Where(e => !before.Contains(Key(e.First))).ToList();
            if (exposed.Count == 0)
            {
                return report;
            }

            var added = false;
            foreach (var (interval, blamed) in exposed)
            {
                // The cheapest of the published cells the exposed quantity's bounds rest on; failing that, a neighbour.
                var value = new Dictionary<CellReference, long>();
                foreach (var shown in report.Tables)
                {
                    foreach (var cell in shown.Cells.Where(c => c.Value is > 0))
                    {
                        value[new CellReference(shown.Name, cell.Categories)] = cell.Value!.Value;
                    }
                }

                // Margins are kept where an inner cell will do (readers use them most), then the smallest value is lost.
                var culprit = blamed.Where(c => value.ContainsKey(c) && !forced.Contains(c))
                    .OrderBy(c => c.Categories.Count(x => x == PublishedCell.Total)).ThenBy(c => value[c]).ThenBy(c => c.ToString(), StringComparer.Ordinal).FirstOrDefault();
                if (culprit is not null)
                {
                    added |= forced.Add(culprit);
                    continue;
                }

                if (report.Tables.FirstOrDefault(t => t.Name == interval.Table) is not { } table)
                {
                    continue;
                }

                var published = table.Cells.Where(c => c.Value is > 0).ToList();
                var neighbour = published
                    .Where(c => c.Categories.Zip(interval.Categories).Count(p => p.First != p.Second) <= 1)
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
                var any = report.Tables.SelectMany(t => t.Cells.Where(c => c.Value is > 0).Select(c => (Reference: new CellReference(t.Name, c.Categories), c.Value)))
                    .Where(r => !forced.Contains(r.Reference))
                    .OrderBy(r => r.Value).ThenBy(r => r.Reference.ToString(), StringComparer.Ordinal)
                    .Select(r => r.Reference)
                    .FirstOrDefault()
                    ?? throw new InvalidOperationException("Every cell is suppressed and a quantity is still exposed: the published margins or headers alone pin it.");
                forced.Add(any);
            }
        }
    }

    private static string Key(CellInterval interval) => $"{interval.Table}|{interval.Period}|{string.Join("|", interval.Categories)}";
}
