using System;
using System.Collections.Generic;
using System.Linq;

namespace Intervention.Reporting.Statistics.Protection.Gauss;

/// <summary>
/// Complementary suppression by Gaussian elimination (<see cref="ComplementaryProtection.Gauss"/>), after SSBtools'
/// GaussSuppression: candidates are tried in a fixed order (most margins first, then the largest count), and one is published
/// unless it would bring a primary's vector into the span of the published ones, give the insider a primary, or pin a quantity at
/// its a-priori bound; the threshold is raised one step at a time (<see cref="ThresholdChain"/>).
/// </summary>
internal sealed class GaussMethod : IComplementaryProtector
{
    private GaussMethod()
    {
    }

    /// <summary>Gets the method.</summary>
    public static GaussMethod Instance { get; } = new();

    /// <inheritdoc />
    public bool ReadsMembers => true;

    /// <inheritdoc />
    public ProtectionOutcome Protect(ProtectionProblem problem, IReadOnlySet<(int Table, int Cell)> forced) =>
        new(Cells(problem, forced), new ProtectionChoice("Gauss", "The policy names the Gauss method."));

    /// <summary>The cells to suppress, by table and cell.</summary>
    public HashSet<(int Table, int Cell)> Cells(ProtectionProblem problem, IReadOnlySet<(int Table, int Cell)> forced)
    {
        // Every cell as a vector in the protector's coordinates, once for all passes, in the order candidates are tried.
        var coordinates = problem.Coordinates();
        var zeros = coordinates.KnownZeros().ToList();
        var knownVectors = problem.Known.Select(coordinates.Of).ToList();
        var (order, positionOf) = CandidateOrder(problem, coordinates);

        // Thresholds are raised one step at a time and what was suppressed stays suppressed, so that a higher threshold never
        // publishes a cell a lower one suppressed.
        var suppressed = new bool[order.Length];
        foreach (var cell in forced)
        {
            suppressed[positionOf[cell]] = true;
        }

        var (atBound, exact) = BoundQuantities(problem, coordinates, order, [.. zeros, .. knownVectors]);
        new ThresholdChain
        {
            Candidates = Array.ConvertAll(order, c => (c.Vector, c.PrimaryCount, c.Members.Length == 0)),
            IdentityOf = p => Identity(order[p].Members),
            Known = [.. zeros, .. knownVectors],
            Protected = problem.ProtectedBefore.Where(m => m.Members.Length > 0).Select(m => (Vector: coordinates.Of(m.Members), Identity: Identity(m.Members), Singleton: m.Weight == 1)).ToList(),
            Derived = problem.Derived.Where(d => d.Members.Length > 0).Select(d => (Vector: coordinates.Of(d.Members), Identity: Identity(d.Members), d.Weight)).ToList(),
            Threshold = problem.Policy.Threshold,
            SuppressZeros = problem.Policy.SuppressZeros,
            Guard = atBound.Count == 0 ? null : protector => new BoundGuard(protector, atBound.ConvertAll(q => q.Vector), exact),
        }.Run(suppressed);

        var result = new HashSet<(int Table, int Cell)>();
        for (var p = 0; p < order.Length; p++)
        {
            if (suppressed[p])
            {
                result.Add((order[p].Table, order[p].Cell));
            }
        }

        return result;
    }

    // A text that is the same for two cells exactly when they sum the same inner cells.
    private static string Identity(int[] members) => string.Join(",", members.Order());

    // Every cell of every table, most margins first, then the largest count, then table and cell (sorting positions, not the cells
    // themselves); and each cell's place in that order.
    private static (Candidate[] Order, Dictionary<(int Table, int Cell), int> PositionOf) CandidateOrder(ProtectionProblem problem, CellCoordinates coordinates)
    {
        var (policy, tables) = (problem.Policy, problem.Tables);
        var all = tables.SelectMany((t, ti) => t.Counts.Select((count, ci) => new Candidate(ti, ci, count, t.Effective(policy.SuppressZeros, ci), t.Members[ci], t.MarginCount(ci), coordinates.Of(t.Members[ci])))).ToArray();
        var positions = Enumerable.Range(0, all.Length).ToArray();
        Array.Sort(positions, (a, b) =>
        {
            var c = all[b].Margins.CompareTo(all[a].Margins);
            c = c != 0 ? c : all[b].Count.CompareTo(all[a].Count);
            c = c != 0 ? c : all[a].Table.CompareTo(all[b].Table);
            return c != 0 ? c : all[a].Cell.CompareTo(all[b].Cell);
        });
        var order = Array.ConvertAll(positions, p => all[p]);
        var positionOf = new Dictionary<(int Table, int Cell), int>(order.Length);
        for (var p = 0; p < order.Length; p++)
        {
            positionOf[(order[p].Table, order[p].Cell)] = p;
        }

        return (order, positionOf);
    }

    // The reader's a priori bounds (a suppressed cell is at least 1 when zeros are published, every count at least 0) may pin what
    // the published cells leave free: each pass refuses a candidate that would make the published cells determine a non-negative
    // combination of quantities at their bound (BoundGuard; BoundPinning says why that is what pins). Rounded counts give no exact
    // sums to combine. At their bound: the inner cells of no record (zeros suppressed); when zeros are published (cases or persons),
    // the cells of a single record, all primary, of this release and of earlier ones, and each cell's part of a single record in a
    // part of the periods, which a release of that part would show suppressed (releases come in any order). What earlier releases
    // and the known zeros pin already, this release cannot hide (the reader knows it exactly): those are returned beside.
    private static (List<(ModularVector Vector, string Identity)> AtBound, List<ModularVector> Exact) BoundQuantities(ProtectionProblem problem, CellCoordinates coordinates, Candidate[] order, List<ModularVector> known)
    {
        var atBound = new List<(ModularVector Vector, string Identity)>();
        if (problem.Policy.Rounding != RoundingRule.None)
        {
            return (atBound, []);
        }

        void AtBound(ModularVector vector, int[] members) => atBound.Add((vector, Identity(members)));
        var innerWeights = problem.Inner.Weights;
        foreach (var i in Enumerable.Range(0, innerWeights.Length).Where(i => innerWeights[i] == 0))
        {
            AtBound(coordinates.Of([i]), [i]);
        }

        if (!problem.Policy.SuppressZeros && problem.Unit.OneIsOneRecord)
        {
            foreach (var c in order.Where(c => c.Count == 1))
            {
                AtBound(c.Vector, c.Members);
            }

            foreach (var m in problem.ProtectedBefore.Where(m => m.Members.Length > 0 && m.Weight == 1))
            {
                AtBound(coordinates.Of(m.Members), m.Members);
            }

            foreach (var d in problem.Derived.Where(d => d.Members.Length > 0 && d.Weight == 1))
            {
                AtBound(coordinates.Of(d.Members), d.Members);
            }
        }

        return (atBound, BoundPinning.KnownAlready(known, atBound));
    }

    // A cell of a table as a candidate: its count, the count the primary rule reads (TabulatedTable.PrimaryCount), the inner cells it sums, how many margins it is, its vector.
    private readonly record struct Candidate(int Table, int Cell, long Count, long PrimaryCount, int[] Members, int Margins, ModularVector Vector);
}
