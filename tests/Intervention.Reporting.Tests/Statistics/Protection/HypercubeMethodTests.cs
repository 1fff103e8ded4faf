using System.Linq;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Reporting.Statistics;
using NodaTime;
using Xunit;

namespace Intervention.Reporting.Tests.Statistics.Protection;

public sealed class HypercubeMethodTests
{
    private static StatisticsRecord Record(ReferralChannel channel, string territory, int month, params SituationKind[] situations) =>
        new(ServiceProfileKind.FrenchPoliceSocialWorker, channel, situations, AgeGroup.Adult, Sex.Female, null, territory, null, null, true, new YearMonth(2026, month), 1);

    private static ReportDefinition Linked(int k) => StatisticsGenerators.Linked(k, DisclosurePolicy.WithThreshold(k).WithProtection(ComplementaryProtection.Hypercube));

    [Fact]
    [Trait("Rule", "R06")]
    public void A_move_found_for_one_singleton_does_not_protect_another_cell_against_that_singletons_insider()
    {
        // Regression (the insider property, shrunk): the move found for the mental-health singleton also moved officer orientation
        // by conjugal violence, and was counted as protecting it although the singleton's contributor sees that move; knowing
        // their own 1, they read 3 = 4 − 1 off the published officer-orientation total.
        var records = new[]
        {
            Record(ReferralChannel.OfficerOrientation, "c2", 1, SituationKind.ConjugalViolence),
            Record(ReferralChannel.OfficerOrientation, "c1", 2, SituationKind.ConjugalViolence, SituationKind.Addiction),
            Record(ReferralChannel.ServiceMeeting, "c3", 1, SituationKind.ConjugalViolence),
            Record(ReferralChannel.OfficerOrientation, "c1", 2, SituationKind.ConjugalViolence),
            Record(ReferralChannel.OfficerOrientation, "c1", 1, SituationKind.MentalHealthDisorder),
        };
        var definition = Linked(4);

        var report = new ActivityReporter().Produce(definition, records);

        Assert.True(report.Table("channel-by-situation").Cell(nameof(ReferralChannel.OfficerOrientation), nameof(SituationKind.ConjugalViolence)).IsSuppressed);
        Assert.Empty(Attacker.RecoverablePrimaryCells(definition, records, report, insiders: true));
    }

    [Fact]
    [Trait("Rule", "R07")]
    public void The_hypercube_method_hides_the_primary_cell_and_enough_of_its_row_and_the_policy_names_it()
    {
        // Seven, six and one case by channel, in one territory and month: the 1 is primary; publishing the other two and the total
        // would give it away, so a hypercube move also hides one of them and the total.
        var records = Enumerable.Repeat(ReferralChannel.OfficerOrientation, 7).Concat(Enumerable.Repeat(ReferralChannel.SelfReferralFromDayLog, 6))
            .Append(ReferralChannel.GendarmerieUnitCommander).Select(c => Record(c, "c1", 1, SituationKind.ConjugalViolence)).ToArray();
        var definition = new ReportDefinition(ReportPeriod.Quarter(2026, 1), [new TableDefinition("by-channel", [StatisticsDimension.Channel])], CountingUnit.Cases, DisclosurePolicy.WithThreshold(3).WithProtection(ComplementaryProtection.Hypercube));

        var report = new ActivityReporter().Produce(definition, records);

        Assert.Single(report.HostAudit.Cells(SuppressionReason.BelowThreshold));
        Assert.NotEmpty(report.HostAudit.Cells(SuppressionReason.Complementary));
        Assert.Empty(Attacker.RecoverablePrimaryCells(definition, records, report, insiders: true));
        Assert.Contains("Hypercube", report.PolicyName, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Over_seven_dimensions_in_four_linked_tables_the_hypercube_method_protects_every_primary_cell()
    {
        // Seven dimensions (the territory and the period each at two levels, which move together as one factor): a cell is a
        // total on most of them, so each move varies a few factors and fixes the rest, and the search lists only the first
        // combinations of values it tries.
        var definition = new ReportDefinition(
            ReportPeriod.Quarter(2026, 1),
            [
                new TableDefinition("channel-by-age", [StatisticsDimension.Channel, StatisticsDimension.AgeGroup]),
                new TableDefinition("situation-by-commune", [StatisticsDimension.Situation, new TableDimension(StatisticsDimension.Territory, 0)]),
                new TableDefinition("age-by-month", [StatisticsDimension.AgeGroup, new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.Month)]),
                new TableDefinition("channel-situation-brigade-quarter", [StatisticsDimension.Channel, StatisticsDimension.Situation, new TableDimension(StatisticsDimension.Territory, 1), new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.Quarter)]),
            ],
            CountingUnit.Cases,
            DisclosurePolicy.WithThreshold(3).WithProtection(ComplementaryProtection.Hypercube),
            territories: StatisticsGenerators.Territories);
        var records = FsCheck.Fluent.Gen.Sample(StatisticsGenerators.Records, 60, 120);

        var report = new ActivityReporter().Produce(definition, records);

        Assert.NotEmpty(report.HostAudit.Cells(SuppressionReason.BelowThreshold));
        Assert.Empty(Attacker.RecoverablePrimaryCells(definition, records, report, insiders: true));
    }
}
