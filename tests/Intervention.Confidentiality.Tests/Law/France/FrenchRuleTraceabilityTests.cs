using System;
using System.Linq;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using static Intervention.Confidentiality.Tests.Law.France.FrenchScenarioTests;

namespace Intervention.Confidentiality.Tests.Law.France;

/// <summary>Each rule of docs/domain-rules.md this package covers, proved by the scenarios that exercise it.</summary>
public sealed class FrenchRuleTraceabilityTests
{
    [Fact]
    [Trait("Rule", "R04")]
    public void R04_a_consent_to_receive_help_is_not_a_consent_to_share() => Passes("FR-57");

    [Fact]
    [Trait("Rule", "R08")]
    public void R08_interviews_are_confidential_secrecy_holds_without_consent_or_exception()
    {
        Passes("FR-01");
        Passes("FR-60");
    }

    [Fact]
    [Trait("Rule", "R09")]
    public void R09_abuse_of_minors_is_a_permission_in_law_and_a_duty_only_by_service_policy()
    {
        Passes("FR-11");
        Passes("FR-12");
        Passes("FR-35");
    }

    [Fact]
    [Trait("Rule", "R10")]
    public void R10_the_employing_authority_gets_only_what_facilitates_the_action()
    {
        Passes("FR-45");
        Passes("FR-46");
    }

    [Fact]
    [Trait("Rule", "R11")]
    public void R11_investigators_are_refused_whatever_the_form()
    {
        Passes("FR-09");
        Passes("FR-10");
        Passes("FR-54");
    }

    [Fact]
    [Trait("Rule", "R12")]
    public void R12_reports_go_through_the_police_for_an_offence_and_through_the_departement_for_a_child()
    {
        Passes("FR-11");
        Passes("FR-14");
    }

    [Fact]
    [Trait("Rule", "R12")]
    public void R12_is_the_social_workers_route_and_a_health_professional_reports_to_the_procureur_directly()
    {
        // A physician and another health professional report under 226-14 2°; a veterinarian under 5°: the reference framework's
        // route is not theirs.
        Passes("FR-21");
        Passes("FR-21b");
        Passes("FR-23");
        Passes("FR-33");
    }

    [Fact]
    [Trait("Rule", "R21")]
    public void R21_liaison_sheets_need_consent_and_a_child_at_risk_goes_to_the_crip_instead()
    {
        Passes("FR-02");
        Passes("FR-56");
        Passes("FR-15");
    }

    [Fact]
    [Trait("Rule", "R22")]
    public void R22_the_protocol_file_leaves_only_if_the_woman_chooses()
    {
        Passes("FR-43");
        Passes("FR-44");
    }

    [Fact]
    [Trait("Rule", "R34")]
    public void R34_a_signed_authorisation_lifts_secrecy_for_the_partner_it_names() => Passes("FR-58");

    [Fact]
    [Trait("Rule", "R35")]
    public void R35_refusal_is_respected_unless_there_is_a_risk_for_the_person_or_others()
    {
        Passes("FR-59");
        Passes("FR-60");
    }

    [Fact]
    [Trait("Rule", "R37")]
    public void R37_an_adult_who_reveals_an_offence_is_accompanied_to_report_it_herself()
    {
        Passes("FR-38");
        Passes("FR-39");
    }

    [Fact]
    [Trait("Rule", "R42")]
    public void R42_the_hierarchy_sees_no_identity_without_consent_only_the_officer_in_charge_does()
    {
        Passes("FR-40");
        Passes("FR-41");
        Passes("FR-42");
    }

    [Fact]
    public void Every_french_row_of_the_legal_reference_is_a_rule_of_the_pack_and_223_6_cites_its_alineas()
    {
        string[] rows =
        [
            "FR-CP-226-13", "FR-CP-226-14-1", "FR-CP-226-14-2", "FR-CP-226-14-3", "FR-CP-226-14-4", "FR-CP-226-14-5", "FR-CP-223-6-1", "FR-CP-223-6-2",
            "FR-CP-434-1", "FR-CP-434-3", "FR-CASF-L226-2-1", "FR-CASF-L226-2-2", "FR-CASF-L121-6-2",
        ];
        var ids = FrenchRulePack.Create().Rules.Select(r => r.Id).ToArray();

        Assert.All(rows, row => Assert.Contains(row, ids));
        Assert.StartsWith("Loi 2015-1402 du 5 novembre 2015", FrenchRulePack.ImmunityReference(new NodaTime.LocalDate(2015, 11, 6)).Version, StringComparison.Ordinal);
        Assert.StartsWith("Loi 2004-1 du 2 janvier 2004", FrenchRulePack.ImmunityReference(new NodaTime.LocalDate(2015, 11, 5)).Version, StringComparison.Ordinal);
        Assert.All(FrenchRulePack.Create().Rules.Where(r => r.Id.StartsWith("FR-CP-223-6-", StringComparison.Ordinal)), r => Assert.True(r.Versions[^1].ToConfirm));
        Assert.Equal(["al. 1", "al. 1 et 3"], FrenchRulePack.Create().Rules.Single(r => r.Id == "FR-CP-223-6-1").Versions.Select(v => v.Paragraph));
        Assert.Equal(["al. 2", "al. 2 et 3"], FrenchRulePack.Create().Rules.Single(r => r.Id == "FR-CP-223-6-2").Versions.Select(v => v.Paragraph));
    }

    [Fact]
    public void The_trace_explains_every_rule_considered_fired_and_outranked()
    {
        var scenarioDecision = Decide("FR-39");

        Assert.Contains(scenarioDecision.Trace, t => t is { RuleId: "FR-CP-226-14-1", Status: TraceStatus.Fired });
        Assert.Contains(scenarioDecision.Trace, t => t is { RuleId: "R37", Status: TraceStatus.Outranked });
        Assert.Contains(scenarioDecision.Trace, t => t is { RuleId: "FR-CP-434-3", Status: TraceStatus.NotApplicable });
        Assert.Contains(scenarioDecision.Trace, t => t is { RuleId: "R12", Status: TraceStatus.Fired });
        Assert.Contains(Decide("FR-28").Trace, t => t is { RuleId: "FR-CP-226-14-2", Status: TraceStatus.Overridden });
        Assert.Contains(Decide("FR-34").Trace, t => t is { RuleId: "FR-CP-226-14-5", Status: TraceStatus.NotInForce });
        Assert.Contains(Decide("FR-12").Trace, t => t is { RuleId: "policy", Status: TraceStatus.PolicyApplied });
        Assert.Contains(Decide("FR-13").Trace, t => t is { RuleId: "FR-CP-226-14-immunity", Status: TraceStatus.Fired });
        Assert.Equal("Loi 2004-1 du 2 janvier 2004", Decide("FR-13").ImmunityBasis!.Reference.Version);
        Assert.Equal([Liability.Disciplinary], Decide("FR-13").Immunities);
        Assert.Null(Decide("FR-35").ImmunityBasis);
    }

    private static DisclosureDecision Decide(string id)
    {
        var file = ScenarioFile.Load("France/france.scenarios.json");
        var scenario = file.Scenarios.Single(s => s.Id == id);
        return new DisclosureEngine(FrenchRulePack.Create(), scenario.ToPolicy()).Decide(scenario.ToRequest(NodaTime.DateTimeZoneProviders.Tzdb[file.TimeZone]));
    }
}
