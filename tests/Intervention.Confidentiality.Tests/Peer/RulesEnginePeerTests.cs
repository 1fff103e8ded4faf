using Intervention.Testing;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intervention.Benchmarks;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Confidentiality.Tests.Generators;
using Intervention.Confidentiality.Tests.Law;
using NodaTime;

namespace Intervention.Confidentiality.Tests.Peer;

/// <summary>The benchmark's peer (the same French rules on Microsoft RulesEngine 6) decides as we do, so the comparison is fair.</summary>
public sealed class RulesEnginePeerTests
{
    private static readonly RulesEnginePeer Peer = new();
    private static readonly RulePack Pack = FrenchRulePack.Create();

    [Fact]
    public void The_peer_gives_our_outcome_on_every_scenario()
    {
        var file = ScenarioFile.Load("France/france.scenarios.json");
        var zone = DateTimeZoneProviders.Tzdb[file.TimeZone];

        var mismatches = file.Scenarios.Where(s => s.Expected.Error is null)
            .Select(s => (s.Id, Ours: new DisclosureEngine(Pack, s.ToPolicy()).Decide(s.ToRequest(zone)).Outcome, Theirs: Peer.Decide(RulesEnginePeer.Input(s.ToRequest(zone)), s.ToPolicy())))
            .Where(x => x.Ours != x.Theirs)
            .ToList();

        Assert.Empty(mismatches);
    }

    [Property(Arbitrary = [typeof(DisclosureArbitraries)], MaxTest = 300)]
    public Property The_peer_gives_our_outcome_on_generated_questions(DisclosureQuestion question)
    {
        var ours = new DisclosureEngine(Pack, question.Policy).Decide(question.Request).Outcome;
        var theirs = Peer.Decide(RulesEnginePeer.Input(question.Request), question.Policy);

        return (ours == theirs).Label($"ours {ours}, RulesEngine {theirs}");
    }
}
