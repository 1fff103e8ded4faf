using System;
using System.Collections.Generic;
using System.Linq;
using Google.OrTools.LinearSolver;
using Google.OrTools.Sat;
using Constraint = Google.OrTools.LinearSolver.Constraint;
using SatExpr = Google.OrTools.Sat.LinearExpr;

namespace Intervention.Reporting.Auditing;

/// <summary>
/// The attacker's program solved: each bound by linear programming (GLOP), and over integer counts by constraint programming
/// (CP-SAT) where the caller asks, when the linear optimum is not reached at integer counts.
/// </summary>
internal sealed class AuditSolver : IDisposable
{
    private const double Tolerance = 1e-6;
    private readonly int _variableCount;
    private readonly IReadOnlyList<AuditConstraint> _constraints;
    private readonly double _bound;
    private Solver? _solver;
    private Variable[] _variables = [];
    private double[]? _solution;
    private double[]? _last;
    private readonly IReadOnlyList<double>? _caps;
    private List<(Constraint Row, int Index)> _made = [];

    /// <summary>Creates the solver of a program whose every unknown lies between 0 and <paramref name="bound"/>, and below its cap
    /// where one is given (a bound the constraints imply, which keeps the integer search small).</summary>
    public AuditSolver(int variableCount, IReadOnlyList<AuditConstraint> constraints, double bound, IReadOnlyList<double>? caps = null)
    {
        (_variableCount, _constraints, _bound, _caps) = (variableCount, constraints, bound, caps);
    }

    /// <summary>Gets the values of the last linear solve when it reached an optimum (a feasible point, at integer counts or not), else null.</summary>
    public double[]? LastSolution => _last;

    /// <summary>Gets the values of the last linear solve when they are all integers (a feasible integer point), else null.</summary>
    public double[]? IntegerSolution => _solution;

    /// <summary>The smallest or largest value of a sum of unknowns by linear programming (positive infinity when unbounded), and
    /// whether the optimum was reached at integer counts (then it is the integer optimum too).</summary>
    /// <exception cref="InvalidOperationException">The published values are inconsistent.</exception>
    public (double Value, bool Integral) Relaxed(int[] terms, bool maximise)
    {
        if (terms.Length == 0)
        {
            (_solution, _last) = (null, null);
            return (0, true);
        }

        var value = Linear(terms, maximise);
        return (value, double.IsPositiveInfinity(value) || _solution is not null);
    }

    /// <summary>The constraints whose dual value at the last linear optimum is not zero: those the optimum rests on.</summary>
    public IEnumerable<AuditConstraint> Binding()
    {
        foreach (var (row, index) in _made)
        {
            if (Math.Abs(row.DualValue()) > Tolerance)
            {
                yield return _constraints[index];
            }
        }
    }

    /// <summary>The smallest or largest value of a sum of unknowns over integer counts, by constraint programming (CP-SAT, one
    /// worker: its answer is proven optimal).</summary>
    /// <exception cref="InvalidOperationException">The published values are inconsistent.</exception>
    public double Integer(int[] terms, bool maximise)
    {
        _sat ??= BuildSat(out _satVariables);
        var objective = SatExpr.Sum(terms.Select(t => (SatExpr)_satVariables[t]));
        if (maximise)
        {
            _sat.Maximize(objective);
        }
        else
        {
            _sat.Minimize(objective);
        }

        // Every solution the search goes through is a point at integer counts that meets every constraint: each is kept (the last
        // MaxPoints), for later bounds that one of them reaches.
        using var solver = new CpSolver { StringParameters = "num_workers:1" };
        using var collector = new PointCollector(_satVariables, _integerPoints);
        var status = solver.Solve(_sat, collector);
        return status switch
        {
            CpSolverStatus.Optimal => solver.ObjectiveValue >= _bound / 10 ? double.PositiveInfinity : Math.Round(solver.ObjectiveValue),
            CpSolverStatus.Infeasible => throw new InvalidOperationException("The published values are inconsistent: no integer counts meet them."),
            _ => throw new InvalidOperationException($"The integer program could not be solved: {status}."),
        };
    }

    private CpModel? _sat;
    private IntVar[] _satVariables = [];
    private readonly List<long[]> _integerPoints = [];

    // How many integer points are kept: enough for the cells of a rectangle of suppressed cells to find theirs, few enough that a
    // block of 100,000 counts keeps about 100 MB of them (128 × 100,000 × 8 bytes).
    private const int MaxPoints = 128;

