using System.Linq;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using NodaTime;

namespace Intervention.Confidentiality.Tests.Law;

/// <summary>Checks a scenario of a data file against a rule pack: outcome, bases, consent, notices, data, route, immunities, trace.</summary>
internal static class ScenarioAssert
{
    public static void Passes(ScenarioFile file, RulePack pack, string id)
    {
        var scenario = file.Scenarios.Single(s => s.Id == id);
        var engine = new DisclosureEngine(pack, scenario.ToPolicy());
        var request = scenario.ToRequest(DateTimeZoneProviders.Tzdb[file.TimeZone]);
        var expected = scenario.Expected;

        if (expected.Error is { } error)
        {
            var thrown = Assert.ThrowsAny<DisclosureRuleException>(() => engine.Decide(request));
            Assert.Equal(error, thrown switch { UncoveredDisclosureException => "uncovered", DisclosureConflictException => "conflict", _ => thrown.GetType().Name });
            return;
        }

        var decision = engine.Decide(request);
        Assert.Equal(
            (expected.Outcome, string.Join(",", expected.Bases!), expected.ConsentRequired, string.Join(",", expected.Notices!), string.Join(",", expected.AllowedData!), expected.Route, string.Join(",", expected.Immunities!)),
            ((DisclosureOutcome?)decision.Outcome, string.Join(",", decision.LegalBases.Select(b => b.RuleId)), decision.ConsentRequired, string.Join(",", decision.Notices), string.Join(",", decision.AllowedData), decision.Route, string.Join(",", decision.Immunities)));
        if (expected.Paragraphs is { } paragraphs)
        {
            Assert.Equal(paragraphs, decision.LegalBases.Select(b => b.Reference.Paragraph));
        }

        Assert.All(decision.LegalBases, b => Assert.True(b.Reference.IsInForceOn(request.DateOfAct), $"{b.RuleId} cited out of force"));
        Assert.Equal(pack.Rules.Count, decision.Trace.Count(t => pack.Rules.Any(r => r.Id == t.RuleId)));
    }
}
