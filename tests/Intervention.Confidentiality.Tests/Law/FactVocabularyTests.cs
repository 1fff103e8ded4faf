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

/// <summary>Each pack knows the facts its rules read; a fact of another jurisdiction is refused with the fact named, never decided as
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

        var error = Assert.Throws<FactOutsideVocabularyException>(() => new DisclosureEngine(pack, ServicePolicy.LawOnly).Decide(Ask(fact)));

        Assert.Equal(fact, error.Fact);
        Assert.Equal(pack.Name, error.Pack);
        Assert.Equal(pack.Facts, error.Known);
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
}
