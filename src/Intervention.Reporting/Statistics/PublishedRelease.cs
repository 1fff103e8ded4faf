namespace Intervention.Reporting.Statistics;

/// <summary>A report already published, with the definition it was produced from: a new release must not let its suppressed cells be recovered by subtraction.</summary>
/// <param name="Definition">The definition.</param>
/// <param name="Report">The published report.</param>
public sealed record PublishedRelease(ReportDefinition Definition, StatisticsReport Report);
