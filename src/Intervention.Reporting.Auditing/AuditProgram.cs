using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Reporting.Statistics;
using NodaTime;

namespace Intervention.Reporting.Auditing;

/// <summary>A sum of unknowns bounded below and above: a published value (equal bounds), or what the public rule says.</summary>
/// <param name="Lower">The lower bound.</param>
/// <param name="Upper">The upper bound.</param>
/// <param name="Terms">The unknowns and their coefficients.</param>
/// <param name="Published">For a published cell, the release's position and the cell (what suppressing it would free).</param>
internal sealed record AuditConstraint(double Lower, double Upper, (int Variable, double Coefficient)[] Terms, (int Release, CellReference Cell)? Published = null);

/// <summary>A quantity the audit bounds: a suppressed cell, a withheld header, or a part of a cell that subtraction reaches.</summary>
/// <param name="Table">The table (or <c>header:…</c> for a header).</param>
/// <param name="Categories">The cell's categories (none for a header).</param>
/// <param name="Period">The months it covers, as a period code or a list of months.</param>
/// <param name="Terms">The unknowns it sums.</param>
/// <param name="Policy">The rule that says which values of it are small.</param>
internal sealed record AuditedQuantity(string Table, IReadOnlyList<string> Categories, string Period, int[] Terms, DisclosurePolicy Policy);

/// <summary>
/// The attacker's linear program, built from what the releases publish and nothing else: their cells, margins and headers, and the
/// public rule (thresholds, whether zeros are published). The unknowns are the counts of the combinations of categories where a
/// case can be: every combination of the finest categories shown, but those under a published zero (which no case can be in).
/// </summary>
internal sealed class AuditProgram
{
    // Beyond this many unknowns the program is not built: the audit would not end in reasonable time.
    internal const int MaxUnknowns = 4_000_000;

    private readonly List<AuditConstraint> _constraints = [];
    private readonly List<AuditedQuantity> _audited = [];
    private int _variables;

    private AuditProgram()
    {
    }

    /// <summary>Gets the number of unknowns.</summary>
    public int Variables => _variables;

    /// <summary>Gets the constraints.</summary>
    public IReadOnlyList<AuditConstraint> Constraints => _constraints;

    /// <summary>Gets the quantities to bound.</summary>
    public IReadOnlyList<AuditedQuantity> Audited => _audited;

    /// <summary>Gets how many quantities are the releases' own suppressed cells and withheld headers (the rest are parts that subtraction reaches).</summary>
    public int Suppressed { get; private set; }

    /// <summary>Builds the program of releases audited together (the last is the report audited).</summary>
    public static AuditProgram Build(IReadOnlyList<PublishedRelease> releases, bool withParts)
    {
        var program = new AuditProgram();
        var joint = releases.Count > 1;
        var hierarchy = releases.Select(r => r.Definition.Territories).FirstOrDefault(t => t is not null);
        var span = Span(releases.Select(r => r.Definition.Period));
        var keys = releases.SelectMany(r => r.Definition.Tables).SelectMany(t => t.Dimensions).DistinctBy(d => d.Key).ToArray();
        var month = new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.Month);

        // Each dimension read at its finest level: territories at the lowest level any table shows, periods by month when releases
        // are audited together (else at the finest granularity shown); a coarser category is the set of finer ones it contains.
        TableDimension Finest(TableDimension d) => d.Dimension switch
        {
            StatisticsDimension.Territory => keys.Where(k => k.Dimension == StatisticsDimension.Territory).MinBy(k => k.TerritoryLevel)!,
            StatisticsDimension.Period => joint ? month : keys.Where(k => k.Dimension == StatisticsDimension.Period).MinBy(k => (int)k.Granularity)!,
            _ => d,
        };
        var dimensions = keys.Where(k => k.Dimension != StatisticsDimension.Situation).Select(Finest).Concat(joint ? [month] : [])
            .DistinctBy(d => d.Key).OrderBy(d => d.Key, StringComparer.Ordinal).ToArray();
        var monthAt = joint ? Array.FindIndex(dimensions, d => d.Key == month.Key) : -1;
        var coarser = keys.Where(k => Finest(k).Key != k.Key).ToDictionary(k => k.Key, k => Coarsening(hierarchy, span, Finest(k), k), StringComparer.Ordinal);
        var cells = releases.SelectMany((r, ri) => r.Report.Tables.SelectMany(t => t.Cells.Select(c => (Release: ri, Table: t, Cell: c)))).ToArray();

