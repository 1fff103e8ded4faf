using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Reporting.Statistics.Counting;
using Intervention.Reporting.Statistics.Protection;

namespace Intervention.Reporting.Statistics.Publishing;

/// <summary>The last stage: the published tables (suppressed cells without their reason, the reasons for the host) and the headers,
/// published only as a cell would be.</summary>
internal static class ReportPublisher
{
    /// <summary>Publishes the report.</summary>
    /// <param name="problem">The protection problem.</param>
    /// <param name="counted">The counts, with the records counted and excluded by month.</param>
    /// <param name="status">By table and cell, why it is suppressed (null: published).</param>
    /// <param name="previous">The releases already published.</param>
    public static StatisticsReport Publish(ProtectionProblem problem, CountedCells counted, SuppressionReason?[][] status, IReadOnlyList<PublishedRelease> previous)
    {
        var (definition, tables, unit, previousReleases) = (problem.Definition, problem.Tables, problem.Unit, previous);
        var span = problem.Plan.Span;
        var currentPeriods = problem.Plan.Dimensions.ToDictionary(d => d.Key, d => d.Dimension == StatisticsDimension.Period ? definition.Period.SubPeriods(d.Granularity).ToHashSet(StringComparer.Ordinal) : null, StringComparer.Ordinal);

        var published = new PublishedTable[tables.Length];
        var reasons = new List<KeyValuePair<CellReference, SuppressionReason>>();
        for (var t = 0; t < tables.Length; t++)
        {
            var table = tables[t];
            var cells = new List<PublishedCell>(table.Counts.Length);
            var periodDimensions = table.Definition.Dimensions.Select((d, i) => (d, i)).Where(x => x.d.Dimension == StatisticsDimension.Period).Select(x => (x.i, Current: currentPeriods[x.d.Key]!)).ToArray();
            for (var c = 0; c < table.Counts.Length; c++)
            {
                // A period category outside this release's period (an earlier release's month) is not published here.
                var labels = table.Labels(c);
                var inPeriod = true;
                foreach (var (i, current) in periodDimensions)
                {
                    inPeriod &= labels[i] == PublishedCell.Total || current.Contains(labels[i]);
                }

                if (!inPeriod)
                {
                    continue;
                }

                var reason = status[t][c];
                if (reason is { } why)
                {
                    cells.Add(new PublishedCell(labels, null, CellStatus.Suppressed));
                    reasons.Add(new(new CellReference(table.Definition.Name, labels), why));
                }
                else
                {
                    cells.Add(new PublishedCell(labels, definition.Policy.Publish(table.Counts[c]), definition.Policy.Rounding == RoundingRule.None ? CellStatus.Published : CellStatus.Rounded));
                }
            }

            var multi = table.Definition.Dimensions.Any(d => d.Dimension == StatisticsDimension.Situation);
            published[t] = new PublishedTable(table.Definition.Name, table.Definition.Dimensions, cells.AsReadOnly(), multi);
        }

        // The header counts are published only as a cell would be: the number of cases (or persons) is the grand total of every
        // table counting them, so it is absent whenever one of those grand totals is suppressed.
        // Beside earlier releases, each header is protected like a cell of its own one-dimension table over months: no subtraction of
        // two releases' headers may give a small count (HeaderProtection).
        var policy = definition.Policy;
        var grandTotalsShown = !unit.HeaderIsGrandTotal || published.All(t => !t.Cells[^1].IsSuppressed);
        ReportPeriod[] Exact(Func<PublishedRelease, bool> publishes) => previousReleases
            .Where(r => r.Definition.Policy.Rounding == RoundingRule.None && r.Definition.RequireConsentToStatistics == definition.RequireConsentToStatistics && publishes(r))
            .Select(r => r.Definition.Period).ToArray();
        var countedCount = span.Select((m, i) => definition.Period.Contains(m) ? counted.CountedByMonth[i] : 0).Sum();
        var excluded = span.Select((m, i) => definition.Period.Contains(m) ? counted.ExcludedByMonth[i] : 0).Sum();
        var countedShown = grandTotalsShown && (policy.Rounding != RoundingRule.None
            ? !policy.IsPrimary(countedCount)
            : HeaderProtection.MayPublish(policy, definition.Period, Exact(r => r.Report.RecordsCounted is not null), span, counted.CountedByMonth));
        var excludedShown = policy.Rounding != RoundingRule.None
            ? !policy.IsPrimary(excluded)
            : HeaderProtection.MayPublish(policy, definition.Period, definition.RequireConsentToStatistics ? Exact(r => r.Report.ExcludedWithoutConsent is not null) : [], span, counted.ExcludedByMonth);
        long? recordsCounted = countedShown ? policy.Publish(countedCount) : null;
        long? excludedCount = excludedShown ? policy.Publish(excluded) : null;
        return new StatisticsReport(definition.Period.Code, definition.Unit, policy.Name, policy.Source, recordsCounted, excludedCount, Array.AsReadOnly(published))
        {
            HostAudit = new SuppressionReasons(reasons),
        };
    }
}
