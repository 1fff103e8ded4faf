using System.Linq;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Reporting.Statistics;
using NodaTime;
using Xunit;

namespace Intervention.Reporting.Tests.Statistics.Protection;

public sealed class ComplementaryProtectionTests
{
    // Three channels with 7, 6 and 1 cases: the 1 is primary, and its row's total gives it away unless another cell goes too.
    private static readonly StatisticsRecord[] Records = Enumerable.Repeat(ReferralChannel.OfficerOrientation, 7)
        .Concat(Enumerable.Repeat(ReferralChannel.SelfReferralFromDayLog, 6))
        .Append(ReferralChannel.GendarmerieUnitCommander)
        .Select(c => new StatisticsRecord(ServiceProfileKind.FrenchPoliceSocialWorker, c, [SituationKind.ConjugalViolence], AgeGroup.Adult, Sex.Female, null, "c1", null, null, true, new YearMonth(2026, 1), 1))
        .ToArray();

    private static StatisticsReport Produce(DisclosurePolicy policy) => new ActivityReporter().Produce(
        new ReportDefinition(ReportPeriod.Quarter(2026, 1), [new TableDefinition("by-channel", [StatisticsDimension.Channel])], CountingUnit.Cases, policy),
        Records);

    [Fact]
    [Trait("Rule", "R07")]
    public void The_Gauss_method_suppresses_a_complementary_cell_and_none_suppresses_only_the_primaries()
    {
        var gauss = Produce(DisclosurePolicy.WithThreshold(3));
        var none = Produce(DisclosurePolicy.WithThreshold(3).WithProtection(ComplementaryProtection.None));

        Assert.Same(ComplementaryProtection.Gauss, DisclosurePolicy.WithThreshold(3).Protection);
        Assert.Single(gauss.HostAudit.Cells(SuppressionReason.BelowThreshold));
        Assert.NotEmpty(gauss.HostAudit.Cells(SuppressionReason.Complementary));
        Assert.Single(none.HostAudit.Cells(SuppressionReason.BelowThreshold));
        Assert.Empty(none.HostAudit.Cells(SuppressionReason.Complementary));
        Assert.False(DisclosurePolicy.WithThreshold(3).WithProtection(ComplementaryProtection.None).SecondarySuppression);
    }

    [Fact]
    public void A_policy_with_another_method_is_named_apart_and_the_same_method_gives_the_same_policy()
    {
        var policy = DisclosurePolicy.WithThreshold(3);
        var without = policy.WithProtection(ComplementaryProtection.None);

        Assert.Same(policy, policy.WithProtection(ComplementaryProtection.Gauss));
        Assert.NotEqual(policy, without);
        Assert.NotEqual(policy.Name, without.Name);
        Assert.Contains("None", without.Name, System.StringComparison.Ordinal);
        Assert.Same(ComplementaryProtection.None, DisclosurePolicy.NhsEngland.Protection);
        Assert.Throws<System.ArgumentNullException>(() => policy.WithProtection(null!));
    }

    [Fact]
    public void The_automatic_choice_takes_the_Gauss_method_for_a_small_report_and_the_report_says_which_and_why()
    {
        var automatic = Produce(DisclosurePolicy.WithThreshold(3).WithProtection(ComplementaryProtection.Automatic));
        var gauss = Produce(DisclosurePolicy.WithThreshold(3));

        Assert.Equal("Gauss", automatic.Protection?.Method);
        Assert.Contains(" cells, at most 20,000", automatic.Protection?.Reason, System.StringComparison.Ordinal);
        Assert.Equal(gauss.HostAudit.Cells(SuppressionReason.Complementary), automatic.HostAudit.Cells(SuppressionReason.Complementary));
        Assert.Equal(new ProtectionChoice("Gauss", "The policy names the Gauss method."), gauss.Protection);
        Assert.Equal("None", Produce(DisclosurePolicy.WithThreshold(3).WithProtection(ComplementaryProtection.None)).Protection?.Method);
    }

    [Fact]
    public void The_automatic_choice_takes_hypercubes_beyond_twenty_thousand_cells_and_the_report_says_so()
    {
        // Channels by situation by 120 communes: 18 × 15 × 121 cells, whatever the records.
        var communes = Enumerable.Range(1, 120).Select(i => $"c{i:D3}").ToArray();
        var hierarchy = new TerritoryHierarchy(["commune"], communes.Select(c => (string[])[c]));
        var definition = new ReportDefinition(
            ReportPeriod.Quarter(2026, 1),
            [new TableDefinition("wide", [StatisticsDimension.Channel, StatisticsDimension.Situation, new TableDimension(StatisticsDimension.Territory, 0)])],
            CountingUnit.Cases,
            DisclosurePolicy.WithThreshold(3).WithProtection(ComplementaryProtection.Automatic),
            territories: hierarchy);
        var records = Enumerable.Range(0, 400).Select(i => new StatisticsRecord(
            ServiceProfileKind.FrenchPoliceSocialWorker, (ReferralChannel)(1 + (i % 4)), [SituationKind.ConjugalViolence], AgeGroup.Adult, Sex.Female, null,
            communes[i % 30], null, null, true, new YearMonth(2026, 1), 1)).ToArray();

        var report = new ActivityReporter().Produce(definition, records);
        var cells = report.Table("wide").Cells.Count;

        Assert.True(cells > 20_000, $"{cells} cells");
        Assert.Equal("Hypercube", report.Protection?.Method);
        Assert.Contains("more than 20,000", report.Protection?.Reason, System.StringComparison.Ordinal);
        Assert.Empty(Attacker.RecoverablePrimaryCells(definition, records, report, insiders: true));
    }
}
