using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intervention.Domain;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Reporting.Statistics;
using NodaTime;

namespace Intervention.Reporting.Tests.Statistics;

public sealed class ActivityReporterTests
{
    private static readonly ActivityReporter Reporter = new();

    private static StatisticsRecord Record(ReferralChannel channel, string territory, int month = 1, bool consent = true, params SituationKind[] situations) =>
        new(ServiceProfileKind.FrenchPoliceSocialWorker, channel, situations.Length == 0 ? [SituationKind.ConjugalViolence] : situations, AgeGroup.Adult, Sex.Female, null, territory, null, true, consent, new YearMonth(2026, month), 2);

    [Property(Arbitrary = [typeof(StatisticsGenerators)], MaxTest = 200)]
    [Trait("Rule", "R06")]
    public Property No_published_cell_is_below_the_threshold_and_no_primary_cell_can_be_recomputed(DataSet data)
    {
        // Every complementary method (Gauss, hypercubes) against the independent attacker.
        var failures = new List<string>();
        var secondary = false;
        foreach (var method in Methods)
        {
            var definition = StatisticsGenerators.Linked(data.Threshold, DisclosurePolicy.WithThreshold(data.Threshold).WithProtection(method));
            var report = Reporter.Produce(definition, data.Records);

            var small = report.Tables.SelectMany(t => t.Cells).Where(c => c.Value is > 0 && c.Value < data.Threshold).ToList();
            var recoverable = Attacker.RecoverablePrimaryCells(definition, data.Records, report);
            secondary |= report.HostAudit.Cells(SuppressionReason.Complementary).Count > 0;
            if (small.Count > 0 || recoverable.Count > 0)
            {
                failures.Add($"{method}: small published: {small.Count}; recoverable primaries: {string.Join(", ", recoverable)}");
            }
        }

        return (failures.Count == 0).Label(string.Join("; ", failures)).Classify(secondary, "secondary suppression needed");
    }

    private static readonly ComplementaryProtection[] Methods = [ComplementaryProtection.Gauss, ComplementaryProtection.Hypercube];

    [Property(Arbitrary = [typeof(StatisticsGenerators)], MaxTest = 200)]
    public Property Published_values_are_the_truth_and_totals_count_distinct_cases(DataSet data)
    {
        var definition = StatisticsGenerators.Linked(data.Threshold);
        var report = Reporter.Produce(definition, data.Records);

        var wrong = report.Tables.SelectMany(t => t.Cells.Where(c => c.Value is { } v && v != Attacker.Truth(definition, data.Records, t.Name, c)).Select(c => $"{t.Name}:{string.Join("/", c.Categories)}")).ToList();
        var distinct = data.Records.Count(r => r.ConsentToStatistics);
        var grand = report.Table("channel-by-situation").Cell(PublishedCell.Total, PublishedCell.Total);
        var excluded = data.Records.Count - distinct;
        return (wrong.Count == 0 && (grand.Value is null || grand.Value == distinct)
                && report.RecordsCounted == grand.Value && (report.ExcludedWithoutConsent is null ? excluded is > 0 and < 6 : report.ExcludedWithoutConsent == excluded))
            .Label($"wrong cells: {string.Join(", ", wrong)}; grand {grand.Value} vs {distinct}");
    }

    [Property(Arbitrary = [typeof(StatisticsGenerators)], MaxTest = 150)]
    public Property Raising_the_threshold_never_publishes_a_cell_that_was_suppressed(DataSet data)
    {
        var unsuppressed = new List<string>();
        foreach (var method in Methods)
        {
            var lower = Reporter.Produce(StatisticsGenerators.Linked(data.Threshold, DisclosurePolicy.WithThreshold(data.Threshold).WithProtection(method)), data.Records);
            var higher = Reporter.Produce(StatisticsGenerators.Linked(data.Threshold + 1, DisclosurePolicy.WithThreshold(data.Threshold + 1).WithProtection(method)), data.Records);

            unsuppressed.AddRange(lower.Tables.Zip(higher.Tables).SelectMany(pair => pair.First.Cells.Zip(pair.Second.Cells)
                .Where(cells => cells.First.IsSuppressed && !cells.Second.IsSuppressed)
                .Select(cells => $"{method} {pair.First.Name}:{string.Join("/", cells.First.Categories)}")));
        }

        return (unsuppressed.Count == 0).Label(string.Join(", ", unsuppressed));
    }

