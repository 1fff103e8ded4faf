using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Fluent;
using Intervention.Confidentiality.Audit;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Domain.Cases;
using Intervention.Reporting.Statistics;
using Intervention.Testing;
using Intervention.Testing.Shared;
using NodaTime;

namespace Intervention.Packaging.Tests;

/// <summary>No public member of any package hands out a mutable collection: a caller cannot cast a list back and change an aggregate
/// behind its rules (an action recorded without adhesion, R04).</summary>
public sealed class MutableCollectionTests
{
    [Fact]
    [Trait("Rule", "R04")]
    public void No_getter_reachable_from_cases_decisions_audit_entries_or_reports_returns_a_mutable_collection()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        var cases = Gen.Sample(DomainGenerators.Cases, 60).ToArray();
        var engine = new DisclosureEngine(FrenchRulePack.Create(), ServicePolicy.LawOnly);
        var decisions = Gen.Sample(ConfidentialityGenerators.Questions(FrenchRulePack.Create(), zone), 60).Select(q => engine.Decide(q.Request)).ToArray();
        var entries = new List<AuditEntry>();
        foreach (var decision in decisions.Take(10))
        {
            entries.Add(AuditChain.Append(entries.LastOrDefault(), decision, "worker-1", Instant.FromUtc(2027, 1, 1, 0, 0)));
        }

        var period = ReportPeriod.Quarter(2026, 1);
        var territories = new TerritoryHierarchy(["commune", "area"], [["poitiers", "north"], ["loudun", "north"]]);
        var records = Gen.Sample(StatisticsGenerators.Records(period, territories), 300).ToArray();
        var report = new ActivityReporter().Produce(
            new ReportDefinition(period, [new TableDefinition("by-channel", [StatisticsDimension.Channel])], CountingUnit.Cases, DisclosurePolicy.Insee, territories: territories),
            records);

        IEnumerable<object> roots = [.. cases, .. cases.Select(c => c.ToSnapshot()), .. decisions, .. decisions.SelectMany(d => d.Request.Consents), .. entries, report];

        Assert.Empty(ConventionChecks.MutableCollectionsHandedOut(roots));
    }

    [Fact]
    public void The_check_finds_a_list_handed_out()
    {
        Assert.Equal(["Leaky.Items hands out a List`1"], ConventionChecks.MutableCollectionsHandedOut([new Leaky()]));
    }

    /// <summary>Stands in for an aggregate that hands out its own list (defined here, so the check sees one of the library's types).</summary>
    public sealed class Leaky
    {
        public IReadOnlyList<int> Items { get; } = new List<int> { 1 };
    }
}
