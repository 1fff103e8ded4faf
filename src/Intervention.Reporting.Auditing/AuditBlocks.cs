using System;
using System.Collections.Generic;
using System.Linq;

namespace Intervention.Reporting.Auditing;

/// <summary>
/// The attacker's program taken apart where it can be without changing any bound: a count that a published cell fixes on its own
/// is replaced by its value everywhere, and what is left falls into blocks that share no count (the connected components of the
/// constraints). A sum's smallest and largest values are the sums, over the blocks it reaches, of its part's smallest and largest
/// values in each block, since the blocks' counts are chosen independently. Each block has its own solver, built when a bound
/// first needs it, so the audit solves only the part of the program a suppressed cell is connected to.
/// </summary>
internal sealed class AuditBlocks : IDisposable
{
    private const double Tolerance = 1e-6;
    private readonly int[] _block;
    private readonly int[] _local;
    private readonly double[] _fixed;
    private readonly int[] _sizes;
    private readonly double[][] _caps;
    private readonly List<AuditConstraint>[] _constraints;
    private readonly AuditSolver?[] _solvers;
    private readonly double _bound;

    private AuditBlocks(int[] block, int[] local, double[] fixedValues, int[] sizes, List<AuditConstraint>[] constraints, double bound, ReachedBounds reached, bool capped = true)
    {
        (_block, _local, _fixed, _sizes, _constraints, _bound, Reached) = (block, local, fixedValues, sizes, constraints, bound, reached);
        _solvers = new AuditSolver?[sizes.Length];

        // Each count below the smallest published sum that holds it (less the others' lower bounds): bounds the program implies.
        _caps = Enumerable.Range(0, sizes.Length).Select(b => new double[sizes[b]]).ToArray();
        for (var v = 0; v < block.Length; v++)
        {
            if (capped && block[v] >= 0)
            {
                _caps[block[v]][local[v]] = reached.Ceiling([v]);
            }
            else if (block[v] >= 0)
            {
                _caps[block[v]][local[v]] = double.PositiveInfinity;
            }
        }
    }


    /// <summary>Gets the bounds of a sum that the constraints give without a solve.</summary>
    public ReachedBounds Reached { get; }

    /// <summary>Gets the number of blocks.</summary>
    public int Count => _sizes.Length;

    /// <summary>The program in one block, as it is (what the audit without shortcuts solves).</summary>
    public static AuditBlocks Whole(int variables, IReadOnlyList<AuditConstraint> constraints, double bound)
    {
        var fixedValues = new double[variables];
        Array.Fill(fixedValues, double.NaN);
        return new AuditBlocks(new int[variables], Enumerable.Range(0, variables).ToArray(), fixedValues, [variables], [constraints.ToList()], bound, new ReachedBounds(fixedValues, constraints), capped: false);
    }

    /// <summary>The program with its fixed counts replaced by their values, in blocks that share no count.</summary>
    /// <exception cref="InvalidOperationException">The published values are inconsistent.</exception>
    public static AuditBlocks Split(int variables, IReadOnlyList<AuditConstraint> constraints, double bound)
    {
        var fixedValues = Fix(variables, constraints, bound);

        // The constraints left, on the counts not fixed; one with none left must hold on the fixed values alone.
        var left = new List<(double Lower, double Upper, (int Variable, double Coefficient)[] Terms)>(constraints.Count);
        foreach (var (lower, upper, terms, _) in constraints)
        {
            var offset = 0.0;
            var live = new List<(int, double)>(terms.Length);
            foreach (var (variable, coefficient) in terms)
            {
                if (double.IsNaN(fixedValues[variable]))
                {
                    live.Add((variable, coefficient));
                }
                else
                {
                    offset += coefficient * fixedValues[variable];
                }
            }

            if (live.Count > 0)
            {
                left.Add((lower - offset, upper - offset, live.ToArray()));
            }
            else if (offset < lower - Tolerance || offset > upper + Tolerance)
            {
                throw Inconsistent();
            }
        }

        // Blocks: counts that share a constraint are in the same block.
        var parent = Enumerable.Range(0, variables).ToArray();
        int Root(int v)
        {
            while (parent[v] != v)
            {
                (v, parent[v]) = (parent[v], parent[parent[v]]);
            }

            return v;
        }

        foreach (var (_, _, terms) in left)
        {
            var first = Root(terms[0].Variable);
            foreach (var (variable, _) in terms)
            {
                parent[Root(variable)] = first;
            }
        }

        var block = new int[variables];
        var local = new int[variables];
        var numberOf = new Dictionary<int, int>();
        var sizes = new List<int>();
        for (var v = 0; v < variables; v++)
        {
            if (!double.IsNaN(fixedValues[v]))
            {
                (block[v], local[v]) = (-1, -1);
                continue;
            }

            var root = Root(v);
            if (!numberOf.TryGetValue(root, out var b))
            {
                numberOf[root] = b = sizes.Count;
                sizes.Add(0);
            }

            (block[v], local[v]) = (b, sizes[b]++);
        }

        var byBlock = Enumerable.Range(0, sizes.Count).Select(_ => new List<AuditConstraint>()).ToArray();
        foreach (var (lower, upper, terms) in left)
        {
            byBlock[block[terms[0].Variable]].Add(new AuditConstraint(lower, upper, Array.ConvertAll(terms, t => (local[t.Variable], t.Coefficient))));
        }

        var reached = new ReachedBounds(fixedValues, left.ConvertAll(c => new AuditConstraint(c.Lower, c.Upper, c.Terms)));
        return new AuditBlocks(block, local, fixedValues, sizes.ToArray(), byBlock, bound, reached);
    }

