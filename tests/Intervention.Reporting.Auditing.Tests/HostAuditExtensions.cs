using Intervention.Reporting.Statistics;

namespace Intervention.Reporting.Auditing.Tests;

/// <summary>Reads the host's own view of a report's suppressions in tests.</summary>
internal static class HostAuditExtensions
{
    public static SuppressionReason? ReasonOf(this StatisticsReport report, string table, PublishedCell cell) => report.HostAudit.Of(new CellReference(table, cell.Categories));

    public static bool IsComplementary(this StatisticsReport report, string table, PublishedCell cell) => report.ReasonOf(table, cell) == SuppressionReason.Complementary;

    public static bool IsPrimary(this StatisticsReport report, string table, PublishedCell cell) => report.ReasonOf(table, cell) == SuppressionReason.BelowThreshold;
}
