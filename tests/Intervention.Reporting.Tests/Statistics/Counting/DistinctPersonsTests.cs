using System;
using System.Linq;
using System.Text;
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

namespace Intervention.Reporting.Tests.Statistics.Counting;

/// <summary>Counting distinct persons: a person seen by two professionals, or in two cases, counts once (R25).</summary>
public sealed class DistinctPersonsTests
{
    private static readonly ActivityReporter Reporter = new();
    private static readonly PersonLinker Linker = new(Encoding.UTF8.GetBytes("a host secret of at least 16 bytes"));

    private static PersonLinkKey Key(int person) => Linker.KeyOf(PersonId.From(new Guid(person, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)));

    private static ReportDefinition Persons(ReportDefinition cases) =>
        new(cases.Period, cases.Tables, CountingUnit.DistinctPersons, cases.Policy, cases.RequireConsentToStatistics, cases.Territories, cases.AgeBands);

    [Property(Arbitrary = [typeof(StatisticsGenerators)], MaxTest = 150)]
    [Trait("Rule", "R25")]
    public Property R25_a_person_seen_together_by_two_professionals_counts_once(DataSet data, int seed)
    {
        var definition = StatisticsGenerators.Linked(data.Threshold);
        var keyed = data.Records.Select((r, i) => r with { Person = Key(i) }).ToArray();
        // The co-handling professional (psychiatric nurse, psychologist) records the same meeting with the same person.
        var random = new Random(seed);
        var coHandled = keyed.Concat(keyed.Where(_ => random.Next(3) == 0)).OrderBy(_ => random.Next()).ToArray();

        var cases = Reporter.Produce(definition, data.Records);
        var persons = Reporter.Produce(Persons(definition), coHandled);

        return (persons.Unit == CountingUnit.DistinctPersons && persons.Tables.SequenceEqual(cases.Tables)
                && persons.RecordsCounted == cases.RecordsCounted && persons.ExcludedWithoutConsent == cases.ExcludedWithoutConsent)
            .Label($"{coHandled.Length - keyed.Length} co-handled duplicates");
    }

    [Fact]
    [Trait("Rule", "R25")]
    public void R25_a_person_with_two_cases_counts_once_classified_by_the_first_with_the_situations_of_both()
    {
        static StatisticsRecord Record(int month, ReferralChannel channel, SituationKind situation, string territory) => new(
            ServiceProfileKind.FrenchPoliceSocialWorker, channel, [situation], AgeGroup.Adult, Sex.Female, null, territory, null, null, true, new YearMonth(2026, month), 1);
        // Twelve persons oriented by officers in January; three of them come back through a partner in March with another
        // problem; three more come by themselves in February and had already come in January.
        var records = Enumerable.Range(0, 12).Select(i => Record(1, ReferralChannel.OfficerOrientation, SituationKind.ConjugalViolence, "c1") with { Person = Key(i) })
            .Concat(Enumerable.Range(0, 3).Select(i => Record(3, ReferralChannel.PartnerReferral, SituationKind.Precarity, "c2") with { Person = Key(i) }))
            .Concat(Enumerable.Range(100, 3).Select(i => Record(2, ReferralChannel.PersonThemself, SituationKind.Precarity, "c1") with { Person = Key(i) }))
            .Concat(Enumerable.Range(100, 3).Select(i => Record(1, ReferralChannel.PersonThemself, SituationKind.Precarity, "c1") with { Person = Key(i) }))
            .ToArray();
        var definition = new ReportDefinition(
            ReportPeriod.Quarter(2026, 1),
            [new TableDefinition("channel-by-situation", [StatisticsDimension.Channel, StatisticsDimension.Situation])],
            CountingUnit.DistinctPersons,
            DisclosurePolicy.WithThreshold(2),
            requireConsentToStatistics: true,
            territories: StatisticsGenerators.Territories);

        var table = Reporter.Produce(definition, records).Table("channel-by-situation");

        Assert.Equal(15, table.Cell(PublishedCell.Total, PublishedCell.Total).Value);
        Assert.Equal(12, table.Cell(nameof(ReferralChannel.OfficerOrientation), PublishedCell.Total).Value);
        Assert.Equal(0, table.Cell(nameof(ReferralChannel.PartnerReferral), PublishedCell.Total).Value);
        Assert.Equal(3, table.Cell(nameof(ReferralChannel.OfficerOrientation), nameof(SituationKind.Precarity)).Value);
        Assert.Equal(3, table.Cell(nameof(ReferralChannel.PersonThemself), PublishedCell.Total).Value);
        Assert.Equal(6, table.Cell(PublishedCell.Total, nameof(SituationKind.Precarity)).Value);
    }

    [Fact]
    public void A_record_without_a_person_key_is_refused_with_its_position_never_dropped()
    {
        var definition = Persons(StatisticsGenerators.Linked(3));
        var records = Gen.Sample(StatisticsGenerators.Records, 5).Select((r, i) => i == 3 ? r : r with { Person = Key(i) }).ToArray();

        var error = Assert.Throws<ArgumentException>(() => Reporter.Produce(definition, records));

        Assert.Equal("records", error.ParamName);
        Assert.StartsWith("Record 3 has no person key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Persons_are_not_counted_across_releases_nor_over_a_hosts_query_which_carry_no_key()
    {
        var definition = Persons(StatisticsGenerators.Linked(3));
        var records = Gen.Sample(StatisticsGenerators.Records, 20).Select((r, i) => r with { Person = Key(i) }).ToArray();
        var quarter = Reporter.Produce(StatisticsGenerators.Linked(3), records);

        var releases = Assert.Throws<ArgumentException>(() => Reporter.Produce(definition, records, [new PublishedRelease(StatisticsGenerators.Linked(3), quarter)]));
        var query = Assert.Throws<ArgumentException>(() => Reporter.Produce(definition, Array.Empty<StatisticsRow>().AsQueryable()));

        Assert.Equal("previousReleases", releases.ParamName);
        Assert.Equal("definition", query.ParamName);
    }

    [Fact]
    public void A_person_key_hides_itself_and_differs_from_person_to_person_and_from_secret_to_secret()
    {
        var other = new PersonLinker(Encoding.UTF8.GetBytes("another host secret, 16 bytes+"));
        var person = PersonId.From(new Guid(7, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));

        Assert.Equal(Key(7), Linker.KeyOf(person));
        Assert.NotEqual(Key(7), Key(8));
        Assert.NotEqual(Linker.KeyOf(person), other.KeyOf(person));
        Assert.Equal("PersonLinkKey(hidden)", Key(7).ToString());
        Assert.DoesNotContain(person.Value.ToString(), (Gen.Sample(StatisticsGenerators.Records, 1)[0] with { Person = Key(7) }).ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("secret", Assert.Throws<ArgumentException>(() => new PersonLinker(new byte[15])).ParamName);
    }
}