    /// <summary>Gets the points at integer counts that meet every constraint found so far (the last ones), latest last.</summary>
    public IReadOnlyList<long[]> IntegerPoints => _integerPoints;

    // Keeps each solution CP-SAT finds.
    private sealed class PointCollector(IntVar[] variables, List<long[]> points) : CpSolverSolutionCallback
    {
        public override void OnSolutionCallback()
        {
            if (points.Count == MaxPoints)
            {
                points.RemoveAt(0);
            }

            points.Add(Array.ConvertAll(variables, v => Value(v)));
        }
    }

    // The integer model, over the same bounds and rows as the linear one.
    private CpModel BuildSat(out IntVar[] variables)
    {
        var model = new CpModel();
        var (lowers, uppers, rows) = BoundsAndRows();
        static long Whole(double x) => double.IsNegativeInfinity(x) ? long.MinValue / 4 : double.IsPositiveInfinity(x) ? long.MaxValue / 4 : (long)Math.Round(x);
        variables = new IntVar[_variableCount];
        for (var i = 0; i < _variableCount; i++)
        {
            var lower = (long)Math.Ceiling(lowers[i] - Tolerance);
            var upper = (long)Math.Floor(uppers[i] + Tolerance);
            variables[i] = model.NewIntVar(lower, Math.Max(lower, upper), $"x{i}");
        }

        foreach (var c in rows)
        {
            var (lower, upper, terms, _) = _constraints[c];
            var vars = variables;
            model.AddLinearConstraint(SatExpr.WeightedSum(terms.Select(t => (SatExpr)vars[t.Variable]), terms.Select(t => (long)t.Coefficient)), Whole(lower), Whole(upper));
        }

        return model;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _solver?.Dispose();
        _solver = null;
    }

    // GLOP over the program; a solve that ends in a numerical failure (ABNORMAL, seen when its warm start from the previous
    // objective goes wrong, and on some models from the start) is done again on a model built afresh, then with GLOP set otherwise
    // each time (no presolve, the dual simplex, no scaling), as the same feasible model solves under one setting or another.
    private double Linear(int[] terms, bool maximise)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (_solver is null)
            {
                _solver = Build("GLOP", out _variables);
                _solver.SetSolverSpecificParametersAsString(GlopSettings[Math.Max(0, attempt - 1)]);
            }

            var status = Solve(_solver, _variables, terms, maximise, out var value);
            if (status != Solver.ResultStatus.ABNORMAL || attempt == GlopSettings.Length)
            {
                (_solution, _last) = (null, null);
                if (status == Solver.ResultStatus.OPTIMAL && value < _bound / 10)
                {
                    var solution = Array.ConvertAll(_variables, v => v.SolutionValue());
                    _last = solution;
                    _solution = solution.All(x => Math.Abs(x - Math.Round(x)) <= Tolerance) ? solution : null;
                }

                return status switch
                {
                    Solver.ResultStatus.OPTIMAL => value >= _bound / 10 ? double.PositiveInfinity : value,
                    Solver.ResultStatus.UNBOUNDED => double.PositiveInfinity,
                    _ => throw new InvalidOperationException($"The published values are inconsistent: the linear program is {status}."),
                };
            }

