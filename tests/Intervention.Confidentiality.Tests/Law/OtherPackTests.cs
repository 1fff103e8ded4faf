using Intervention.Testing;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.Belgium;
using Intervention.Confidentiality.Law.Quebec;
using Intervention.Confidentiality.Law.Switzerland;
using Intervention.Confidentiality.Tests.Generators;

namespace Intervention.Confidentiality.Tests.Law;

public static class QuebecArbitraries
{
    public static Arbitrary<DisclosureQuestion> Questions() => DisclosureArbitraries.For(QuebecRulePack.Create(), "America/Toronto");
}

public static class BelgianArbitraries
{
    public static Arbitrary<DisclosureQuestion> Questions() => DisclosureArbitraries.For(BelgianRulePack.Create(), "Europe/Brussels");
}

public static class SwissArbitraries
{
    public static Arbitrary<DisclosureQuestion> Questions() => DisclosureArbitraries.For(SwissRulePack.Create(), "Europe/Zurich");
}

/// <summary>The Québec, Belgian and Swiss packs: their sourced scenarios, and the temporal-coverage property each must pass.</summary>
public sealed class OtherPackTests
{
    private static readonly (string Name, ScenarioFile File, RulePack Pack)[] Packs =
    [
        ("Quebec", ScenarioFile.Load("Quebec/quebec.scenarios.json"), QuebecRulePack.Create()),
        ("Belgium", ScenarioFile.Load("Belgium/belgium.scenarios.json"), BelgianRulePack.Create()),
        ("Switzerland", ScenarioFile.Load("Switzerland/switzerland.scenarios.json"), SwissRulePack.Create()),
    ];

    public static TheoryData<string, string> Scenarios()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, file, _) in Packs)
        {
            foreach (var scenario in file.Scenarios)
            {
                data.Add(name, scenario.Id);
            }
        }

        return data;
    }

    [Fact]
    public void Each_pack_has_at_least_32_sourced_scenarios()
    {
        Assert.All(Packs, p =>
        {
            Assert.True(p.File.Scenarios.Count >= 32, $"{p.Name}: {p.File.Scenarios.Count}");
            Assert.All(p.File.Scenarios, s => Assert.False(string.IsNullOrWhiteSpace(s.Source), s.Id));
            Assert.Equal(p.Name, p.File.Jurisdiction);
            Assert.Equal(p.Pack.Jurisdiction.ToString(), p.File.Jurisdiction);
        });
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Scenario_gets_the_expected_decision(string pack, string id)
    {
        var (_, file, rules) = Packs.Single(p => p.Name == pack);
        ScenarioAssert.Passes(file, rules, id);
    }

    [Fact]
    [Trait("Rule", "R42")]
    public void R42_the_swiss_staff_service_hierarchy_sees_no_identity_without_consent()
    {
        var (_, file, pack) = Packs.Single(p => p.Name == "Switzerland");
        ScenarioAssert.Passes(file, pack, "CH-01");
        ScenarioAssert.Passes(file, pack, "CH-02");
        ScenarioAssert.Passes(file, pack, "CH-03");
    }

    [Fact]
    [Trait("Rule", "R35")]
    public void R35_quebec_refusal_gives_way_when_there_is_a_serious_risk()
    {
        var (_, file, pack) = Packs.Single(p => p.Name == "Quebec");
        ScenarioAssert.Passes(file, pack, "QC-09");
        ScenarioAssert.Passes(file, pack, "QC-01");
    }

    [Property(Arbitrary = [typeof(QuebecArbitraries)], MaxTest = 1500)]
    public Property Quebec_temporal_coverage(DisclosureQuestion question) => Covered(QuebecRulePack.Create(), question);

    [Property(Arbitrary = [typeof(BelgianArbitraries)], MaxTest = 1500)]
    public Property Belgium_temporal_coverage(DisclosureQuestion question) => Covered(BelgianRulePack.Create(), question);

    [Property(Arbitrary = [typeof(SwissArbitraries)], MaxTest = 1500)]
    public Property Switzerland_temporal_coverage(DisclosureQuestion question) => Covered(SwissRulePack.Create(), question);

    [Fact]
    public void Rows_to_confirm_say_so_in_their_reference_and_in_the_trace()
    {
        var quebec = QuebecRulePack.Create();
        Assert.All(new[] { "QC-CP-60.4", "QC-LPJ-39", "QC-CP-60.4-secret" }, id => Assert.True(quebec.Rules.Single(r => r.Id == id).Versions.All(v => v.ToConfirm), id));
        Assert.True(SwissRulePack.Create().Rules.Single(r => r.Id == "CH-CP-364").Versions.All(v => v.ToConfirm));
        Assert.Contains("[to confirm]", quebec.Rules.Single(r => r.Id == "QC-LPJ-39").Versions[0].ToString(), System.StringComparison.Ordinal);

        var (_, file, pack) = Packs.Single(p => p.Name == "Quebec");
        var scenario = file.Scenarios.Single(s => s.Id == "QC-10");
        var trace = new DisclosureEngine(pack, scenario.ToPolicy()).Decide(scenario.ToRequest(NodaTime.DateTimeZoneProviders.Tzdb[file.TimeZone])).Trace;
        var fired = trace.Single(t => t.RuleId == "QC-LPJ-39");
        Assert.True(fired.ToConfirm);
        Assert.Contains("[to confirm]", fired.ToString(), System.StringComparison.Ordinal);
    }

    private static Property Covered(RulePack pack, DisclosureQuestion question)
    {
        var engine = new DisclosureEngine(pack, question.Policy);
        DisclosureDecision decision;
        try
        {
            decision = engine.Decide(question.Request);
        }
        catch (DisclosureConflictException conflict)
        {
            // No pack knows a genuine conflict: rules of one rank that agree on the outcome combine.
            return false.Label($"conflict: {string.Join(", ", conflict.RuleIds)}");
        }

        var again = engine.Decide(question.Request);
        var oneEntryPerRule = pack.Rules.All(r => decision.Trace.Count(t => t.RuleId == r.Id) == 1);
        var basesInForce = decision.LegalBases.All(b => b.Reference.IsInForceOn(question.Request.DateOfAct));
        return (decision.Outcome == again.Outcome && oneEntryPerRule && basesInForce)
            .Label($"one trace entry per rule {oneEntryPerRule}, bases in force {basesInForce}")
            .Classify(decision.AllowsDisclosure, "disclosure allowed");
    }
}
