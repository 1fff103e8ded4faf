using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Reporting.Statistics;
using Intervention.Testing.Shared;
using NodaTime;

namespace Intervention.Reporting.Auditing.Tests;

public sealed record Sample(StatisticsRecord[] Records, int Threshold)
{
    public override string ToString() => $"k={Threshold}: " + string.Join("; ", Records.Select(r => $"{r.Channel}/{r.AgeGroup}/{r.Territory}/{r.Month}"));
}

public sealed record MultiSample(StatisticsRecord[] Records, int Threshold)
{
    public override string ToString() => $"k={Threshold}: " + string.Join("; ", Records.Select(r => $"{r.Channel}/{string.Join("+", r.Situations)}/{r.AgeGroup}"));
}

public static class AuditArbitraries
{
    public static Arbitrary<MultiSample> MultiSamples()
    {
        var record =
            from channel in Gen.Frequency((6, Gen.Constant(ReferralChannel.OfficerOrientation)), (3, Gen.Constant(ReferralChannel.SelfReferralFromDayLog)), (1, Gen.Constant(ReferralChannel.PartnerReferral)))
            from situations in Gen.NonEmptyListOf(Gen.Frequency((5, Gen.Constant(SituationKind.ConjugalViolence)), (2, Gen.Constant(SituationKind.Precarity)), (1, Gen.Constant(SituationKind.ChildAtRisk))))
            from age in Gen.Elements(AgeGroup.Minor, AgeGroup.Adult)
            select new StatisticsRecord(ServiceProfileKind.FrenchPoliceSocialWorker, channel, situations.Take(2).ToArray(), age, Sex.NotStated, null, "c1", null, null, true, new YearMonth(2026, 1), 1);
        return Arb.From(
            from records in Gen.Choose(0, 40).SelectMany(n => Gen.ListOf(record, n))
            from k in Gen.Choose(2, 5)
            select new MultiSample(records.ToArray(), k));
    }

    public static Arbitrary<Sample> Samples()
    {
        var record =
            from channel in Gen.Frequency((6, Gen.Constant(ReferralChannel.OfficerOrientation)), (3, Gen.Constant(ReferralChannel.SelfReferralFromDayLog)), (1, Gen.Constant(ReferralChannel.PartnerReferral)))
            from age in Gen.Elements(AgeGroup.Minor, AgeGroup.Adult)
            from territory in Gen.Frequency((4, Gen.Constant("c1")), (2, Gen.Constant("c2")), (1, Gen.Constant("c3")))
            from month in Gen.Choose(1, 3)
            select new StatisticsRecord(ServiceProfileKind.FrenchPoliceSocialWorker, channel, [SituationKind.Precarity], age, Sex.NotStated, null, territory, null, null, true, new YearMonth(2026, month), 1);
        return Arb.From(
            from records in Gen.Choose(0, 50).SelectMany(n => Gen.ListOf(record, n))
            from k in Gen.Choose(2, 5)
            select new Sample(records.ToArray(), k));
    }
}

public sealed class ReportAuditorTests
{
    private static readonly TerritoryHierarchy Territories = new(["commune", "brigade"], [["c1", "b1"], ["c2", "b1"], ["c3", "b2"]]);

