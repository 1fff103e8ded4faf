using System;
using System.Collections.Generic;
using System.Linq;

namespace Intervention.Reporting.Auditing;

/// <summary>
/// Bounds of a sum of counts that the constraints give without solving (its floor and its ceiling), so that a feasible point at
/// which the sum reaches one of them proves that bound to be the optimum: the audit then needs no solve for it. A solve for one
/// cell's bound leaves such a point, and it often puts other cells at theirs (the cells of the same rectangle of suppressed cells
/// go to their extremes together).
/// </summary>
/// <remarks>
/// Every count is at least its lower bound: its value where a published cell fixes it, else what a constraint on it alone says
/// (a suppressed cell of one count is at least 1 where zeros are published), else 0. The floor of a sum is the larger of its counts'
/// lower bounds added up and of the lower bound of a constraint on exactly its counts. Its ceiling is, over the published sums that
/// contain all its counts with coefficient 1, the smallest of the published value less the lower bounds of the other counts.
/// </remarks>
internal sealed class ReachedBounds
{
    private const double Tolerance = 1e-6;
    private readonly double[] _fixed;
    private readonly double[] _lower;
    private readonly IReadOnlyList<AuditConstraint> _constraints;
    private readonly List<int>?[] _sumsOf;
    private readonly Dictionary<string, double> _floorOfSet = new(StringComparer.Ordinal);
    private readonly int[] _mark;
    private int _stamp;

    /// <summary>Reads the bounds off the constraints left once the fixed counts are replaced by their values.</summary>
    /// <param name="fixedValues">Each count's fixed value, or NaN.</param>
    /// <param name="constraints">The constraints on the counts not fixed (their values moved to the bounds), in the same numbers.</param>
    public ReachedBounds(double[] fixedValues, IReadOnlyList<AuditConstraint> constraints)
    {
        (_fixed, _constraints) = (fixedValues, constraints);
        var variables = fixedValues.Length;
        _lower = new double[variables];
        _sumsOf = new List<int>?[variables];
        _mark = new int[variables];
        for (var c = 0; c < constraints.Count; c++)
        {
            var (lower, upper, terms, _) = constraints[c];
            if (terms.Length == 1 && terms[0].Coefficient > 0)
            {
                _lower[terms[0].Variable] = Math.Max(_lower[terms[0].Variable], lower / terms[0].Coefficient);
            }

            if (terms.All(t => t.Coefficient == 1) && terms.Select(t => t.Variable).Distinct().Count() == terms.Length)
            {
                var key = Key(terms.Select(t => t.Variable));
                _floorOfSet[key] = Math.Max(_floorOfSet.GetValueOrDefault(key, double.NegativeInfinity), lower);
                if (lower == upper)
                {
                    foreach (var (variable, _) in terms)
                    {
                        (_sumsOf[variable] ??= []).Add(c);
                    }
                }
            }
        }
    }

    /// <summary>The smallest value the constraints allow a sum of counts at a glance (a bound no solution goes below).</summary>
    public double Floor(int[] terms)
    {
        var (constant, live) = Split(terms);
        if (live.Length == 0)
        {
            return constant;
        }

        var floor = live.Sum(t => _lower[t]);
        return constant + Math.Max(floor, _floorOfSet.GetValueOrDefault(Key(live), double.NegativeInfinity));
    }

    /// <summary>The largest value the published sums allow a sum of counts at a glance (positive infinity when none contains it).</summary>
    public double Ceiling(int[] terms)
    {
        var (constant, live) = Split(terms);
        if (live.Length == 0)
        {
            return constant;
        }

        if (live.Distinct().Count() != live.Length || _sumsOf[live[0]] is not { } candidates)
        {
            return double.PositiveInfinity;
        }

        _stamp++;
        foreach (var t in live)
        {
            _mark[t] = _stamp;
        }

        var ceiling = double.PositiveInfinity;
        foreach (var c in candidates)
        {
            var (value, _, sumTerms, _) = _constraints[c];
            var inside = 0;
            var others = 0.0;
            foreach (var (variable, _) in sumTerms)
            {
                if (_mark[variable] == _stamp)
                {
                    inside++;
                }
                else
                {
                    others += _lower[variable];
                }
            }

            if (inside == live.Length)
            {
                ceiling = Math.Min(ceiling, value - others);
            }
        }

        return constant + ceiling;
    }

    /// <summary>Whether a value of a sum at a feasible point is its floor (or its ceiling), within the solver's tolerance.</summary>
    public static bool Reaches(double value, double bound) => !double.IsInfinity(bound) && Math.Abs(value - bound) <= Tolerance * Math.Max(1, Math.Abs(bound));

    private (double Constant, int[] Live) Split(int[] terms)
    {
        var constant = 0.0;
        var live = new List<int>(terms.Length);
        foreach (var t in terms)
        {
            if (double.IsNaN(_fixed[t]))
            {
                live.Add(t);
            }
            else
            {
                constant += _fixed[t];
            }
        }

        return (constant, live.ToArray());
    }

    private static string Key(IEnumerable<int> variables) => string.Join(",", variables.Order());
}
