using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Reporting.Statistics.Counting;
using Intervention.Reporting.Statistics.Dimensions;
using Intervention.Reporting.Statistics.Protection;
using Intervention.Reporting.Statistics.Publishing;

namespace Intervention.Reporting.Statistics;

/// <summary>
/// Produces anonymised activity reports: counts every table of a definition with all margins, suppresses small cells, and
/// suppresses complementary cells so that no suppressed cell can be recomputed exactly from what all the report's tables
/// publish (R06, R07, R23).
/// </summary>
/// <remarks>
/// <para>Model: every record falls in one <em>inner cell</em>, the cross of all dimensions the report uses, where the situation
/// dimension takes the record's whole set of situations. Every published cell is the sum of some inner cells, so a case with two
/// situations counts in both situation cells while the totals, sums over sets, count distinct cases.</para>
/// <para>Complementary suppression follows the Gaussian-elimination method of SSBtools' GaussSuppression (the GAUSS method of
/// R's sdcTable): candidate cells are taken in order (margins first, then larger counts); a candidate is published unless it would
/// bring a primary cell's vector into the span of the published ones. The arithmetic is modulo the prime p = 2^61 − 1. It agrees
/// with the rationals unless p divides one of the determinants the elimination forms from the cells' 0/1 vectors: a chance of
/// the order of one in 2·10^18 per determinant, not zero, which is why <c>ReportAuditor</c> (linear programming, in floating
/// point) is the independent check. Inner cells with no record are taken as known zeros, which can only over-protect; when the
/// policy suppresses zeros, each table's inner cells with no record are unknowns instead, so that a suppressed zero is protected
/// too (see <see cref="DisclosurePolicy.SuppressZeros"/>).</para>
/// <para>Releases, in any order: given the releases already published, their published cells join the known span first, their
/// small suppressed cells stay protected, and each cell's part over each set of months the periods cover alike (what subtracting
/// one release from another reveals: a quarter from its half-year, whichever came first) is protected when small. Headers are
/// published beside earlier releases only when no subtraction of headers gives a small count. Thresholds are raised one step at a
/// time, keeping what each step suppressed, so a higher threshold never publishes more.</para>
/// <para>Counts of actions: a cell is primary when its count is below the threshold or when fewer cases than the threshold
/// contribute to it.</para>
/// <para>The insider: the one contributor of a cell of count 1 (a singleton) knows its value; a candidate is not published if, with
/// that value, another primary cell could be recomputed (the singleton and pair problems).</para>
/// <para>What the exports say: a suppressed cell is <see cref="CellStatus.Suppressed"/>, never why; the reason is in
/// <see cref="StatisticsReport.HostAudit"/>, for the host. Beyond linear combinations: bounds from the public rule (a suppressed
/// cell is at least 1 when zeros are published), whole counts and protection intervals are the auditing package's
/// <c>IntervalProtection</c>, which audits by integer and linear programming and suppresses more (docs/threat-model.md).</para>
/// </remarks>
public sealed class ActivityReporter
{
    /// <summary>Produces a report.</summary>
    /// <param name="definition">The report's definition.</param>
    /// <param name="records">The records (in any order: the report does not depend on it).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument or a record is null.</exception>
    /// <exception cref="ArgumentException">A record's territory is not in the hierarchy, or its age band is not one of the definition's; the message gives the record's position.</exception>
    public StatisticsReport Produce(ReportDefinition definition, IEnumerable<StatisticsRecord> records) => Produce(definition, records, []);

    /// <summary>
    /// Produces a report that, together with releases already published, never lets a suppressed value be recovered by
    /// subtraction (for example a year-to-date report after quarterly ones).
    /// </summary>
    /// <param name="definition">The report's definition.</param>
    /// <param name="records">The records of every period the releases cover (in any order).</param>
    /// <param name="previousReleases">The releases already published, with their definitions; they must share the territory hierarchy and age bands.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument or a record is null.</exception>
    /// <exception cref="ArgumentException">A record does not fit the definition, a release uses another hierarchy or other bands, or a release's report does not match its definition.</exception>
    public StatisticsReport Produce(ReportDefinition definition, IEnumerable<StatisticsRecord> records, IReadOnlyList<PublishedRelease> previousReleases)
    {
        ArgumentNullException.ThrowIfNull(records);
        return ProduceCore(definition, new PlainRecords(records), previousReleases, []);
    }

