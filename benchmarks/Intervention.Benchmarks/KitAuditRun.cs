using System;
using System.Diagnostics;
using System.Linq;
using FsCheck.Fluent;
using Intervention.Reporting.Auditing;
using Intervention.Reporting.Statistics;
using Intervention.Testing;

namespace Intervention.Benchmarks;

/// <summary>
/// "--audit-kit 1000": what a test author runs on a four-table definition over generated records, timed once per step (repeat
/// the command and take medians): the report, the auditor on it, interval protection, and the kit's whole check.
/// </summary>
public static class KitAuditRun
{
    private static readonly TerritoryHierarchy Territories = new(
        ["commune", "brigade", "compagnie"],
        Enumerable.Range(0, 12).Select(i => (System.Collections.Generic.IReadOnlyList<string>)[$"c{i}", $"b{i / 3}", $"k{i / 6}"]));

    public static void Run(int records)
    {
        var definition = new ReportDefinition(
            ReportPeriod.Quarter(2026, 1),
            [
                new TableDefinition("channel-by-situation", [StatisticsDimension.Channel, StatisticsDimension.Situation]),
                new TableDefinition("channel-by-brigade", [StatisticsDimension.Channel, new TableDimension(StatisticsDimension.Territory, 1)]),
                new TableDefinition("situation-by-month", [StatisticsDimension.Situation, new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.Month)]),
                new TableDefinition("age-by-sex", [StatisticsDimension.AgeGroup, StatisticsDimension.Sex]),
            ],
            CountingUnit.Cases,
            DisclosurePolicy.Insee,
            territories: Territories);
        var data = Gen.Sample(StatisticsGenerators.Records(definition.Period, Territories), 10, records).ToArray();
        var watch = Stopwatch.StartNew();
        var report = new ActivityReporter().Produce(definition, data);
        Console.WriteLine($"{records} records, 4 tables: produced in {watch.Elapsed.TotalSeconds:F2} s, {report.HostAudit.Cells(SuppressionReason.BelowThreshold).Count} primary, {report.HostAudit.Cells(SuppressionReason.Complementary).Count} secondary");
        watch.Restart();
        var audit = ReportAuditor.Audit(definition, report);
        Console.WriteLine($"  audited in {watch.Elapsed.TotalSeconds:F2} s: {audit.Intervals.Count} quantities, {audit.Exposed.Count} exposed");
        watch.Restart();
        var protectedReport = IntervalProtection.Produce(new ActivityReporter(), definition, data, 0);
        Console.WriteLine($"  interval protection in {watch.Elapsed.TotalSeconds:F2} s: {protectedReport.Tables.Sum(t => t.Cells.Count(c => c.IsSuppressed))} suppressed");
        watch.Restart();
        var violations = Intervention.Testing.Auditing.AuditedAnonymisationProperties.Create(definition).Check(data);
        Console.WriteLine($"  AnonymisationProperties.Check in {watch.Elapsed.TotalSeconds:F2} s: {violations.Count} violations");
    }
}
