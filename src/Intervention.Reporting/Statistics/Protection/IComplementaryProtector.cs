using System.Collections.Generic;

namespace Intervention.Reporting.Statistics.Protection;

/// <summary>A complementary protection method: given the protection problem and the cells suppressed beforehand, the cells to
/// suppress so that no primary cell can be recovered (the primaries and those suppressed beforehand among them). The public face of a
/// method is <see cref="ComplementaryProtection"/>.</summary>
internal interface IComplementaryProtector
{
    /// <summary>Gets whether the method reads which inner cells each cell sums (the problem then keeps them, and empty cells are
    /// unknowns when zeros are suppressed).</summary>
    bool ReadsMembers { get; }

    /// <summary>The cells to suppress, by table and cell of <see cref="ProtectionProblem.Tables"/>.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="forced">The cells suppressed beforehand.</param>
    HashSet<(int Table, int Cell)> Protect(ProtectionProblem problem, IReadOnlySet<(int Table, int Cell)> forced);
}
