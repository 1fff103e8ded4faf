using System;
using System.Linq;
using Intervention.Domain.Services;

namespace Intervention.Confidentiality.Tests.Law;

/// <summary>Each pack's scenario file holds a scenario on each side of every date of effect: the coverage start and every day a
/// version starts or ends, and the day before it.</summary>
public sealed class ScenarioDatesTests
{
    public static TheoryData<Jurisdiction, string> Files => new()
    {
        { Jurisdiction.France, "France/france.scenarios.json" },
        { Jurisdiction.Quebec, "Quebec/quebec.scenarios.json" },
        { Jurisdiction.Belgium, "Belgium/belgium.scenarios.json" },
        { Jurisdiction.Switzerland, "Switzerland/switzerland.scenarios.json" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_date_of_effect_has_a_scenario_on_the_day_and_on_the_day_before(Jurisdiction jurisdiction, string file)
    {
        var pack = ConfidentialityOptions.BuiltInPack(jurisdiction)!;
        var dates = ScenarioFile.Load(file).Scenarios.Select(s => s.Date).ToHashSet();
        var missing = pack.AmendmentDates.Prepend(pack.CoverageStart).Distinct()
            .SelectMany(d => new[] { d, d.PlusDays(-1) })
            .Where(d => !dates.Contains(d))
            .Select(d => d.ToString("uuuu-MM-dd", null))
            .ToArray();

        Assert.True(missing.Length == 0, $"{pack.Name}: no scenario on {string.Join(", ", missing)}");
    }
}
