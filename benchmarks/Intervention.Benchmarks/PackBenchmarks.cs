using System.Linq;
using BenchmarkDotNet.Attributes;
using Intervention.Confidentiality;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Tests.Law;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Benchmarks;

/// <summary>
/// The decision benchmark of each jurisdiction's pack over its own scenario mix (one core). Each invocation decides every
/// scenario of the file once; per-decision figures are the mean divided by the number of scenarios printed by '--verify'.
/// </summary>
[MemoryDiagnoser]
public class PackBenchmarks
{
    private (DisclosureEngine Engine, DisclosureRequest Request)[] _mix = [];

    [Params(Jurisdiction.France, Jurisdiction.Quebec, Jurisdiction.Belgium, Jurisdiction.Switzerland)]
    public Jurisdiction Pack { get; set; }

    public static (DisclosureEngine Engine, DisclosureRequest Request)[] Mix(Jurisdiction jurisdiction)
    {
        var file = ScenarioFile.Load(jurisdiction switch
        {
            Jurisdiction.France => "France/france.scenarios.json",
            Jurisdiction.Quebec => "Quebec/quebec.scenarios.json",
            Jurisdiction.Belgium => "Belgium/belgium.scenarios.json",
            _ => "Switzerland/switzerland.scenarios.json",
        });
        var zone = DateTimeZoneProviders.Tzdb[file.TimeZone];
        var pack = ConfidentialityOptions.BuiltInPack(jurisdiction)!;
        return file.Scenarios.Where(s => s.Expected.Error is null).Select(s => (new DisclosureEngine(pack, s.ToPolicy()), s.ToRequest(zone))).ToArray();
    }

    [GlobalSetup]
    public void Setup() => _mix = Mix(Pack);

    [Benchmark(Description = "Decide every scenario of the pack")]
    public int Decide()
    {
        var sum = 0;
        foreach (var (engine, request) in _mix)
        {
            sum += (int)engine.Decide(request).Outcome;
        }

        return sum;
    }
}
