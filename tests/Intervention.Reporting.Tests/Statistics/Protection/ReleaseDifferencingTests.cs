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

namespace Intervention.Reporting.Tests.Statistics.Protection;

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

        Assert.True(q1Report.IsPrimary("channels", q1Report.Table("channels").Cell("PartnerReferral", "Adult")));
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

    [Fact]
    public void The_half_year_first_then_its_first_quarter_does_not_give_the_second_quarters_small_cell_away()
    {
        // H1 published first, then Q1 with H1 passed as the earlier release: H1 − Q1 is Q2, whose officers' orientations of adults
        // are 2 (14 in the half-year, 12 in the first quarter).
        var records = Data().Where(r => !(r.Channel == ReferralChannel.OfficerOrientation && r.Month.Month == 4)).Concat(Enumerable.Repeat(Record(ReferralChannel.OfficerOrientation, 4), 2)).ToArray();
        var h1 = Definition(ReportPeriod.HalfYear(2026, 1));
        var q1 = Definition(ReportPeriod.Quarter(2026, 1));
        var h1Report = Reporter.Produce(h1, records);

        var naive = Reporter.Produce(q1, records);
        var careful = Reporter.Produce(q1, records, [new PublishedRelease(h1, h1Report)]);

        Assert.NotEmpty(Attacker.RecoverableSmallParts([(h1, h1Report), (q1, naive)], records, 3));
        Assert.Empty(Attacker.RecoverableSmallParts([(h1, h1Report), (q1, careful)], records, 3));
    }

    [Property(MaxTest = 60)]
    public Property Releases_in_any_order_never_give_a_small_part_away_by_subtraction(PositiveInt seed)
    {
        // Months, quarters and the half-year of one semester, published in a random order, each protected against those before it.
        var random = new System.Random(seed.Get);
        var channels = new[] { ReferralChannel.OfficerOrientation, ReferralChannel.PartnerReferral, ReferralChannel.SelfReferralFromDayLog };
        var records = Enumerable.Range(0, 20 + random.Next(60)).Select(_ => Record(channels[random.Next(channels.Length)], 1 + random.Next(6), random.Next(3) == 0 ? AgeGroup.Minor : AgeGroup.Adult)).ToArray();
        var periods = new List<ReportPeriod> { ReportPeriod.HalfYear(2026, 1), ReportPeriod.Quarter(2026, 1), ReportPeriod.Quarter(2026, 2), ReportPeriod.Month(new YearMonth(2026, 1 + random.Next(6))) }
            .OrderBy(_ => random.Next()).Take(2 + random.Next(3)).ToList();
        var k = 2 + random.Next(3);
        var published = new List<PublishedRelease>();
        foreach (var period in periods)
        {
            var definition = Definition(period, k);
            published.Add(new PublishedRelease(definition, Reporter.Produce(definition, records, published.ToArray())));
        }

        var found = Attacker.RecoverableSmallParts(published.Select(r => (r.Definition, r.Report)).ToArray(), records, k);
        return (found.Count == 0).Label($"{string.Join(" then ", periods.Select(p => p.Code))}, k = {k}: {string.Join(", ", found)}");
    }

    [Fact]
    public void A_header_is_not_published_when_subtracting_an_earlier_release_gives_a_small_count()
    {
        // Q1 leaves out 6 records without consent, Q2 3 more: the half-year's 9 beside Q1's 6 would say Q2 had 3 refusals.
        StatisticsRecord Refusal(int month) =>
            new(ServiceProfileKind.FrenchPoliceSocialWorker, ReferralChannel.OfficerOrientation, [SituationKind.ConjugalViolence], AgeGroup.Adult, Sex.Female, null, "c1", null, null, false, new YearMonth(2026, month), 1);
        var records = Data().Concat(Enumerable.Range(0, 6).Select(_ => Refusal(2))).Concat(Enumerable.Range(0, 3).Select(_ => Refusal(5))).ToArray();
        var q1 = Definition(ReportPeriod.Quarter(2026, 1), k: 5);
        var h1 = Definition(ReportPeriod.HalfYear(2026, 1), k: 5);
        var q1Report = Reporter.Produce(q1, records);

        var alone = Reporter.Produce(h1, records);
        var after = Reporter.Produce(h1, records, [new PublishedRelease(q1, q1Report)]);

        Assert.Equal((6L, 9L), (q1Report.ExcludedWithoutConsent, alone.ExcludedWithoutConsent));
        Assert.Null(after.ExcludedWithoutConsent);
        Assert.Equal((102L, 102L), (alone.RecordsCounted, after.RecordsCounted));
    }
}
