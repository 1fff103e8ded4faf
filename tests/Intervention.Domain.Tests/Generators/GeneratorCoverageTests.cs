using System;
using System.Linq;
using FsCheck.Fluent;
using Intervention.Domain.Cases;
using Intervention.Domain.Services;

namespace Intervention.Domain.Tests.Generators;

/// <summary>The case generator reaches every state and every profile, so the properties over it test something.</summary>
public sealed class GeneratorCoverageTests
{
    [Fact]
    public void Generated_cases_reach_every_state_outcome_and_profile()
    {
        var cases = Gen.Sample(DomainArbitraries.CaseScripts().Generator, 800, 30).Select(s => s.Build()).ToList();

        Assert.Equal(Enum.GetValues<CaseState>().Order(), cases.Select(c => c.State).Distinct().Order());
        Assert.Equal(Enum.GetValues<CaseOutcome>().Order(), cases.Where(c => c.Outcome.HasValue).Select(c => c.Outcome!.Value).Distinct().Order());
        Assert.Equal(Enum.GetValues<ServiceProfileKind>().Order(), cases.Select(c => c.Post.ProfileKind).Distinct().Order());
        Assert.Contains(cases, c => c.GuidanceCard is not null);
        Assert.Contains(cases, c => c.WorkerRemainsAvailable && !c.IsClosed);
    }
}
