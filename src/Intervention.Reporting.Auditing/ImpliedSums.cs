using System;
using System.Collections.Generic;
using System.Linq;

namespace Intervention.Reporting.Auditing;

/// <summary>
/// Takes out of the attacker's program the published sums that other published sums already imply: a margin whose unknowns are
/// exactly those of smaller published cells, none shared, and whose value is the sum of theirs; and a second copy of a sum
/// published twice with the same value (the records counted beside the grand total). Every count keeps the same feasible values,
/// but the margins no longer tie together the parts of the table they add up, so the program falls into smaller blocks.
/// </summary>
/// <remarks>A sum is taken out only on the strength of strictly smaller sums (or of an identical one kept), so by induction on
/// their size everything taken out is implied by what is kept. Nothing is taken out when the values disagree: the solver then
/// finds the published values inconsistent, as it would have.</remarks>
internal static class ImpliedSums
{
    private const double Tolerance = 1e-6;

    /// <summary>The constraints without those the others imply.</summary>
    /// <param name="variables">The number of unknowns.</param>
    /// <param name="constraints">The program's constraints.</param>
    /// <returns>The constraints kept, in their order.</returns>
    public static List<AuditConstraint> Without(int variables, IReadOnlyList<AuditConstraint> constraints)
    {
        // The published sums: equal bounds, every coefficient 1, no unknown twice.
        var isSum = new bool[constraints.Count];
        var byVariable = new List<int>?[variables];
        var mark = new int[variables];
        Array.Fill(mark, -1);
        for (var c = 0; c < constraints.Count; c++)
        {
            var (lower, upper, terms, _) = constraints[c];
            if (lower != upper || terms.Length == 0 || terms.Any(t => t.Coefficient != 1) || HasRepeat(terms, mark, c))
            {
                continue;
            }

            isSum[c] = true;
            foreach (var (variable, _) in terms)
            {
                (byVariable[variable] ??= []).Add(c);
            }
        }

        // Largest first, so that the first subset found for an unknown covers the most of it.
        foreach (var list in byVariable)
        {
            list?.Sort((a, b) => constraints[b].Terms.Length.CompareTo(constraints[a].Terms.Length));
        }

        var dropped = new bool[constraints.Count];
        DropDuplicates(constraints, isSum, dropped);
        Array.Fill(mark, -1);
        var covered = new int[variables];
        Array.Fill(covered, -1);
        for (var m = 0; m < constraints.Count; m++)
        {
            if (!isSum[m] || dropped[m] || constraints[m].Terms.Length < 2)
            {
                continue;
            }

            var terms = constraints[m].Terms;
            foreach (var (variable, _) in terms)
            {
                mark[variable] = m;
            }

            var sum = 0.0;
            var whole = true;
            foreach (var (variable, _) in terms)
            {
                if (covered[variable] == m)
                {
                    continue;
                }

                var child = byVariable[variable]!.FirstOrDefault(c => c != m && constraints[c].Terms.Length < terms.Length && Fits(constraints[c].Terms, mark, covered, m), -1);
                if (child < 0)
                {
                    whole = false;
                    break;
                }

                foreach (var (inner, _) in constraints[child].Terms)
                {
                    covered[inner] = m;
                }

                sum += constraints[child].Lower;
            }

            dropped[m] = whole && Math.Abs(sum - constraints[m].Lower) <= Tolerance;
        }

        return constraints.Where((_, c) => !dropped[c]).ToList();
    }

    // Whether a sum's unknowns are all within the margin and none is covered yet.
    private static bool Fits((int Variable, double Coefficient)[] terms, int[] mark, int[] covered, int margin)
    {
        foreach (var (variable, _) in terms)
        {
            if (mark[variable] != margin || covered[variable] == margin)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasRepeat((int Variable, double Coefficient)[] terms, int[] mark, int stamp)
    {
        foreach (var (variable, _) in terms)
        {
            if (mark[variable] == stamp)
            {
                return true;
            }

            mark[variable] = stamp;
        }

        return false;
    }

    // A sum published twice with the same value: the later copies go (the first is kept).
    private static void DropDuplicates(IReadOnlyList<AuditConstraint> constraints, bool[] isSum, bool[] dropped)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < constraints.Count; c++)
        {
            if (!isSum[c])
            {
                continue;
            }

            var key = string.Join(",", constraints[c].Terms.Select(t => t.Variable).Order());
            if (!seen.TryAdd(key, c))
            {
                dropped[c] = Math.Abs(constraints[seen[key]].Lower - constraints[c].Lower) <= Tolerance;
            }
        }
    }
}