    /// <summary>A sum's smallest or largest value by linear programming over each block it reaches (positive infinity when
    /// unbounded), and whether every block's optimum was at integer counts.</summary>
    /// <exception cref="InvalidOperationException">The published values are inconsistent.</exception>
    public (double Value, bool Integral) Relaxed(int[] terms, bool maximise)
    {
        var (value, integral) = (Constant(terms), true);
        foreach (var (b, part) in Parts(terms))
        {
            var (v, i) = Solver(b).Relaxed(part, maximise);
            (value, integral) = (value + v, integral && i);
        }

        return (value, integral);
    }

    /// <summary>A sum's smallest or largest value over integer counts: each block's part by constraint programming, but where the linear
    /// optimum is already at integer counts.</summary>
    /// <exception cref="InvalidOperationException">The published values are inconsistent.</exception>
    public double Integer(int[] terms, bool maximise)
    {
        var value = Constant(terms);
        foreach (var (b, part) in Parts(terms))
        {
            var solver = Solver(b);
            var (linear, integral) = solver.Relaxed(part, maximise);
            value += integral ? linear : solver.Integer(part, maximise);
        }

        return value;
    }

    /// <summary>A sum's value at the point made of each block's last linear optimum, when every block it reaches has one (the
    /// blocks' counts are chosen independently, so together they are a feasible point), and whether those optima were all at integer
    /// counts; else null.</summary>
    public (double Value, bool Integral)? AtLastSolutions(int[] terms)
    {
        var (value, integral) = (0.0, true);
        foreach (var term in terms)
        {
            var b = _block[term];
            if (b < 0)
            {
                value += _fixed[term];
            }
            else if (_solvers[b]?.LastSolution is { } solution)
            {
                value += solution[_local[term]];
                integral &= _solvers[b]!.IntegerSolution is not null;
            }
            else
            {
                return null;
            }
        }

        return (value, integral);
    }

    /// <summary>Whether a point at integer counts found so far gives a sum this value: in the one block the sum reaches, any of the
    /// points kept; across blocks, the latest point of each (the blocks' counts are chosen independently).</summary>
    public bool IntegerPointReaches(int[] terms, double value)
    {
        var constant = Constant(terms);
        var parts = Parts(terms).ToArray();
        if (parts.Length == 0)
        {
            return Math.Abs(constant - value) <= Tolerance;
        }

        if (parts.Length == 1)
        {
            var (b, part) = parts[0];
            return _solvers[b] is { } solver && solver.IntegerPoints.Any(point => Math.Abs(constant + part.Sum(t => (double)point[t]) - value) <= Tolerance);
        }

        var sum = constant;
        foreach (var (b, part) in parts)
        {
            if (_solvers[b] is not { IntegerPoints.Count: > 0 } solver)
            {
                return false;
            }

            var point = solver.IntegerPoints[^1];
            sum += part.Sum(t => (double)point[t]);
        }

        return Math.Abs(sum - value) <= Tolerance;
    }

    /// <summary>The blocks a sum reaches.</summary>
    public IEnumerable<int> BlocksOf(int[] terms) => terms.Select(t => _block[t]).Where(b => b >= 0).Distinct();

