using System;
using System.Collections.Generic;
using System.Linq;
using Google.OrTools.LinearSolver;

namespace Intervention.Reporting.Auditing;

/// <summary>
/// The attacker's program solved: each bound by linear programming (GLOP), and by integer programming (SCIP) when the linear
/// optimum is not reached at integer counts, so that every bound is the one integer counts give.
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
    private Solver? _integer;
    private List<Constraint> _made = [];
    private Variable[] _integerVariables = [];

    /// <summary>Creates the solver of a program whose every unknown lies between 0 and <paramref name="bound"/>.</summary>
    public AuditSolver(int variableCount, IReadOnlyList<AuditConstraint> constraints, double bound)
    {
        (_variableCount, _constraints, _bound) = (variableCount, constraints, bound);
    }

    /// <summary>Gets the values of the last linear solve when they are all integers (a feasible integer point), else null.</summary>
    public double[]? IntegerSolution => _solution;

    /// <summary>The smallest or largest value of a sum of unknowns by linear programming (positive infinity when unbounded), and
    /// whether the optimum was reached at integer counts (then it is the integer optimum too).</summary>
    /// <exception cref="InvalidOperationException">The published values are inconsistent.</exception>
    public (double Value, bool Integral) Relaxed(int[] terms, bool maximise)
    {
        if (terms.Length == 0)
        {
            _solution = null;
            return (0, true);
        }

        var value = Linear(terms, maximise);
        return (value, double.IsPositiveInfinity(value) || _solution is not null);
    }

    /// <summary>The constraints whose dual value at the last linear optimum is not zero: those the optimum rests on.</summary>
    public IEnumerable<AuditConstraint> Binding()
    {
        for (var c = 0; c < _made.Count; c++)
        {
            if (Math.Abs(_made[c].DualValue()) > Tolerance)
            {
                yield return _constraints[c];
            }
        }
    }

    /// <summary>The smallest or largest value of a sum of unknowns over integer counts, by branch and bound (SCIP).</summary>
    /// <exception cref="InvalidOperationException">The published values are inconsistent.</exception>
    public double Integer(int[] terms, bool maximise)
    {
        _integer ??= Build("SCIP", integer: true, out _integerVariables);
        var status = Solve(_integer, _integerVariables, terms, maximise, out var value);
        return status switch
        {
            Solver.ResultStatus.OPTIMAL => value >= _bound / 10 ? double.PositiveInfinity : Math.Round(value),
            Solver.ResultStatus.UNBOUNDED => double.PositiveInfinity,
            _ => throw new InvalidOperationException($"The published values are inconsistent: the integer program is {status}."),
        };
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _solver?.Dispose();
        _solver = null;
        _integer?.Dispose();
        _integer = null;
    }

    // GLOP over the program; a solve that ends in a numerical failure (ABNORMAL, seen when its warm start from the previous
    // objective goes wrong) is done again on a model built afresh.
    private double Linear(int[] terms, bool maximise)
    {
        for (var attempt = 0; ; attempt++)
        {
            _solver ??= Build("GLOP", integer: false, out _variables);
            var status = Solve(_solver, _variables, terms, maximise, out var value);
            if (status != Solver.ResultStatus.ABNORMAL || attempt == 1)
            {
                _solution = null;
                if (status == Solver.ResultStatus.OPTIMAL && value < _bound / 10)
                {
                    var solution = Array.ConvertAll(_variables, v => v.SolutionValue());
                    _solution = solution.All(x => Math.Abs(x - Math.Round(x)) <= Tolerance) ? solution : null;
                }

                return status switch
                {
                    Solver.ResultStatus.OPTIMAL => value >= _bound / 10 ? double.PositiveInfinity : value,
                    Solver.ResultStatus.UNBOUNDED => double.PositiveInfinity,
                    _ => throw new InvalidOperationException($"The published values are inconsistent: the linear program is {status}."),
                };
            }

            _solver?.Dispose();
            _solver = null;
        }
    }

    private Solver Build(string name, bool integer, out Variable[] variables)
    {
        var solver = Solver.CreateSolver(name) ?? throw new InvalidOperationException($"The {name} solver is not available.");
        variables = Enumerable.Range(0, _variableCount).Select(i => integer ? solver.MakeIntVar(0, _bound, $"x{i}") : solver.MakeNumVar(0, _bound, $"x{i}")).ToArray();
        var made = new List<Constraint>(_constraints.Count);
        foreach (var (lower, upper, terms, _) in _constraints)
        {
            var constraint = solver.MakeConstraint(lower, upper);
            made.Add(constraint);
            foreach (var (variable, coefficient) in terms)
            {
                constraint.SetCoefficient(variables[variable], coefficient);
            }
        }

        if (!integer)
        {
            _made = made;
        }

        return solver;
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
