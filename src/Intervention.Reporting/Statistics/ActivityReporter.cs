using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using NodaTime;

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
    /// Produces a report over a host's database: the query groups the rows by every coded field (the database does the counting),
    /// and the grouped counts go through the same steps as in memory, so the report is exactly the in-memory one.
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
        if (definition.Unit == CountingUnit.DistinctPersons)
        {
            throw new ArgumentException("A host's rows carry no person key: count distinct persons over records in memory.", nameof(definition));
        }

        var previous = previousReleases ?? [];
        var span = Span(previous.Select(r => r.Definition.Period).Append(definition.Period).ToArray());
        var first = (span[0].Year * 12) + span[0].Month;
        var last = (span[^1].Year * 12) + span[^1].Month;
        var groups = rows
            .Where(r => (r.Year * 12) + r.Month >= first && (r.Year * 12) + r.Month <= last)
            .GroupBy(r => new { r.Profile, r.Channel, r.SituationMask, r.AgeGroup, r.Sex, r.AgeBand, r.Territory, r.Outcome, r.KnownToSocialServices, r.ConsentToStatistics, r.Year, r.Month })
            .Select(g => new { g.Key, Count = g.Count(), Actions = g.Sum(x => (long)x.Actions) })
            .ToList()
            .OrderBy(g => g.Key.ToString(), StringComparer.Ordinal)
            .Select(g => (
                new StatisticsRow(g.Key.Profile, g.Key.Channel, g.Key.SituationMask, g.Key.AgeGroup, g.Key.Sex, g.Key.AgeBand, g.Key.Territory, g.Key.Outcome, g.Key.KnownToSocialServices, g.Key.ConsentToStatistics, g.Key.Year, g.Key.Month, 0).ToRecord(definition.AgeBands),
                g.Count,
                g.Actions));
        return ProduceCore(definition, groups, previous, []);
    }

    private StatisticsReport ProduceCore(ReportDefinition definition, IEnumerable<(StatisticsRecord Record, int Count, long Actions)> records, IReadOnlyList<PublishedRelease> previousReleases, IReadOnlyCollection<CellReference> suppressBeforehand)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(previousReleases);
        if (definition.Unit == CountingUnit.DistinctPersons)
        {
            if (previousReleases.Count > 0)
            {
                throw new ArgumentException(
                    "Distinct persons are not additive across periods (a person seen in two quarters counts once in the year), so releases cannot be protected against each other by subtraction: publish person counts without earlier releases.",
                    nameof(previousReleases));
            }

            records = OnePerPerson(definition, records);
        }

        foreach (var release in previousReleases)
        {
            ArgumentNullException.ThrowIfNull(release, nameof(previousReleases));
            if ((release.Definition.Territories is not null && definition.Territories is not null && !ReferenceEquals(release.Definition.Territories, definition.Territories))
                || (release.Definition.AgeBands is not null && definition.AgeBands is not null && !ReferenceEquals(release.Definition.AgeBands, definition.AgeBands)))
            {
                throw new ArgumentException("Releases audited together share one territory hierarchy and one set of age bands.", nameof(previousReleases));
            }
        }

        var periods = previousReleases.Select(r => r.Definition.Period).Append(definition.Period).ToArray();
        var span = Span(periods);
        var source = previousReleases.Select(r => r.Definition).Append(definition).ToArray();
        var dimensions = source.SelectMany(d => d.Tables).SelectMany(t => t.Dimensions)
            .Concat(previousReleases.Count > 0 ? [new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.Month)] : [])
            .DistinctBy(d => d.Key).OrderBy(d => d.Key, StringComparer.Ordinal).ToArray();
        var territories = source.Select(d => d.Territories).FirstOrDefault(t => t is not null);
        var bands = source.Select(d => d.AgeBands).FirstOrDefault(b => b is not null);
        var categories = dimensions.Select(d => Categories(territories, bands, span, d)).ToArray();

        // Inner cells: one per combination of categories met (the situation dimension keeps the whole set, as a bit mask).
        var (inner, countedByMonth, excludedByMonth) = new InnerCounter(definition, periods, span, dimensions, categories, territories).Count(records);

        // Lexicographic order of the inner cells: the Gauss protector's pivots follow it, and it keeps fill-in lowest of the orders
        // tried (by weight, ascending or descending, or reversed were 4 to 19 times slower on the T4 shape, for the same answer).
        if (definition.Policy.SuppressZeros && definition.Policy.SecondarySuppression)
        {
            AddEmptyCells(definition, dimensions, categories, span, territories, inner);
        }

        var innerKeys = Sorted(inner.Keys, dimensions, categories);
        // (Without earlier releases the span is this period: every inner cell is within it.)
        int[] Within(ReportPeriod period) => previousReleases.Count == 0
            ? Enumerable.Range(0, innerKeys.Length).ToArray()
            : Enumerable.Range(0, innerKeys.Length).Where(i => period.Contains(inner[innerKeys[i]].Month)).ToArray();

        // Which inner cells each cell sums is what the protector works on, and what earlier releases are compared by: without either,
        // only the counts are needed.
        var withMembers = definition.Policy.SecondarySuppression || previousReleases.Count > 0;
        var tables = definition.Tables.Select(t => Tabulate(t, dimensions, categories, innerKeys, inner, Within(definition.Period), withMembers)).ToArray();
        var known = new List<int[]>();
        var protectedBefore = new List<(int[] Members, long Weight)>();
        var releaseTables = new List<Tabulation>();
        foreach (var release in previousReleases)
        {
            var within = Within(release.Definition.Period);
            foreach (var table in release.Definition.Tables)
            {
                var tabulation = Tabulate(table, dimensions, categories, innerKeys, inner, within, withMembers: true);
                var byLabels = Enumerable.Range(0, tabulation.Counts.Length).ToDictionary(c => string.Join("|", tabulation.Labels(c)), c => c, StringComparer.Ordinal);
                foreach (var cell in release.Report.Table(table.Name).Cells)
                {
                    if (!byLabels.TryGetValue(string.Join("|", cell.Categories), out var index))
                    {
                        throw new ArgumentException($"The release of {release.Report.Period} has a cell {table.Name}:{string.Join("/", cell.Categories)} its definition does not.", nameof(previousReleases));
                    }

                    if (!cell.IsSuppressed)
                    {
                        known.Add(tabulation.Members[index]);
                    }
                    else if (tabulation.IsPrimary(release.Definition.Policy, index) || tabulation.IsPrimary(definition.Policy, index))
                    {
                        // A suppressed cell of an earlier release stays protected when it is small under either release's rule (the
                        // reason it was suppressed is not published, nor needed: the counts say it).
                        protectedBefore.Add((tabulation.Members[index], tabulation.Effective(definition.Policy.SuppressZeros, index)));
                    }
                }

                releaseTables.Add(tabulation);
            }
        }

        // Differencing, whatever the order of the releases: subtracting one release's cell from another's publishes, implicitly, the
        // cell's count over a part of their periods (a quarter from a half-year and the other quarter, the months two overlapping
        // periods do not share). Every such part is a union of atoms, the sets of months that the same periods cover; each cell's part
        // in each atom is protected like a primary cell when small, so no subtraction of releases recovers a small count.
        var derived = new List<(int[] Members, long Weight)>();
        foreach (var atom in Atoms(periods, span))
        {
            foreach (var table in tables.Concat(releaseTables))
            {
                for (var c = 0; c < table.Members.Length; c++)
                {
                    var members = table.Members[c];
                    var part = members.Where(i => atom.Contains(inner[innerKeys[i]].Month)).ToArray();
                    if (part.Length > 0 && part.Length < members.Length)
                    {
                        derived.Add((part, Effective(definition.Policy.SuppressZeros, part.Sum(i => inner[innerKeys[i]].Weight), part.Sum(i => inner[innerKeys[i]].Cases))));
                    }
                }
            }
        }

        var forced = new HashSet<(int Table, int Cell)>();
        foreach (var reference in suppressBeforehand)
        {
            var t = Array.FindIndex(tables, x => x.Definition.Name == reference.Table);
            var c = t < 0 ? -1 : Enumerable.Range(0, tables[t].Counts.Length).FirstOrDefault(i => tables[t].Labels(i).SequenceEqual(reference.Categories, StringComparer.Ordinal), -1);
            forced.Add(c >= 0 ? (t, c) : throw new ArgumentException($"No cell {reference} in the definition.", nameof(suppressBeforehand)));
        }

        var innerWeights = innerKeys.Select(k => inner[k].Weight).ToArray();
        var status = Suppress(definition.Policy, definition.Unit, tables, known, protectedBefore, derived, forced, innerWeights, () => CellCoordinates.For(innerKeys.Select(k => k.Values).ToArray(), innerWeights));
        var currentPeriods = dimensions.ToDictionary(d => d.Key, d => d.Dimension == StatisticsDimension.Period ? definition.Period.SubPeriods(d.Granularity).ToHashSet(StringComparer.Ordinal) : null, StringComparer.Ordinal);

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
        var grandTotalsShown = definition.Unit == CountingUnit.Actions || published.All(t => !t.Cells[^1].IsSuppressed);
        ReportPeriod[] Exact(Func<PublishedRelease, bool> publishes) => previousReleases
            .Where(r => r.Definition.Policy.Rounding == RoundingRule.None && r.Definition.RequireConsentToStatistics == definition.RequireConsentToStatistics && publishes(r))
            .Select(r => r.Definition.Period).ToArray();
        var counted = span.Select((m, i) => definition.Period.Contains(m) ? countedByMonth[i] : 0).Sum();
        var excluded = span.Select((m, i) => definition.Period.Contains(m) ? excludedByMonth[i] : 0).Sum();
        var countedShown = grandTotalsShown && (policy.Rounding != RoundingRule.None
            ? !policy.IsPrimary(counted)
            : HeaderProtection.MayPublish(policy, definition.Period, Exact(r => r.Report.RecordsCounted is not null), span, countedByMonth));
        var excludedShown = policy.Rounding != RoundingRule.None
            ? !policy.IsPrimary(excluded)
            : HeaderProtection.MayPublish(policy, definition.Period, definition.RequireConsentToStatistics ? Exact(r => r.Report.ExcludedWithoutConsent is not null) : [], span, excludedByMonth);
        long? recordsCounted = countedShown ? policy.Publish(counted) : null;
        long? excludedCount = excludedShown ? policy.Publish(excluded) : null;
        return new StatisticsReport(definition.Period.Code, definition.Unit, policy.Name, policy.Source, recordsCounted, excludedCount, Array.AsReadOnly(published))
        {
            HostAudit = new SuppressionReasons(reasons),
        };
    }

    // When zeros are suppressed, a suppressed zero must not be recomputable either, so the reader cannot be assumed to know which
    // combinations are empty: each inner cell of a table that no record of this period falls in joins the inner cells, with weight
    // 0, as one combination of every dimension: the table's categories, and for the others a possible one (a month of the period in
    // the table's period category, a territory under the table's, the age band "Unknown", the age group of the table's age band, else
    // the first category). The protector then treats it as unknown, as it does a cell with records; the combinations not added stay
    // known zeros (a stronger reader, so the protection holds). Tables are taken in turn, each seeing the cells the earlier ones added.
    private static void AddEmptyCells(ReportDefinition definition, TableDimension[] dimensions, string[][] categories, YearMonth[] span, TerritoryHierarchy? territories, Dictionary<InnerKey, (long Weight, long Cases, YearMonth Month)> inner)
    {
        var months = span.Where(definition.Period.Contains).ToArray();
        var leaves = territories?.Leaves.Order(StringComparer.Ordinal).ToArray() ?? [];
        foreach (var table in definition.Tables)
        {
            var positions = table.Dimensions.Select(d => Array.FindIndex(dimensions, x => x.Key == d.Key)).ToArray();
            var sizes = positions.Select(p => categories[p].Length).ToArray();

            // The table's inner cells met, by number (mixed radix over the table's dimensions; a situation set meets each of its own).
            var met = new HashSet<long>();
            var choice = new int[positions.Length];
            void Meet(InnerKey key, int d, long number)
            {
                if (d == positions.Length)
                {
                    met.Add(number);
                    return;
                }

                var value = key.Values[positions[d]];
                if (dimensions[positions[d]].Dimension != StatisticsDimension.Situation)
                {
                    Meet(key, d + 1, (number * sizes[d]) + value);
                    return;
                }

                for (var bit = 0; bit < sizes[d]; bit++)
                {
                    if ((value & (1 << bit)) != 0)
                    {
                        Meet(key, d + 1, (number * sizes[d]) + bit);
                    }
                }
            }

            foreach (var (key, (_, _, month)) in inner)
            {
                if (definition.Period.Contains(month))
                {
                    Meet(key, 0, 0);
                }
            }

            var periodAt = Array.FindIndex(positions, p => dimensions[p].Dimension == StatisticsDimension.Period);
            var firstMonth = new Dictionary<string, YearMonth>(StringComparer.Ordinal);
            foreach (var m in periodAt < 0 ? [] : months)
            {
                firstMonth.TryAdd(ReportPeriod.Label(m, dimensions[positions[periodAt]].Granularity), m);
            }

            var territoryAt = Array.FindIndex(positions, p => dimensions[p].Dimension == StatisticsDimension.Territory);
            var firstLeaf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var l in territoryAt < 0 ? [] : leaves)
            {
                firstLeaf.TryAdd(territories!.At(l, dimensions[positions[territoryAt]].TerritoryLevel), l);
            }

            // Per dimension of the report, its place in the table (or −1); the table's age band, if any.
            var tableDimensionOf = Enumerable.Range(0, dimensions.Length).Select(p => Array.IndexOf(positions, p)).ToArray();
            var bandAt = Array.FindIndex(positions, p => dimensions[p].Dimension == StatisticsDimension.AgeBand);

            var total = sizes.Aggregate(1L, (a, b) => a * b);
            for (var number = 0L; number < total; number++)
            {
                if (met.Contains(number))
                {
                    continue;
                }

                var rest = number;
                for (var d = positions.Length - 1; d >= 0; d--)
                {
                    choice[d] = (int)(rest % sizes[d]);
                    rest /= sizes[d];
                }

                // The month: within this period, in the table's period category (a category outside it is not published here). The
                // territory: the first leaf under the table's territory category (a table crosses each kind of dimension once).
                YearMonth? month = periodAt < 0 ? months[0] : firstMonth.TryGetValue(categories[positions[periodAt]][choice[periodAt]], out var m) ? m : null;
                var leaf = territoryAt < 0 ? leaves.FirstOrDefault() : firstLeaf.GetValueOrDefault(categories[positions[territoryAt]][choice[territoryAt]]);
                if (month is null || (leaf is null && territoryAt >= 0))
                {
                    continue;
                }

                // An age band of the table and no age group: the age group the band lies in (the band "Unknown" goes with either).
                var band = bandAt < 0 ? null : definition.AgeBands?.Bands.FirstOrDefault(b => b.Code == categories[positions[bandAt]][choice[bandAt]]);
                var values = new int[dimensions.Length];
                for (var p = 0; p < dimensions.Length; p++)
                {
                    var d = tableDimensionOf[p];
                    values[p] = dimensions[p].Dimension switch
                    {
                        StatisticsDimension.Situation => 1 << (d >= 0 ? choice[d] : 0),
                        _ when d >= 0 => choice[d],
                        StatisticsDimension.Period => Array.IndexOf(categories[p], ReportPeriod.Label(month.Value, dimensions[p].Granularity)),
                        StatisticsDimension.Territory when leaf is not null => Math.Max(0, Array.IndexOf(categories[p], territories!.At(leaf, dimensions[p].TerritoryLevel))),
                        StatisticsDimension.AgeBand => categories[p].Length - 1,
                        StatisticsDimension.AgeGroup when band is not null => Array.IndexOf(categories[p], band.From >= 18 ? nameof(AgeGroup.Adult) : nameof(AgeGroup.Minor)),
                        _ => 0,
                    };
                }

                inner.TryAdd(new InnerKey(values), (0, 0, month.Value));
            }
        }
    }

    // The inner cells in lexicographic order, sorted by one number each (the values in mixed radix: every value is below its
    // dimension's radix, so the numbers order as the keys do) when those numbers fit in 62 bits, else by comparing keys.
    private static InnerKey[] Sorted(IReadOnlyCollection<InnerKey> keys, TableDimension[] dimensions, string[][] categories)
    {
        var radices = dimensions.Select((d, i) => d.Dimension == StatisticsDimension.Situation ? 1L << Math.Min(62, categories[i].Length) : categories[i].Length + 1L).ToArray();
        if (radices.Aggregate(1.0, (a, r) => a * r) >= 1L << 62)
        {
            return keys.Order().ToArray();
        }

        var sorted = keys.ToArray();
        var numbers = new long[sorted.Length];
        for (var k = 0; k < sorted.Length; k++)
        {
            long number = 0;
            for (var d = 0; d < radices.Length; d++)
            {
                number = (number * radices[d]) + sorted[k].Values[d];
            }

            numbers[k] = number;
        }

        Array.Sort(numbers, sorted);
        return sorted;
    }

    // R25: one record per person key, classified by the person's first record of the period, with the situations of all their
    // records. A person whose records all lack consent (when the definition requires it) comes out once, without consent, so the
    // report counts them once among the excluded.
    private static List<(StatisticsRecord Record, int Count, long Actions)> OnePerPerson(ReportDefinition definition, IEnumerable<(StatisticsRecord Record, int Count, long Actions)> records)
    {
        var byPerson = new Dictionary<PersonLinkKey, List<StatisticsRecord>>();
        var position = -1;
        foreach (var (record, _, _) in records)
        {
            position++;
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            if (!definition.Period.Contains(record.Month))
            {
                continue;
            }

            var person = record.Person
                ?? throw new ArgumentException($"Record {position} has no person key: counting distinct persons (R25) needs one on every record.", nameof(records));
            if (!byPerson.TryGetValue(person, out var list))
            {
                byPerson[person] = list = [];
            }

            list.Add(record);
        }

        var merged = new List<(StatisticsRecord, int, long)>(byPerson.Count);
        foreach (var (person, list) in byPerson.OrderBy(p => p.Key, Comparer<PersonLinkKey>.Create((a, b) => a.CompareTo(b))))
        {
            var kept = definition.RequireConsentToStatistics ? list.Where(r => r.ConsentToStatistics).ToList() : list;
            var pool = kept.Count > 0 ? kept : list;
            var first = pool.OrderBy(r => r, RecordOrder).First();
            var record = new StatisticsRecord(
                first.Profile, first.Channel, pool.SelectMany(r => r.Situations).ToArray(), first.AgeGroup, first.Sex, first.AgeBand, first.Territory, first.Outcome,
                first.KnownToSocialServices, kept.Count > 0 && first.ConsentToStatistics, first.Month, pool.Sum(r => r.Actions)) { Person = person };
            merged.Add((record, 1, record.Actions));
        }

        return merged;
    }

    private static readonly Comparer<StatisticsRecord> RecordOrder = Comparer<StatisticsRecord>.Create((a, b) =>
    {
        var c = a.Month.CompareTo(b.Month);
        c = c != 0 ? c : a.Profile.CompareTo(b.Profile);
        c = c != 0 ? c : a.Channel.CompareTo(b.Channel);
        c = c != 0 ? c : string.CompareOrdinal(a.Territory, b.Territory);
        c = c != 0 ? c : a.AgeGroup.CompareTo(b.AgeGroup);
        c = c != 0 ? c : a.Sex.CompareTo(b.Sex);
        c = c != 0 ? c : string.CompareOrdinal(a.AgeBand?.Code, b.AgeBand?.Code);
        c = c != 0 ? c : Nullable.Compare(a.Outcome, b.Outcome);
        c = c != 0 ? c : Nullable.Compare(a.KnownToSocialServices, b.KnownToSocialServices);
        c = c != 0 ? c : a.ConsentToStatistics.CompareTo(b.ConsentToStatistics);
        c = c != 0 ? c : a.Actions.CompareTo(b.Actions);
        return c != 0 ? c : a.Situations.Select(x => (int)x).ToArray().AsSpan().SequenceCompareTo(b.Situations.Select(x => (int)x).ToArray());
    });

    // The months of the span grouped by the periods that contain them (months no period contains are never counted); with one
    // period there is nothing to subtract, so no atom.
    internal static IEnumerable<HashSet<YearMonth>> Atoms(ReportPeriod[] periods, YearMonth[] span) => periods.Length < 2
        ? []
        : span.Where(m => periods.Any(p => p.Contains(m)))
            .GroupBy(m => string.Concat(periods.Select(p => p.Contains(m) ? '1' : '0')), StringComparer.Ordinal)
            .Select(g => g.ToHashSet());

    private static YearMonth[] Span(ReportPeriod[] periods)
    {
        static int Index(YearMonth m) => (m.Year * 12) + m.Month - 1;
        var first = periods.Min(p => Index(p.First));
        var last = periods.Max(p => Index(p.First) + p.Months - 1);
        return Enumerable.Range(first, last - first + 1).Select(i => new YearMonth(i / 12, (i % 12) + 1)).ToArray();
    }

    private static string[] Categories(TerritoryHierarchy? territories, AgeBands? bands, YearMonth[] span, TableDimension dimension) => dimension.Dimension switch
    {
        StatisticsDimension.Profile => Names<ServiceProfileKind>(),
        StatisticsDimension.Channel => Names<ReferralChannel>(),
        StatisticsDimension.Situation => Names<SituationKind>(),
        StatisticsDimension.AgeGroup => Names<AgeGroup>(),
        StatisticsDimension.Sex => Names<Sex>(),
        StatisticsDimension.AgeBand => [.. bands!.Bands.Select(b => b.Code), "Unknown"],
        StatisticsDimension.Territory => [.. territories!.CodesAt(dimension.TerritoryLevel)],
        StatisticsDimension.Outcome => [.. Names<CaseOutcome>(), "Open"],
        StatisticsDimension.KnownToSocialServices => ["Yes", "No", "Unknown"],
        StatisticsDimension.Period => span.Select(m => ReportPeriod.Label(m, dimension.Granularity)).Distinct(StringComparer.Ordinal).ToArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension.Dimension, "Unknown dimension."),
    };

    private static string Code(TerritoryHierarchy? territories, TableDimension dimension, StatisticsRecord record) => dimension.Dimension switch
    {
        StatisticsDimension.Profile => record.Profile.ToString(),
        StatisticsDimension.Channel => record.Channel.ToString(),
        StatisticsDimension.AgeGroup => record.AgeGroup.ToString(),
        StatisticsDimension.Sex => record.Sex.ToString(),
        StatisticsDimension.AgeBand => record.AgeBand?.Code ?? "Unknown",
        StatisticsDimension.Territory => territories!.Contains(record.Territory) ? territories.At(record.Territory, dimension.TerritoryLevel) : record.Territory,
        StatisticsDimension.Outcome => record.Outcome?.ToString() ?? "Open",
        StatisticsDimension.KnownToSocialServices => record.KnownToSocialServices switch { true => "Yes", false => "No", null => "Unknown" },
        StatisticsDimension.Period => ReportPeriod.Label(record.Month, dimension.Granularity),
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension.Dimension, "Unknown dimension."),
    };

    // The count the primary rule reads: the smaller of the count and its contributing cases (equal for cases and persons), so that
    // a threshold k suppresses a cell of fewer than k actions or of actions by fewer than k cases; a zero count stays zero (the
    // zeros rule), unless cases contribute to it and zeros are published (0 actions by 1 case says that case had none).
    private static long Effective(bool suppressZeros, long count, long cases) =>
        count == 0 ? (cases == 0 || suppressZeros ? 0 : cases) : Math.Min(count, cases);

    private static string[] Names<T>()
        where T : struct, Enum => Enum.GetValues<T>().Select(v => v.ToString()).ToArray();

    private static Tabulation Tabulate(TableDefinition table, TableDimension[] dimensions, string[][] categories, InnerKey[] innerKeys, Dictionary<InnerKey, (long Weight, long Cases, YearMonth Month)> inner, int[] within, bool withMembers)
    {
        var positions = table.Dimensions.Select(d => Array.FindIndex(dimensions, x => x.Key == d.Key)).ToArray();
        var sizes = positions.Select(p => categories[p].Length + 1).ToArray();
        var cellCount = sizes.Aggregate(1, (a, b) => a * b);
        var counts = new long[cellCount];
        var memberCounts = new int[cellCount];
        var cases = new long[cellCount];

        // Each inner cell falls in one category per dimension (several for the situations) and in that dimension's total:
        // the cells it counts in are the crossings of those. Two passes: count the members of each cell, then fill them.
        var options = sizes.Select(size => new int[size]).ToArray();
        var optionCounts = new int[positions.Length];
        var index = new int[positions.Length];
        var cells = new List<int>();
        var cellsOf = new int[withMembers ? within.Length : 0][];
        for (var n = 0; n < within.Length; n++)
        {
            var key = innerKeys[within[n]];
            for (var d = 0; d < positions.Length; d++)
            {
                var p = positions[d];
                var count = 0;
                if (dimensions[p].Dimension == StatisticsDimension.Situation)
                {
                    for (var bit = 0; bit < categories[p].Length; bit++)
                    {
                        if ((key.Values[p] & (1 << bit)) != 0)
                        {
                            options[d][count++] = bit;
                        }
                    }
                }
                else
                {
                    options[d][count++] = key.Values[p];
                }

                options[d][count++] = sizes[d] - 1;
                optionCounts[d] = count;
            }

            cells.Clear();
            Array.Clear(index);
            while (true)
            {
                var cell = 0;
                for (var d = 0; d < positions.Length; d++)
                {
                    cell = (cell * sizes[d]) + options[d][index[d]];
                }

                cells.Add(cell);
                var k = positions.Length - 1;
                while (k >= 0 && ++index[k] == optionCounts[k])
                {
                    index[k] = 0;
                    k--;
                }

                if (k < 0)
                {
                    break;
                }
            }

            var (weight, contributors, _) = inner[key];
            if (!withMembers)
            {
                foreach (var cell in cells)
                {
                    counts[cell] += weight;
                    cases[cell] += contributors;
                }

                continue;
            }

            var mine = cellsOf[n] = [.. cells];
            foreach (var cell in mine)
            {
                counts[cell] += weight;
                cases[cell] += contributors;
                memberCounts[cell]++;
            }
        }

        if (!withMembers)
        {
            return new Tabulation(table, positions.Select(p => categories[p]).ToArray(), sizes, counts, cases, Enumerable.Repeat(Array.Empty<int>(), cellCount).ToArray());
        }

        var members = memberCounts.Select(c => c == 0 ? [] : new int[c]).ToArray();
        Array.Clear(memberCounts);
        for (var n = 0; n < within.Length; n++)
        {
            foreach (var cell in cellsOf[n])
            {
                members[cell][memberCounts[cell]++] = within[n];
            }
        }

        return new Tabulation(table, positions.Select(p => categories[p]).ToArray(), sizes, counts, cases, members);
    }

    // By table and cell, why the cell is suppressed (null: published).
    private static SuppressionReason?[][] Suppress(DisclosurePolicy policy, CountingUnit unit, Tabulation[] tables, List<int[]> known, List<(int[] Members, long Weight)> protectedBefore, List<(int[] Members, long Weight)> derived, HashSet<(int Table, int Cell)> forced, long[] innerWeights, Func<CellCoordinates> coordinatesOf)
    {
        var status = tables.Select(t => t.Counts.Select((c, i) => t.IsPrimary(policy, i) ? SuppressionReason.BelowThreshold : (SuppressionReason?)null).ToArray()).ToArray();
        foreach (var (table, cell) in forced)
        {
            status[table][cell] ??= SuppressionReason.Requested;
        }

        if (!policy.SecondarySuppression)
        {
            return status;
        }

        // Every cell as a vector in the protector's coordinates, once for all passes.
        var coordinates = coordinatesOf();
        var zeros = coordinates.KnownZeros().ToList();
        static string Identity(int[] members) => string.Join(",", members.Order());
        var all = tables.SelectMany((t, ti) => t.Counts.Select((count, ci) => (Table: ti, Cell: ci, Count: count, Primary: t.Effective(policy.SuppressZeros, ci), Members: t.Members[ci], Margins: t.MarginCount(ci), Vector: coordinates.Of(t.Members[ci])))).ToArray();
        var before = protectedBefore.Where(m => m.Members.Length > 0).Select(m => (Vector: coordinates.Of(m.Members), Identity: Identity(m.Members), Singleton: m.Weight == 1)).ToList();
        var derivedVectors = derived.Where(d => d.Members.Length > 0).Select(d => (Vector: coordinates.Of(d.Members), Identity: Identity(d.Members), d.Weight)).ToList();
        // Most margins first, then the largest count, then table and cell (sorting positions, not the cells themselves).
        var positions = Enumerable.Range(0, all.Length).ToArray();
        Array.Sort(positions, (a, b) =>
        {
            var c = all[b].Margins.CompareTo(all[a].Margins);
            c = c != 0 ? c : all[b].Count.CompareTo(all[a].Count);
            c = c != 0 ? c : all[a].Table.CompareTo(all[b].Table);
            return c != 0 ? c : all[a].Cell.CompareTo(all[b].Cell);
        });
        var order = Array.ConvertAll(positions, p => all[p]);

        // Thresholds are raised one step at a time and what was suppressed stays suppressed, so that a higher threshold never
        // publishes a cell a lower one suppressed.
        var suppressed = new bool[order.Length];
        var offsets = new int[tables.Length];
        for (var t = 1; t < tables.Length; t++)
        {
            offsets[t] = offsets[t - 1] + tables[t - 1].Counts.Length;
        }

        var positionOf = new int[all.Length];
        for (var p = 0; p < positions.Length; p++)
        {
            positionOf[positions[p]] = p;
        }

        foreach (var (table, cell) in forced)
        {
            suppressed[positionOf[offsets[table] + cell]] = true;
        }

        // The reader's a priori bounds (a suppressed cell is at least 1 when zeros are published, every count at least 0) may pin what
        // the published cells leave free: each pass refuses a candidate that would make the published cells determine a non-negative
        // combination of quantities at their bound (BoundGuard; BoundPinning says why that is what pins). Rounded counts give no exact
        // sums to combine. At their bound: the inner cells of no record (zeros suppressed); when zeros are published (cases or
        // persons), the cells of a single record, all primary, of this release and of earlier ones, and each cell's part of a single
        // record in a part of the periods, which a release of that part would show suppressed (releases come in any order).
        var knownVectors = known.Select(coordinates.Of).ToList();
        var atBound = new List<(ModularVector Vector, string Identity)>();
        var exact = new List<ModularVector>();
        void AtBound(ModularVector vector, int[] members) => atBound.Add((vector, Identity(members)));

        if (policy.Rounding == RoundingRule.None)
        {
            foreach (var i in Enumerable.Range(0, innerWeights.Length).Where(i => innerWeights[i] == 0))
            {
                AtBound(coordinates.Of([i]), [i]);
            }

            if (!policy.SuppressZeros && unit != CountingUnit.Actions)
            {
                foreach (var c in order.Where(c => c.Count == 1))
                {
                    AtBound(c.Vector, c.Members);
                }

                foreach (var m in protectedBefore.Where(m => m.Members.Length > 0 && m.Weight == 1))
                {
                    AtBound(coordinates.Of(m.Members), m.Members);
                }

                foreach (var d in derived.Where(d => d.Members.Length > 0 && d.Weight == 1))
                {
                    AtBound(coordinates.Of(d.Members), d.Members);
                }
            }

            // What earlier releases and the known zeros pin already, this release cannot hide: the reader knows it exactly.
            exact = BoundPinning.KnownAlready([.. zeros, .. knownVectors], atBound);
        }

        new ThresholdChain
        {
            Candidates = Array.ConvertAll(order, c => (c.Vector, c.Primary, c.Members.Length == 0)),
            IdentityOf = p => Identity(order[p].Members),
            Known = [.. zeros, .. knownVectors],
            Protected = before,
            Derived = derivedVectors,
            Threshold = policy.Threshold,
            SuppressZeros = policy.SuppressZeros,
            Guard = atBound.Count == 0 ? null : protector => new BoundGuard(protector, atBound.ConvertAll(q => q.Vector), exact),
        }.Run(suppressed);

        for (var p = 0; p < order.Length; p++)
        {
            var (table, cell) = (order[p].Table, order[p].Cell);
            if (suppressed[p])
            {
                status[table][cell] ??= SuppressionReason.Complementary;
            }
        }

        return status;
    }

    // Records in memory, each counting once (the counter reads a list straight, without a tuple per record).
    private sealed class PlainRecords(IEnumerable<StatisticsRecord> source) : IEnumerable<(StatisticsRecord Record, int Count, long Actions)>
    {
        public IEnumerable<StatisticsRecord> Source { get; } = source;

        public IEnumerator<(StatisticsRecord Record, int Count, long Actions)> GetEnumerator() =>
            Source.Select(r => (r, 1, r is null ? 0L : (long)r.Actions)).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>
    /// Counts the records into inner cells in one pass that allocates nothing per record: each coded field is turned into its
    /// category by arrays built once (territories and age bands through small caches), the categories into one slot number,
    /// and the slot's count is added to. Only a new inner cell allocates; the result does not depend on the records' order.
    /// </summary>
    private sealed class InnerCounter
    {
        private readonly TableDimension[] _dimensions;
        private readonly string[][] _categories;
        private readonly TerritoryHierarchy? _territories;
        private readonly int _firstMonth;
        private readonly bool[] _inSpan;
        private readonly int[][] _enumMaps;
        private readonly int[][] _periodMaps;
        private readonly int[] _situationBits;
        private readonly ReferenceTable?[] _territoryCache;
        private readonly Dictionary<string, int>[] _territoryByValue;
        private readonly Dictionary<AgeBand, int> _bandIndex = [];
        private readonly int _situation;
        private readonly int _situationCount;
        private readonly long _denseSize;
        private readonly bool _requireConsent;
        private readonly StatisticsDimension[] _kinds;
        private readonly int[] _lengths;
        private readonly bool _countActions;

        // The record's situation mask has bit v for value v; the category mask is that shifted right by _situationShift when the
        // categories follow the values one by one (they do: the categories are the enum's values in order), else read bit by bit.
        private readonly int _situationShift = -1;

        public InnerCounter(ReportDefinition definition, ReportPeriod[] periods, YearMonth[] span, TableDimension[] dimensions, string[][] categories, TerritoryHierarchy? territories)
        {
            _dimensions = dimensions;
            _categories = categories;
            _territories = territories;
            _firstMonth = MonthIndex(span[0]);
            _inSpan = span.Select(m => periods.Any(p => p.Contains(m))).ToArray();
            _enumMaps = new int[dimensions.Length][];
            _periodMaps = new int[dimensions.Length][];
            _territoryCache = new ReferenceTable?[dimensions.Length];
            _requireConsent = definition.RequireConsentToStatistics;
            _kinds = dimensions.Select(d => d.Dimension).ToArray();
            _lengths = categories.Select(c => c.Length).ToArray();
            _countActions = definition.Unit == CountingUnit.Actions;
            _territoryByValue = new Dictionary<string, int>[dimensions.Length];
            _situation = Array.FindIndex(dimensions, d => d.Dimension == StatisticsDimension.Situation);
            _situationBits = [];
            _denseSize = 1;
            for (var d = 0; d < dimensions.Length; d++)
            {
                var index = categories[d].Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);
                switch (dimensions[d].Dimension)
                {
                    case StatisticsDimension.Profile: _enumMaps[d] = EnumMap<ServiceProfileKind>(index); break;
                    case StatisticsDimension.Channel: _enumMaps[d] = EnumMap<ReferralChannel>(index); break;
                    case StatisticsDimension.AgeGroup: _enumMaps[d] = EnumMap<AgeGroup>(index); break;
                    case StatisticsDimension.Sex: _enumMaps[d] = EnumMap<Sex>(index); break;
                    case StatisticsDimension.Outcome: _enumMaps[d] = EnumMap<CaseOutcome>(index); break;
                    case StatisticsDimension.Period:
                        _periodMaps[d] = span.Select(m => index[ReportPeriod.Label(m, dimensions[d].Granularity)]).ToArray();
                        break;
                    case StatisticsDimension.Territory:
                        _territoryCache[d] = new ReferenceTable();
                        _territoryByValue[d] = new Dictionary<string, int>(StringComparer.Ordinal);
                        break;
                    case StatisticsDimension.Situation:
                        var names = Enum.GetValues<SituationKind>();
                        _situationBits = new int[names.Max(v => (int)v) + 1];
                        foreach (var value in names)
                        {
                            _situationBits[(int)value] = 1 << index[value.ToString()];
                        }

                        var shift = (int)names.Min();
                        if (shift >= 0 && names.All(v => (int)v < 64 && index[v.ToString()] == (int)v - shift))
                        {
                            _situationShift = shift;
                        }

                        _situationCount = categories[d].Length;
                        continue;
                }

                if (dimensions[d].Dimension == StatisticsDimension.AgeBand)
                {
                    _enumMaps[d] = [index["Unknown"]];
                }

                _denseSize *= categories[d].Length;
            }
        }

        // The counting state: a slot per inner cell met, with its weight, the month it was first met and its categories.
        // By dense number (and single situation): the weight, and the month first met plus one (0 while never met).
        private long[]? _directWeight;
        private long[]? _directCases;
        private int[]? _directMonth;
        private int _slotsPerDense;
        private readonly Dictionary<long, int> _bySlotKey = [];
        private long[] _weights = new long[256];
        private long[] _cases = new long[256];
        private readonly List<YearMonth> _months = [];
        private readonly List<int[]> _keys = [];
        private int[] _values = [];
        private long[] _countedByMonth = [];
        private long[] _excludedByMonth = [];

        // The inner cells, and by month of the span the records counted and those left out without consent.
        public (Dictionary<InnerKey, (long Weight, long Cases, YearMonth Month)> Inner, long[] CountedByMonth, long[] ExcludedByMonth) Count(IEnumerable<(StatisticsRecord Record, int Count, long Actions)> records)
        {
            // A slot per inner cell: by array when the situations are single (the usual case) and the table is small enough,
            // by dictionary otherwise.
            _slotsPerDense = _situation < 0 ? 1 : _situationCount + 1;
            if (_denseSize * _slotsPerDense <= (1 << 20))
            {
                _directWeight = new long[_denseSize * _slotsPerDense];
                _directCases = _countActions ? new long[_denseSize * _slotsPerDense] : null;
                _directMonth = new int[_denseSize * _slotsPerDense];
            }

            _values = new int[_dimensions.Length];
            _countedByMonth = new long[_inSpan.Length];
            _excludedByMonth = new long[_inSpan.Length];
            var position = -1;
            if (records is PlainRecords { Source: IReadOnlyList<StatisticsRecord> list })
            {
                // Records in memory, each counting once: read straight from the list (from its span, for an array or a list).
                if (list is StatisticsRecord[] array)
                {
                    CountAll(array);
                }
                else if (list is List<StatisticsRecord> plain)
                {
                    CountAll(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(plain));
                }
                else
                {
                    for (var i = 0; i < list.Count; i++)
                    {
                        var record = list[i];
                        ArgumentNullException.ThrowIfNull(record, nameof(records));
                        Add(record, 1, record.Actions, i);
                    }
                }
            }
            else
            {
                foreach (var (record, multiplicity, actions) in records)
                {
                    position++;
                    ArgumentNullException.ThrowIfNull(record, nameof(records));
                    Add(record, multiplicity, actions, position);
                }
            }

            // The inner cells counted by dense number become slots too (the order of the slots does not matter: they are sorted).
            if (_directMonth is not null)
            {
                for (var at = 0; at < _directMonth.Length; at++)
                {
                    if (_directMonth[at] != 0)
                    {
                        var number = _directMonth[at] - 1;
                        Decode(at / _slotsPerDense, _situation < 0 ? 0 : 1 << ((at % _slotsPerDense) - 1));
                        var slot = NewSlot(new YearMonth(number / 12, (number % 12) + 1));
                        _weights[slot] = _directWeight![at];
                        _cases[slot] = _directCases?[at] ?? _directWeight[at];
                    }
                }
            }

            var inner = new Dictionary<InnerKey, (long Weight, long Cases, YearMonth Month)>(_keys.Count);
            for (var i = 0; i < _keys.Count; i++)
            {
                inner[new InnerKey(_keys[i])] = (_weights[i], _countActions ? _cases[i] : _weights[i], _months[i]);
            }

            return (inner, _countedByMonth, _excludedByMonth);
        }

        // The loop over records in memory, in a method of its own so that it is compiled fully optimised from the start (it runs once
        // per report, so tiering would otherwise leave it in its on-stack-replacement form).
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private void CountAll(ReadOnlySpan<StatisticsRecord> records)
        {
            if (_directMonth is not null && Plan() is { } plan)
            {
                // The profile, age group and sex are read only when a table crosses one of them (the loop is compiled for each case).
                if (plan.ReadsPerson)
                {
                    CountPlanned<Yes>(records, plan);
                }
                else
                {
                    CountPlanned<No>(records, plan);
                }

                return;
            }

            for (var i = 0; i < records.Length; i++)
            {
                var record = records[i];
                ArgumentNullException.ThrowIfNull(record, nameof(records));
                Add(record, 1, record.Actions, i);
            }
        }

        // The dense number is a sum over the dimensions of the category's index times the dimension's stride (the product of the
        // lengths of the dimensions after it, the situations apart). When every dimension is one the counter reads straight from the
        // record (channel, profile, age group, sex, period, territory), each becomes a table of those products: by enum value, by
        // month (every period dimension summed), by territory string (every territory dimension summed, filled as strings are met).
        private sealed record CountPlan(int[] Channel, int[] Profile, int[] AgeGroup, int[] Sex, int[] Month, ReferenceTable? Territory, int[] TerritoryDimensions, int[] Strides)
        {
            public bool ReadsPerson { get; init; }
        }

        private interface IFlag
        {
            static abstract bool On { get; }
        }

        private struct Yes : IFlag
        {
            public static bool On => true;
        }

        private struct No : IFlag
        {
            public static bool On => false;
        }

        private CountPlan? Plan()
        {
            var strides = new int[_kinds.Length];
            var stride = 1L;
            for (var d = _kinds.Length - 1; d >= 0; d--)
            {
                if (d != _situation)
                {
                    strides[d] = (int)stride;
                    stride *= _lengths[d];
                }
            }

            int[] Zeros<T>()
                where T : struct, Enum => new int[Enum.GetValues<T>().Max(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)) + 1];
            int[] channel = Zeros<ReferralChannel>(), profile = Zeros<ServiceProfileKind>(), ageGroup = Zeros<AgeGroup>(), sex = Zeros<Sex>();
            var month = new int[_inSpan.Length];
            var territories = new List<int>();
            for (var d = 0; d < _kinds.Length; d++)
            {
                if (d == _situation)
                {
                    continue;
                }

                int[]? target = _kinds[d] switch
                {
                    StatisticsDimension.Channel => channel,
                    StatisticsDimension.Profile => profile,
                    StatisticsDimension.AgeGroup => ageGroup,
                    StatisticsDimension.Sex => sex,
                    _ => null,
                };
                switch (_kinds[d])
                {
                    case StatisticsDimension.Period:
                        for (var m = 0; m < month.Length; m++)
                        {
                            month[m] += _periodMaps[d][m] * strides[d];
                        }

                        break;
                    case StatisticsDimension.Territory:
                        territories.Add(d);
                        break;
                    case var _ when target is not null:
                        for (var v = 0; v < target.Length; v++)
                        {
                            target[v] += _enumMaps[d][v] * strides[d];
                        }

                        break;
                    default:
                        return null;
                }
            }

            return new CountPlan(channel, profile, ageGroup, sex, month, territories.Count > 0 ? new ReferenceTable() : null, [.. territories], strides)
            {
                ReadsPerson = _kinds.Any(k => k is StatisticsDimension.Profile or StatisticsDimension.AgeGroup or StatisticsDimension.Sex),
            };
        }

        // The loop of CountAll with a plan: the same counts as Add, each dimension one table lookup.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private void CountPlanned<TPerson>(ReadOnlySpan<StatisticsRecord> records, CountPlan plan)
            where TPerson : struct, IFlag
        {
            var (inSpan, first, requireConsent, countActions) = (_inSpan, _firstMonth, _requireConsent, _countActions);
            var (channel, profile, ageGroup, sex, month, territory) = (plan.Channel, plan.Profile, plan.AgeGroup, plan.Sex, plan.Month, plan.Territory);
            var (weights, months, slots, situated, shift) = (_directWeight!, _directMonth!, _slotsPerDense, _situation >= 0, _situationShift);
            var cases = _directCases;
            var (counted, excluded) = (_countedByMonth, _excludedByMonth);
            for (var i = 0; i < records.Length; i++)
            {
                var record = records[i];
                ArgumentNullException.ThrowIfNull(record, nameof(records));
                var m = record.MonthNumber - first;
                if ((uint)m >= (uint)inSpan.Length || !inSpan[m])
                {
                    continue;
                }

                if (requireConsent && !record.ConsentToStatistics)
                {
                    excluded[m]++;
                    continue;
                }

                var dense = channel[(int)record.Channel] + month[m];
                if (TPerson.On)
                {
                    dense += profile[(int)record.Profile] + ageGroup[(int)record.AgeGroup] + sex[(int)record.Sex];
                }

                if (territory is not null)
                {
                    if (!territory.TryGet(record.Territory, record.TerritoryHash, out var t))
                    {
                        t = 0;
                        foreach (var d in plan.TerritoryDimensions)
                        {
                            t += Category(d, record, m, i) * plan.Strides[d];
                        }

                        territory.TryAdd(record.Territory, record.TerritoryHash, t);
                    }

                    dense += t;
                }

                var at = dense;
                if (situated)
                {
                    var mask = shift >= 0 ? (int)(record.SituationMask >> shift) : SituationCategories(record);
                    if (!System.Numerics.BitOperations.IsPow2(mask))
                    {
                        // Several situations: the general path (by dictionary).
                        Add(record, 1, record.Actions, i);
                        continue;
                    }

                    at = (dense * slots) + 1 + System.Numerics.BitOperations.TrailingZeroCount(mask);
                }

                if (months[at] == 0)
                {
                    months[at] = record.MonthNumber + 1;
                }

                if (countActions)
                {
                    weights[at] += record.Actions;
                    cases![at]++;
                }
                else
                {
                    weights[at]++;
                }

                counted[m]++;
            }

        }

        private void Add(StatisticsRecord record, int multiplicity, long actions, int position)
        {
            var month = record.MonthNumber - _firstMonth;
            if ((uint)month >= (uint)_inSpan.Length || !_inSpan[month])
            {
                return;
            }

            if (_requireConsent && !record.ConsentToStatistics)
            {
                _excludedByMonth[month] += multiplicity;
                return;
            }

            long dense = 0;
            var mask = 0;
            for (var d = 0; d < _kinds.Length; d++)
            {
                if (d == _situation)
                {
                    mask = SituationCategories(record);
                    continue;
                }

                // The common kinds inline; the others (and every check that may throw) through Category.
                var value = _kinds[d] switch
                {
                    StatisticsDimension.Channel => _enumMaps[d][(int)record.Channel],
                    StatisticsDimension.Period => _periodMaps[d][month],
                    StatisticsDimension.Profile => _enumMaps[d][(int)record.Profile],
                    StatisticsDimension.AgeGroup => _enumMaps[d][(int)record.AgeGroup],
                    StatisticsDimension.Sex => _enumMaps[d][(int)record.Sex],
                    StatisticsDimension.Territory when _territoryCache[d]!.TryGet(record.Territory, record.TerritoryHash, out var t) => t,
                    _ => Category(d, record, month, position),
                };
                dense = (dense * _lengths[d]) + value;
            }

            // Within an inner cell every month is counted alike: it keeps the month it was first met.
            var weight = _countActions ? actions : multiplicity;
            if (_directMonth is not null && (_situation < 0 || System.Numerics.BitOperations.IsPow2(mask)))
            {
                var at = (dense * _slotsPerDense) + (_situation < 0 ? 0 : 1 + System.Numerics.BitOperations.TrailingZeroCount(mask));
                if (_directMonth[at] == 0)
                {
                    _directMonth[at] = record.MonthNumber + 1;
                }

                _directWeight![at] += weight;
                if (_directCases is not null)
                {
                    _directCases[at] += multiplicity;
                }
            }
            else
            {
                if (!_bySlotKey.TryGetValue((dense << 24) | (uint)mask, out var slot))
                {
                    Decode(dense, mask);
                    slot = NewSlot(record.Month);
                    _bySlotKey[(dense << 24) | (uint)mask] = slot;
                }

                _weights[slot] += weight;
                _cases[slot] += multiplicity;
            }

            _countedByMonth[month] += multiplicity;
        }

        // Sets the categories of the inner cell with this dense number and situation mask (into _values, which NewSlot keeps).
        private void Decode(long dense, int mask)
        {
            for (var d = _kinds.Length - 1; d >= 0; d--)
            {
                if (d == _situation)
                {
                    _values[d] = mask;
                    continue;
                }

                _values[d] = (int)(dense % _lengths[d]);
                dense /= _lengths[d];
            }
        }

        private int SituationCategories(StatisticsRecord record)
        {
            if (_situationShift >= 0)
            {
                return (int)(record.SituationMask >> _situationShift);
            }

            var mask = 0;
            var situations = record.Situations;
            for (var i = 0; i < situations.Count; i++)
            {
                mask |= _situationBits[(int)situations[i]];
            }

            return mask;
        }

        private int NewSlot(YearMonth month)
        {
            var slot = _keys.Count;
            if (slot == _weights.Length)
            {
                Array.Resize(ref _weights, slot * 2);
                Array.Resize(ref _cases, slot * 2);
            }

            _months.Add(month);
            _keys.Add((int[])_values.Clone());
            return slot;
        }

        private int Category(int d, StatisticsRecord record, int month, int position)
        {
            switch (_kinds[d])
            {
                case StatisticsDimension.Profile: return _enumMaps[d][(int)record.Profile];
                case StatisticsDimension.Channel: return _enumMaps[d][(int)record.Channel];
                case StatisticsDimension.AgeGroup: return _enumMaps[d][(int)record.AgeGroup];
                case StatisticsDimension.Sex: return _enumMaps[d][(int)record.Sex];
                case StatisticsDimension.Outcome: return record.Outcome is { } outcome ? _enumMaps[d][(int)outcome] : _categories[d].Length - 1;
                case StatisticsDimension.KnownToSocialServices: return record.KnownToSocialServices switch { true => 0, false => 1, null => 2 };
                case StatisticsDimension.Period: return _periodMaps[d][month];
                case StatisticsDimension.AgeBand:
                    if (record.AgeBand is not { } band)
                    {
                        return _enumMaps[d][0];
                    }

                    if (!_bandIndex.TryGetValue(band, out var b))
                    {
                        b = Array.IndexOf(_categories[d], band.Code);
                        if (b < 0)
                        {
                            throw new ArgumentException($"Record {position}: '{band.Code}' is not a category of {_dimensions[d].Key}.", "records");
                        }

                        _bandIndex[band] = b;
                    }

                    return b;
                case StatisticsDimension.Territory:
                    // By reference first (records usually share their territory strings), then by value.
                    var cache = _territoryCache[d]!;
                    if (cache.TryGet(record.Territory, record.TerritoryHash, out var t))
                    {
                        return t;
                    }

                    if (!_territoryByValue[d].TryGetValue(record.Territory, out t))
                    {
                        var code = _territories is not null && _territories.Contains(record.Territory) ? _territories.At(record.Territory, _dimensions[d].TerritoryLevel) : record.Territory;
                        t = Array.IndexOf(_categories[d], code);
                        if (t < 0)
                        {
                            throw new ArgumentException($"Record {position}: '{code}' is not a category of {_dimensions[d].Key}.", "records");
                        }

                        _territoryByValue[d][record.Territory] = t;
                    }

                    cache.TryAdd(record.Territory, record.TerritoryHash, t);
                    return t;
                default:
                    throw new ArgumentOutOfRangeException(nameof(d), _dimensions[d].Dimension, "Unknown dimension.");
            }
        }

        private static int MonthIndex(YearMonth month) => (month.Year * 12) + month.Month - 1;

        private static int[] EnumMap<T>(Dictionary<string, int> index)
            where T : struct, Enum
        {
            var values = Enum.GetValues<T>();
            var map = new int[values.Max(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)) + 1];
            foreach (var value in values)
            {
                map[Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)] = index[value.ToString()];
            }

            return map;
        }
    }

    /// <summary>
    /// A small open-addressing table from a string, by reference, to its category: the territory lookup of the counting loop.
    /// It stops growing at <see cref="Capacity"/> strings (a host that builds a new string per record falls back to the by-value
    /// dictionary).
    /// </summary>
    private sealed class ReferenceTable
    {
        private const int Capacity = 1 << 14;
        private string?[] _keys = new string?[64];
        private int[] _values = new int[64];
        private int _count;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool TryGet(string key, int hash, out int value)
        {
            var keys = _keys;
            var mask = keys.Length - 1;
            var i = hash & mask;
            while (keys[i] is { } found)
            {
                if (ReferenceEquals(found, key))
                {
                    value = _values[i];
                    return true;
                }

                i = (i + 1) & mask;
            }

            value = 0;
            return false;
        }

        public void TryAdd(string key, int hash, int value)
        {
            if (_count >= Capacity)
            {
                return;
            }

            if ((_count + 1) * 2 > _keys.Length)
            {
                var (keys, values) = (_keys, _values);
                _keys = new string?[keys.Length * 2];
                _values = new int[keys.Length * 2];
                _count = 0;
                for (var i = 0; i < keys.Length; i++)
                {
                    if (keys[i] is { } k)
                    {
                        Insert(k, StatisticsRecord.CodeHash(k), values[i]);
                    }
                }
            }

            if (!TryGet(key, hash, out _))
            {
                Insert(key, hash, value);
            }
        }

        private void Insert(string key, int hash, int value)
        {
            var mask = _keys.Length - 1;
            var i = hash & mask;
            while (_keys[i] is not null)
            {
                i = (i + 1) & mask;
            }

            _keys[i] = key;
            _values[i] = value;
            _count++;
        }
    }

    private readonly record struct InnerKey(int[] Values) : IComparable<InnerKey>
    {
        public bool Equals(InnerKey other) => Values.AsSpan().SequenceEqual(other.Values);

        public override int GetHashCode()
        {
            var hash = default(HashCode);
            foreach (var v in Values)
            {
                hash.Add(v);
            }

            return hash.ToHashCode();
        }

        public int CompareTo(InnerKey other) => Values.AsSpan().SequenceCompareTo(other.Values);
    }

    // Counts: what each cell publishes (cases, persons or actions); Cases: how many cases (or persons) contribute to it.
    private sealed record Tabulation(TableDefinition Definition, string[][] Categories, int[] Sizes, long[] Counts, long[] Cases, int[][] Members)
    {
        // A cell is primary when its count is, or when fewer cases than the threshold contribute to it (a count of actions from one
        // case is that case's own count, however large).
        public bool IsPrimary(DisclosurePolicy policy, int cell) => policy.IsPrimary(ActivityReporter.Effective(policy.SuppressZeros, Counts[cell], Cases[cell]));

        public long Effective(bool suppressZeros, int cell) => ActivityReporter.Effective(suppressZeros, Counts[cell], Cases[cell]);


        public IReadOnlyList<string> Labels(int cell)
        {
            var labels = new string[Sizes.Length];
            for (var d = Sizes.Length - 1; d >= 0; d--)
            {
                var index = cell % Sizes[d];
                labels[d] = index == Sizes[d] - 1 ? PublishedCell.Total : Categories[d][index];
                cell /= Sizes[d];
            }

            return Array.AsReadOnly(labels);
        }

        public int MarginCount(int cell)
        {
            var margins = 0;
            for (var d = Sizes.Length - 1; d >= 0; d--)
            {
                margins += cell % Sizes[d] == Sizes[d] - 1 ? 1 : 0;
                cell /= Sizes[d];
            }

            return margins;
        }
    }
}
