namespace Intervention.Reporting.Statistics;

/// <summary>The complementary protection method that protected a report, and why that one (<see cref="StatisticsReport.Protection"/>).</summary>
/// <param name="Method">The method's name, as <see cref="ComplementaryProtection.Name"/> gives it (never <c>Automatic</c>: the one chosen).</param>
/// <param name="Reason">Why it was chosen, in a sentence.</param>
public sealed record ProtectionChoice(string Method, string Reason);
