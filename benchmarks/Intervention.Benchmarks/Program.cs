// Benchmarks of the Intervention packages (docs/benchmarks.md). Run:
//   dotnet run -c Release --project benchmarks/Intervention.Benchmarks -- --filter '*'
// "--verify" checks that the RulesEngine peer gives our outcome on every scenario, without measuring; "--statistics-once T4M"
// runs one statistics shape once; "--rollup 300" runs the national roll-up at 300 leaves; "--audit-kit 1000" times the auditor
// and the test kit's check on a four-table definition over 1,000 generated records; "--audit-once T4" protects a shape and
// audits it by linear programming; "--protect-once T2" audits a shape and
// protects it with IntervalProtection; "--statistics-digest" prints a digest of each shape's published report (to compare builds);
// "--pushdown 1000000" compares the report pushed down to PostgreSQL (INTERVENTION_POSTGRES) with the rows read back.
using System;
using System.Linq;
using BenchmarkDotNet.Running;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;

namespace Intervention.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--verify"))
        {
            var mismatches = Verify();
            Console.WriteLine($"{DecisionBenchmarks.MixSize} scenarios, {mismatches} mismatch(es) between Intervention and RulesEngine.");
            foreach (var jurisdiction in Enum.GetValues<Intervention.Domain.Services.Jurisdiction>())
            {
                Console.WriteLine($"{jurisdiction}: {PackBenchmarks.Mix(jurisdiction).Length} scenarios in the pack benchmark mix.");
            }
            return mismatches == 0 ? 0 : 1;
        }

        if (args.Contains("--rollup"))
        {
            // "--rollup 300" runs the national roll-up at 300 leaves (3,000 is the size).
            var leaves = args.SkipWhile(a => a != "--rollup").Skip(1).Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault(3_000);
            RollupBenchmark.Run(leaves, args);
            return 0;
        }

        if (args.Contains("--audit-kit"))
        {
            // "--audit-kit 1000": the auditor and the kit's check on a four-table definition over 1,000 generated records.
            var records = args.SkipWhile(a => a != "--audit-kit").Skip(1).Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault(1_000);
            KitAuditRun.Run(records);
            return 0;
        }

        if (args.Contains("--audit-once"))
        {
            // "--audit-once T4": one shape protected by the Gauss step, then audited by linear programming, each timed once.
            var shape = args.SkipWhile(a => a != "--audit-once").Skip(1).FirstOrDefault("T4");
            var (definition, records) = StatisticsBenchmarks.Build(shape);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var report = new Intervention.Reporting.Statistics.ActivityReporter().Produce(definition, records);
            var produced = watch.Elapsed.TotalSeconds;
            Console.WriteLine($"{shape}: Gauss step {produced:F2} s, {report.HostAudit.Cells(Intervention.Reporting.Statistics.SuppressionReason.BelowThreshold).Count} primary, {report.HostAudit.Cells(Intervention.Reporting.Statistics.SuppressionReason.Complementary).Count} secondary");
            watch.Restart();
            var audit = Intervention.Reporting.Auditing.ReportAuditor.Audit(definition, report);
            Console.WriteLine($"{shape}: audited in {watch.Elapsed.TotalSeconds:F2} s, {audit.Intervals.Count} intervals, {audit.Exposed.Count} exposed; peak memory {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000} MB");
            return 0;
        }

        if (args.Contains("--protect-once"))
        {
            // "--protect-once T2": one shape audited as published by the Gauss step, then protected by IntervalProtection.
            var shape = args.SkipWhile(a => a != "--protect-once").Skip(1).FirstOrDefault("T2");
            var (definition, records) = StatisticsBenchmarks.Build(shape);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var report = new Intervention.Reporting.Statistics.ActivityReporter().Produce(definition, records);
            var produced = watch.Elapsed.TotalSeconds;
            watch.Restart();
            var audit = Intervention.Reporting.Auditing.ReportAuditor.Audit(definition, report);
            Console.WriteLine($"{shape}: Gauss step {produced:F2} s; audited in {watch.Elapsed.TotalSeconds:F2} s, {audit.Intervals.Count} suppressed, {audit.Exposed.Count} exposed");
            watch.Restart();
            var safe = Intervention.Reporting.Auditing.IntervalProtection.Produce(new Intervention.Reporting.Statistics.ActivityReporter(), definition, records, 0);
            Console.WriteLine($"{shape}: IntervalProtection {watch.Elapsed.TotalSeconds:F2} s, {safe.HostAudit.Cells(Intervention.Reporting.Statistics.SuppressionReason.BelowThreshold).Count} primary, {safe.HostAudit.Cells(Intervention.Reporting.Statistics.SuppressionReason.Complementary).Count + safe.HostAudit.Cells(Intervention.Reporting.Statistics.SuppressionReason.Requested).Count} secondary");
            return 0;
        }

        if (args.Contains("--pushdown"))
        {
            // "--pushdown 1000000": the T4 rows in PostgreSQL, the report pushed down against read back and produced in memory.
            var rest = args.SkipWhile(a => a != "--pushdown").Skip(1).ToArray();
            var rows = rest.Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault(n => n > 0, 1_000_000);
            PushDownRun.Run(rows, rest.FirstOrDefault(a => a.StartsWith("Host=", StringComparison.OrdinalIgnoreCase)));
            return 0;
        }

        if (args.Contains("--statistics-digest"))
        {
            // "--statistics-digest" prints, per shape and variant, the suppressed counts and a digest of the published report.
            DigestRun.Run(args.SkipWhile(a => a != "--statistics-digest").Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)));
            return 0;
        }

        if (args.Contains("--statistics-once"))
        {
            // "--statistics-once T4M" runs one shape; without a shape, every one.
            var only = args.SkipWhile(a => a != "--statistics-once").Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
            foreach (var shape in new[] { "T2", "T3", "T4", "T4W", "T4M" }.Where(s => only is null || s == only))
            {
                var (built, records) = StatisticsBenchmarks.Build(shape);
                var definition = WithMethod(built, args);
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var report = new Intervention.Reporting.Statistics.ActivityReporter().Produce(definition, records);
                var cells = report.Tables[0].Cells;
                Console.WriteLine($"{shape}: {records.Length} records, {cells.Count} cells, {report.HostAudit.Cells(Intervention.Reporting.Statistics.SuppressionReason.BelowThreshold).Count} primary, {report.HostAudit.Cells(Intervention.Reporting.Statistics.SuppressionReason.Complementary).Count} secondary, {watch.Elapsed.TotalSeconds:F2} s");
                watch.Restart();
                new Intervention.Reporting.Statistics.ActivityReporter().Produce(StatisticsBenchmarks.CountsOnlyOf(definition), records);
                Console.WriteLine($"{shape}: counts and margins only, {watch.Elapsed.TotalSeconds:F2} s");
            }

            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    /// <summary>The definition with the protection method "--method NAME" names (Gauss, Hypercube, None), or as it is.</summary>
    public static Intervention.Reporting.Statistics.ReportDefinition WithMethod(Intervention.Reporting.Statistics.ReportDefinition definition, string[] args)
    {
        var name = args.SkipWhile(a => a != "--method").Skip(1).FirstOrDefault();
        if (name is null)
        {
            return definition;
        }

        var method = typeof(Intervention.Reporting.Statistics.ComplementaryProtection).GetProperty(name)?.GetValue(null) as Intervention.Reporting.Statistics.ComplementaryProtection
            ?? throw new ArgumentException($"No protection method {name}.", nameof(args));
        return new(definition.Period, definition.Tables, definition.Unit, definition.Policy.WithProtection(method), definition.RequireConsentToStatistics, definition.Territories, definition.AgeBands);
    }

    /// <summary>Counts the scenarios on which the peer's outcome differs from ours (printing each).</summary>
    public static int Verify()
    {
        var pack = FrenchRulePack.Create();
        var peer = new RulesEnginePeer();
        var mismatches = 0;
        foreach (var (scenario, request) in DecisionBenchmarks.Mix())
        {
            var ours = new DisclosureEngine(pack, scenario.ToPolicy()).Decide(request).Outcome;
            var theirs = peer.Decide(RulesEnginePeer.Input(request), scenario.ToPolicy());
            if (ours != theirs)
            {
                Console.WriteLine($"{scenario.Id}: Intervention {ours}, RulesEngine {theirs}");
                mismatches++;
            }
        }

        return mismatches;
    }
}
