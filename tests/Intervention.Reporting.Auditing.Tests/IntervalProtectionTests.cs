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

namespace Intervention.Reporting.Auditing.Tests;

public sealed class IntervalProtectionTests
{
    private static readonly TerritoryHierarchy Territories = new(["commune", "brigade"], [["c1", "b1"], ["c2", "b1"], ["c3", "b2"]]);

    [Property(Arbitrary = [typeof(AuditArbitraries)], MaxTest = 30)]
    public Property Every_primary_cell_gets_the_protection_interval(Sample sample)
    {
        var width = 1 + (sample.Records.Length % 4);
        var definition = new ReportDefinition(
            ReportPeriod.Quarter(2026, 1),
            [
                new TableDefinition("channel-by-age", [StatisticsDimension.Channel, StatisticsDimension.AgeGroup]),
                new TableDefinition("channel-by-brigade", [StatisticsDimension.Channel, new TableDimension(StatisticsDimension.Territory, 1)]),
            ],
            CountingUnit.Cases,
            DisclosurePolicy.WithThreshold(sample.Threshold),
            territories: Territories);

        var report = IntervalProtection.Produce(new ActivityReporter(), definition, sample.Records, width);
        var audit = ReportAuditor.Audit(definition, report, width);

        var exposed = audit.Exposed;
        return (exposed.Count == 0).Label(string.Join(", ", exposed.Select(e => $"{e.Table}:{string.Join("/", e.Categories)} [{e.Lower}, {e.Upper}]")));
    }

    [Property(Arbitrary = [typeof(AuditArbitraries)], MaxTest = 25)]
    public Property Every_primary_cell_gets_the_protection_interval_across_situations_and_two_territory_levels(MultiSample sample)
    {
        var width = 1 + (sample.Records.Length % 3);
        var records = sample.Records.Select((r, i) => new StatisticsRecord(
            r.Profile, r.Channel, r.Situations, r.AgeGroup, r.Sex, r.AgeBand, i % 3 == 0 ? "c2" : i % 5 == 0 ? "c3" : "c1", r.Outcome, r.KnownToSocialServices, r.ConsentToStatistics, r.Month, r.Actions)).ToArray();
        var definition = new ReportDefinition(
            ReportPeriod.Quarter(2026, 1),
            [
                new TableDefinition("channel-by-situation", [StatisticsDimension.Channel, StatisticsDimension.Situation]),
                new TableDefinition("situation-by-commune", [StatisticsDimension.Situation, new TableDimension(StatisticsDimension.Territory, 0)]),
                new TableDefinition("channel-by-brigade", [StatisticsDimension.Channel, new TableDimension(StatisticsDimension.Territory, 1)]),
            ],
            CountingUnit.Cases,
            DisclosurePolicy.WithThreshold(sample.Threshold),
            territories: Territories);

        var report = IntervalProtection.Produce(new ActivityReporter(), definition, records, width);
        var audit = ReportAuditor.Audit(definition, report, width);

        var exposed = audit.Exposed;
        return (exposed.Count == 0).Label(string.Join(", ", exposed.Select(e => $"{e.Table}:{string.Join("/", e.Categories)} [{e.Lower}, {e.Upper}]")));
    }

    [Property(Arbitrary = [typeof(AuditArbitraries)], MaxTest = 25)]
    public Property Interval_protection_is_monotone_in_the_threshold_and_two_versions_published_together_stay_protected(Sample sample, PositiveInt step)
    {
        // A cell hidden at k stays hidden at every larger k, so the version at the larger k publishes a subset of the other's cells
        // and the two together say no more than the lower one (8 of 40 random sets broke this before the threshold was raised step
        // by step).
        var low = sample.Threshold;
        var high = low + 1 + (step.Get % 6);
        ReportDefinition At(int k) => new(
            ReportPeriod.Quarter(2026, 1),
            [
                new TableDefinition("channel-by-age", [StatisticsDimension.Channel, StatisticsDimension.AgeGroup]),
                new TableDefinition("age-by-month", [StatisticsDimension.AgeGroup, new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.Month)]),
            ],
            CountingUnit.Cases,
            DisclosurePolicy.WithThreshold(k));
        var lower = IntervalProtection.Produce(new ActivityReporter(), At(low), sample.Records, 0);
        var higher = IntervalProtection.Produce(new ActivityReporter(), At(high), sample.Records, 0);

        var hiddenLow = lower.Tables.SelectMany(t => t.Cells.Where(c => c.IsSuppressed).Select(c => new CellReference(t.Name, c.Categories))).ToHashSet();
        var hiddenHigh = higher.Tables.SelectMany(t => t.Cells.Where(c => c.IsSuppressed).Select(c => new CellReference(t.Name, c.Categories))).ToHashSet();
        // Together they tell what the lower version tells (it publishes the counts from k_low to k_high − 1, which its rule allows):
        // nothing small under the lower threshold may be exposed.
        var together = ReportAuditor.Audit(At(low), higher, [new PublishedRelease(At(low), lower)]);

        return (hiddenLow.IsSubsetOf(hiddenHigh) && together.IsProtected)
            .Label($"k = {low} then {high}: published again {string.Join(", ", hiddenLow.Except(hiddenHigh))}; exposed {string.Join(", ", together.Exposed.Select(e => $"{e.Table}:{string.Join("/", e.Categories)}"))}");
    }

    [Fact]
    public void A_wider_protection_interval_suppresses_more()
    {
        var records = Enumerable.Repeat(Record(ReferralChannel.OfficerOrientation), 20).Concat(Enumerable.Repeat(Record(ReferralChannel.SelfReferralFromDayLog), 12)).Append(Record(ReferralChannel.PartnerReferral)).ToArray();
        var definition = new ReportDefinition(ReportPeriod.Quarter(2026, 1), [new TableDefinition("channels", [StatisticsDimension.Channel])], CountingUnit.Cases, DisclosurePolicy.Insee);

        var exact = new ActivityReporter().Produce(definition, records);
        var wide = IntervalProtection.Produce(new ActivityReporter(), definition, records, minimumWidth: 15);

        // 1 + 12 = 13 published by subtraction, each at least 1 (zeros are published): [1, 12].
        Assert.Equal(11, ReportAuditor.Audit(definition, exact).Intervals.Single(i => i.Categories.Count > 0 && i.Categories[0] == "PartnerReferral").Width, 6);
        Assert.True(ReportAuditor.Audit(definition, wide, 15).Intervals.Single(i => i.Categories.Count > 0 && i.Categories[0] == "PartnerReferral").Width > 15);
        // More cells the bounds rested on are suppressed at the protector's request (the 20 beside them, and at the step k = 2 the
        // total), never the zeros.
        Assert.NotEmpty(wide.HostAudit.Cells(SuppressionReason.Requested));
        Assert.All(wide.HostAudit.Cells(SuppressionReason.Requested), c => Assert.Contains(c.Categories[0], new[] { PublishedCell.Total, "OfficerOrientation", "SelfReferralFromDayLog" }));
    }

    private static StatisticsRecord Record(ReferralChannel channel) =>
        new(ServiceProfileKind.FrenchPoliceSocialWorker, channel, [SituationKind.Precarity], AgeGroup.Adult, Sex.NotStated, null, "c1", null, null, true, new YearMonth(2026, 1), 1);
}
