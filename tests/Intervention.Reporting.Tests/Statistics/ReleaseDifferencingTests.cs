using System.Collections.Generic;
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

namespace Intervention.Reporting.Tests.Statistics;

public sealed class ReleaseDifferencingTests
{
    private static readonly ActivityReporter Reporter = new();

    private static ReportDefinition Definition(ReportPeriod period, int k = 3) => new(
        period, [new TableDefinition("channels", [StatisticsDimension.Channel, StatisticsDimension.AgeGroup])], CountingUnit.Cases, DisclosurePolicy.WithThreshold(k));

    private static StatisticsRecord Record(ReferralChannel channel, int month, AgeGroup age = AgeGroup.Adult) =>
        new(ServiceProfileKind.FrenchPoliceSocialWorker, channel, [SituationKind.ConjugalViolence], age, Sex.Female, null, "c1", null, null, true, new YearMonth(2026, month), 1);

    private static StatisticsRecord[] Data() =>
    [
        // Q1: one partner referral (a primary cell), the rest large.
        .. Enumerable.Repeat(Record(ReferralChannel.OfficerOrientation, 1), 12), .. Enumerable.Repeat(Record(ReferralChannel.OfficerOrientation, 2, AgeGroup.Minor), 9),
        .. Enumerable.Repeat(Record(ReferralChannel.SelfReferralFromDayLog, 2), 10), .. Enumerable.Repeat(Record(ReferralChannel.SelfReferralFromDayLog, 3, AgeGroup.Minor), 8),
        Record(ReferralChannel.PartnerReferral, 3),
        .. Enumerable.Repeat(Record(ReferralChannel.PartnerReferral, 2, AgeGroup.Minor), 7),

        // Q2: partner referrals are many, so Q2 alone would publish them.
        .. Enumerable.Repeat(Record(ReferralChannel.OfficerOrientation, 4), 15), .. Enumerable.Repeat(Record(ReferralChannel.OfficerOrientation, 5, AgeGroup.Minor), 6),
        .. Enumerable.Repeat(Record(ReferralChannel.SelfReferralFromDayLog, 5), 9), .. Enumerable.Repeat(Record(ReferralChannel.SelfReferralFromDayLog, 6, AgeGroup.Minor), 11),
        .. Enumerable.Repeat(Record(ReferralChannel.PartnerReferral, 6), 9), .. Enumerable.Repeat(Record(ReferralChannel.PartnerReferral, 4, AgeGroup.Minor), 5),
    ];

    [Fact]
    public void Q2_after_Q1_and_the_half_year_to_date_does_not_give_away_Q1s_small_cell_by_subtraction()
    {
        var records = Data();
        var q1 = Definition(ReportPeriod.Quarter(2026, 1));
        var h1 = Definition(ReportPeriod.HalfYear(2026, 1));
        var q2 = Definition(ReportPeriod.Quarter(2026, 2));
        var q1Report = Reporter.Produce(q1, records);
        var h1Report = Reporter.Produce(h1, records, [new PublishedRelease(q1, q1Report)]);

        var naive = Reporter.Produce(q2, records);
        var careful = Reporter.Produce(q2, records, [new PublishedRelease(q1, q1Report), new PublishedRelease(h1, h1Report)]);

        Assert.Equal(CellStatus.PrimarySuppressed, q1Report.Table("channels").Cell("PartnerReferral", "Adult").Status);
        Assert.Empty(Attacker.RecoverablePrimaryCells([(q1, q1Report), (h1, h1Report)], records));
        Assert.NotEmpty(Attacker.RecoverablePrimaryCells([(q1, q1Report), (h1, h1Report), (q2, naive)], records));
        Assert.Empty(Attacker.RecoverablePrimaryCells([(q1, q1Report), (h1, h1Report), (q2, careful)], records));
        Assert.Equal("2026-Q2", careful.Period);
    }

    [Property(Arbitrary = [typeof(StatisticsGenerators)], MaxTest = 200)]
    public Property Quarterly_and_year_to_date_releases_audited_together_still_protect_every_suppressed_cell(DataSet data)
    {
        var records = data.Records.Select((r, i) => new StatisticsRecord(r.Profile, r.Channel, r.Situations, r.AgeGroup, r.Sex, r.AgeBand, r.Territory, r.Outcome, r.KnownToSocialServices, r.ConsentToStatistics, new YearMonth(2026, 1 + (i % 6)), r.Actions)).ToArray();
        var q1 = StatisticsLinked(ReportPeriod.Quarter(2026, 1), data.Threshold);
        var h1 = StatisticsLinked(ReportPeriod.HalfYear(2026, 1), data.Threshold);
        var q2 = StatisticsLinked(ReportPeriod.Quarter(2026, 2), data.Threshold);
        var q1Report = Reporter.Produce(q1, records);
        var h1Report = Reporter.Produce(h1, records, [new PublishedRelease(q1, q1Report)]);
        var q2Report = Reporter.Produce(q2, records, [new PublishedRelease(q1, q1Report), new PublishedRelease(h1, h1Report)]);

        var leaks = Attacker.RecoverablePrimaryCells([(q1, q1Report), (h1, h1Report), (q2, q2Report)], records);
        return (leaks.Count == 0).Label(string.Join(", ", leaks));
    }

    private static ReportDefinition StatisticsLinked(ReportPeriod period, int k) => new(
        period,
        [
            new TableDefinition("channel-by-situation", [StatisticsDimension.Channel, StatisticsDimension.Situation]),
            new TableDefinition("channel-by-territory", [StatisticsDimension.Channel, new TableDimension(StatisticsDimension.Territory, 1)]),
        ],
        CountingUnit.Cases,
        DisclosurePolicy.WithThreshold(k),
        territories: StatisticsGenerators.Territories);
}
