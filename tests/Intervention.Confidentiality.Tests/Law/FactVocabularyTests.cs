using System;
using System.Linq;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Confidentiality.Law.Quebec;
using Intervention.Domain.People;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Confidentiality.Tests.Law;

/// <summary>Each pack knows the disclosers, recipients, purposes and facts its rules read, with labels for a form; a fact of another jurisdiction is refused with the fact named, never decided as
/// if it were absent (a French request with Québec's "serious risk of death or injury" used to get 226-13's refusal).</summary>
public sealed class FactVocabularyTests
{
    private static readonly ZonedDateTime Act = new LocalDateTime(2026, 3, 4, 9, 0).InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Paris"]);

    private static DisclosureRequest Ask(FactKind fact) =>
        new(DiscloserKind.SocialWorker, RecipientKind.EmergencyServices, DisclosurePurpose.PreventHarm, [DataCategory.Identity], [fact], new DisclosureSubject(AgeGroup.Adult), [], Act);

    [Theory]
    [InlineData(Jurisdiction.France, FactKind.SeriousRiskOfDeathOrInjury)]
    [InlineData(Jurisdiction.France, FactKind.SeriousImminentDangerCannotAvert)]
    [InlineData(Jurisdiction.Quebec, FactKind.PersonInImminentPeril)]
    [InlineData(Jurisdiction.Belgium, FactKind.SeriousRiskOfDeathOrInjury)]
    [InlineData(Jurisdiction.Switzerland, FactKind.PersonInImminentPeril)]
    public void A_fact_of_another_jurisdiction_is_refused_with_the_fact_named(Jurisdiction jurisdiction, FactKind fact)
    {
        var pack = ConfidentialityOptions.BuiltInPack(jurisdiction)!;

        var error = Assert.Throws<OutsideVocabularyException>(() => new DisclosureEngine(pack, ServicePolicy.LawOnly).Decide(Ask(fact)));

        Assert.Equal(fact, error.Term);
        Assert.Equal(VocabularyKind.Fact, error.Kind);
        Assert.Equal(pack.Name, error.Pack);
        Assert.Equal(pack.Facts.Cast<Enum>(), error.Known);
        Assert.Contains(fact.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_fact_some_rule_of_a_pack_reads_is_in_its_vocabulary_and_every_fact_belongs_to_some_pack()
    {
        var packs = Enum.GetValues<Jurisdiction>().Select(j => ConfidentialityOptions.BuiltInPack(j)!).ToArray();

        Assert.All(packs, pack => Assert.All(pack.Facts, fact => Assert.Null(Record.Exception(() => new DisclosureEngine(pack, ServicePolicy.LawOnly).Decide(Ask(fact))))));
        Assert.Equal(Enum.GetValues<FactKind>().Order(), packs.SelectMany(p => p.Facts).Distinct().Order());
        Assert.Contains(FactKind.PersonInImminentPeril, FrenchRulePack.Create().Facts);
        Assert.Contains(FactKind.SeriousRiskOfDeathOrInjury, QuebecRulePack.Create().Facts);
    }

    [Theory]
    [InlineData(Jurisdiction.France, RecipientKind.YouthProtectionDirector)]
    [InlineData(Jurisdiction.France, RecipientKind.ChildProtectionAuthority)]
    [InlineData(Jurisdiction.Quebec, RecipientKind.Crip)]
    [InlineData(Jurisdiction.Belgium, RecipientKind.Prefect)]
    [InlineData(Jurisdiction.Switzerland, RecipientKind.YouthProtectionDirector)]
    public void A_recipient_of_another_jurisdiction_is_refused_with_the_recipient_named(Jurisdiction jurisdiction, RecipientKind recipient)
    {
        var pack = ConfidentialityOptions.BuiltInPack(jurisdiction)!;
        var request = new DisclosureRequest(DiscloserKind.SocialWorker, recipient, DisclosurePurpose.Report, [DataCategory.Identity], [], new DisclosureSubject(AgeGroup.Minor), [], Act);

        var error = Assert.Throws<OutsideVocabularyException>(() => new DisclosureEngine(pack, ServicePolicy.LawOnly).Decide(request));

        Assert.Equal((VocabularyKind.Recipient, (Enum)recipient), (error.Kind, error.Term));
        Assert.Equal(pack.Recipients.Cast<Enum>(), error.Known);
        Assert.Contains($"recipient {recipient}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"le destinataire {recipient}", error.MessageIn(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_purpose_or_a_discloser_another_jurisdiction_s_law_alone_knows_is_refused_too()
    {
        var quebec = new DisclosureEngine(QuebecRulePack.Create(), ServicePolicy.LawOnly);

        var purpose = Assert.Throws<OutsideVocabularyException>(() => quebec.Decide(new DisclosureRequest(
            DiscloserKind.SocialWorker, RecipientKind.CoProfessional, DisclosurePurpose.ChildProtectionAssessment, [DataCategory.Identity], [], new DisclosureSubject(AgeGroup.Minor), [], Act)));
        var discloser = Assert.Throws<OutsideVocabularyException>(() => quebec.Decide(new DisclosureRequest(
            DiscloserKind.StaffServiceMember, RecipientKind.PartnerSocialService, DisclosurePurpose.Orientation, [DataCategory.Identity], [], new DisclosureSubject(AgeGroup.Adult), [], Act)));

        Assert.Equal((VocabularyKind.Purpose, (Enum)DisclosurePurpose.ChildProtectionAssessment), (purpose.Kind, purpose.Term));
        Assert.Equal((VocabularyKind.Discloser, (Enum)DiscloserKind.StaffServiceMember), (discloser.Kind, discloser.Term));
    }

    [Fact]
    public void Each_pack_publishes_its_vocabulary_with_french_and_english_labels_and_descriptions_and_every_term_belongs_to_some_pack()
    {
        var packs = Enum.GetValues<Jurisdiction>().Select(j => ConfidentialityOptions.BuiltInPack(j)!).ToArray();

        Assert.All(packs, pack =>
        {
            Assert.Equal(pack.Disclosers.Count + pack.Recipients.Count + pack.Purposes.Count + pack.Facts.Count, pack.Vocabulary.Count);
            Assert.Equal(pack.Recipients.Cast<Enum>(), pack.Vocabulary.Where(t => t.Kind == VocabularyKind.Recipient).Select(t => t.Value));
            Assert.All(pack.Vocabulary, t =>
            {
                Assert.NotEqual(t.Description.French, t.Description.English);
                Assert.Equal(t.Value.ToString(), t.Code);
            });
        });
        Assert.Equal(Enum.GetValues<RecipientKind>().Order(), packs.SelectMany(p => p.Recipients).Distinct().Order());
        Assert.Equal(Enum.GetValues<DisclosurePurpose>().Order(), packs.SelectMany(p => p.Purposes).Distinct().Order());
        Assert.Equal(Enum.GetValues<DiscloserKind>().Order(), packs.SelectMany(p => p.Disclosers).Distinct().Order());
        var abuse = packs.Select(p => p.Vocabulary.Single(t => Equals(t.Value, FactKind.AbuseOfMinor))).ToArray();
        Assert.All(abuse, t => Assert.Equal(abuse[0], t));
        Assert.Equal("Sévices sur un mineur", abuse[0].Label.In(System.Globalization.CultureInfo.GetCultureInfo("fr-CA")));
    }
}
