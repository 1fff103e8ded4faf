using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FsCheck.Fluent;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Specifications;
using Intervention.EntityFrameworkCore;
using Intervention.Reporting.Statistics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Intervention.Packaging.Tests.ReadmeExamples;

/// <summary>The example of <c>src/Intervention.EntityFrameworkCore/README.md</c>, run by <see cref="ReadmeExampleTests"/>.</summary>
public static class EntityFrameworkCoreExample
{
    // README:start
    // The host's context: its own entities, and the Intervention model beside them.
    public sealed class HostContext(DbContextOptions<HostContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.ApplyInterventionModel(NodaTimeStorage.IsoText); // PostgreSQL: UseNpgsql(…, o => o.UseNodaTime()) and Native
    }

    public static async Task Run(TextWriter output, Case aCase, StatisticsRecord[] records)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = new HostContext(new DbContextOptionsBuilder<HostContext>().UseSqlite(connection).Options);
        db.Database.EnsureCreated();

        // Cases: stored as their snapshot and their record; the specifications run in the database.
        var cases = new CaseStore(db);
        await cases.SaveAsync(aCase);
        var again = await cases.FindAsync(aCase.Id);
        var conjugal = new CasesBySituation(SituationKind.ConjugalViolence).Apply(cases.Records).Count();

        // Decisions: appended to a chain the store checks before extending it, verified on demand.
        var engine = new DisclosureEngine(FrenchRulePack.Create(), ServicePolicy.LawOnly);
        var act = new LocalDateTime(2026, 3, 4, 9, 0).InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Paris"]);
        var decision = engine.Decide(new DisclosureRequest(DiscloserKind.SocialWorker, RecipientKind.Investigators,
            DisclosurePurpose.Report, [DataCategory.SituationDetails], [], new DisclosureSubject(AgeGroup.Adult), [], act));
        var audit = new AuditStore(db);
        await audit.AppendAsync(decision, askedBy: "worker-17", recordedAt: act.ToInstant());
        var verification = await audit.VerifyAsync(await audit.HeadAsync());

        // Statistics: rows in the database, the counting pushed down to it.
        db.Set<StatisticsRow>().AddRange(records.Select(StatisticsRow.From));
        await db.SaveChangesAsync();
        var definition = new ReportDefinition(ReportPeriod.Quarter(2026, 1),
            [new TableDefinition("channel", [StatisticsDimension.Channel])], CountingUnit.Cases, DisclosurePolicy.Insee);
        var report = new ActivityReporter().Produce(definition, db.Set<StatisticsRow>().AsNoTracking());

        output.WriteLine($"case read back: {again!.State}; conjugal violence cases: {conjugal}");
        output.WriteLine($"audit: {verification.IsValid}; report: {report.RecordsCounted} records counted");
    }
    // README:end

    /// <summary>Runs the example on a generated case and generated records.</summary>
    public static async Task<string> Run()
    {
        var output = new StringWriter();
        var aCase = Intervention.Testing.DomainGenerators.Cases.Sample(1, 4).Single();
        var territories = new TerritoryHierarchy(["commune"], [["c1"], ["c2"]]);
        var records = Intervention.Testing.StatisticsGenerators.Records(ReportPeriod.Quarter(2026, 1), territories).Sample(200, 9).ToArray();
        await Run(output, aCase, records);
        return output.ToString();
    }
}
