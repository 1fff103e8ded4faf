using System;
using System.Collections.Generic;
using System.Linq;

namespace Intervention.Reporting.Statistics.Protection.Gauss;

/// <summary>
/// Whether some combination of linear relations, with weights not all zero, has no negative coefficient: the question the reader's
/// a priori bounds turn on (see <see cref="BoundPinning"/>).
/// </summary>
/// <remarks>
/// Each relation has a column of its own (coefficient 1, in no other relation) and coefficients on shared columns. A combination with
/// no negative coefficient then has weights y ≥ 0 (its own columns are the weights), and the question is the linear program
/// y ≥ 0, Σ y = 1, Σᵢ yᵢ·Mᵢⱼ ≥ 0 for every shared column j. It is decided exactly, over rationals, by the first phase of the simplex
/// method with Bland's rule (which cannot cycle), so the answer is a proof either way: the weights found, or an optimum above zero.
/// </remarks>
internal static class NonNegativeRelation
{
    /// <summary>Weights, one per relation (at least one positive), that leave no shared coefficient negative; or null if there are
    /// none.</summary>
    /// <param name="relations">Each relation's coefficients on the shared columns (those it does not hold are zero).</param>
    public static Rational[]? Find(IReadOnlyList<IReadOnlyDictionary<int, Rational>> relations)
    {
        var k = relations.Count;
        if (k == 0)
        {
            return null;
        }

        // A relation with no negative coefficient answers alone.
        for (var i = 0; i < k; i++)
        {
            if (relations[i].Values.All(v => v.Sign >= 0))
            {
                var alone = Enumerable.Repeat(Rational.Zero, k).ToArray();
                alone[i] = Rational.One;
                return alone;
            }
        }

        var shared = relations.SelectMany(r => r.Keys).Distinct().Order().ToArray();
        var (tableau, cost, basis) = FirstPhase(relations, shared);
        Minimise(tableau, cost, basis);
        var columns = cost.Length - 1;

        // The optimum is minus the objective row's right-hand side: zero exactly when the program is feasible.
        if (!cost[columns].IsZero)
        {
            return null;
        }

        var weights = Enumerable.Repeat(Rational.Zero, k).ToArray();
        for (var r = 0; r < basis.Length; r++)
        {
            if (basis[r] < k)
            {
                weights[basis[r]] = tableau[r, columns];
            }
        }

        return weights;
    }

    // The first phase's tableau: a row per shared column (Σᵢ yᵢ·Mᵢⱼ − sⱼ + aⱼ = 0) and one for Σ y = 1 (+ a = 1). Columns: the weights
    // y (k), a surplus per shared column (q), an artificial per row (q + 1); then the right-hand side. The artificials are the first
    // basis, and the cost row (which minimises their sum) holds minus the sums of the rows' entries.
    private static (Rational[,] Tableau, Rational[] Cost, int[] Basis) FirstPhase(IReadOnlyList<IReadOnlyDictionary<int, Rational>> relations, int[] shared)
    {
        var (k, q) = (relations.Count, shared.Length);
        var rows = q + 1;
        var columns = k + q + rows;
        var tableau = new Rational[rows, columns + 1];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c <= columns; c++)
            {
                tableau[r, c] = Rational.Zero;
            }
        }

        for (var j = 0; j < q; j++)
        {
            for (var i = 0; i < k; i++)
            {
                if (relations[i].TryGetValue(shared[j], out var coefficient))
                {
                    tableau[j, i] = coefficient;
                }
            }

            tableau[j, k + j] = -Rational.One;
        }

        for (var i = 0; i < k; i++)
        {
            tableau[q, i] = Rational.One;
        }

        tableau[q, columns] = Rational.One;
        var basis = new int[rows];
        for (var r = 0; r < rows; r++)
        {
            tableau[r, k + q + r] = Rational.One;
            basis[r] = k + q + r;
        }

        var cost = new Rational[columns + 1];
        for (var c = 0; c <= columns; c++)
        {
            var sum = Rational.Zero;
            if (c < k + q || c == columns)
            {
                for (var r = 0; r < rows; r++)
                {
                    sum -= tableau[r, c];
                }
            }

            cost[c] = sum;
        }

        return (tableau, cost, basis);
    }

    // The simplex method with Bland's rule: the first column of negative reduced cost enters, the row of least ratio leaves (the
    // lowest basic column among ties), until no reduced cost is negative.
    private static void Minimise(Rational[,] tableau, Rational[] cost, int[] basis)
    {
        var (rows, columns) = (basis.Length, cost.Length - 1);
        while (Array.FindIndex(cost, 0, columns, c => c.Sign < 0) is var entering and >= 0)
        {
            var leaving = -1;
            Rational best = Rational.Zero;
            for (var r = 0; r < rows; r++)
            {
                if (tableau[r, entering].Sign <= 0)
                {
                    continue;
                }

                var ratio = tableau[r, columns] / tableau[r, entering];
                var order = leaving < 0 ? -1 : (ratio - best).Sign;
                if (order < 0 || (order == 0 && basis[r] < basis[leaving]))
                {
                    (leaving, best) = (r, ratio);
                }
            }

            if (leaving < 0)
            {
                // The artificials' sum is bounded below by zero: no column can decrease it without limit.
                throw new InvalidOperationException("The first phase is unbounded, which cannot be.");
            }

            Pivot(tableau, cost, leaving, entering, rows, columns);
            basis[leaving] = entering;
        }
    }

    private static void Pivot(Rational[,] tableau, Rational[] cost, int row, int column, int rows, int columns)
    {
        var pivot = tableau[row, column];
        for (var c = 0; c <= columns; c++)
        {
            tableau[row, c] /= pivot;
        }

        for (var r = 0; r < rows; r++)
        {
            var factor = tableau[r, column];
            if (r == row || factor.IsZero)
            {
                continue;
            }

            for (var c = 0; c <= columns; c++)
            {
                if (!tableau[row, c].IsZero)
                {
                    tableau[r, c] -= factor * tableau[row, c];
                }
            }
        }

        var f = cost[column];
        if (!f.IsZero)
        {
            for (var c = 0; c <= columns; c++)
            {
                if (!tableau[row, c].IsZero)
                {
                    cost[c] -= f * tableau[row, c];
                }
            }
        }
    }
}
