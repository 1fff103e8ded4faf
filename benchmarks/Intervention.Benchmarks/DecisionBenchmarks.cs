using System.Linq;
using BenchmarkDotNet.Attributes;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Confidentiality.Tests.Law;
using NodaTime;

namespace Intervention.Benchmarks;

/// <summary>
/// Disclosure decisions on one core over the mix of the French scenario file (docs/benchmarks.md, "Disclosure decisions"): ours, and
/// the same rules run by Microsoft RulesEngine 6. Each invocation decides every scenario once; per-decision figures are the
/// reported mean divided by <see cref="MixSize"/>.
/// </summary>
[MemoryDiagnoser]
public class DecisionBenchmarks
{
    private (DisclosureEngine Engine, DisclosureRequest Request)[] _ours = [];
    private (ServicePolicy Policy, PeerInput Input)[] _peer = [];
    private RulesEnginePeer _rulesEngine = null!;

    public static int MixSize { get; } = Mix().Length;

    public static (Scenario Scenario, DisclosureRequest Request)[] Mix()
    {
        var file = ScenarioFile.Load("France/france.scenarios.json");
        var zone = DateTimeZoneProviders.Tzdb[file.TimeZone];
        return file.Scenarios.Where(s => s.Expected.Error is null).Select(s => (s, s.ToRequest(zone))).ToArray();
    }

    [GlobalSetup]
    public void Setup()
    {
        var pack = FrenchRulePack.Create();
        var mix = Mix();
        _ours = mix.Select(m => (new DisclosureEngine(pack, m.Scenario.ToPolicy()), m.Request)).ToArray();
        _peer = mix.Select(m => (m.Scenario.ToPolicy(), RulesEnginePeer.Input(m.Request))).ToArray();
        _rulesEngine = new RulesEnginePeer();
    }

    [Benchmark(Baseline = true, Description = "Intervention DisclosureEngine")]
    public int Intervention()
    {
        var allowed = 0;
        foreach (var (engine, request) in _ours)
        {
            allowed += (int)engine.Decide(request).Outcome;
        }

        return allowed;
    }

    [Benchmark(Description = "Microsoft RulesEngine 6 (same rules)")]
    public int RulesEngine()
    {
        var allowed = 0;
        foreach (var (policy, input) in _peer)
        {
            allowed += (int)(_rulesEngine.Decide(input, policy) ?? 0);
        }

        return allowed;
    }
}
