using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Intervention.Reporting.Statistics.Protection.Gauss;
using Intervention.Reporting.Statistics.Protection.Hypercube;

namespace Intervention.Reporting.Statistics.Protection;

/// <summary>
/// The method chosen by the tables' size (<see cref="ComplementaryProtection.Automatic"/>): the Gauss method, which hides fewer
/// cells, up to <see cref="GaussUpTo"/> cells across the report's tables; beyond, the hypercube method, whose time grows with the
/// number of cells to protect rather than with the table's span. The choice reads only how many cells the tables have, which the
/// report publishes anyway, so it tells a reader nothing about the counts.
/// </summary>
internal sealed class AutomaticProtection : IComplementaryProtector
{
    /// <summary>The most cells, across the report's tables, protected by the Gauss method (T4's 19,800 cells take about 7 s on a
    /// 2-core machine; T4W's 55,800 about 100 s, and hypercubes under a second).</summary>
    public const int GaussUpTo = 20_000;

    private AutomaticProtection()
    {
    }

    /// <summary>Gets the method.</summary>
    public static AutomaticProtection Instance { get; } = new();

    /// <inheritdoc />
    public bool ReadsMembers => true;

    /// <inheritdoc />
    public ProtectionOutcome Protect(ProtectionProblem problem, IReadOnlySet<(int Table, int Cell)> forced)
    {
        var cells = problem.Tables.Sum(t => (long)t.Counts.Length);
        var size = cells.ToString("N0", CultureInfo.InvariantCulture);
        var limit = GaussUpTo.ToString("N0", CultureInfo.InvariantCulture);
        if (cells <= GaussUpTo)
        {
            return new(GaussMethod.Instance.Cells(problem, forced), new ProtectionChoice("Gauss", $"The tables hold {size} cells, at most {limit}: the Gauss method, which hides fewer cells."));
        }

        var (suppressed, fallbacks, _) = HypercubeMethod.Instance.Run(problem, forced);
        return new(suppressed, new ProtectionChoice("Hypercube", $"The tables hold {size} cells, more than {limit}: the hypercube method, in time that grows with the cells to protect.{HypercubeMethod.Fallback(fallbacks)}"));
    }
}
