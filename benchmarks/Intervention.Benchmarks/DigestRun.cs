using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Intervention.Domain;
using Intervention.Reporting.Auditing;
using Intervention.Reporting.Statistics;
using NodaTime;

namespace Intervention.Benchmarks;

/// <summary>
/// "--statistics-digest": for each reference shape and a set of variants (zeros suppressed, actions, distinct persons, earlier
/// releases, interval protection, the roll-up), the primary and secondary counts and a digest of the whole published report (its
/// JSON export and the host's reasons). Two builds that print the same lines publish the same reports: the check that a change of
/// shape changed nothing else.
/// </summary>
public static class DigestRun
{
    /// <summary>Prints one line per variant.</summary>
    /// <param name="only">A shape to run alone (T2, T3, T4, T4W, T4M, rollup), or null for every one but T4W.</param>
    public static void Run(string? only)
    {
        foreach (var shape in new[] { "T2", "T3", "T4", "T4W", "T4M" }.Where(s => only is null ? s != "T4W" : s == only))
        {
            var (definition, records) = StatisticsBenchmarks.Build(shape);
            Print(shape, definition, records, []);
            Print($"{shape} hypercube", Program.WithMethod(definition, ["--method", nameof(ComplementaryProtection.Hypercube)]), records, []);
            if (shape is "T2" or "T3")
            {
                Variants(shape, definition, records);
            }
        }

        if (only is null or "rollup")
        {
            var (definition, records) = RollupBenchmark.Build(10);
            Print("rollup 10", definition, records, []);
            Print("rollup 10 hypercube", Program.WithMethod(definition, ["--method", nameof(ComplementaryProtection.Hypercube)]), records, []);
        }
    }

    private static void Variants(string shape, ReportDefinition definition, StatisticsRecord[] records)
    {
        ReportDefinition With(DisclosurePolicy? policy = null, CountingUnit? unit = null, ReportPeriod? period = null) =>
            new(period ?? definition.Period, definition.Tables, unit ?? definition.Unit, policy ?? definition.Policy, definition.RequireConsentToStatistics, definition.Territories, definition.AgeBands);

        Print($"{shape} zeros suppressed", With(DisclosurePolicy.WithThreshold(5, suppressZeros: true)), records, []);
        Print($"{shape} zeros suppressed, hypercube", With(DisclosurePolicy.WithThreshold(5, suppressZeros: true).WithProtection(ComplementaryProtection.Hypercube)), records, []);
        Print($"{shape} threshold 11", With(DisclosurePolicy.Casd), records, []);
        Print($"{shape} rounded", With(DisclosurePolicy.NhsEngland), records, []);

        var withActions = records.Select((r, i) => new StatisticsRecord(r.Profile, r.Channel, r.Situations, r.AgeGroup, r.Sex, r.AgeBand, r.Territory, r.Outcome, r.KnownToSocialServices, r.ConsentToStatistics, r.Month, i % 7 == 0 ? 0 : 1 + (i % 4))).ToArray();
        Print($"{shape} actions", With(unit: CountingUnit.Actions), withActions, []);

        var linker = new PersonLinker(Encoding.UTF8.GetBytes("digest-run-secret-of-16+"));
        var people = records.Select((r, i) => new StatisticsRecord(r.Profile, r.Channel, r.Situations, r.AgeGroup, r.Sex, r.AgeBand, r.Territory, r.Outcome, r.KnownToSocialServices, r.ConsentToStatistics, r.Month, r.Actions)
        {
            Person = linker.KeyOf(PersonId.From(new Guid(1 + (i % (records.Length / 2)), 0, 0, new byte[8]))),
        }).ToArray();
        Print($"{shape} persons", With(unit: CountingUnit.DistinctPersons), people, []);

        // Three quarters, then the year to date, then the year: each protected together with those before it.
        var releases = new List<PublishedRelease>();
        var periods = new[] { ReportPeriod.Quarter(2026, 1), ReportPeriod.Quarter(2026, 2), ReportPeriod.HalfYear(2026, 1), ReportPeriod.Quarter(2026, 4) };
        foreach (var period in periods)
        {
            var release = With(period: period, policy: DisclosurePolicy.WithThreshold(3));
            var report = Print($"{shape} release {period.Code}", release, records, releases);
            releases.Add(new PublishedRelease(release, report));
        }

        if (shape == "T2")
        {
            var small = records.Take(1_500).ToArray();
            var protectedReport = IntervalProtection.Produce(new ActivityReporter(), definition, small, 0);
            Line($"{shape} interval protection", protectedReport);
            var forced = protectedReport.HostAudit.Cells(SuppressionReason.Complementary).Take(3).ToArray();
            Line($"{shape} suppressed beforehand", new ActivityReporter().Produce(definition, small, [], forced));
        }
    }

    private static StatisticsReport Print(string name, ReportDefinition definition, StatisticsRecord[] records, IReadOnlyList<PublishedRelease> releases)
    {
        var report = new ActivityReporter().Produce(definition, records, releases);
        Line(name, report);
        return report;
    }

    private static void Line(string name, StatisticsReport report)
    {
        var text = new StringBuilder(ReportExport.ToJson(report, CultureInfo.InvariantCulture));
        foreach (var reason in Enum.GetValues<SuppressionReason>())
        {
            foreach (var cell in report.HostAudit.Cells(reason).Select(c => c.ToString()).Order(StringComparer.Ordinal))
            {
                text.Append('\n').Append(reason).Append(' ').Append(cell);
            }
        }

        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
        var primary = report.HostAudit.Cells(SuppressionReason.BelowThreshold).Count;
        var secondary = report.HostAudit.Cells(SuppressionReason.Complementary).Count + report.HostAudit.Cells(SuppressionReason.Requested).Count;
        Console.WriteLine($"{name}: {primary} primary, {secondary} secondary, digest {digest}");
    }
}