    /// <summary>Checks that the blocks no bound needed have a solution too: the published values must be consistent everywhere.</summary>
    /// <exception cref="InvalidOperationException">The published values are inconsistent.</exception>
    public void CheckUntouched()
    {
        // The untouched blocks are solved together, as one program (their counts are apart anyway).
        var offsets = new int[_sizes.Length];
        var count = 0;
        var constraints = new List<AuditConstraint>();
        var caps = new List<double>();
        for (var b = 0; b < _sizes.Length; b++)
        {
            if (_solvers[b] is not null || _constraints[b].Count == 0)
            {
                continue;
            }

            offsets[b] = count;
            count += _sizes[b];
            caps.AddRange(_caps[b]);
            constraints.AddRange(_constraints[b].Select(c => c with { Terms = Array.ConvertAll(c.Terms, t => (t.Variable + offsets[b], t.Coefficient)) }));
        }

        if (constraints.Count > 0)
        {
            using var solver = new AuditSolver(count, constraints, BoundOver(caps), caps);
            solver.Relaxed([0], maximise: false);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var solver in _solvers)
        {
            solver?.Dispose();
        }
    }

    // A count a published cell fixes on its own (an equality left with one count not fixed) takes that value; repeated until no
    // more is fixed.
    private static double[] Fix(int variables, IReadOnlyList<AuditConstraint> constraints, double bound)
    {
        var fixedValues = new double[variables];
        Array.Fill(fixedValues, double.NaN);
        var byVariable = new List<int>?[variables];
        for (var c = 0; c < constraints.Count; c++)
        {
            foreach (var (variable, _) in constraints[c].Terms)
            {
                (byVariable[variable] ??= []).Add(c);
            }
        }

        var pending = new Stack<int>(Enumerable.Range(0, constraints.Count).Where(c => constraints[c].Lower == constraints[c].Upper));
        while (pending.Count > 0)
        {
            var (lower, upper, terms, _) = constraints[pending.Pop()];
            if (lower != upper)
            {
                continue;
            }

            var (offset, open, coefficient, liveCount) = (0.0, -1, 0.0, 0);
            foreach (var (variable, c) in terms)
            {
                if (!double.IsNaN(fixedValues[variable]))
                {
                    offset += c * fixedValues[variable];
                }
                else
                {
                    (open, coefficient, liveCount) = (variable, c, liveCount + 1);
                }
            }

            // A count named twice in the same sum is left to the solver.
            if (liveCount != 1 || coefficient == 0)
            {
                continue;
            }

            var value = (lower - offset) / coefficient;
            if (value < -Tolerance || value > bound + Tolerance)
            {
                throw Inconsistent();
            }

            fixedValues[open] = value;
            foreach (var other in byVariable[open]!)
            {
                if (constraints[other].Lower == constraints[other].Upper)
                {
                    pending.Push(other);
                }
            }
        }

        return fixedValues;
    }

    private static InvalidOperationException Inconsistent() => new("The published values are inconsistent: the linear program is INFEASIBLE.");

    private double Constant(int[] terms)
    {
        var sum = 0.0;
        foreach (var term in terms)
        {
            sum += _block[term] < 0 ? _fixed[term] : 0;
        }

        return sum;
    }

    // A sum's terms by block, each as the block's own numbers.
    private IEnumerable<(int Block, int[] Part)> Parts(int[] terms)
    {
        var first = -1;
        var single = true;
        foreach (var term in terms)
        {
            var b = _block[term];
            if (b >= 0)
            {
                single &= first < 0 || b == first;
                first = first < 0 ? b : first;
            }
        }

        if (first < 0)
        {
            return [];
        }

        return single
            ? [(first, terms.Where(t => _block[t] >= 0).Select(t => _local[t]).ToArray())]
            : terms.Where(t => _block[t] >= 0).GroupBy(t => _block[t]).Select(g => (g.Key, g.Select(t => _local[t]).ToArray())).ToArray();
    }

    private AuditSolver Solver(int b) => _solvers[b] ??= new AuditSolver(_sizes[b], _constraints[b], BoundOver(_caps[b]), _caps[b]);

    // The bound of the counts no published sum holds: beyond what all the others together reach, a hundredfold, so that a sum of
    // capped counts never passes a tenth of it (what the solver reads as unbounded), yet far below the whole program's bound (GLOP
    // found a consistent roll-up infeasible when every count could reach that). Without caps, the whole program's bound.
    private double BoundOver(IReadOnlyList<double> caps)
    {
        var sum = 0.0;
        var capped = false;
        foreach (var cap in caps)
        {
            if (!double.IsPositiveInfinity(cap))
            {
                (sum, capped) = (sum + cap, true);
            }
        }

        return capped ? Math.Min(_bound, 100 * (1 + sum)) : _bound;
    }
}