    [Property(Arbitrary = [typeof(StatisticsGenerators)], MaxTest = 100)]
    public Property The_report_does_not_depend_on_the_order_of_records(DataSet data)
    {
        var definition = StatisticsGenerators.Linked(data.Threshold);

        var forward = Reporter.Produce(definition, data.Records);
        var backward = Reporter.Produce(definition, data.Records.Reverse().ToArray());

        return (forward == backward && forward == Reporter.Produce(definition, data.Records)).ToProperty();
    }

    [Property(Arbitrary = [typeof(StatisticsGenerators)], MaxTest = 150)]
    public Property Records_in_an_array_a_list_or_a_lazy_sequence_give_the_same_report(DataSet data, bool actions)
    {
        // An array or a list is counted by a loop planned once per report (a table lookup per dimension); any other sequence, record
        // by record through the general path. Both must agree, on the linked tables and on one crossing every dimension the plan
        // reads (channel, profile, age group, sex, two territory levels, two period granularities, the situations).
        var unit = actions ? CountingUnit.Actions : CountingUnit.Cases;
        var linked = StatisticsGenerators.Linked(data.Threshold);
        linked = new ReportDefinition(linked.Period, linked.Tables, unit, linked.Policy, linked.RequireConsentToStatistics, linked.Territories);
        var wide = new ReportDefinition(
            ReportPeriod.Quarter(2026, 1),
            [
                new TableDefinition("who", [StatisticsDimension.Profile, StatisticsDimension.AgeGroup, StatisticsDimension.Sex, StatisticsDimension.Channel]),
                new TableDefinition("where-when", [new TableDimension(StatisticsDimension.Territory, 0), new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.Month), StatisticsDimension.Situation]),
                new TableDefinition("coarser", [new TableDimension(StatisticsDimension.Territory, 2), new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.Quarter), StatisticsDimension.Channel]),
            ],
            unit,
            DisclosurePolicy.WithThreshold(data.Threshold),
            requireConsentToStatistics: actions,
            territories: StatisticsGenerators.Territories);
        var different = new[] { linked, wide }
            .Where(definition =>
            {
                var planned = Reporter.Produce(definition, data.Records.ToArray());
                return planned != Reporter.Produce(definition, data.Records.ToList()) || planned != Reporter.Produce(definition, data.Records.Select(r => r));
            })
            .Select(definition => string.Join("+", definition.Tables.Select(t => t.Name)))
            .ToList();
        return (different.Count == 0).Label(string.Join(", ", different));
    }

    [Property(Arbitrary = [typeof(StatisticsGenerators)], MaxTest = 200)]
    public Property Rounded_values_are_multiples_of_the_base_within_base_minus_one_of_the_truth(DataSet data)
    {
        foreach (var policy in new[] { DisclosurePolicy.RoundTo(5), DisclosurePolicy.NhsEngland, DisclosurePolicy.Eurostat })
        {
            var definition = StatisticsGenerators.Linked(2, policy);
            var report = Reporter.Produce(definition, data.Records);
            foreach (var table in report.Tables)
            {
                foreach (var cell in table.Cells.Where(c => c.Value is not null))
                {
                    var truth = Attacker.Truth(definition, data.Records, table.Name, cell);
                    var baseValue = policy.Rounding == RoundingRule.Eurostat && truth is > 0 and <= 7 ? 5 : policy.RoundingBase;
                    if (cell.Value!.Value % baseValue != 0 || Math.Abs(cell.Value.Value - truth) > policy.RoundingBase - 1 || (policy == DisclosurePolicy.NhsEngland && truth is > 0 and < 8))
                    {
                        return false.Label($"{policy.Name} {table.Name}:{string.Join("/", cell.Categories)} = {cell.Value} for {truth}");
                    }
                }
            }
        }

        return true.ToProperty();
    }

    [Fact]
    [Trait("Rule", "R06")]
    public void A_small_cell_is_absent_and_its_complement_is_suppressed_so_the_margin_does_not_give_it_away()
    {
        var records = Enumerable.Repeat(Record(ReferralChannel.OfficerOrientation, "c1"), 20)
            .Concat(Enumerable.Repeat(Record(ReferralChannel.SelfReferralFromDayLog, "c1"), 12))
            .Append(Record(ReferralChannel.PartnerReferral, "c1"))
            .ToArray();
        var definition = new ReportDefinition(ReportPeriod.Quarter(2026, 1), [new TableDefinition("channels", [StatisticsDimension.Channel])], CountingUnit.Cases, DisclosurePolicy.Insee);

        var table = Reporter.Produce(definition, records).Table("channels");

        Assert.Equal((null, CellStatus.Suppressed), (table.Cell("PartnerReferral").Value, table.Cell("PartnerReferral").Status));
        Assert.Equal(33, table.Cell(PublishedCell.Total).Value);
        Assert.Equal(CellStatus.Suppressed, table.Cell("SelfReferralFromDayLog").Status);
        Assert.Equal(20, table.Cell("OfficerOrientation").Value);
        Assert.Equal(0, table.Cell("PersonThemself").Value);
    }

    [Property(Arbitrary = [typeof(StatisticsGenerators)], MaxTest = 150)]
    public Property The_one_contributor_of_a_singleton_cannot_recompute_another_primary_cell(DataSet data)
    {
        var leaks = new List<string>();
        foreach (var method in Methods)
        {
            var definition = StatisticsGenerators.Linked(data.Threshold, DisclosurePolicy.WithThreshold(data.Threshold).WithProtection(method));
            var report = Reporter.Produce(definition, data.Records);
            leaks.AddRange(Attacker.RecoverablePrimaryCells(definition, data.Records, report, insiders: true).Select(l => $"{method} {l}"));
        }

        return (leaks.Count == 0).Label(string.Join(", ", leaks));
    }

    [Fact]
    public void Two_singletons_in_a_row_do_not_protect_each_other()
    {
        var records = Enumerable.Repeat(Record(ReferralChannel.OfficerOrientation, "c1"), 20)
            .Append(Record(ReferralChannel.PartnerReferral, "c1"))
            .Append(Record(ReferralChannel.PersonThemself, "c1"))
            .ToArray();
        var definition = new ReportDefinition(ReportPeriod.Quarter(2026, 1), [new TableDefinition("channels", [StatisticsDimension.Channel])], CountingUnit.Cases, DisclosurePolicy.Insee);

        var report = Reporter.Produce(definition, records);

        Assert.Empty(Attacker.RecoverablePrimaryCells(definition, records, report, insiders: true));
        Assert.True(report.IsComplementary("channels", report.Table("channels").Cell("OfficerOrientation")));

        // Publishing the large cell would let each singleton's contributor subtract and find the other.
        var table = report.Table("channels");
        var leaky = report with { Tables = [table with { Cells = table.Cells.Select(c => report.IsComplementary(table.Name, c) ? c with { Value = 20, Status = CellStatus.Published } : c).ToArray() }] };
        Assert.Empty(Attacker.RecoverablePrimaryCells(definition, records, leaky));
        Assert.Equal(2, Attacker.RecoverablePrimaryCells(definition, records, leaky, insiders: true).Count);
    }

    [Fact]
    public void The_independent_attacker_finds_a_primary_cell_when_its_complement_is_published()
    {
        var records = Enumerable.Repeat(Record(ReferralChannel.OfficerOrientation, "c1"), 20)
            .Concat(Enumerable.Repeat(Record(ReferralChannel.SelfReferralFromDayLog, "c1"), 12))
            .Append(Record(ReferralChannel.PartnerReferral, "c1"))
            .ToArray();
        var definition = new ReportDefinition(ReportPeriod.Quarter(2026, 1), [new TableDefinition("channels", [StatisticsDimension.Channel])], CountingUnit.Cases, DisclosurePolicy.Insee);
        var report = Reporter.Produce(definition, records);
        var table = report.Table("channels");
        var leaky = report with
        {
            Tables = [table with { Cells = table.Cells.Select(c => report.IsComplementary(table.Name, c) ? c with { Value = 12, Status = CellStatus.Published } : c).ToArray() }],
        };

        Assert.Empty(Attacker.RecoverablePrimaryCells(definition, records, report));
        Assert.Equal(["channels:PartnerReferral"], Attacker.RecoverablePrimaryCells(definition, records, leaky));
    }

    [Fact]
    [Trait("Rule", "R06")]
    public void The_header_counts_do_not_give_away_a_suppressed_grand_total()
    {
        var records = new[] { Record(ReferralChannel.OfficerOrientation, "c1"), Record(ReferralChannel.OfficerOrientation, "c1"), Record(ReferralChannel.PartnerReferral, "c1", consent: false) };
        var definition = new ReportDefinition(ReportPeriod.Quarter(2026, 1), [new TableDefinition("channels", [StatisticsDimension.Channel])], CountingUnit.Cases, DisclosurePolicy.Insee);

        var report = Reporter.Produce(definition, records);

        Assert.True(report.Table("channels").Cell(PublishedCell.Total).IsSuppressed);
        Assert.Null(report.RecordsCounted);
        Assert.Null(report.ExcludedWithoutConsent);
        Assert.DoesNotContain("recordsCounted", ReportExport.ToJson(report, CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_with_two_situations_counts_in_both_and_once_in_the_total()
    {
        var records = Enumerable.Repeat(Record(ReferralChannel.OfficerOrientation, "c1", 1, true, SituationKind.ConjugalViolence, SituationKind.Precarity), 10).ToArray();
        var definition = new ReportDefinition(ReportPeriod.Quarter(2026, 1), [new TableDefinition("situations", [StatisticsDimension.Situation])], CountingUnit.Cases, DisclosurePolicy.Insee);

        var table = Reporter.Produce(definition, records).Table("situations");

        Assert.True(table.TotalsCountDistinctCases);
        Assert.Equal(10, table.Cell("ConjugalViolence").Value);
        Assert.Equal(10, table.Cell("Precarity").Value);
        Assert.Equal(10, table.Cell(PublishedCell.Total).Value);
    }

    [Fact]
    [Trait("Rule", "R07")]
    public void R07_the_yearly_review_counts_the_year_and_excludes_records_without_consent_saying_how_many()
    {
        var records = Enumerable.Range(1, 12).SelectMany(m => Enumerable.Repeat(Record(ReferralChannel.OfficerOrientation, "c1", m), 3))
            .Concat(Enumerable.Repeat(Record(ReferralChannel.OfficerOrientation, "c1", 6, consent: false), 3))
            .Append(new StatisticsRecord(ServiceProfileKind.FrenchPoliceSocialWorker, ReferralChannel.OfficerOrientation, [SituationKind.Precarity], AgeGroup.Adult, Sex.Male, null, "c1", null, null, true, new YearMonth(2027, 1), 1))
            .ToArray();
        var definition = new ReportDefinition(ReportPeriod.Year(2026), [new TableDefinition("by-half", [new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.HalfYear)])], CountingUnit.Cases, DisclosurePolicy.Insee);

        var report = Reporter.Produce(definition, records);

        Assert.Equal(("2026", (long?)36, (long?)3), (report.Period, report.RecordsCounted, report.ExcludedWithoutConsent));
        Assert.Equal(18, report.Table("by-half").Cell("2026-H1").Value);
        Assert.Equal(36, report.Table("by-half").Cell(PublishedCell.Total).Value);
    }

    [Fact]
    [Trait("Rule", "R23")]
    public void R23_a_steering_review_shows_profiles_territories_problems_knowledge_by_social_services_and_outcomes()
    {
        var bands = AgeBands.Default;
        var records = Enumerable.Range(0, 40).Select(i => new StatisticsRecord(
            ServiceProfileKind.FrenchPoliceSocialWorker, ReferralChannel.SelfReferralFromDayLog, [i % 2 == 0 ? SituationKind.ConjugalViolence : SituationKind.Precarity],
            AgeGroup.Adult, i % 3 == 0 ? Sex.Male : Sex.Female, bands.Of(20 + i), i % 4 == 0 ? "c4" : "c1", i % 5 == 0 ? CaseOutcome.Oriented : CaseOutcome.SingleInterview,
            i % 2 == 0, true, new YearMonth(2026, 1 + (i % 6)), 1)).ToArray();
        var definition = new ReportDefinition(
            ReportPeriod.HalfYear(2026, 1),
            [
                new TableDefinition("publics", [StatisticsDimension.Sex, StatisticsDimension.AgeBand]),
                new TableDefinition("territories", [new TableDimension(StatisticsDimension.Territory, 2), StatisticsDimension.Situation]),
                new TableDefinition("known", [StatisticsDimension.KnownToSocialServices, StatisticsDimension.Outcome]),
            ],
            CountingUnit.Cases,
            DisclosurePolicy.Insee,
            territories: StatisticsGenerators.Territories,
            ageBands: bands);

        var report = Reporter.Produce(definition, records);

        Assert.Equal(40, report.Table("publics").Cell(PublishedCell.Total, PublishedCell.Total).Value);
        Assert.Equal(10, report.Table("territories").Cell("d2", PublishedCell.Total).Value);
        Assert.Equal(20, report.Table("known").Cell("Yes", PublishedCell.Total).Value);
        Assert.Equal(8, report.Table("known").Cell(PublishedCell.Total, "Oriented").Value);
    }

    [Fact]
    [Trait("Rule", "R06")]
    public void R06_no_name_or_identifier_of_the_cases_reaches_any_export()
    {
        var identity = new PersonIdentity(PersonId.From(new Guid("00000000-0000-0000-0000-000000000901")), "Martin", "Claire", new LocalDate(1990, 5, 17), "0600000000", "claire@example.org", "1 rue de la Paix");
        var caseId = new Guid("7a1f0000-0000-0000-0000-00000000abcd");
        var c = Case.Open(
            CaseId.From(caseId),
            Post.Create(PostId.From(new Guid("00000000-0000-0000-0000-000000000001")), ServiceProfileKind.FrenchPoliceSocialWorker, ForceKind.FrenchPoliceStation),
            new Referral(ReferralChannel.SelfReferralFromDayLog, new LocalDate(2026, 2, 17), new Referrer(ReferrerKind.WorkerFromPoliceRecords, reference: "MC 2026/118")),
            [Participant.FromIdentity(identity, PartyRole.Victim, new LocalDate(2026, 2, 17), Sex.Female, [])],
            [SituationKind.ConjugalViolence]);
        var records = Enumerable.Repeat(StatisticsRecord.From(c, "c1", AgeBands.Default, consentToStatistics: true), 5).ToArray();
        var report = Reporter.Produce(StatisticsGenerators.Linked(3), records);

        foreach (var text in new[] { ReportExport.ToJson(report, CultureInfo.GetCultureInfo("fr")), ReportExport.ToCsv(report, CultureInfo.GetCultureInfo("en")), ReportExport.ToMarkdown(report, CultureInfo.GetCultureInfo("fr-CA")) })
        {
            foreach (var secret in new[] { "Martin", "Claire", "1990", "0600000000", "example.org", "Paix", "MC 2026/118", caseId.ToString(), "2026-02-17", "17" })
            {
                Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.Equal(new AgeBand(25, 39), records[0].AgeBand);
        Assert.Equal(new YearMonth(2026, 2), records[0].Month);
    }

    [Fact]
    public void Exports_label_in_french_and_english_and_leave_suppressed_values_empty()
    {
        var records = Enumerable.Repeat(Record(ReferralChannel.OfficerOrientation, "c1"), 9).Append(Record(ReferralChannel.PartnerReferral, "c1")).ToArray();
        var definition = new ReportDefinition(ReportPeriod.Quarter(2026, 1), [new TableDefinition("channels", [StatisticsDimension.Channel])], CountingUnit.Cases, DisclosurePolicy.Insee);
        var report = Reporter.Produce(definition, records);

        var markdown = ReportExport.ToMarkdown(report, CultureInfo.GetCultureInfo("fr-FR"));
        var csv = ReportExport.ToCsv(report, CultureInfo.GetCultureInfo("en-GB"));
        var json = ReportExport.ToJson(report, CultureInfo.GetCultureInfo("fr-FR"));

        Assert.Contains("| Partenaire | secret |", markdown, StringComparison.Ordinal);
        Assert.Contains("channels,false,Partner referral,,Suppressed", csv, StringComparison.Ordinal);
        foreach (var text in new[] { markdown, csv, json })
        {
            // The reason stays with the host: a reader told "below the threshold" and "complementary" could bound both cells.
            foreach (var reason in new[] { "PrimarySuppressed", "SecondarySuppressed", nameof(SuppressionReason.BelowThreshold), nameof(SuppressionReason.Complementary), nameof(SuppressionReason.Requested) })
            {
                Assert.DoesNotContain(reason, text, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.DoesNotContain("HostAudit", System.Text.Json.JsonSerializer.Serialize(report), StringComparison.Ordinal);
        Assert.Equal(SuppressionReason.BelowThreshold, report.HostAudit.Of(new CellReference("channels", ["PartnerReferral"])));
        Assert.Equal(SuppressionReason.Complementary, report.HostAudit.Of(new CellReference("channels", ["OfficerOrientation"])));
        Assert.Contains("\"Mode de saisine\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"value\": 1,", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Edge_cases_empty_input_one_record_and_very_large_counts()
    {
        var definition = StatisticsGenerators.Linked(3);

        var empty = Reporter.Produce(definition, []);
        var one = Reporter.Produce(definition, [Record(ReferralChannel.OfficerOrientation, "c1")]);
        var large = Reporter.Produce(new ReportDefinition(ReportPeriod.Quarter(2026, 1), [new TableDefinition("t", [StatisticsDimension.Channel])], CountingUnit.Actions, DisclosurePolicy.Insee),
            Enumerable.Repeat(new StatisticsRecord(ServiceProfileKind.FrenchPoliceSocialWorker, ReferralChannel.OfficerOrientation, [SituationKind.Precarity], AgeGroup.Adult, Sex.Male, null, "c1", null, null, true, new YearMonth(2026, 1), int.MaxValue), 3).ToArray());

        Assert.All(empty.Tables.SelectMany(t => t.Cells), c => Assert.Equal(0, c.Value));
        Assert.All(one.Tables.SelectMany(t => t.Cells), c => Assert.True(c.Value is null or 0));
        Assert.Equal(3L * int.MaxValue, large.Table("t").Cell(PublishedCell.Total).Value);
    }

    [Fact]
    public void A_count_of_actions_from_fewer_cases_than_the_threshold_is_suppressed_like_the_cases_it_comes_from()
    {
        // One case with 12 actions: the cases table hides its cell, and the actions table must too (12 is that one case's own
        // count); 3 cases with 12 actions between them are published.
        StatisticsRecord Case(ReferralChannel channel, int actions) =>
            new(ServiceProfileKind.FrenchPoliceSocialWorker, channel, [SituationKind.Precarity], AgeGroup.Adult, Sex.Male, null, "c1", null, null, true, new YearMonth(2026, 1), actions);
        var records = new[] { Case(ReferralChannel.PartnerReferral, 12) }.Concat(Enumerable.Repeat(Case(ReferralChannel.OfficerOrientation, 4), 3)).Concat(Enumerable.Repeat(Case(ReferralChannel.SelfReferralFromDayLog, 5), 4)).ToArray();
        var table = new[] { new TableDefinition("channels", [StatisticsDimension.Channel]) };

        var actions = Reporter.Produce(new ReportDefinition(ReportPeriod.Quarter(2026, 1), table, CountingUnit.Actions, DisclosurePolicy.Insee), records);
        var cases = Reporter.Produce(new ReportDefinition(ReportPeriod.Quarter(2026, 1), table, CountingUnit.Cases, DisclosurePolicy.Insee), records);

        Assert.True(cases.Table("channels").Cell("PartnerReferral").IsSuppressed);
        Assert.True(actions.Table("channels").Cell("PartnerReferral").IsSuppressed);
        Assert.Equal(SuppressionReason.BelowThreshold, actions.HostAudit.Of(new CellReference("channels", ["PartnerReferral"])));
        Assert.Equal(44, actions.Table("channels").Cell(PublishedCell.Total).Value);
        Assert.Single(actions.HostAudit.Cells(SuppressionReason.Complementary));
        Assert.Empty(Attacker.RecoverablePrimaryCells(new ReportDefinition(ReportPeriod.Quarter(2026, 1), table, CountingUnit.Actions, DisclosurePolicy.Insee), records, actions));
    }

    [Fact]
    public void Bad_definitions_and_records_are_refused_with_the_field_named()
    {
        Assert.Throws<ArgumentException>(() => new AgeBands([new(0, 17), new(19, null)]));
        Assert.Throws<ArgumentException>(() => new AgeBands([new(0, 17), new(17, null)]));
        Assert.Throws<ArgumentException>(() => new AgeBands([new(0, 17), new(18, 30)]));
        Assert.Throws<ArgumentException>(() => new TableDefinition("t", [StatisticsDimension.Channel, StatisticsDimension.Channel]));
        Assert.Throws<ArgumentException>(() => new ReportDefinition(ReportPeriod.Quarter(2026, 1), [new TableDefinition("t", [StatisticsDimension.Territory])], CountingUnit.Cases, DisclosurePolicy.Insee));
        var error = Assert.Throws<ArgumentException>(() => Reporter.Produce(StatisticsGenerators.Linked(3), [Record(ReferralChannel.OfficerOrientation, "nowhere")]));
        Assert.Equal("records", error.ParamName);
        Assert.Contains("Record 0", error.Message, StringComparison.Ordinal);
    }
}
