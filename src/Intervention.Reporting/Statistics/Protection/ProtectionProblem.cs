using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Reporting.Statistics.Counting;
using Intervention.Reporting.Statistics.Dimensions;
using Intervention.Reporting.Statistics.Protection.Gauss;
using Intervention.Reporting.Statistics.Tabulation;
using NodaTime;

namespace Intervention.Reporting.Statistics.Protection;

/// <summary>
/// What protection works on, built once per report: this report's tables over the inner cells, what the earlier releases
/// published (known sums) and suppressed (sums still protected), each cell's part over the months the periods cover alike (what
/// subtracting releases reveals), and the inner cells' weights. Every sum is given by the inner cells it adds up (their positions).
/// </summary>
/// <remarks>Nothing here changes once built: a protection method reads it and returns the cells it suppresses, so the same problem
/// can be protected again with other cells suppressed beforehand, without counting the records again.</remarks>
internal sealed class ProtectionProblem
{
    private ProtectionProblem(ReportDefinition definition, CountedUnit unit, DimensionPlan plan, InnerCells inner, TabulatedTable[] tables, IReadOnlyList<int[]> known, IReadOnlyList<(int[] Members, long Weight)> protectedBefore, IReadOnlyList<(int[] Members, long Weight)> derived)
    {
        Definition = definition;
        Unit = unit;
        Plan = plan;
        Inner = inner;
        Tables = tables;
        Known = known;
        ProtectedBefore = protectedBefore;
        Derived = derived;
    }

    /// <summary>Gets the report's definition.</summary>
    public ReportDefinition Definition { get; }

    /// <summary>Gets the policy.</summary>
    public DisclosurePolicy Policy => Definition.Policy;

    /// <summary>Gets the counting unit's rules.</summary>
    public CountedUnit Unit { get; }

    /// <summary>Gets the dimensions.</summary>
    public DimensionPlan Plan { get; }

    /// <summary>Gets the inner cells.</summary>
    public InnerCells Inner { get; }

    /// <summary>Gets this report's tables, in the definition's order.</summary>
    public TabulatedTable[] Tables { get; }

    /// <summary>Gets the sums earlier releases published.</summary>
    public IReadOnlyList<int[]> Known { get; }

    /// <summary>Gets the sums earlier releases suppressed that stay protected (small under either release's rule), with their count
    /// as the primary rule reads it.</summary>
    public IReadOnlyList<(int[] Members, long Weight)> ProtectedBefore { get; }

    /// <summary>Gets each cell's part over a set of months the periods cover alike, with its count as the primary rule reads it.</summary>
    public IReadOnlyList<(int[] Members, long Weight)> Derived { get; }

    /// <summary>The coordinates a Gauss protector works in (new each time: they hold work space).</summary>
    public CellCoordinates Coordinates() => CellCoordinates.For(Inner.Keys.Select(k => k.Values).ToArray(), Inner.Weights);

    /// <summary>Builds the problem.</summary>
    /// <param name="definition">The report's definition.</param>
    /// <param name="unit">The unit's rules.</param>
    /// <param name="plan">The dimensions.</param>
    /// <param name="counted">The inner cells counted.</param>
    /// <param name="previousReleases">The releases already published.</param>
    /// <param name="withMembers">Whether the protection method reads which inner cells each cell sums.</param>
    /// <exception cref="ArgumentException">A release's report has a cell its definition does not.</exception>
    public static ProtectionProblem Build(ReportDefinition definition, CountedUnit unit, DimensionPlan plan, CountedCells counted, IReadOnlyList<PublishedRelease> previousReleases, bool withMembers)
    {
        if (definition.Policy.SuppressZeros && withMembers)
        {
            // With earlier releases, every part of every release's cell over the months the periods cover alike: otherwise a part
            // no record falls in (the first quarter of a half-year cell whose records all fall in the second) would have no inner
            // cell, so it would be taken as known to be 0 and left unprotected, while subtracting this report's cell from the
            // earlier one gives that 0 away.
            EmptyCells.Add(definition, plan, counted.Inner);
            foreach (var atom in previousReleases.Count == 0 ? [] : PeriodAtoms.Of(plan.Periods, plan.Span))
            {
                foreach (var source in previousReleases.Select(r => r.Definition).Append(definition))
                {
                    EmptyCells.Add(source, plan, counted.Inner, atom);
                }
            }
        }

        var inner = InnerCells.Sort(counted.Inner, plan);
        var wholeSpan = previousReleases.Count == 0;

        // Which inner cells each cell sums is what the protector works on, and what earlier releases are compared by.
        withMembers |= previousReleases.Count > 0;
        var tables = definition.Tables.Select(t => Tabulator.Tabulate(t, plan, inner, inner.Within(definition.Period, wholeSpan), withMembers)).ToArray();
        var known = new List<int[]>();
        var protectedBefore = new List<(int[] Members, long Weight)>();
        var releaseTables = new List<TabulatedTable>();
        foreach (var release in previousReleases)
        {
            var within = inner.Within(release.Definition.Period, wholeSpan);
            foreach (var table in release.Definition.Tables)
            {
                var tabulation = Tabulator.Tabulate(table, plan, inner, within, withMembers: true);
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
        foreach (var atom in PeriodAtoms.Of(plan.Periods, plan.Span))
        {
            foreach (var table in tables.Concat(releaseTables))
            {
                for (var c = 0; c < table.Members.Length; c++)
                {
                    var members = table.Members[c];
                    var part = members.Where(i => atom.Contains(inner.Months[i])).ToArray();
                    if (part.Length > 0 && part.Length < members.Length)
                    {
                        derived.Add((part, TabulatedTable.PrimaryCount(definition.Policy.SuppressZeros, part.Sum(i => inner.Weights[i]), part.Sum(i => inner.Cases[i]))));
                    }
                }
            }
        }

        return new ProtectionProblem(definition, unit, plan, inner, tables, known, protectedBefore, derived);
    }

    /// <summary>The cells to suppress beforehand, by table and cell.</summary>
    /// <exception cref="ArgumentException">A cell is not in the definition.</exception>
    public HashSet<(int Table, int Cell)> Resolve(IReadOnlyCollection<CellReference> suppressBeforehand)
    {
        var forced = new HashSet<(int Table, int Cell)>();
        foreach (var reference in suppressBeforehand)
        {
            ArgumentNullException.ThrowIfNull(reference, nameof(suppressBeforehand));
            var t = Array.FindIndex(Tables, x => x.Definition.Name == reference.Table);
            var c = t < 0 ? -1 : Enumerable.Range(0, Tables[t].Counts.Length).FirstOrDefault(i => Tables[t].Labels(i).SequenceEqual(reference.Categories, StringComparer.Ordinal), -1);
            forced.Add(c >= 0 ? (t, c) : throw new ArgumentException($"No cell {reference} in the definition.", nameof(suppressBeforehand)));
        }

        return forced;
    }
}