            _solver.Dispose();
            _solver = null;
        }
    }

    private static readonly string[] GlopSettings = ["", "use_preprocessing:false", "use_dual_simplex:true", "use_scaling:false"];

    // The linear model (BoundsAndRows says which constraints are rows).
    private Solver Build(string name, out Variable[] variables)
    {
        var (lowers, uppers, rows) = BoundsAndRows();
        var solver = Solver.CreateSolver(name) ?? throw new InvalidOperationException($"The {name} solver is not available.");
        variables = Enumerable.Range(0, _variableCount).Select(i => solver.MakeNumVar(lowers[i], uppers[i], $"x{i}")).ToArray();
        var made = new List<(Constraint, int)>(rows.Count);
        foreach (var c in rows)
        {
            var (lower, upper, terms, _) = _constraints[c];
            var constraint = solver.MakeConstraint(lower, upper);
            made.Add((constraint, c));
            foreach (var (variable, coefficient) in terms)
            {
                constraint.SetCoefficient(variables[variable], coefficient);
            }
        }

        _made = made;
        return solver;
    }

    // Each count's bounds (below its cap where it has one: a count is at most the smallest published sum that holds it) and the
    // constraints left as rows: a constraint on one count that is not a published cell is a bound of that count (a suppressed cell
    // of one count at least 1, a situation's count under its total once the others are pinned); published cells stay rows, for
    // their dual values.
    private (double[] Lowers, double[] Uppers, List<int> Rows) BoundsAndRows()
    {
        var lowers = new double[_variableCount];
        var uppers = new double[_variableCount];
        for (var i = 0; i < _variableCount; i++)
        {
            uppers[i] = Math.Min(_bound, _caps?[i] ?? double.PositiveInfinity);
        }

        var rows = new List<int>(_constraints.Count);
        for (var c = 0; c < _constraints.Count; c++)
        {
            var (lower, upper, terms, published) = _constraints[c];
            if (published is not null || terms.Length != 1 || terms[0].Coefficient == 0)
            {
                rows.Add(c);
                continue;
            }

            var (variable, coefficient) = terms[0];
            var (from, to) = coefficient > 0 ? (lower / coefficient, upper / coefficient) : (upper / coefficient, lower / coefficient);
            (lowers[variable], uppers[variable]) = (Math.Max(lowers[variable], from), Math.Min(uppers[variable], to));
        }

        // Crossed bounds mean that no counts meet the published values, as an infeasible row would.
        for (var i = 0; i < _variableCount; i++)
        {
            if (lowers[i] > uppers[i] + Tolerance)
            {
                throw new InvalidOperationException($"The published values are inconsistent: a count must lie between {lowers[i]} and {uppers[i]}.");
            }

            uppers[i] = Math.Max(lowers[i], uppers[i]);
        }

        return (lowers, uppers, rows);
    }

    private static Solver.ResultStatus Solve(Solver solver, Variable[] variables, int[] terms, bool maximise, out double value)
    {
        var objective = solver.Objective();
        objective.Clear();
        foreach (var term in terms)
        {
            objective.SetCoefficient(variables[term], 1);
        }

        if (maximise)
        {
            objective.SetMaximization();
        }
        else
        {
            objective.SetMinimization();
        }

        var status = solver.Solve();
        value = status == Solver.ResultStatus.OPTIMAL ? objective.Value() : 0;
        return status;
    }

    /// <summary>
    /// Counts are not negative, so a constraint whose upper bound is 0 and whose counts all come with a positive coefficient pins
    /// each of them at 0 (a published zero, or a situation's count under a combination's pinned total); repeated until nothing more
    /// is pinned. The pinned counts leave the program, which keeps the same feasible values for every other count. A constraint left
    /// with no count must hold at 0.
    /// </summary>
    public static (List<AuditConstraint> Constraints, int Variables, int[] Renumber) WithoutPinnedZeros(int variableCount, IReadOnlyList<AuditConstraint> constraints)
    {
        var pinned = new bool[variableCount];
        var byVariable = new List<int>?[variableCount];
        for (var c = 0; c < constraints.Count; c++)
        {
            foreach (var (variable, _) in constraints[c].Terms)
            {
                (byVariable[variable] ??= []).Add(c);
            }
        }

        var pending = new Stack<int>(Enumerable.Range(0, constraints.Count));
        while (pending.Count > 0)
        {
            var (_, upper, terms, _) = constraints[pending.Pop()];
            if (upper != 0 || terms.Any(t => !pinned[t.Variable] && t.Coefficient <= 0))
            {
                continue;
            }

            foreach (var (variable, _) in terms)
            {
                if (!pinned[variable])
                {
                    pinned[variable] = true;
                    foreach (var other in byVariable[variable]!)
                    {
                        pending.Push(other);
                    }
                }
            }
        }

        var renumber = new int[variableCount];
        var kept = 0;
        for (var v = 0; v < variableCount; v++)
        {
            renumber[v] = pinned[v] ? -1 : kept++;
        }

        var compact = new List<AuditConstraint>(constraints.Count);
        foreach (var constraint in constraints)
        {
            var (lower, upper, terms, _) = constraint;
            var live = terms.Where(t => !pinned[t.Variable]).Select(t => (renumber[t.Variable], t.Coefficient)).ToArray();
            if (live.Length > 0)
            {
                compact.Add(constraint with { Terms = live });
            }
            else if (lower > Tolerance || upper < -Tolerance)
            {
                throw new InvalidOperationException("The published values are inconsistent: a published count is not zero where every count it sums must be.");
            }
        }

        return (compact, kept, renumber);
    }
}
