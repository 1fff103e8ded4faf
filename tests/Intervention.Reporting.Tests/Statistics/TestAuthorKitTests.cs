using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intervention.Domain.Services;
using Intervention.Reporting.Statistics;
using Intervention.Testing;
using Kit = Intervention.Testing.StatisticsGenerators;

namespace Intervention.Reporting.Tests.Statistics;

/// <summary>The test authors' kit (Intervention.Testing, without the auditor) run on our own definitions, and shown to catch what it
/// claims to. The auditor's property is proven in Intervention.Reporting.Auditing.Tests (AuditedKitTests).</summary>
public sealed class TestAuthorKitTests
{
    private static readonly ReportDefinition Definition = StatisticsGenerators.Linked(3);

    public static class Samples
    {
        public static Arbitrary<StatisticsSample> FromCases() => Kit.SamplesFromCases(ReportPeriod.Quarter(2026, 1), StatisticsGenerators.Territories, 40);
    }

    [Property(Arbitrary = [typeof(Samples)], MaxTest = 30)]
    [Trait("Rule", "R06")]
    [Trait("Rule", "R07")]
    public Property R06_R07_every_anonymisation_property_of_the_kit_holds_on_reports_of_generated_cases(StatisticsSample sample) =>
        new AnonymisationProperties(Definition).Holds(sample);

    [Fact]
    public void The_kit_runs_as_one_property_over_its_own_samples()
    {
        var properties = new AnonymisationProperties(StatisticsGenerators.Linked(4));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(25), properties.ForAll(Kit.Samples(ReportPeriod.Quarter(2026, 1), StatisticsGenerators.Territories, 60)));
    }

    [Fact]
    public void Samples_from_cases_cover_every_profile_and_carry_the_secrets_of_their_cases()
    {
        var samples = Gen.Sample(Kit.SamplesFromCases(ReportPeriod.Quarter(2026, 1), StatisticsGenerators.Territories, 20).Generator, 60, 30);

        var records = samples.SelectMany(s => s.Records).ToList();
        Assert.Equal(Enum.GetValues<ServiceProfileKind>().Order(), records.Select(r => r.Profile).Distinct().Order());
        Assert.All(records, r => Assert.True(ReportPeriod.Quarter(2026, 1).Contains(r.Month)));
        Assert.All(samples.Where(s => s.Records.Count > 0), s => Assert.True(s.Secrets.Count >= 7 * s.Records.Count));
        Assert.Contains(records, r => r.Situations.Count > 1);
    }

    [Fact]
    public void The_threshold_property_catches_a_small_value_published_and_a_suppressed_cell_holding_a_value()
    {
        var records = Enumerable.Repeat(Gen.Sample(StatisticsGenerators.Records, 1, 1)[0], 7).ToArray();
        var properties = new AnonymisationProperties(Definition);
        var report = new ActivityReporter().Produce(Definition, records);
        var leaky = report with
        {
            Tables = report.Tables.Select((t, i) => i > 0 ? t : t with
            {
                Cells = [t.Cells[0] with { Value = 1, Status = CellStatus.Published }, .. t.Cells.Skip(1).Select(c => c with { Value = 99, Status = CellStatus.Suppressed })],
            }).ToArray(),
        };

        Assert.Empty(properties.ThresholdRespected(report));
        var violations = properties.ThresholdRespected(leaky);
        Assert.Contains(violations, v => v.Property == AnonymisationProperties.ThresholdName && v.Detail.Contains("publishes 1", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Detail.Contains("is suppressed but holds 99", StringComparison.Ordinal));
    }

    [Fact]
    public void The_no_identifier_property_catches_a_secret_that_reaches_an_export_and_refuses_secrets_too_short_to_mean_anything()
    {
        // A host that names a table after a person leaks the name: the kit finds it in every export.
        var definition = new ReportDefinition(ReportPeriod.Quarter(2026, 1), [new TableDefinition("cases-of-Dupont", [StatisticsDimension.Channel])], CountingUnit.Cases, DisclosurePolicy.Insee);
        var report = new ActivityReporter().Produce(definition, []);

        var violations = AnonymisationProperties.NoSecretInOutput(report, ["dupont", "Nomfamille42"]);

        Assert.Equal(6, violations.Count(v => v.Detail.StartsWith("'dupont'", StringComparison.Ordinal)));
        Assert.DoesNotContain(violations, v => v.Detail.Contains("Nomfamille42", StringComparison.Ordinal));
        var error = Assert.Throws<ArgumentException>(() => AnonymisationProperties.NoSecretInOutput(report, ["Dupont", "Li"]));
        Assert.Equal("secrets", error.ParamName);
        Assert.Contains("Secret 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_that_is_one_of_the_librarys_own_words_is_not_reported_but_the_same_word_in_the_hosts_data_is()
    {
        // Free text of a case may be "Partenaire" or "violence": the labels say those words too, which is not a leak. The same words
        // in a table's name (the host's data) are.
        var definition = new ReportDefinition(ReportPeriod.Quarter(2026, 1), [new TableDefinition("channels", [StatisticsDimension.Channel, StatisticsDimension.Situation])], CountingUnit.Cases, DisclosurePolicy.Insee);
        var named = new ReportDefinition(ReportPeriod.Quarter(2026, 1), [new TableDefinition("Partenaire-Threshold", [StatisticsDimension.Channel])], CountingUnit.Cases, DisclosurePolicy.Insee);
        var report = new ActivityReporter().Produce(definition, Gen.Sample(StatisticsGenerators.Records, 30, 1).ToArray());

        Assert.Empty(AnonymisationProperties.NoSecretInOutput(report, ["Partenaire", "Partner referral", "violences", "Threshold", "Problématique", "Total"]));
        Assert.Equal(6, AnonymisationProperties.NoSecretInOutput(new ActivityReporter().Produce(named, []), ["Partenaire"]).Count);
    }
}
