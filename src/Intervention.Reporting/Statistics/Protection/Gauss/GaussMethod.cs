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
    public HashSet<(int Table, int Cell)> Protect(ProtectionProblem problem, IReadOnlySet<(int Table, int Cell)> forced)
    {
        // Every cell as a vector in the protector's coordinates, once for all passes.
        var (policy, unit, tables) = (problem.Policy, problem.Unit, problem.Tables);
        var (known, protectedBefore, derived, innerWeights) = (problem.Known, problem.ProtectedBefore, problem.Derived, problem.Inner.Weights);
        var coordinates = problem.Coordinates();
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

            if (!policy.SuppressZeros && unit.OneIsOneRecord)
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
}
