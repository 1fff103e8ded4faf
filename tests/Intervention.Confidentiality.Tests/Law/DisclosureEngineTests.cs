using System.Linq;
using System;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Domain.People;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Confidentiality.Tests.Law;

/// <summary>The engine's own laws, on small packs written for the purpose.</summary>
public sealed class DisclosureEngineTests
{
    private static readonly LocalDate Start = new(2020, 1, 1);
    private static readonly LegalReference Text = new("Test code", "1", null, "v1", Start);

    [Fact]
    public void Two_rules_of_equal_rank_that_disagree_on_the_outcome_raise_a_typed_conflict_naming_both()
    {
        var pack = Pack(
            Rule("A", RuleRank.LegalPermission, DisclosureOutcome.MayDiscloseByLaw, consent: false),
            Rule("B", RuleRank.LegalPermission, DisclosureOutcome.MustActByLaw, consent: false));

        var conflict = Assert.Throws<DisclosureConflictException>(() => new DisclosureEngine(pack, ServicePolicy.LawOnly).Decide(Request()));

        Assert.Equal(["A", "B"], conflict.RuleIds);
    }

    [Fact]
    public void Of_two_permissions_that_agree_the_one_needing_no_consent_decides_and_the_other_is_traced()
    {
        // Agreeing on the outcome is no conflict. The permission that needs no consent suffices: the decision does not rest on a consent
        // it does not need, nor on what only that consent would open.
        var pack = Pack(
            Rule("A", RuleRank.LegalPermission, DisclosureOutcome.MayDiscloseByLaw, consent: true),
            Rule("B", RuleRank.LegalPermission, DisclosureOutcome.MayDiscloseByLaw, consent: false));

        var decision = new DisclosureEngine(pack, ServicePolicy.LawOnly).Decide(Request());

        Assert.Equal("B", Assert.Single(decision.LegalBases).RuleId);
        Assert.False(decision.ConsentRequired);
        Assert.Contains(decision.Trace, t => t is { RuleId: "A", Status: TraceStatus.Outranked } && t.Explanation.Contains("permits the same without it", StringComparison.Ordinal));
    }

    [Fact]
    public void A_declared_override_settles_what_would_be_a_conflict_and_is_traced()
    {
        var pack = Pack(
            Rule("A", RuleRank.LegalPermission, DisclosureOutcome.MayDiscloseByLaw, consent: false, overrides: ["B"]),
            Rule("B", RuleRank.LegalPermission, DisclosureOutcome.MayDiscloseByLaw, consent: true));

        var decision = new DisclosureEngine(pack, ServicePolicy.LawOnly).Decide(Request());

        Assert.Equal("A", Assert.Single(decision.LegalBases).RuleId);
        Assert.Contains(decision.Trace, t => t is { RuleId: "B", Status: TraceStatus.Overridden });
    }

    [Fact]
    public void Rules_of_equal_rank_that_agree_are_all_cited()
    {
        var pack = Pack(
            Rule("A", RuleRank.LegalPermission, DisclosureOutcome.MayDiscloseByLaw, consent: false),
            Rule("B", RuleRank.LegalPermission, DisclosureOutcome.MayDiscloseByLaw, consent: false));

        Assert.Equal(["A", "B"], new DisclosureEngine(pack, ServicePolicy.LawOnly).Decide(Request()).LegalBases.Select(b => b.RuleId));
    }

    [Fact]
    public void A_pack_refuses_unknown_overrides_duplicate_ids_missing_defaults_and_overlapping_versions()
    {
        Assert.Throws<ArgumentException>(() => Pack(Rule("A", RuleRank.LegalPermission, DisclosureOutcome.MayDiscloseByLaw, false, overrides: ["Z"])));
        Assert.Throws<ArgumentException>(() => Pack(Rule("A", RuleRank.LegalPermission, DisclosureOutcome.MayDiscloseByLaw, false), Rule("A", RuleRank.LegalPermission, DisclosureOutcome.MayDiscloseByLaw, false)));
        Assert.Throws<ArgumentException>(() => new RulePack(Jurisdiction.France, "x", [Rule("A", RuleRank.LegalPermission, DisclosureOutcome.MayDiscloseByLaw, false)], [], _ => true, _ => null));
        Assert.Throws<ArgumentException>(() => new DisclosureRule("A", RuleRank.Default, [Text, new("Test code", "1", null, "v2", Start.PlusDays(10))], (_, _) => RuleMatch.NotApplicable("-", "-")));
    }

    [Fact]
    public void A_rule_whose_versions_do_not_cover_the_date_is_not_in_force()
    {
        var later = new DisclosureRule("L", RuleRank.LegalDuty, [new("Test code", "2", null, "v1", Start.PlusYears(1))], (_, _) => RuleMatch.Apply(new(DisclosureOutcome.MustActByLaw, false, [DataCategory.Identity], [], [], T("duty"))));

        var decision = new DisclosureEngine(Pack(later), ServicePolicy.LawOnly).Decide(Request());

        Assert.Equal(DisclosureOutcome.MustNotDisclose, decision.Outcome);
        Assert.Contains(decision.Trace, t => t is { RuleId: "L", Status: TraceStatus.NotInForce });
        Assert.Equal(DisclosureOutcome.MustActByLaw, new DisclosureEngine(Pack(later), ServicePolicy.LawOnly).Decide(Request(Start.PlusYears(1))).Outcome);
    }

    private static RulePack Pack(params DisclosureRule[] rules) => new(
        Jurisdiction.France,
        "Test",
        [new DisclosureRule("default", RuleRank.Default, [Text], (_, _) => RuleMatch.Apply(new(DisclosureOutcome.MustNotDisclose, false, [], [], [], T("secrecy")))), .. rules],
        [],
        _ => true,
        _ => null);

    private static DisclosureRule Rule(string id, RuleRank rank, DisclosureOutcome outcome, bool consent, string[]? overrides = null) =>
        new(id, rank, [Text], (_, _) => RuleMatch.Apply(new(outcome, consent, [DataCategory.Identity], [], [], T(id))), overrides);

    private static LocalizedText T(string text) => new(text, text);

    private static DisclosureRequest Request(LocalDate? on = null) => new(
        DiscloserKind.SocialWorker, RecipientKind.PublicProsecutor, DisclosurePurpose.Report, [DataCategory.Identity], [],
        new DisclosureSubject(AgeGroup.Adult), [], (on ?? Start).AtMidnight().InUtc());
}
