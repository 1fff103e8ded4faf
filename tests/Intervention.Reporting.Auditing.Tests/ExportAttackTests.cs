using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Reporting.Statistics;
using NodaTime;
using Xunit;

namespace Intervention.Reporting.Auditing.Tests;

/// <summary>
/// Reports attacked through their exports only, by <see cref="ExportAttacker"/> (CP-SAT), written apart from the auditor: over
/// generated records, policies, and releases published in a random order.
/// </summary>
public sealed class ExportAttackTests
{
    private static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("fr-FR"), CultureInfo.GetCultureInfo("en")];

    // One generated scenario: records over a semester (some without consent), a policy, and two or three periods in a random order.
    private sealed record Scenario(StatisticsRecord[] Records, DisclosurePolicy Policy, ReportPeriod[] Periods)
    {
        public override string ToString() => $"{Policy.Name}, {string.Join(" then ", Periods.Select(p => p.Code))}, {Records.Length} records: "
            + string.Join("; ", Records.Select(r => $"{r.Channel}/{r.AgeGroup}/{r.Month}{(r.ConsentToStatistics ? "" : " (no consent)")}"));
    }

    private static Scenario Generate(int seed, bool releases)
    {
        var random = new Random(seed);
        var channels = new[] { ReferralChannel.OfficerOrientation, ReferralChannel.PartnerReferral, ReferralChannel.SelfReferralFromDayLog };
        var records = Enumerable.Range(0, random.Next(45)).Select(_ => new StatisticsRecord(
            ServiceProfileKind.FrenchPoliceSocialWorker, channels[random.Next(channels.Length)], [SituationKind.ConjugalViolence],
            random.Next(3) == 0 ? AgeGroup.Minor : AgeGroup.Adult, Sex.NotStated, null, "c1", null, null, random.Next(6) != 0,
            new YearMonth(2026, 1 + random.Next(6)), 1)).ToArray();
        var k = 2 + random.Next(4);
        var policy = random.Next(5) switch
        {
            0 => DisclosurePolicy.Insee,
            1 => DisclosurePolicy.WithThreshold(k, suppressZeros: true),
            _ => DisclosurePolicy.WithThreshold(k),
        };
        ReportPeriod[] all = [ReportPeriod.HalfYear(2026, 1), ReportPeriod.Quarter(2026, 1), ReportPeriod.Quarter(2026, 2), ReportPeriod.Month(new YearMonth(2026, 1 + random.Next(6)))];
        var periods = releases ? all.OrderBy(_ => random.Next()).Take(2 + random.Next(2)).ToArray() : [all[random.Next(3)]];
        return new Scenario(records, policy, periods);
    }

    internal static ReportDefinition Definition(ReportPeriod period, DisclosurePolicy policy) => new(
        period,
        [
            new TableDefinition("channel-by-age", [StatisticsDimension.Channel, StatisticsDimension.AgeGroup]),
            new TableDefinition("age-by-month", [StatisticsDimension.AgeGroup, new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.Month)]),
        ],
        CountingUnit.Cases,
        policy);

    // Each period published in turn, protected against the ones before it.
    private static List<PublishedRelease> Publish(Scenario scenario, Func<ReportDefinition, IReadOnlyList<PublishedRelease>, StatisticsReport> produce)
    {
        var published = new List<PublishedRelease>();
        foreach (var period in scenario.Periods)
        {
            var definition = Definition(period, scenario.Policy);
            published.Add(new PublishedRelease(definition, produce(definition, published.ToArray())));
        }

        return published;
    }

    [Property(MaxTest = 30)]
    public Property What_interval_protection_publishes_gives_the_independent_attacker_no_exact_small_count(PositiveInt seed, bool releases)
    {
        var scenario = Generate(seed.Get, releases);
        var published = Publish(scenario, (definition, earlier) => IntervalProtection.Produce(new ActivityReporter(), definition, scenario.Records, earlier, 0));

        var exports = published.Select((r, i) => ReportExport.ToJson(r.Report, Cultures[i % 2])).ToArray();
        var exact = ExportAttacker.Attack(exports, excludedHeaders: true).Where(q => q.Value.Lower == q.Value.Upper && q.Value.Small).Select(q => $"{q.Key} = {q.Value.Lower}").ToList();

        return (exact.Count == 0).Label($"{scenario}: {string.Join(", ", exact)}").Classify(releases, "releases");
    }

    [Property(MaxTest = 40)]
    public Property What_the_core_reporter_publishes_gives_the_independent_attacker_no_exact_small_count(PositiveInt seed, bool releases)
    {
        // The Gauss step weighs the public rule's bounds (zeros published: a suppressed cell is at least 1; every count at least 0).
        var scenario = Generate(seed.Get, releases);
        var reporter = new ActivityReporter();
        var published = Publish(scenario, (definition, earlier) => reporter.Produce(definition, scenario.Records, earlier));

        var exports = published.Select((r, i) => ReportExport.ToJson(r.Report, Cultures[i % 2])).ToArray();
        var exact = ExportAttacker.Attack(exports, excludedHeaders: true).Where(q => q.Value.Lower == q.Value.Upper && q.Value.Small).Select(q => $"{q.Key} = {q.Value.Lower}").ToList();

        return (exact.Count == 0).Label($"{scenario}: {string.Join(", ", exact)}").Classify(releases, "releases");
    }

    [Fact]
    public void An_empty_quarter_of_an_earlier_half_year_cell_is_not_given_away_by_subtracting_releases_when_zeros_are_suppressed()
    {
        // Regression (seed 28 of the hypercube property below): the half-year published partner referrals of adults (3), all in its
        // second quarter, and the second quarter published its 3 too, giving away the first quarter's suppressed zero. The part of
        // the half-year's cell over the first quarter had no inner cell (none was added for an earlier release's empty parts), so
        // it was taken as known and left unprotected. The Gauss method happened to hide the half-year's cell here, but its model had
        // the same gap; both are checked.
        foreach (var method in new[] { ComplementaryProtection.Gauss, ComplementaryProtection.Hypercube })
        {
            var generated = Generate(28, releases: true);
            var scenario = generated with { Policy = generated.Policy.WithProtection(method) };
            var reporter = new ActivityReporter();
            var published = Publish(scenario, (definition, earlier) => reporter.Produce(definition, scenario.Records, earlier));

            var exact = ExportAttacker.Attack(published.Select(r => ReportExport.ToJson(r.Report, CultureInfo.InvariantCulture)).ToArray(), excludedHeaders: true)
                .Where(q => q.Value.Lower == q.Value.Upper && q.Value.Small).Select(q => q.Key).ToList();

            Assert.True(scenario.Policy.SuppressZeros && scenario.Periods.Length == 2, scenario.ToString());
            Assert.Empty(exact);
        }
    }

    [Property(MaxTest = 40)]
    public Property What_the_hypercube_method_publishes_gives_the_independent_attacker_no_exact_small_count(PositiveInt seed, bool releases)
    {
        // The same attack on the second method, every release protected by hypercubes against the ones before it.
        var generated = Generate(seed.Get, releases);
        var scenario = generated with { Policy = generated.Policy.WithProtection(ComplementaryProtection.Hypercube) };
        var reporter = new ActivityReporter();
        var published = Publish(scenario, (definition, earlier) => reporter.Produce(definition, scenario.Records, earlier));

        var exports = published.Select((r, i) => ReportExport.ToJson(r.Report, Cultures[i % 2])).ToArray();
        var exact = ExportAttacker.Attack(exports, excludedHeaders: true).Where(q => q.Value.Lower == q.Value.Upper && q.Value.Small).Select(q => $"{q.Key} = {q.Value.Lower}").ToList();

        return (exact.Count == 0).Label($"{scenario}: {string.Join(", ", exact)}").Classify(releases, "releases");
    }

    [Property(MaxTest = 30)]
    public Property The_independent_attacker_and_the_auditor_agree_on_every_report_the_core_reporter_publishes(PositiveInt seed, bool releases)
    {
        // Whatever either finds on what the Gauss step publishes, the other finds too: no more, no less.
        var scenario = Generate(seed.Get, releases);
        var reporter = new ActivityReporter();
        var published = Publish(scenario, (definition, earlier) => reporter.Produce(definition, scenario.Records, earlier));

        var attacker = ExportAttacker.Attack(published.Select(r => ReportExport.ToJson(r.Report, CultureInfo.InvariantCulture)).ToArray(), excludedHeaders: true)
            .Where(q => q.Value.Lower == q.Value.Upper && q.Value.Small).Select(q => q.Key).ToHashSet(StringComparer.Ordinal);
        var audit = ReportAuditor.Audit(published[^1].Definition, published[^1].Report, published.Take(published.Count - 1).ToArray());
        var auditor = audit.Exposed.Where(e => e.Table != "header:recordsCounted").Select(e => $"{e.Table}|{string.Join("|", e.Categories)}|{e.Period}").ToHashSet(StringComparer.Ordinal);

        return attacker.SetEquals(auditor)
            .Label($"{scenario}: attacker only {string.Join(", ", attacker.Except(auditor))}; auditor only {string.Join(", ", auditor.Except(attacker))}")
            .Classify(attacker.Count > 0, "exposed");
    }

    [Property(MaxTest = 40)]
    public Property The_csv_and_markdown_exports_state_what_the_json_states(PositiveInt seed)
    {
        var scenario = Generate(seed.Get, releases: false);
        var definition = Definition(scenario.Periods[0], scenario.Policy);
        var report = new ActivityReporter().Produce(definition, scenario.Records);
        var culture = Cultures[seed.Get % 2];

        using var json = System.Text.Json.JsonDocument.Parse(ReportExport.ToJson(report, culture));
        var csv = ReportExport.ToCsv(report, culture).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        var markdown = ReportExport.ToMarkdown(report, culture);
        string? Header(string name) => json.RootElement.TryGetProperty(name, out var v) ? v.GetInt64().ToString(CultureInfo.InvariantCulture) : null;

        // The CSV: its header line, then per table its columns and its cells in the JSON's order, value by value, status by status.
        var header = csv[1].Split(',');
        var jsonCells = json.RootElement.GetProperty("tables").EnumerateArray()
            .SelectMany(t => t.GetProperty("cells").EnumerateArray().Select(c => (
                Distinct: t.GetProperty("totalsCountDistinctCases").GetBoolean() ? "true" : "false",
                Value: c.TryGetProperty("value", out var v) ? v.GetInt64().ToString(CultureInfo.InvariantCulture) : string.Empty,
                Status: c.GetProperty("status").GetString()!)))
            .ToArray();
        var csvCells = csv.Skip(2).Where(l => !l.StartsWith("table,", StringComparison.Ordinal)).Select(l => l.Split(',')).Select(f => (Distinct: f[1], Value: f[^2], Status: f[^1])).ToArray();
        var markdownHeader = $"{StatisticsLabels.Label("header.recordsCounted", culture)}: {Header("recordsCounted") ?? StatisticsLabels.Label("suppressed", culture)}";

        return (header[^2] == (Header("recordsCounted") ?? string.Empty)
                && header[^1] == (Header("excludedWithoutConsent") ?? string.Empty)
                && header[1] == json.RootElement.GetProperty("unit").GetString()
                && jsonCells.SequenceEqual(csvCells)
                && markdown.Contains(markdownHeader, StringComparison.Ordinal)
                && markdown.Contains($"{StatisticsLabels.Label("header.excludedWithoutConsent", culture)}: {Header("excludedWithoutConsent") ?? StatisticsLabels.Label("suppressed", culture)}", StringComparison.Ordinal))
            .Label(string.Join("\n", csv.Take(3)));
    }

    [Fact]
    public void The_status_is_not_exported_so_a_reader_cannot_bound_a_primary_by_its_complement()
    {
        // k = 5; X = 1, Y = 5, Z = 20, W = 30: shown "primary" and "secondary", X + Y = 6 with X >= 1 and Y >= 5 forced X = 1.
        StatisticsRecord Record(ReferralChannel channel) =>
            new(ServiceProfileKind.FrenchPoliceSocialWorker, channel, [SituationKind.Precarity], AgeGroup.Adult, Sex.NotStated, null, "c1", null, null, true, new YearMonth(2026, 1), 1);
        var records = new[] { Record(ReferralChannel.PartnerReferral) }
            .Concat(Enumerable.Repeat(Record(ReferralChannel.SelfReferralFromDayLog), 5))
            .Concat(Enumerable.Repeat(Record(ReferralChannel.OfficerOrientation), 20))
            .Concat(Enumerable.Repeat(Record(ReferralChannel.PersonThemself), 30)).ToArray();
        var definition = new ReportDefinition(ReportPeriod.Quarter(2026, 1), [new TableDefinition("channels", [StatisticsDimension.Channel])], CountingUnit.Cases, DisclosurePolicy.WithThreshold(5));
        var report = new ActivityReporter().Produce(definition, records);

        var attack = ExportAttacker.Attack([ReportExport.ToJson(report, CultureInfo.InvariantCulture)], excludedHeaders: false);
        var partner = attack["channels|PartnerReferral|2026-Q1"];

        Assert.Equal((1L, 5L), (partner.Lower, partner.Upper));
        Assert.True(ReportAuditor.Audit(definition, report).IsProtected);
    }

    [Fact]
    public void Three_hidden_cells_in_a_published_total_of_three_are_not_published_since_the_public_rule_would_pin_them()
    {
        // Zeros are published, so each hidden cell is at least 1: three of them summing to a published 3 would all be 1, though none
        // is a linear combination of the published cells. The Gauss step itself now weighs the bounds, and hides the total.
        StatisticsRecord Record(ReferralChannel channel) =>
            new(ServiceProfileKind.FrenchPoliceSocialWorker, channel, [SituationKind.Precarity], AgeGroup.Adult, Sex.NotStated, null, "c1", null, null, true, new YearMonth(2026, 1), 1);
        var records = new[] { Record(ReferralChannel.PartnerReferral), Record(ReferralChannel.OfficerOrientation), Record(ReferralChannel.SelfReferralFromDayLog) };
        var definition = new ReportDefinition(ReportPeriod.Quarter(2026, 1), [new TableDefinition("channels", [StatisticsDimension.Channel])], CountingUnit.Cases, DisclosurePolicy.WithThreshold(3));

        var gauss = new ActivityReporter().Produce(definition, records);

        Assert.Null(gauss.Table("channels").Cell(PublishedCell.Total).Value);
        Assert.Null(gauss.RecordsCounted);
        var partner = ExportAttacker.Attack([ReportExport.ToJson(gauss, CultureInfo.InvariantCulture)], excludedHeaders: false)["channels|PartnerReferral|2026-Q1"];
        Assert.True(partner.Lower == 1 && partner.Upper > 1, $"[{partner.Lower}, {partner.Upper}]");
        Assert.True(ReportAuditor.Audit(definition, gauss).IsProtected);
    }
}