        // The categories of every dimension, as the reports show them (every month of the span when audited together).
        var categories = dimensions.Select((d, di) => di == monthAt
            ? span.Where(m => releases.Any(r => r.Definition.Period.Contains(m))).Select(m => ReportPeriod.Label(m, PeriodGranularity.Month)).ToArray()
            : cells.SelectMany(x => x.Table.Dimensions.Select((td, i) => (td, code: x.Cell.Categories[i])))
                .Where(x => x.td.Key == d.Key && x.code != PublishedCell.Total).Select(x => x.code)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray()).ToArray();
        var situations = cells.SelectMany(x => x.Table.Dimensions.Select((td, i) => (td, code: x.Cell.Categories[i])))
            .Where(x => x.td.Dimension == StatisticsDimension.Situation && x.code != PublishedCell.Total).Select(x => x.code)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var monthsOf = releases.Select(r => span.Where(r.Definition.Period.Contains).Select(m => ReportPeriod.Label(m, PeriodGranularity.Month)).ToHashSet(StringComparer.Ordinal)).ToArray();

        // How a table's cell reads a combination: per dimension of the table, the combination's position and coarsening.
        (int[] Positions, Dictionary<string, string>?[] Maps, int SituationAt) Reader(PublishedTable table) => (
            table.Dimensions.Select(td => td.Dimension == StatisticsDimension.Situation ? -1 : Array.FindIndex(dimensions, d => d.Key == Finest(td).Key)).ToArray(),
            table.Dimensions.Select(td => coarser.GetValueOrDefault(td.Key)).ToArray(),
            table.Dimensions.ToList().FindIndex(td => td.Dimension == StatisticsDimension.Situation));

        var combinations = Combinations(cells, dimensions, categories, monthAt, monthsOf, Reader);
        if (combinations.Count > MaxUnknowns)
        {
            throw new NotSupportedException($"The audit would need more than {MaxUnknowns:N0} unknowns (every combination of categories no published zero excludes); audit smaller tables, or publish zeros.");
        }

        int InSituation(int i, int s) => combinations.Count + (i * situations.Length) + s;
        program._variables = combinations.Count * (1 + situations.Length);
        for (var i = 0; i < combinations.Count && situations.Length > 0; i++)
        {
            // A case has one situation or more, each once: 0 <= y(s) <= T <= the sum of the y(s).
            var at = i;
            program._constraints.Add(new(0, double.PositiveInfinity, [(at, -1), .. Enumerable.Range(0, situations.Length).Select(s => (InSituation(at, s), 1.0))]));
            for (var s = 0; s < situations.Length; s++)
            {
                program._constraints.Add(new(double.NegativeInfinity, 0, [(InSituation(at, s), 1), (at, -1)]));
            }
        }

        // Every cell of every release: a published one fixes its sum; a suppressed one is at least 1 when its rule publishes zeros and
        // counts cases (a count of actions may be 0 and still suppressed, for its few contributing cases).
        var parts = new List<(int Release, string Table, IReadOnlyList<string> Categories, int[] Terms, int[] Months, Func<YearMonth, bool> Covers)>();
        foreach (var (release, table, cell) in cells)
        {
            var definition = releases[release].Definition;
            var (positions, maps, situationAt) = Reader(table);
            var situation = situationAt < 0 || cell.Categories[situationAt] == PublishedCell.Total ? -1 : Array.IndexOf(situations, cell.Categories[situationAt]);
            var terms = new List<int>();
            var termMonths = new List<int>();
            for (var i = 0; i < combinations.Count; i++)
            {
                var combination = combinations[i];
                if ((monthAt < 0 || monthsOf[release].Contains(categories[monthAt][combination[monthAt]])) && Matches(combination, cell, positions, maps, categories))
                {
                    terms.Add(situation < 0 ? i : InSituation(i, situation));
                    termMonths.Add(monthAt < 0 ? 0 : combination[monthAt]);
                }
            }

            var termArray = terms.ToArray();
            if (cell.Value is { } value)
            {
                program._constraints.Add(new(value, value, Ones(termArray), (release, new CellReference(table.Name, cell.Categories))));
            }
            else
            {
                if (!definition.Policy.SuppressZeros && definition.Unit != CountingUnit.Actions)
                {
                    program._constraints.Add(new(1, double.PositiveInfinity, Ones(termArray)));
                }

                program._audited.Add(new(table.Name, cell.Categories, releases[release].Report.Period, termArray, definition.Policy));
            }

            if (joint && withParts)
            {
                // The months the cell covers: its release's, within its own period category if it has one.
                var periodCategories = table.Dimensions.Select((td, i) => (td, code: cell.Categories[i])).Where(x => x.td.Dimension == StatisticsDimension.Period && x.code != PublishedCell.Total).ToArray();
                var period = definition.Period;
                parts.Add((release, table.Name, cell.Categories, termArray, termMonths.ToArray(), m => period.Contains(m) && periodCategories.All(x => ReportPeriod.Label(m, x.td.Granularity) == x.code)));
            }
        }

