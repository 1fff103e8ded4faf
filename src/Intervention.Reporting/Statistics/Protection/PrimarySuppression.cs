using System.Collections.Generic;
using System.Linq;

namespace Intervention.Reporting.Statistics.Protection;

/// <summary>The primary-suppression stage: every cell the policy's rule suppresses, and the cells asked to be suppressed beforehand.</summary>
internal static class PrimarySuppression
{
    /// <summary>By table and cell, why the cell is suppressed so far (null: not suppressed).</summary>
    public static SuppressionReason?[][] Apply(ProtectionProblem problem, IReadOnlySet<(int Table, int Cell)> forced)
    {
        var policy = problem.Policy;
        var status = problem.Tables.Select(t => t.Counts.Select((c, i) => t.IsPrimary(policy, i) ? SuppressionReason.BelowThreshold : (SuppressionReason?)null).ToArray()).ToArray();
        foreach (var (table, cell) in forced)
        {
            status[table][cell] ??= SuppressionReason.Requested;
        }

        return status;
    }
}
