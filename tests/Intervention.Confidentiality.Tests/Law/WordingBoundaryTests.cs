using System.Globalization;
using System.Linq;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Domain.People;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Confidentiality.Tests.Law;

/// <summary>
/// The wordings that change with a date or a fact, read where a lawyer reads them: the aggravated penalty of 223-6 for a victim under
/// 15 (Loi 2018-703, in force 2018-08-06), the immunity of 226-14's last paragraph on the very day Loi 2015-1402 took effect, the
/// refusal before a pack's coverage on the day a rule's first version starts, and a citation's text (mutants of Law/ these kill).
/// </summary>
public sealed class WordingBoundaryTests
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly DisclosureEngine Engine = new(FrenchRulePack.Create(), ServicePolicy.LawOnly);

    private static DisclosureRequest Ask(LocalDate on, RecipientKind recipient, DisclosurePurpose purpose, params FactKind[] facts) =>
        new(DiscloserKind.SocialWorker, recipient, purpose, [DataCategory.Identity, DataCategory.SituationSummary], facts, new DisclosureSubject(AgeGroup.Minor), [], on.At(new LocalTime(10, 0)).InZoneLeniently(Paris));

    [Theory]
    [InlineData(FactKind.PreventableCrimeOrAssault)]
    [InlineData(FactKind.PersonInImminentPeril)]
    public void Article_223_6_tells_the_heavier_penalty_for_a_victim_under_15_only_from_loi_2018_703(FactKind fact)
    {
        var since = new LocalDate(2018, 8, 6);

        var aggravated = Engine.Decide(Ask(since, RecipientKind.PoliceHierarchy, DisclosurePurpose.PreventHarm, fact, FactKind.VictimUnder15));
        var before = Engine.Decide(Ask(since.PlusDays(-1), RecipientKind.PoliceHierarchy, DisclosurePurpose.PreventHarm, fact, FactKind.VictimUnder15));
        var older = Engine.Decide(Ask(since, RecipientKind.PoliceHierarchy, DisclosurePurpose.PreventHarm, fact));

        Assert.All(new[] { aggravated, before, older }, d => Assert.Equal(DisclosureOutcome.MustActByLaw, d.Outcome));
        Assert.Contains("7 years and €100,000", aggravated.Explain(English), System.StringComparison.Ordinal);
        Assert.Contains("7 ans et 100 000 €", aggravated.Explain(French), System.StringComparison.Ordinal);
        Assert.DoesNotContain("7 years", before.Explain(English), System.StringComparison.Ordinal);
        Assert.DoesNotContain("7 years", older.Explain(English), System.StringComparison.Ordinal);
    }

    [Fact]
    public void On_the_day_loi_2015_1402_took_effect_a_report_of_abuse_carries_the_wider_immunity()
    {
        var since = new LocalDate(2015, 11, 6);

        var on = Engine.Decide(Ask(since, RecipientKind.PublicProsecutor, DisclosurePurpose.Report, FactKind.AbuseOfMinor));
        var dayBefore = Engine.Decide(Ask(since.PlusDays(-1), RecipientKind.PublicProsecutor, DisclosurePurpose.Report, FactKind.AbuseOfMinor));

        Assert.Contains("no civil, criminal or disciplinary liability", on.Explain(English), System.StringComparison.Ordinal);
        Assert.Contains("no disciplinary sanction", dayBefore.Explain(English), System.StringComparison.Ordinal);
        Assert.Equal(since, on.ImmunityBasis!.Reference.InForceFrom);
        Assert.Equal(since, dayBefore.ImmunityBasis!.Reference.InForceUntil);
    }

    [Fact]
    public void Before_the_coverage_a_rule_whose_first_version_starts_that_day_is_not_named_among_the_unknown()
    {
        var pack = FrenchRulePack.Create();
        var secrecy = pack.Rules.Single(r => r.Id == "FR-CP-226-13");
        var known = secrecy.KnownFrom!.Value;
        Assert.True(known < pack.CoverageStart);

        var error = Assert.Throws<UncoveredDisclosureException>(() => Engine.Decide(Ask(known, RecipientKind.PartnerSocialService, DisclosurePurpose.Orientation)));

        Assert.DoesNotContain(secrecy.Id, error.RuleIds);
        Assert.Equal(pack.Rules.Where(r => r.KnownFrom > known).Select(r => r.Id), error.RuleIds);
    }

    [Fact]
    public void A_citation_reads_code_article_paragraph_version_and_dates()
    {
        var dated = new LegalReference("Code pénal", "226-14", "1°", "Loi 2004-1", new LocalDate(2004, 1, 3), new LocalDate(2015, 11, 6), toConfirm: true);
        var undated = LegalReference.UndatedSource("Directive", "§ 4", null, "Version 2019");

        Assert.Equal("Code pénal, art. 226-14 1° (Loi 2004-1; in force from 2004-01-03 to 2015-11-06) [to confirm]", dated.ToString());
        Assert.Equal("Directive, art. § 4 (Version 2019; undated) [to confirm]", undated.ToString());
    }
}
