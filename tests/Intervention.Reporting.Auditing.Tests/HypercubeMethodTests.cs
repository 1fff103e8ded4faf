using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intervention.Reporting.Statistics;

namespace Intervention.Reporting.Auditing.Tests;

/// <summary>
/// The hypercube method judged by the auditor alone, without interval protection behind it: each cell it suppresses is changed by
/// a second table that publishes the same, so the auditor (linear and integer bounds over every table) finds no suppressed cell
/// pinned, on linked tables, a hierarchy shown at two levels, the multi-valued situations, and zeros suppressed.
/// </summary>
public sealed class HypercubeMethodTests
{
    private static ReportDefinition Hypercube(ReportDefinition definition) =>
        new(definition.Period, definition.Tables, definition.Unit, definition.Policy.WithProtection(ComplementaryProtection.Hypercube), definition.RequireConsentToStatistics, definition.Territories, definition.AgeBands);

    private static Property SurvivesTheAuditor(ReportDefinition definition, StatisticsRecord[] records)
    {
        var hypercube = Hypercube(definition);
        var report = new ActivityReporter().Produce(hypercube, records);

        var audit = ReportAuditor.Audit(hypercube, report);

        return audit.IsProtected
            .Label(string.Join(", ", audit.Exposed.Select(e => $"{e.Table}:{string.Join("/", e.Categories)} in [{e.Lower}, {e.Upper}]")))
            .Classify(audit.Intervals.Count > 0, "cells suppressed");
    }

    [Property(Arbitrary = [typeof(AuditArbitraries)], MaxTest = 60)]
    public Property Every_cell_the_hypercube_method_suppresses_survives_the_auditor_over_linked_tables(Sample sample) =>
        SurvivesTheAuditor(ReportAuditorTests.Definition(sample.Threshold), sample.Records);

    [Property(Arbitrary = [typeof(AuditArbitraries)], MaxTest = 40)]
    public Property Every_cell_the_hypercube_method_suppresses_survives_the_auditor_when_a_hierarchy_is_shown_at_two_levels(Sample sample, bool suppressZeros) =>
        SurvivesTheAuditor(ReportAuditorTests.CommuneAndBrigade(sample.Threshold, suppressZeros), sample.Records);

    [Property(Arbitrary = [typeof(AuditArbitraries)], MaxTest = 40)]
    public Property Every_cell_the_hypercube_method_suppresses_survives_the_auditor_at_two_levels_of_territory_and_of_period(Sample sample) =>
        SurvivesTheAuditor(ReportAuditorTests.TwoLevels(sample.Threshold), sample.Records);

    [Property(Arbitrary = [typeof(AuditArbitraries)], MaxTest = 40)]
    public Property Every_cell_the_hypercube_method_suppresses_survives_the_auditor_across_the_multi_valued_situations(MultiSample sample) =>
        SurvivesTheAuditor(ReportAuditorTests.ChannelSituationAge(sample.Threshold), sample.Records);

    [Property(Arbitrary = [typeof(AuditArbitraries)], MaxTest = 40)]
    public Property Every_cell_the_hypercube_method_suppresses_survives_the_auditor_with_zeros_suppressed(Sample sample, bool byMonth) =>
        SurvivesTheAuditor(ReportAuditorTests.ChannelAgeBrigade(sample.Threshold, suppressZeros: true, byMonth), sample.Records);
}
