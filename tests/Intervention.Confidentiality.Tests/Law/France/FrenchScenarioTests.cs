using System;
using System.Linq;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using NodaTime;

namespace Intervention.Confidentiality.Tests.Law.France;

/// <summary>The French rule pack answers every scenario of <c>france.scenarios.json</c> as its source says.</summary>
public sealed class FrenchScenarioTests
{
    private static readonly ScenarioFile File = ScenarioFile.Load("France/france.scenarios.json");
    private static readonly RulePack Pack = FrenchRulePack.Create();

    public static TheoryData<string> Ids => new(File.Scenarios.Select(s => s.Id));

    [Fact]
    public void The_file_has_at_least_120_scenarios_each_naming_its_source()
    {
        Assert.True(File.Scenarios.Count >= 120, $"{File.Scenarios.Count} scenarios");
        Assert.All(File.Scenarios, s => Assert.False(string.IsNullOrWhiteSpace(s.Source), s.Id));
        Assert.Equal(File.Scenarios.Count, File.Scenarios.Select(s => s.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Scenario_gets_the_expected_decision(string id) => Passes(id);

    /// <summary>Runs one scenario of the French file and checks every expected part of its decision.</summary>
    internal static void Passes(string id) => ScenarioAssert.Passes(File, Pack, id);
}
