using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Intervention.Reporting.Auditing;
using Intervention.Reporting.Statistics;

namespace Intervention.Testing.Auditing;

/// <summary>
/// <see cref="AnonymisationProperties"/> with the auditor's property as well: no suppressed cell or withheld header that could be
/// small keeps a feasible interval as narrow as the minimum width under <see cref="ReportAuditor"/>, given everything the report
/// publishes and the public rule.
/// </summary>
/// <remarks>
/// The auditor models suppression, not rounding: under a rounding policy (NHS England, Eurostat, rounding to a base), or a policy
/// without complementary protection, the auditor property does not apply and is not checked, which <see cref="AppliesAuditor"/> says.
/// </remarks>
public static class AuditedAnonymisationProperties
{
    /// <summary>The name of the auditor property.</summary>
    public const string AuditorName = "every suppressed cell protected per the auditor";

    /// <summary>Creates the properties of a report definition, the auditor's included when it applies.</summary>
    /// <param name="definition">The definition the test author publishes with.</param>
    /// <param name="minimumWidth">The width every suppressed cell's feasible interval must exceed (0: not recomputable exactly).</param>
    /// <param name="reporter">The reporter to check; a new one when omitted.</param>
    /// <param name="produce">How the test author produces what they publish. By default, when the auditor applies, the report is
    /// protected against the whole published model with <see cref="IntervalProtection"/> (the Gauss step of
    /// <see cref="ActivityReporter"/> alone answers for linear combinations, not for what bounds and whole counts add); otherwise
    /// the reporter's report.</param>
    /// <returns>The properties.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumWidth"/> is negative or not a number.</exception>
    public static AnonymisationProperties Create(ReportDefinition definition, double minimumWidth = 0, ActivityReporter? reporter = null, Func<ReportDefinition, IReadOnlyList<StatisticsRecord>, StatisticsReport>? produce = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (double.IsNaN(minimumWidth) || minimumWidth < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumWidth), minimumWidth, "The minimum width is a number, 0 or more.");
        }

        var chosen = reporter ?? new ActivityReporter();
        var applies = AppliesAuditor(definition);
        produce ??= applies ? (d, records) => IntervalProtection.Produce(chosen, d, records, minimumWidth) : chosen.Produce;
        return new AnonymisationProperties(definition, produce, applies ? [report => SuppressedCellsProtected(definition, report, minimumWidth)] : []);
    }

    /// <summary>Whether the auditor property applies to a definition: its policy suppresses complementary cells and does not round.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns><see langword="true"/> when it applies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static bool AppliesAuditor(ReportDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Policy.Rounding == RoundingRule.None && definition.Policy.SecondarySuppression;
    }

    /// <summary>Every suppressed cell's feasible interval, given everything the report publishes, is wider than the minimum width
    /// (nothing is checked where the auditor does not apply).</summary>
    /// <param name="definition">The report's definition.</param>
    /// <param name="report">The report.</param>
    /// <param name="minimumWidth">The width every suppressed cell's interval must exceed.</param>
    /// <returns>The violations.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumWidth"/> is negative or not a number.</exception>
    public static IReadOnlyList<AnonymisationViolation> SuppressedCellsProtected(ReportDefinition definition, StatisticsReport report, double minimumWidth = 0)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (double.IsNaN(minimumWidth) || minimumWidth < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumWidth), minimumWidth, "The minimum width is a number, 0 or more.");
        }

        if (!AppliesAuditor(definition))
        {
            return [];
        }

        return ReportAuditor.Audit(definition, report, minimumWidth).Exposed
            .Select(e => new AnonymisationViolation(AuditorName, string.Create(CultureInfo.InvariantCulture, $"{e.Table}:{string.Join("/", e.Categories)} ({e.Period}) lies in [{e.Lower}, {e.Upper}]")))
            .ToArray();
    }
}