    /// <summary>
    /// Produces a report with some cells suppressed beforehand (for example by an interval-protection step that found a
    /// primary cell's feasible interval too narrow); complementary suppression then works around them.
    /// </summary>
    /// <param name="definition">The report's definition.</param>
    /// <param name="records">The records.</param>
    /// <param name="previousReleases">The releases already published.</param>
    /// <param name="suppressBeforehand">The cells to suppress, by table name and categories (as in <see cref="PublishedCell.Categories"/>).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A cell to suppress does not exist in the definition, or a record does not fit it.</exception>
    public StatisticsReport Produce(ReportDefinition definition, IEnumerable<StatisticsRecord> records, IReadOnlyList<PublishedRelease> previousReleases, IReadOnlyCollection<CellReference> suppressBeforehand)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(suppressBeforehand);
        return ProduceCore(definition, new PlainRecords(records), previousReleases, suppressBeforehand);
    }

    /// <summary>
    /// Produces a report over a host's database: the query keeps the months the report and its releases span and groups the rows
    /// by the fields the report's dimensions read (the database does the counting); the grouped counts go through the same steps
    /// as in memory, so the report is exactly the in-memory one.
    /// </summary>
    /// <param name="definition">The report's definition.</param>
    /// <param name="rows">The host's rows, as a query its provider translates (EF Core: GroupBy with Count and Sum).</param>
    /// <param name="previousReleases">The releases already published, if any.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A row does not fit the definition (territory, age band, situation mask).</exception>
    public StatisticsReport Produce(ReportDefinition definition, IQueryable<StatisticsRow> rows, IReadOnlyList<PublishedRelease>? previousReleases = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(rows);
        if (CountedUnit.For(definition.Unit).NotPushedDownBecause is { } why)
        {
            throw new ArgumentException(why, nameof(definition));
        }

        var previous = previousReleases ?? [];
        var groups = PushDownQuery.Run(definition, DimensionPlan.For(definition, previous), rows);
        return ProduceCore(definition, groups, previous, []);
    }

    /// <summary>
    /// Counts and tabulates a report once, for it to be protected and published, possibly several times with other cells
    /// suppressed beforehand (<see cref="PreparedReport.Produce(IReadOnlyCollection{CellReference})"/>), without reading the records again.
    /// </summary>
    /// <param name="definition">The report's definition.</param>
    /// <param name="records">The records of every period the releases cover (in any order; read once, here).</param>
    /// <param name="previousReleases">The releases already published.</param>
    /// <returns>The prepared report.</returns>
    /// <exception cref="ArgumentNullException">An argument or a record is null.</exception>
    /// <exception cref="ArgumentException">A record does not fit the definition, a release uses another hierarchy or other bands, or a release's report does not match its definition.</exception>
    public PreparedReport Prepare(ReportDefinition definition, IEnumerable<StatisticsRecord> records, IReadOnlyList<PublishedRelease> previousReleases)
    {
        ArgumentNullException.ThrowIfNull(records);
        return PrepareCore(definition, new PlainRecords(records), previousReleases);
    }

    private static StatisticsReport ProduceCore(ReportDefinition definition, IEnumerable<(StatisticsRecord Record, int Count, long Actions)> records, IReadOnlyList<PublishedRelease> previousReleases, IReadOnlyCollection<CellReference> suppressBeforehand) =>
        PrepareCore(definition, records, previousReleases).Produce(suppressBeforehand);

    // The pipeline: plan the dimensions, count, tabulate and build the protection problem (tables, releases, empty cells); then,
    // in PreparedReport, suppress the primary cells, protect them, publish.
    private static PreparedReport PrepareCore(ReportDefinition definition, IEnumerable<(StatisticsRecord Record, int Count, long Actions)> records, IReadOnlyList<PublishedRelease> previousReleases)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(previousReleases);
        var unit = CountedUnit.For(definition.Unit);
        records = unit.Prepare(definition, records, previousReleases);
        foreach (var release in previousReleases)
        {
            ArgumentNullException.ThrowIfNull(release, nameof(previousReleases));
            if ((release.Definition.Territories is not null && definition.Territories is not null && !ReferenceEquals(release.Definition.Territories, definition.Territories))
                || (release.Definition.AgeBands is not null && definition.AgeBands is not null && !ReferenceEquals(release.Definition.AgeBands, definition.AgeBands)))
            {
                throw new ArgumentException("Releases audited together share one territory hierarchy and one set of age bands.", nameof(previousReleases));
            }
        }

        var plan = DimensionPlan.For(definition, previousReleases);
        var counted = new InnerCounter(definition, plan, unit.WeighsActions).Count(records);
        var problem = ProtectionProblem.Build(definition, unit, plan, counted, previousReleases, definition.Policy.Protection.Method.ReadsMembers);
        return new PreparedReport(problem, counted, previousReleases);
    }
}
