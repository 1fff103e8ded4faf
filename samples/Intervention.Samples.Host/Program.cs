// A host a vendor would start from: a case opened from JSON and stored, a disclosure decision audited into the store, a liaison
// sheet, and a quarterly report whose counting is pushed down to the database.
// Run: dotnet run --project samples/Intervention.Samples.Host                      (SQLite, the file intervention-host.db)
//      dotnet run --project samples/Intervention.Samples.Host -- "Host=…;Username=…"  (PostgreSQL)
// The sample recreates its database at each run.
using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Domain;
using Intervention.Domain.Cases;
using Intervention.Domain.Intake;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Serialization;
using Intervention.EntityFrameworkCore;
using Intervention.Reporting.Documents;
using Intervention.Reporting.LiaisonSheets;
using Intervention.Reporting.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Intervention.Samples.Host;

/// <summary>The host sample.</summary>
public static class Program
{
    private static readonly TerritoryHierarchy Territories = new(
        ["commune", "area"], [["poitiers", "poitiers-area"], ["buxerolles", "poitiers-area"], ["chatellerault", "north-area"], ["loudun", "north-area"]]);

    /// <summary>Runs the sample on the database named by the first argument (SQLite by default).</summary>
    /// <param name="args">The connection string, if any.</param>
    /// <returns>0 when every step went as it should.</returns>
    public static Task<int> Main(string[] args) => Run(Console.Out, args.FirstOrDefault() ?? "Data Source=intervention-host.db");

    /// <summary>Runs the sample.</summary>
    /// <param name="output">Where to write what happens.</param>
    /// <param name="connection">A SQLite connection string, or a PostgreSQL one (starting with <c>Host=</c>).</param>
    /// <returns>0 when every step went as it should.</returns>
    public static async Task<int> Run(TextWriter output, string connection)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var services = new ServiceCollection().AddInterventionDomain().BuildServiceProvider();
        var intake = services.GetRequiredService<CaseIntake>();
        await using var db = HostContext.Open(connection);
        await db.Database.EnsureDeletedAsync();
        await db.Database.EnsureCreatedAsync();
        var now = new LocalDateTime(2026, 3, 4, 9, 0).InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Paris"]);

