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

    /// <summary>The cells to suppress, by table and cell of <see cref="ProtectionProblem.Tables"/>, and which method chose them and why.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="forced">The cells suppressed beforehand.</param>
    ProtectionOutcome Protect(ProtectionProblem problem, IReadOnlySet<(int Table, int Cell)> forced);
}

/// <summary>What a method suppresses, and the method that did (the one chosen, when the policy lets the library choose).</summary>
/// <param name="Cells">The cells to suppress, by table and cell.</param>
/// <param name="Choice">The method and why.</param>
internal sealed record ProtectionOutcome(HashSet<(int Table, int Cell)> Cells, ProtectionChoice Choice);