    internal static ReportDefinition Definition(int k) => new(
        ReportPeriod.Quarter(2026, 1),
        [
            new TableDefinition("channel-by-age", [StatisticsDimension.Channel, StatisticsDimension.AgeGroup]),
            new TableDefinition("channel-by-brigade", [StatisticsDimension.Channel, new TableDimension(StatisticsDimension.Territory, 1)]),
            new TableDefinition("age-by-month", [StatisticsDimension.AgeGroup, new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.Month)]),
        ],
        CountingUnit.Cases,
        DisclosurePolicy.WithThreshold(k),
        territories: Territories);

    [Property(Arbitrary = [typeof(AuditArbitraries)], MaxTest = 60)]
    public Property Every_suppressed_cell_survives_the_auditor(Sample sample)
    {
        var definition = Definition(sample.Threshold);
        return SurvivesTheAuditor(definition, sample.Records);
    }

    // Communes and brigades, months and quarters, in one report: the auditor reads both levels as one.
    internal static ReportDefinition TwoLevels(int k) => new(
        ReportPeriod.HalfYear(2026, 1),
        [
            new TableDefinition("channel-by-commune", [StatisticsDimension.Channel, new TableDimension(StatisticsDimension.Territory, 0)]),
            new TableDefinition("channel-by-brigade", [StatisticsDimension.Channel, new TableDimension(StatisticsDimension.Territory, 1)]),
            new TableDefinition("age-by-month", [StatisticsDimension.AgeGroup, new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.Month)]),
            new TableDefinition("age-by-quarter", [StatisticsDimension.AgeGroup, new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.Quarter)]),
        ],
        CountingUnit.Cases,
        DisclosurePolicy.WithThreshold(k),
        territories: Territories);

    [Property(Arbitrary = [typeof(AuditArbitraries)], MaxTest = 40)]
    public Property Every_suppressed_cell_survives_the_auditor_when_a_hierarchy_is_shown_at_two_levels(Sample sample)
    {
        var definition = TwoLevels(sample.Threshold);
        return SurvivesTheAuditor(definition, sample.Records);
    }

    // Channels by the multi-valued situations and by age group.
    internal static ReportDefinition ChannelSituationAge(int k) => new(
        ReportPeriod.Quarter(2026, 1),
        [
            new TableDefinition("channel-by-situation", [StatisticsDimension.Channel, StatisticsDimension.Situation]),
            new TableDefinition("channel-by-age", [StatisticsDimension.Channel, StatisticsDimension.AgeGroup]),
        ],
        CountingUnit.Cases,
        DisclosurePolicy.WithThreshold(k));

    // Channels by age group and by brigade (and age groups by month), under a threshold that suppresses zeros or not.
    internal static ReportDefinition ChannelAgeBrigade(int k, bool suppressZeros, bool byMonth = false) => new(
        ReportPeriod.Quarter(2026, 1),
        [
            new TableDefinition("channel-by-age", [StatisticsDimension.Channel, StatisticsDimension.AgeGroup]),
            new TableDefinition("channel-by-brigade", [StatisticsDimension.Channel, new TableDimension(StatisticsDimension.Territory, 1)]),
            .. byMonth ? [new TableDefinition("age-by-month", [StatisticsDimension.AgeGroup, new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.Month)])] : Array.Empty<TableDefinition>(),
        ],
        CountingUnit.Cases,
        DisclosurePolicy.WithThreshold(k, suppressZeros),
        territories: Territories);

    [Property(Arbitrary = [typeof(AuditArbitraries)], MaxTest = 40)]
    public Property When_zeros_are_suppressed_interval_protection_leaves_no_suppressed_zero_pinned_either(Sample sample)
    {
        // A policy that suppresses zeros hides that no case fell in a cell: that zero must not be pinned by the margins, the other
        // cells, and the fact that counts are not negative (an empty combination is not something the reader knows). The Gauss step
        // alone cannot see that last inference (a published part equal to its margin pins every other part at 0); the protection
        // interval loop, which audits by linear programming, does.
        var definition = ChannelAgeBrigade(sample.Threshold, suppressZeros: true);
        var report = IntervalProtection.Produce(new ActivityReporter(), definition, sample.Records, minimumWidth: 0);

        var audit = ReportAuditor.Audit(definition, report);

        // (The generator uses 3 of the 17 channels: every report has zeros to protect.)
        return audit.IsProtected
            .Label(string.Join(", ", audit.Exposed.Select(e => $"{e.Table}:{string.Join("/", e.Categories)} in [{e.Lower}, {e.Upper}]")));
    }

    [Property(Arbitrary = [typeof(AuditArbitraries)], MaxTest = 100)]
    public Property No_suppressed_cell_is_a_linear_combination_of_published_ones_zeros_suppressed_or_not(Sample sample, bool suppressZeros, bool communesToo, bool monthsToo)
    {
        // The Gauss step's own guarantee, checked independently of it and of the linear program: over every combination of channel,
        // age group and commune as an unknown (so an empty combination is not assumed known), no suppressed cell's sum is a linear
        // combination of the published cells' sums. Without the empty combinations as unknowns, a zero total is the grand total less
        // the published others, and this fails when zeros are suppressed; with communes shown too, it fails when the combination
        // added for an empty brigade cell is given a commune outside that brigade; with months, given a month outside its own.
        var definition = ChannelAgeBrigade(sample.Threshold, suppressZeros, byMonth: monthsToo);
        if (communesToo)
        {
            definition = new ReportDefinition(
                definition.Period,
                [.. definition.Tables, new TableDefinition("channel-by-commune", [StatisticsDimension.Channel, new TableDimension(StatisticsDimension.Territory, 0)])],
                definition.Unit,
                definition.Policy,
                territories: Territories);
        }

        var report = new ActivityReporter().Produce(definition, sample.Records);
        var combinations = (from channel in Enum.GetNames<ReferralChannel>()
                            from age in Enum.GetNames<AgeGroup>()
                            from commune in new[] { "c1", "c2", "c3" }
                            from month in new[] { 1, 2, 3 }
                            select (Channel: channel, Age: age, Commune: commune, Month: new YearMonth(2026, month))).ToArray();
        string Category(TableDimension dimension, (string Channel, string Age, string Commune, YearMonth Month) c) => dimension.Dimension switch
        {
            StatisticsDimension.Channel => c.Channel,
            StatisticsDimension.AgeGroup => c.Age,
            StatisticsDimension.Period => ReportPeriod.Label(c.Month, dimension.Granularity),
            _ => Territories.At(c.Commune, dimension.TerritoryLevel),
        };
        long[] Sum(PublishedTable table, PublishedCell cell) => combinations
            .Select(c => table.Dimensions.Select((d, i) => cell.Categories[i] == PublishedCell.Total || Category(d, c) == cell.Categories[i]).All(x => x) ? 1L : 0L)
            .ToArray();
        var published = report.Tables.SelectMany(t => t.Cells.Where(c => !c.IsSuppressed).Select(c => Sum(t, c))).ToList();
        var rank = Rank(published);
        var recomputable = report.Tables.SelectMany(t => t.Cells.Where(c => c.IsSuppressed).Select(c => (t, c)))
            .Where(x => Rank([.. published, Sum(x.t, x.c)]) == rank)
            .Select(x => $"{x.t.Name}:{string.Join("/", x.c.Categories)}")
            .ToList();
        return (recomputable.Count == 0).Label(string.Join(", ", recomputable)).Classify(suppressZeros, "zeros suppressed").Classify(communesToo, "communes too").Classify(monthsToo, "months too");
    }

    // The rank of integer vectors, modulo the prime 2^31 − 1 (exact here: the vectors are 0/1 and few).
    private static int Rank(List<long[]> rows)
    {
        const long P = int.MaxValue;
        var m = rows.Select(r => r.Select(v => ((v % P) + P) % P).ToArray()).ToList();
        var rank = 0;
        for (var column = 0; m.Count > 0 && column < m[0].Length && rank < m.Count; column++)
        {
            var pivot = Enumerable.Range(rank, m.Count - rank).FirstOrDefault(r => m[r][column] != 0, -1);
            if (pivot < 0)
            {
                continue;
            }

            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            var inverse = Power(m[rank][column], P - 2, P);
            for (var r = 0; r < m.Count; r++)
            {
                if (r != rank && m[r][column] != 0)
                {
                    var factor = m[r][column] * inverse % P;
                    for (var c = column; c < m[r].Length; c++)
                    {
                        m[r][c] = (m[r][c] - (factor * m[rank][c] % P) + P) % P;
                    }
                }
            }

            rank++;
        }

        return rank;

        static long Power(long a, long e, long p)
        {
            long result = 1;
            for (a %= p; e > 0; e >>= 1, a = a * a % p)
            {
                result = (e & 1) == 1 ? result * a % p : result;
            }

            return result;
        }
    }

    private static bool Same(CellInterval a, CellInterval b)
    {
        static bool Close(double x, double y) => x == y || Math.Abs(x - y) <= 1e-6;
        return a.Table == b.Table && a.Categories.SequenceEqual(b.Categories) && Close(a.Lower, b.Lower) && Close(a.Upper, b.Upper) && a.IsTooNarrow == b.IsTooNarrow;
    }

    [Property(Arbitrary = [typeof(AuditArbitraries)], MaxTest = 40)]
    public Property The_auditors_shortcuts_change_no_interval(Sample sample, bool suppressZeros)
    {
        // The auditor first takes out every count a published zero pins (and what those pin in turn), and does not solve for a
        // minimum an earlier solution shows to be 0: the intervals must be those of one solve per bound over the whole program.
        var definition = ChannelAgeBrigade(sample.Threshold, suppressZeros, byMonth: true);
        var report = new ActivityReporter().Produce(definition, sample.Records);

        return WithAndWithoutShortcutsAlike(definition, report);
    }

    // The intervals of the auditor with its shortcuts (blocks, fixed counts, implied sums left out, bounds reached not solved again)
    // and without (one solve per bound over the whole program) are the same, in the same order.
    private static Property WithAndWithoutShortcutsAlike(ReportDefinition definition, StatisticsReport report)
    {
        var shortcuts = ReportAuditor.Audit(definition, report, [], 0, shortcuts: true).Intervals;
        var whole = ReportAuditor.Audit(definition, report, [], 0, shortcuts: false).Intervals;

        var different = shortcuts.Zip(whole).Where(p => !Same(p.First, p.Second))
            .Select(p => $"{p.First.Table}:{string.Join("/", p.First.Categories)} [{p.First.Lower}, {p.First.Upper}] against [{p.Second.Lower}, {p.Second.Upper}]")
            .ToList();
        return (shortcuts.Count == whole.Count && different.Count == 0).Label(string.Join(", ", different)).Classify(shortcuts.Count > 0, "cells suppressed");
    }

    // Channels by commune and by brigade, age groups by brigade: the territory shown at two levels, each brigade's cell the sum of its
    // communes' (the margin the auditor leaves out when they are all published), the brigades tying the two tables together.
    internal static ReportDefinition CommuneAndBrigade(int k, bool suppressZeros) => new(
        ReportPeriod.Quarter(2026, 1),
        [
            new TableDefinition("channel-by-commune", [StatisticsDimension.Channel, new TableDimension(StatisticsDimension.Territory, 0)]),
            new TableDefinition("channel-by-brigade", [StatisticsDimension.Channel, new TableDimension(StatisticsDimension.Territory, 1)]),
            new TableDefinition("age-by-brigade", [StatisticsDimension.AgeGroup, new TableDimension(StatisticsDimension.Territory, 1)]),
        ],
        CountingUnit.Cases,
        DisclosurePolicy.WithThreshold(k, suppressZeros),
        territories: Territories);

    [Property(Arbitrary = [typeof(AuditArbitraries)], MaxTest = 40)]
    public Property Over_a_hierarchy_shown_at_two_levels_the_auditor_in_blocks_finds_the_intervals_of_the_whole_program(Sample sample, bool suppressZeros)
    {
        // The auditor solves in blocks, with the counts published cells fix replaced by their values, the margins that published
        // cells add up to left out, and bounds an earlier solution reaches not solved again: every interval must be the one of a
        // solve per bound over the whole program (the old auditor).
        var definition = CommuneAndBrigade(sample.Threshold, suppressZeros);
        var report = new ActivityReporter().Produce(definition, sample.Records);

        return WithAndWithoutShortcutsAlike(definition, report);
    }

    [Property(Arbitrary = [typeof(AuditArbitraries)], MaxTest = 40)]
    public Property Across_the_multi_valued_situations_the_auditors_shortcuts_change_no_interval_either(MultiSample sample)
    {
        var definition = ChannelSituationAge(sample.Threshold);
        var report = new ActivityReporter().Produce(definition, sample.Records);

        var pinned = ReportAuditor.Audit(definition, report, [], 0, shortcuts: true).Intervals;
        var whole = ReportAuditor.Audit(definition, report, [], 0, shortcuts: false).Intervals;

        return pinned.Zip(whole).All(p => Same(p.First, p.Second))
            .Label(string.Join(", ", pinned.Zip(whole).Select(p => $"[{p.First.Lower}, {p.First.Upper}]/[{p.Second.Lower}, {p.Second.Upper}]")));
    }

    [Fact]
    public void Across_two_levels_the_auditor_finds_a_commune_given_away_by_its_brigade()
    {
        // b1 = c1 + c2: publishing the brigade and c1 gives c2 away, though no table shows c2 beside its complement.
        var records = Enumerable.Repeat(Record(ReferralChannel.OfficerOrientation, "c1"), 9).Append(Record(ReferralChannel.OfficerOrientation, "c2"))
            .Concat(Enumerable.Repeat(Record(ReferralChannel.OfficerOrientation, "c3"), 7)).ToArray();
        var definition = new ReportDefinition(
            ReportPeriod.Quarter(2026, 1),
            [
                new TableDefinition("by-commune", [new TableDimension(StatisticsDimension.Territory, 0)]),
                new TableDefinition("by-brigade", [new TableDimension(StatisticsDimension.Territory, 1)]),
            ],
            CountingUnit.Cases,
            DisclosurePolicy.Insee,
            territories: Territories);
        var report = new ActivityReporter().Produce(definition, records);
        var published = report with
        {
            Tables = report.Tables.Select(t => t with
            {
                Cells = t.Cells.Select(c => report.IsComplementary(t.Name, c) ? c with { Value = Truth(t.Name, c.Categories[0]), Status = CellStatus.Published } : c).ToArray(),
            }).ToArray(),
        };

        var safe = ReportAuditor.Audit(definition, report);
        var exposed = Assert.Single(ReportAuditor.Audit(definition, published).Exposed);

        Assert.True(safe.IsProtected);
        Assert.Equal(("by-commune", "c2", 1.0, 1.0), (exposed.Table, exposed.Categories[0], exposed.Lower, exposed.Upper));

        long Truth(string table, string code) => code == PublishedCell.Total ? 17
            : table == "by-brigade" ? (code == "b1" ? 10 : 7)
            : code switch { "c1" => 9, "c2" => 1, _ => 7 };
    }

    // 20 cases oriented by officers, 12 self-referred and 1 referred by a partner, by channel under INSEE's rule: the partner's 1
    // and its complement of 12 are suppressed.
    private static (ReportDefinition Definition, StatisticsReport Report) ThirtyThreeCasesByChannel()
    {
        var records = Enumerable.Repeat(Record(ReferralChannel.OfficerOrientation), 20).Concat(Enumerable.Repeat(Record(ReferralChannel.SelfReferralFromDayLog), 12)).Append(Record(ReferralChannel.PartnerReferral)).ToArray();
        var definition = new ReportDefinition(ReportPeriod.Quarter(2026, 1), [new TableDefinition("channels", [StatisticsDimension.Channel])], CountingUnit.Cases, DisclosurePolicy.Insee);
        return (definition, new ActivityReporter().Produce(definition, records));
    }

    [Fact]
    public void The_auditor_finds_the_exact_value_of_a_small_cell_whose_complement_was_published()
    {
        var (definition, report) = ThirtyThreeCasesByChannel();
        var table = report.Table("channels");
        var leaky = report with { Tables = [table with { Cells = table.Cells.Select(c => report.IsComplementary(table.Name, c) ? c with { Value = 12, Status = CellStatus.Published } : c).ToArray() }] };

        var safe = ReportAuditor.Audit(definition, report);
        var exposed = Assert.Single(ReportAuditor.Audit(definition, leaky).Exposed);

        Assert.True(safe.IsProtected);
        // The rule is public and publishes zeros: each of the two suppressed cells (1 and 12, summing to 13) is at least 1.
        Assert.Equal((1, 12), (safe.Intervals.Min(i => i.Lower), safe.Intervals.Max(i => i.Upper)));
        Assert.Equal(("PartnerReferral", 1.0, 1.0), (exposed.Categories[0], exposed.Lower, exposed.Upper));
        Assert.False(ReportAuditor.Audit(definition, report, minimumWidth: 11).IsProtected);
    }

    [Fact]
    public void Published_values_that_no_counts_can_meet_are_refused_with_or_without_the_shortcuts()
    {
        var (definition, report) = ThirtyThreeCasesByChannel();
        var table = report.Table("channels");

        // One published channel above the published total: no counts meet both rows.
        var tampered = report with { Tables = [table with { Cells = table.Cells.Select(c => c.Categories[0] == "OfficerOrientation" ? c with { Value = 40 } : c).ToArray() }] };

        Assert.Contains("inconsistent", Assert.Throws<InvalidOperationException>(() => ReportAuditor.Audit(definition, tampered, [], 0, shortcuts: true)).Message, StringComparison.Ordinal);
        Assert.Contains("inconsistent", Assert.Throws<InvalidOperationException>(() => ReportAuditor.Audit(definition, tampered, [], 0, shortcuts: false)).Message, StringComparison.Ordinal);
        Assert.True(ReportAuditor.Audit(definition, report, [], 0, shortcuts: false).IsProtected);
    }

    // Every suppressed cell of the report protected from these records against the whole published model has an interval of more
    // than one value wherever it could be small (the Gauss step answers for linear combinations and the rule's bounds: the Reporting
    // tests and ExportAttackTests).
    private static Property SurvivesTheAuditor(ReportDefinition definition, StatisticsRecord[] records)
    {
        var report = IntervalProtection.Produce(new ActivityReporter(), definition, records, minimumWidth: 0);

        var audit = ReportAuditor.Audit(definition, report);

        return audit.IsProtected
            .Label(string.Join(", ", audit.Exposed.Select(e => $"{e.Table}:{string.Join("/", e.Categories)} in [{e.Lower}, {e.Upper}]")))
            .Classify(audit.Intervals.Count > 0, "cells suppressed");
    }

    [Fact]
    public void What_the_auditor_cannot_model_yet_is_refused_not_guessed()
    {
        var rounded = new ReportDefinition(ReportPeriod.Quarter(2026, 1), [new TableDefinition("t", [StatisticsDimension.Channel])], CountingUnit.Cases, DisclosurePolicy.NhsEngland);

        Assert.Throws<NotSupportedException>(() => ReportAuditor.Audit(rounded, new ActivityReporter().Produce(rounded, [])));
    }

    [Property(Arbitrary = [typeof(AuditArbitraries)], MaxTest = 40)]
    public Property Every_suppressed_cell_survives_the_auditor_across_the_multi_valued_situation_dimension(MultiSample sample)
    {
        var definition = ChannelSituationAge(sample.Threshold);
        return SurvivesTheAuditor(definition, sample.Records);
    }

    [Fact]
    public void A_case_may_have_several_situations_so_a_situation_is_not_the_total_minus_the_others()
    {
        // Nine cases of conjugal violence, one of precarity. Total minus conjugal violence would say "precarity = 1" if each
        // case had one situation; an attacker who cannot know that only learns 1 <= precarity <= 10.
        var records = Enumerable.Range(0, 9).Select(_ => Situated(SituationKind.ConjugalViolence))
            .Append(Situated(SituationKind.Precarity)).ToArray();
        var definition = new ReportDefinition(ReportPeriod.Quarter(2026, 1), [new TableDefinition("situations", [StatisticsDimension.Situation])], CountingUnit.Cases, DisclosurePolicy.Insee);
        var report = new ActivityReporter().Produce(definition, records);
        var table = report.Table("situations");
        var open = report with
        {
            Tables = [table with { Cells = table.Cells.Select(c => report.IsComplementary(table.Name, c) ? c with { Value = c.Categories[0] == PublishedCell.Total ? 10 : 9, Status = CellStatus.Published } : c).ToArray() }],
        };

        var interval = ReportAuditor.Audit(definition, open).Intervals.Single(i => i.Categories.Count > 0 && i.Categories[0] == nameof(SituationKind.Precarity));

        Assert.Equal((1.0, 10.0, false), (interval.Lower, interval.Upper, interval.IsTooNarrow));

        static StatisticsRecord Situated(SituationKind situation) =>
            new(ServiceProfileKind.FrenchPoliceSocialWorker, ReferralChannel.OfficerOrientation, [situation], AgeGroup.Adult, Sex.NotStated, null, "c1", null, null, true, new YearMonth(2026, 1), 1);
    }

    [Fact]
    public void Conventions_hold_for_the_auditing_package()
    {
        var package = typeof(ReportAuditor).Assembly;

        Assert.Empty(ConventionChecks.DateTimeExposures(package));
        Assert.Empty(ConventionChecks.UndocumentedMutability(package));
        Assert.Empty(ConventionChecks.EquatablesWithoutOperator(package));
        Assert.DoesNotContain(typeof(ActivityReporter).Assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith("Google", StringComparison.Ordinal));
    }

    private static StatisticsRecord Record(ReferralChannel channel, string territory = "c1") =>
        new(ServiceProfileKind.FrenchPoliceSocialWorker, channel, [SituationKind.Precarity], AgeGroup.Adult, Sex.NotStated, null, territory, null, null, true, new YearMonth(2026, 1), 1);
}