        // 1. A case opened from the JSON the vendor's front end sends, checked by the intake, then stored.
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "case-request.json"));
        var request = JsonSerializer.Deserialize<OpenCaseRequest>(json, InterventionJson.CreateOptions())!;
        var opened = intake.Open(request);
        if (!opened.IsValid)
        {
            foreach (var error in opened.Validation.Errors)
            {
                output.WriteLine($"refused {error.PropertyName}: [{error.ErrorCode}] {error.ErrorMessage}");
            }

            return 1;
        }

        var situation = opened.Case!;
        situation.RecordFirstContact(new LocalDate(2026, 3, 3), ActionKind.InterviewAtOffice, Receptivity.Receptive);
        situation.RecordAdhesion(new LocalDate(2026, 3, 3), AdhesionGiver.Person);
        var cases = new CaseStore(db);
        await cases.SaveAsync(situation);
        output.WriteLine($"case {situation.Id}: {(await cases.FindAsync(situation.Id))!.State}, stored");

        // 2. The person consents to a summary for the departmental social services; the decision is audited into the store.
        //    Her identity is the host's, kept apart from the case.
        var person = new PersonIdentity(PersonId.From(request.Participants![0].PersonId), "Martin", "Claire", new LocalDate(1990, 5, 17));
        var consent = new Consent(ConsentPurpose.ShareWithRecipients, ConsentGiver.Person, ConsentForm.SignedAuthorisation,
            now.ToInstant().Minus(Duration.FromHours(1)), [RecipientKind.PartnerSocialService], [DataCategory.Identity, DataCategory.SituationSummary], null);
        var engine = new DisclosureEngine(FrenchRulePack.Create(), ServicePolicy.LawOnly);
        var decision = engine.Decide(new DisclosureRequest(DiscloserKind.SocialWorker, RecipientKind.PartnerSocialService, DisclosurePurpose.Orientation,
            [DataCategory.Identity, DataCategory.SituationSummary], [], new DisclosureSubject(AgeGroup.Adult), [consent], now));
        var audit = new AuditStore(db);
        var entry = await audit.AppendAsync(decision, askedBy: "worker-17", recordedAt: now.ToInstant(), caseReference: situation.Id.ToString());
        output.WriteLine($"decision {decision.Outcome}, audit entry {entry.Sequence}");

        // 3. The liaison sheet, built through that decision and the consent as it stands now.
        var author = new SenderContact("Intervenante sociale", "Commissariat de Poitiers", null, null);
        var sheet = LiaisonSheetBuilder.Build(Guid.NewGuid(), situation, person, author, PartnerKind.DepartmentalSocialServices,
            [OrientationReason.Housing], "Recherche d'un hébergement", decision, [consent], now.ToInstant(), CultureInfo.GetCultureInfo("fr-FR"));
        if (!sheet.IsBuilt)
        {
            output.WriteLine($"liaison sheet refused: {sheet.RefusalCode}");
            return 1;
        }

        var document = DocumentReader.Write(LiaisonSheetJson.FromSheet(sheet.Sheet!));
        output.WriteLine($"liaison sheet built: {DocumentReader.Read(DocumentType.LiaisonSheet, document, CultureInfo.GetCultureInfo("fr-FR")).Problems.Count} problems");

        // 4. The quarter's activity as statistics rows (this case and the post's others), counted by the database.
        db.StatisticsRows.Add(StatisticsRow.From(StatisticsRecord.From(situation, "poitiers", AgeBands.Default, consentToStatistics: true)));
        db.StatisticsRows.AddRange(Activity(3_000, new Random(2026)).Select(StatisticsRow.From));
        await db.SaveChangesAsync();
        var definition = new ReportDefinition(
            ReportPeriod.Quarter(2026, 1),
            [new TableDefinition("channel-by-area", [StatisticsDimension.Channel, new TableDimension(StatisticsDimension.Territory, 1)]),
             new TableDefinition("situation-by-month", [StatisticsDimension.Situation, new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.Month)])],
            CountingUnit.Cases, DisclosurePolicy.Insee, requireConsentToStatistics: true, territories: Territories);
        var report = new ActivityReporter().Produce(definition, db.StatisticsRows.AsNoTracking());
        var suppressed = report.Tables.Sum(t => t.Cells.Count(c => c.IsSuppressed));
        output.WriteLine($"{report.Period}: {report.RecordsCounted?.ToString(CultureInfo.InvariantCulture) ?? "secret"} cases counted, {suppressed} cells suppressed");

        // 5. The audit chain, verified against its head.
        var verification = await audit.VerifyAsync(await audit.HeadAsync());
        output.WriteLine($"audit chain intact: {verification.IsValid}");
        return verification.IsValid && report.Tables.SelectMany(t => t.Cells).All(c => c.Value is null or 0 or >= 3) ? 0 : 1;
    }

    // A police station's quarter: a few frequent channels and situations and a long tail of rare ones.
    private static StatisticsRecord[] Activity(int count, Random random)
    {
        var channels = Enum.GetValues<ReferralChannel>();
        var situations = Enum.GetValues<SituationKind>();
        string[] communes = ["poitiers", "buxerolles", "chatellerault", "loudun"];
        T Pick<T>(T[] values) => values[(int)(values.Length * Math.Pow(random.NextDouble(), 5))];
        return Enumerable.Range(0, count).Select(_ => new StatisticsRecord(
            Domain.Services.ServiceProfileKind.FrenchPoliceSocialWorker, Pick(channels), [Pick(situations)], random.NextDouble() < 0.2 ? AgeGroup.Minor : AgeGroup.Adult,
            Sex.NotStated, null, Pick(communes), null, null, random.NextDouble() < 0.95, new YearMonth(2026, 1 + random.Next(3)), random.Next(6))).ToArray();
    }
}
