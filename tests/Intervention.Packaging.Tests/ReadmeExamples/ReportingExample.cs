using System.Globalization;
using System.IO;
using System.Linq;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Cases;
using Intervention.Domain.Services;
using Intervention.Reporting.Statistics;
using NodaTime;

namespace Intervention.Packaging.Tests.ReadmeExamples;

/// <summary>The example of <c>src/Intervention.Reporting/README.md</c>, run by <see cref="ReadmeExampleTests"/>.</summary>
public static class ReportingExample
{
    /// <summary>Runs the example.</summary>
    public static string Run()
    {
        var output = new StringWriter();
        // README:start
        // Territory paths are written leaf first: the commune, then the brigade's area it belongs to.
        var territories = new TerritoryHierarchy(["commune", "area"],
            [["poitiers", "poitiers-area"], ["buxerolles", "poitiers-area"], ["loudun", "north-area"]]);
        var records = Enumerable.Range(0, 300).Select(i => new StatisticsRecord(
            ServiceProfileKind.FrenchPoliceSocialWorker, i % 23 == 1 ? ReferralChannel.PartnerReferral : ReferralChannel.OfficerOrientation,
            [i % 3 == 0 ? SituationKind.ChildAtRisk : SituationKind.ConjugalViolence], i % 4 == 0 ? AgeGroup.Minor : AgeGroup.Adult, Sex.NotStated,
            ageBand: null, territory: i % 13 == 1 ? "loudun" : i % 2 == 0 ? "poitiers" : "buxerolles", outcome: null, knownToSocialServices: null,
            consentToStatistics: i % 20 != 0, new YearMonth(2026, 1 + (i % 3)), actions: i % 5)).ToArray();

        var definition = new ReportDefinition(ReportPeriod.Quarter(2026, 1),
            [new TableDefinition("channel-by-area", [StatisticsDimension.Channel, new TableDimension(StatisticsDimension.Territory, 1)]),
             new TableDefinition("situation-by-age", [StatisticsDimension.Situation, StatisticsDimension.AgeGroup])],
            CountingUnit.Cases, DisclosurePolicy.Insee, requireConsentToStatistics: true, territories: territories);
        var report = new ActivityReporter().Produce(definition, records);

        // Suppressed cells carry no value and no reason in any export; the reasons are for the host (report.HostAudit).
        var csv = ReportExport.ToCsv(report, CultureInfo.GetCultureInfo("fr-FR"));
        output.WriteLine($"{report.RecordsCounted} counted; {report.Tables.Sum(t => t.Cells.Count(c => c.IsSuppressed))} cells suppressed; {csv.Split('\n').Length} CSV lines");
        // README:end
        return output.ToString();
    }
}