        // The headers: the cases counted are the grand total of a report counting cases; each header is also a series over months
        // of its own, whose value over each release's period is what that release published.
        var headerAtoms = Atoms(releases, span).ToArray();
        var headerBase = program._variables;
        program._variables += 2 * headerAtoms.Length;
        for (var r = 0; r < releases.Count; r++)
        {
            var (definition, report) = (releases[r].Definition, releases[r].Report);
            var period = definition.Period;
            var all = Enumerable.Range(0, combinations.Count).Where(i => monthAt < 0 || monthsOf[r].Contains(categories[monthAt][combinations[i][monthAt]])).ToArray();
            if (report.RecordsCounted is { } counted && definition.Unit != CountingUnit.Actions && definition.Tables.Count > 0)
            {
                program._constraints.Add(new(counted, counted, Ones(all)));
            }

            for (var h = 0; h < 2; h++)
            {
                var header = h == 0 ? report.RecordsCounted : report.ExcludedWithoutConsent;
                if (h == 1 && !definition.RequireConsentToStatistics)
                {
                    continue;
                }

                var terms = Enumerable.Range(0, headerAtoms.Length).Where(a => period.Contains(headerAtoms[a][0])).Select(a => headerBase + (2 * a) + h).ToArray();
                if (header is { } value)
                {
                    program._constraints.Add(new(value, value, Ones(terms)));
                }
                else
                {
                    program._audited.Add(new(h == 0 ? "header:recordsCounted" : "header:excludedWithoutConsent", [], report.Period, terms, definition.Policy));
                }
            }
        }

        program.Suppressed = program._audited.Count;
        if (joint && withParts)
        {
            // What subtraction reaches: every cell's part in each atom (the months the same periods cover), and each header's.
            var policy = releases[^1].Definition.Policy;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var atomOfMonth = new int[categories[monthAt].Length];
            var atomLabels = new List<string>();
            for (var a = 0; a < headerAtoms.Length; a++)
            {
                var labels = headerAtoms[a].Select(m => ReportPeriod.Label(m, PeriodGranularity.Month)).ToArray();
                foreach (var label in labels)
                {
                    atomOfMonth[Array.IndexOf(categories[monthAt], label)] = a;
                }

                atomLabels.Add(string.Join("+", labels));
            }

            foreach (var (_, table, cellCategories, terms, months, covers) in parts)
            {
                // One part per atom of the months the cell covers, even one whose combinations a published zero took out (it is then 0).
                var atoms = Enumerable.Range(0, headerAtoms.Length).Where(a => headerAtoms[a].Any(covers)).ToArray();
                if (atoms.Length < 2)
                {
                    continue;
                }

                foreach (var atom in atoms)
                {
                    var part = Enumerable.Range(0, terms.Length).Where(t => atomOfMonth[months[t]] == atom).Select(t => terms[t]).ToArray();
                    if (seen.Add($"{table}|{string.Join("|", cellCategories)}|{atomLabels[atom]}"))
                    {
                        program._audited.Add(new(table, cellCategories, atomLabels[atom], part, policy));
                    }
                }
            }

            for (var a = 0; a < headerAtoms.Length && releases.Count > 1; a++)
            {
                program._audited.Add(new("header:recordsCounted", [], atomLabels[a], [headerBase + (2 * a)], policy));
                if (releases.Any(r => r.Definition.RequireConsentToStatistics))
                {
                    program._audited.Add(new("header:excludedWithoutConsent", [], atomLabels[a], [headerBase + (2 * a) + 1], policy));
                }
            }
        }

