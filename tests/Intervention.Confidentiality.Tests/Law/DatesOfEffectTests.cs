using System;
using System.Linq;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Domain.People;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Confidentiality.Tests.Law;

/// <summary>
/// Versions start on the day their text took effect, not on the pack's: a pack covers from the earliest day every rule has a known
/// version, and before it the refusal names the rules with none; rules of a dated service document start on its day; undated
/// sources apply at every date and are to confirm.
/// </summary>
public sealed class DatesOfEffectTests
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    public static TheoryData<Jurisdiction> Packs => new(Enum.GetValues<Jurisdiction>());

    private static DisclosureRequest Ask(LocalDate on, RecipientKind recipient = RecipientKind.PartnerSocialService, DisclosurePurpose purpose = DisclosurePurpose.Orientation, params FactKind[] facts) =>
        new(DiscloserKind.SocialWorker, recipient, purpose, [DataCategory.Identity, DataCategory.NonIdentifyingActivity, DataCategory.SituationSummary], facts, new DisclosureSubject(AgeGroup.Adult), [], on.At(new LocalTime(10, 0)).InZoneLeniently(Paris));

    [Theory]
    [MemberData(nameof(Packs))]
    public void A_pack_covers_from_the_latest_day_a_rule_s_wording_is_known_and_before_it_names_the_rules_with_no_known_version(Jurisdiction jurisdiction)
    {
        var pack = ConfidentialityOptions.BuiltInPack(jurisdiction)!;
        var engine = new DisclosureEngine(pack, ServicePolicy.LawOnly);

        Assert.Equal(pack.Rules.Max(r => r.KnownFrom), pack.CoverageStart);
        engine.Decide(Ask(pack.CoverageStart));
        var error = Assert.Throws<UncoveredDisclosureException>(() => engine.Decide(Ask(pack.CoverageStart.PlusDays(-1))));

        var expected = pack.Rules.Where(r => r.KnownFrom == pack.CoverageStart).Select(r => r.Id).ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, error.RuleIds);
        Assert.All(expected, id => Assert.Contains(id, error.Message, StringComparison.Ordinal));
        Assert.All(expected, id => Assert.Contains(id, error.MessageIn(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), StringComparison.Ordinal));
        Assert.NotEqual(error.Text.English, error.Text.French);
    }

    [Fact]
    public void The_published_coverage_starts_are_those_the_packs_compute()
    {
        Assert.Equal(FrenchRulePack.CoverageStart, FrenchRulePack.Create().CoverageStart);
        Assert.Equal(Intervention.Confidentiality.Law.Quebec.QuebecRulePack.CoverageStart, Intervention.Confidentiality.Law.Quebec.QuebecRulePack.Create().CoverageStart);
        Assert.Equal(Intervention.Confidentiality.Law.Belgium.BelgianRulePack.CoverageStart, Intervention.Confidentiality.Law.Belgium.BelgianRulePack.Create().CoverageStart);
        Assert.Equal(Intervention.Confidentiality.Law.Switzerland.SwissRulePack.CoverageStart, Intervention.Confidentiality.Law.Switzerland.SwissRulePack.Create().CoverageStart);
    }

    [Fact]
    public void Before_1994_the_french_refusal_also_names_the_articles_of_the_1994_code()
    {
        var error = Assert.Throws<UncoveredDisclosureException>(() => new DisclosureEngine(FrenchRulePack.Create(), ServicePolicy.LawOnly).Decide(Ask(new LocalDate(1993, 6, 1))));

        Assert.Contains("FR-CP-226-13", error.RuleIds);
        Assert.Contains("FR-CP-223-6-1", error.RuleIds);
        Assert.Contains("FR-CP-226-14-1", error.RuleIds);
        Assert.DoesNotContain("FR-CP-226-14-4", error.RuleIds);
        Assert.DoesNotContain("FR-CASF-L226-2-1", error.RuleIds);
    }

    [Fact]
    public void The_weapons_paragraph_starts_with_loi_2003_239_not_with_the_pack()
    {
        var weapons = FrenchRulePack.Create().Rules.Single(r => r.Id == "FR-CP-226-14-4");

        Assert.Equal(new LocalDate(2003, 3, 19), weapons.Versions[0].InForceFrom);
        Assert.StartsWith("Loi 2003-239 du 18 mars 2003", weapons.Versions[0].Version, StringComparison.Ordinal);
        Assert.Equal("3°", weapons.Versions[0].Paragraph);
        Assert.True(weapons.Versions[0].ToConfirm);
        Assert.Null(weapons.KnownFrom);
        Assert.True(FrenchRulePack.CoverageStart > weapons.Versions[0].InForceFrom);
    }

    [Fact]
    public void R11_R10_R06_and_the_R12_route_apply_from_the_2006_circular_on_both_sides_of_its_day()
    {
        var engine = new DisclosureEngine(FrenchRulePack.Create(), ServicePolicy.LawOnly);
        var circular = new LocalDate(2006, 8, 1);

        var investigatorsBefore = engine.Decide(Ask(circular.PlusDays(-1), RecipientKind.Investigators, DisclosurePurpose.Investigation));
        var investigatorsOn = engine.Decide(Ask(circular, RecipientKind.Investigators, DisclosurePurpose.Investigation));
        Assert.Contains(investigatorsBefore.Trace, t => t is { RuleId: "R11", Status: TraceStatus.NotInForce });
        Assert.Equal(RefusalReason.Secrecy, investigatorsBefore.Refusal);
        Assert.Equal(["FR-CP-226-13"], investigatorsBefore.LegalBases.Select(b => b.RuleId));
        Assert.Equal(RefusalReason.RoleRule, investigatorsOn.Refusal);
        Assert.Equal(["R11"], investigatorsOn.LegalBases.Select(b => b.RuleId));
        Assert.Empty(investigatorsOn.AllowedData);

        // A consent to appear in statistics naming identity: R06 cuts it down to activity figures from the circular's day only.
        var fundersBefore = engine.Decide(WithStatisticsConsent(Ask(circular.PlusDays(-1), RecipientKind.FunderOrSteeringBody, DisclosurePurpose.Statistics)));
        var fundersOn = engine.Decide(WithStatisticsConsent(Ask(circular, RecipientKind.FunderOrSteeringBody, DisclosurePurpose.Statistics)));
        Assert.DoesNotContain(fundersBefore.Trace, t => t.RuleId == "R06");
        Assert.True(fundersBefore.Allows(DataCategory.Identity));
        Assert.Contains(fundersOn.Trace, t => t is { RuleId: "R06", Status: TraceStatus.Fired });
        Assert.Equal([DataCategory.NonIdentifyingActivity], fundersOn.AllowedData);

        var reportBefore = engine.Decide(Ask(circular.PlusDays(-1), RecipientKind.PublicProsecutor, DisclosurePurpose.Report, FactKind.AbuseOfMinor));
        var reportOn = engine.Decide(Ask(circular, RecipientKind.PublicProsecutor, DisclosurePurpose.Report, FactKind.AbuseOfMinor));
        Assert.Null(reportBefore.Route);
        Assert.Equal(JudicialRoute.ThroughDepartment, reportOn.Route);
    }

    private static DisclosureRequest WithStatisticsConsent(DisclosureRequest r) => new(
        r.Discloser, r.Recipient, r.Purpose, r.Data, r.Facts, r.Subject,
        [new Intervention.Confidentiality.Consents.Consent(Intervention.Confidentiality.Consents.ConsentPurpose.AppearInStatistics, Intervention.Confidentiality.Consents.ConsentGiver.Person,
            Intervention.Confidentiality.Consents.ConsentForm.Written, r.ActAt.ToInstant().Minus(Duration.FromDays(1)), [r.Recipient], r.Data)],
        r.ActAt);

    [Fact]
    public void A_source_without_a_date_applies_at_every_date_and_is_to_confirm()
    {
        var undated = FrenchRulePack.Create().Rules.Where(r => r.Versions.Any(v => v.Undated)).Select(r => r.Id).ToArray();

        Assert.Equal(["R42", "R42-officer", "R22", "R21", "R37"], undated);
        var reference = LegalReference.UndatedSource("Directive", "6", null, "rule");
        Assert.True(reference.IsInForceOn(new LocalDate(1, 1, 1)));
        Assert.True(reference.ToConfirm);
        Assert.Contains("undated", reference.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(FrenchRulePack.Create().AmendmentDates, d => d == LocalDate.MinIsoValue);
    }
}
