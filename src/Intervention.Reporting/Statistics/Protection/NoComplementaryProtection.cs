using System.Collections.Generic;

namespace Intervention.Reporting.Statistics.Protection;

/// <summary>No complementary protection (<see cref="ComplementaryProtection.None"/>): only the primary cells and those suppressed
/// beforehand are suppressed. Right for rounded counts; a threshold without it leaves suppressed cells recoverable from the margins.</summary>
internal sealed class NoComplementaryProtection : IComplementaryProtector
{
    private NoComplementaryProtection()
    {
    }

    /// <summary>Gets the method.</summary>
    public static NoComplementaryProtection Instance { get; } = new();

    /// <inheritdoc />
    public bool ReadsMembers => false;

    /// <inheritdoc />
    public ProtectionOutcome Protect(ProtectionProblem problem, IReadOnlySet<(int Table, int Cell)> forced) =>
        new([], new ProtectionChoice("None", "The policy asks for no complementary protection."));
}