        return program;
    }

    private static (int, double)[] Ones(int[] terms) => Array.ConvertAll(terms, t => (t, 1.0));

    private static bool Matches(int[] combination, PublishedCell cell, int[] positions, Dictionary<string, string>?[] maps, string[][] categories)
    {
        for (var d = 0; d < positions.Length; d++)
        {
            var p = positions[d];
            if (p < 0 || cell.Categories[d] == PublishedCell.Total)
            {
                continue;
            }

            var code = categories[p][combination[p]];
            if ((maps[d] is { } map && map.TryGetValue(code, out var coarse) ? coarse : code) != cell.Categories[d])
            {
                return false;
            }
        }

        return true;
    }

    // The combinations where a case can be, depth first: a branch ends as soon as a published zero covers it (a cell of count 0
    // whose situation, if any, is its total: no case at all in it, within its release's period).
    private static List<int[]> Combinations(
        (int Release, PublishedTable Table, PublishedCell Cell)[] cells,
        TableDimension[] dimensions,
        string[][] categories,
        int monthAt,
        HashSet<string>[] monthsOf,
        Func<PublishedTable, (int[] Positions, Dictionary<string, string>?[] Maps, int SituationAt)> reader)
    {
        // The zeros, by the depth at which every dimension they fix (and the month, when releases are audited together) is chosen.
        var zerosAt = Enumerable.Range(0, dimensions.Length).Select(_ => new List<(int Release, PublishedCell Cell, int[] Positions, Dictionary<string, string>?[] Maps)>()).ToArray();
        foreach (var (release, table, cell) in cells)
        {
            var (positions, maps, situationAt) = reader(table);
            if (cell.Value != 0 || (situationAt >= 0 && cell.Categories[situationAt] != PublishedCell.Total))
            {
                continue;
            }

            var depth = Enumerable.Range(0, positions.Length).Where(d => positions[d] >= 0 && cell.Categories[d] != PublishedCell.Total).Select(d => positions[d]).Append(monthAt).DefaultIfEmpty(-1).Max();
            if (depth >= 0)
            {
                zerosAt[depth].Add((release, cell, positions, maps));
            }
        }

        var result = new List<int[]>();
        var combination = new int[dimensions.Length];
        void Walk(int depth)
        {
            if (depth == dimensions.Length)
            {
                if (result.Count > MaxUnknowns)
                {
                    return;
                }

                result.Add((int[])combination.Clone());
                return;
            }

            for (var c = 0; c < categories[depth].Length && result.Count <= MaxUnknowns; c++)
            {
                combination[depth] = c;
                var covered = false;
                foreach (var (release, cell, positions, maps) in zerosAt[depth])
                {
                    if ((monthAt < 0 || monthsOf[release].Contains(categories[monthAt][combination[monthAt]])) && Matches(combination, cell, positions, maps, categories))
                    {
                        covered = true;
                        break;
                    }
                }

                if (!covered)
                {
                    Walk(depth + 1);
                }
            }
        }

        if (dimensions.Length == 0)
        {
            result.Add([]);
        }
        else
        {
            Walk(0);
        }

        return result;
    }

    // The months of the span grouped by the releases' periods that contain them.
    private static IEnumerable<YearMonth[]> Atoms(IReadOnlyList<PublishedRelease> releases, YearMonth[] span) =>
        span.Where(m => releases.Any(r => r.Definition.Period.Contains(m)))
            .GroupBy(m => string.Concat(releases.Select(r => r.Definition.Period.Contains(m) ? '1' : '0')), StringComparer.Ordinal)
            .Select(g => g.ToArray());

    private static YearMonth[] Span(IEnumerable<ReportPeriod> periods)
    {
        var all = periods.ToArray();
        static int Index(YearMonth m) => (m.Year * 12) + m.Month - 1;
        var first = all.Min(p => Index(p.First));
        var last = all.Max(p => Index(p.First) + p.Months - 1);
        return Enumerable.Range(first, last - first + 1).Select(i => new YearMonth(i / 12, (i % 12) + 1)).ToArray();
    }

    // For a dimension shown at two levels: each finer category's coarser one.
    private static Dictionary<string, string> Coarsening(TerritoryHierarchy? hierarchy, YearMonth[] span, TableDimension finest, TableDimension coarse)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (coarse.Dimension == StatisticsDimension.Territory)
        {
            var territories = hierarchy ?? throw new ArgumentException("A territory dimension needs the definition's hierarchy.", "definition");
            foreach (var leaf in territories.CodesAt(0))
            {
                map[territories.At(leaf, finest.TerritoryLevel)] = territories.At(leaf, coarse.TerritoryLevel);
            }
        }
        else
        {
            foreach (var month in span)
            {
                map[ReportPeriod.Label(month, finest.Granularity)] = ReportPeriod.Label(month, coarse.Granularity);
            }
        }

        return map;
    }
}
