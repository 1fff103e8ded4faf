using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intervention.Domain.Referrals;
using Intervention.Reporting.Statistics;
using Intervention.Testing;
using Intervention.Testing.Auditing;

namespace Intervention.Reporting.Auditing.Tests;

/// <summary>The kit's auditor-backed properties (Intervention.Testing.Auditing) on our own definitions, shown to catch what they claim to.</summary>
public sealed class AuditedKitTests
{
    private static readonly TerritoryHierarchy Territories = new(
        ["commune", "brigade", "département"],
        [["c1", "b1", "d1"], ["c2", "b1", "d1"], ["c3", "b2", "d1"], ["c4", "b3", "d2"]]);

    private static readonly ReportDefinition Linked = new(
        ReportPeriod.Quarter(2026, 1),
        [
            new TableDefinition("channel-by-situation", [StatisticsDimension.Channel, StatisticsDimension.Situation]),
            new TableDefinition("channel-by-territory", [StatisticsDimension.Channel, new TableDimension(StatisticsDimension.Territory, 1)]),
            new TableDefinition("situation-by-month", [StatisticsDimension.Situation, new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.Month)]),
        ],
        CountingUnit.Cases,
        DisclosurePolicy.WithThreshold(3),
        requireConsentToStatistics: true,
        territories: Territories);

    public static class Samples
    {
        public static Arbitrary<StatisticsSample> FromCases() => Intervention.Testing.StatisticsGenerators.SamplesFromCases(ReportPeriod.Quarter(2026, 1), Territories, 40);
    }

    [Property(Arbitrary = [typeof(Samples)], MaxTest = 30)]
    [Trait("Rule", "R06")]
    [Trait("Rule", "R07")]
    public Property R06_R07_every_anonymisation_property_with_the_auditor_holds_on_reports_of_generated_cases(StatisticsSample sample) =>
        AuditedAnonymisationProperties.Create(Linked).Holds(sample);

    [Property(Arbitrary = [typeof(Samples)], MaxTest = 30)]
    [Trait("Rule", "R06")]
    [Trait("Rule", "R07")]
    public Property R06_R07_every_anonymisation_property_with_the_auditor_holds_on_hypercube_reports_counting_cases_or_actions(StatisticsSample sample, bool actions)
    {
        // The second method under the kit's every property and the auditor's, for cases and for actions (a count of actions from
        // fewer cases than the threshold is primary, whatever the count).
        var definition = new ReportDefinition(
            Linked.Period,
            Linked.Tables,
            actions ? CountingUnit.Actions : CountingUnit.Cases,
            Linked.Policy.WithProtection(ComplementaryProtection.Hypercube),
            Linked.RequireConsentToStatistics,
            Linked.Territories);
        return AuditedAnonymisationProperties.Create(definition).Holds(sample).Classify(actions, "actions");
    }

    [Fact]
    public void The_auditor_property_catches_a_complementary_cell_published()
    {
        // Nine cases through the officer, one through a partner: the partner's 1 is primary, and the officer's 9 would give it away.
        var one = Gen.Sample(Intervention.Testing.StatisticsGenerators.Records(ReportPeriod.Quarter(2026, 1), Territories), 1, 1)[0];
        var records = Enumerable.Range(0, 9).Select(_ => new StatisticsRecord(one.Profile, ReferralChannel.OfficerOrientation, one.Situations, one.AgeGroup, one.Sex, null, "c1", null, null, true, one.Month, 1))
            .Append(new StatisticsRecord(one.Profile, ReferralChannel.PartnerReferral, one.Situations, one.AgeGroup, one.Sex, null, "c1", null, null, true, one.Month, 1)).ToArray();
        var definition = new ReportDefinition(ReportPeriod.Quarter(2026, 1), [new TableDefinition("channels", [StatisticsDimension.Channel])], CountingUnit.Cases, DisclosurePolicy.Insee);
        var report = new ActivityReporter().Produce(definition, records);
        var leaky = report with
        {
            Tables = report.Tables.Select(t => t with { Cells = t.Cells.Select(c => report.IsComplementary(t.Name, c) ? c with { Value = 9, Status = CellStatus.Published } : c).ToArray() }).ToArray(),
        };

        Assert.Empty(AuditedAnonymisationProperties.SuppressedCellsProtected(definition, report));
        Assert.Contains(AuditedAnonymisationProperties.SuppressedCellsProtected(definition, leaky), v => v.Property == AuditedAnonymisationProperties.AuditorName && v.Detail.Contains(nameof(ReferralChannel.PartnerReferral), StringComparison.Ordinal));
        Assert.Contains(AuditedAnonymisationProperties.Create(definition, produce: (_, _) => leaky).Check(records), v => v.Property == AuditedAnonymisationProperties.AuditorName);
        Assert.DoesNotContain(new AnonymisationProperties(definition, produce: (_, _) => leaky).Check(records), v => v.Property == AuditedAnonymisationProperties.AuditorName);
    }

    [Fact]
    public void Under_a_rounding_policy_the_auditor_property_does_not_apply_and_says_so()
    {
        var rounded = new ReportDefinition(ReportPeriod.Quarter(2026, 1), [new TableDefinition("channels", [StatisticsDimension.Channel])], CountingUnit.Cases, DisclosurePolicy.NhsEngland);

        Assert.False(AuditedAnonymisationProperties.AppliesAuditor(rounded));
        Assert.Empty(AuditedAnonymisationProperties.Create(rounded).Check(Gen.Sample(Intervention.Testing.StatisticsGenerators.Records(ReportPeriod.Quarter(2026, 1), Territories), 40, 1).ToArray()));
        Assert.Equal("minimumWidth", Assert.Throws<ArgumentOutOfRangeException>(() => AuditedAnonymisationProperties.Create(rounded, minimumWidth: -1)).ParamName);
    }
}
