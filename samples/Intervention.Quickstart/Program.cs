// The quickstart: a situation reaches the social worker of a French police station from the day log, the person adheres and
// consents, three disclosure questions are decided, and a quarterly anonymised report is published.
// Run: dotnet run --project samples/Intervention.Quickstart
using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Domain;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Reporting.LiaisonSheets;
using Intervention.Reporting.Statistics;
using NodaTime;

namespace Intervention.Quickstart;

/// <summary>The README's first command.</summary>
public static class Program
{
    /// <summary>Runs the quickstart on the console.</summary>
    /// <returns>0 when every step went as the law and the rules say.</returns>
    public static int Main() => Run(Console.Out);

    /// <summary>Runs the quickstart.</summary>
    /// <param name="output">Where to write what happens.</param>
    /// <returns>0 when every step went as the law and the rules say.</returns>
    public static int Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
        var now = new LocalDateTime(2026, 3, 4, 9, 0).InZoneLeniently(paris);
        var claire = new PersonIdentity(PersonId.From(Guid.Parse("6f1c2a4e-0d1b-4f55-9a51-3c6f1e2d7a90")), "Martin", "Claire", new LocalDate(1990, 5, 17));
        var leo = new PersonIdentity(PersonId.From(Guid.Parse("6f1c2a4e-0d1b-4f55-9a51-3c6f1e2d7a91")), "Martin", "Léo", new LocalDate(2017, 9, 2));
        var post = Post.Create(PostId.From(Guid.Parse("0b7e5d1c-3a4f-4e2b-8c9d-1a2b3c4d5e6f")), ServiceProfileKind.FrenchPoliceSocialWorker, ForceKind.FrenchPoliceStation);

        // README:start
        // 1. The worker reads the day log and takes up a situation of conjugal violence with a child at home (R03, R20).
        var situation = Case.Open(CaseId.From(Guid.Parse("3d2c1b0a-9f8e-4d7c-b6a5-948372615fed")), post,
            new Referral(ReferralChannel.SelfReferralFromDayLog, new LocalDate(2026, 3, 2), new Referrer(ReferrerKind.WorkerFromPoliceRecords)),
            [Participant.FromIdentity(claire, PartyRole.Victim, new LocalDate(2026, 3, 2), Sex.Female, []),
             Participant.FromIdentity(leo, PartyRole.Relative, new LocalDate(2026, 3, 2), Sex.Male, [])],
            [SituationKind.ConjugalViolence, SituationKind.ChildAtRisk]);
        situation.RecordFirstContact(new LocalDate(2026, 3, 3), ActionKind.InterviewAtOffice, Receptivity.Receptive);
        situation.RecordAdhesion(new LocalDate(2026, 3, 3), AdhesionGiver.Person);   // no accompaniment without adhesion (R04)

        // 2. Claire signs her consent to share a summary with the departmental social services.
        var consent = new Consent(ConsentPurpose.ShareWithRecipients, ConsentGiver.Person, ConsentForm.SignedAuthorisation,
            now.ToInstant().Minus(Duration.FromHours(1)), [RecipientKind.PartnerSocialService],
            [DataCategory.Identity, DataCategory.SituationSummary], null);

        // 3. Three questions to the disclosure engine: the law in force on the day, with its articles and a trace.
        var engine = new DisclosureEngine(FrenchRulePack.Create(), ServicePolicy.LawOnly);
        var investigators = engine.Decide(new DisclosureRequest(DiscloserKind.SocialWorker, RecipientKind.Investigators,
            DisclosurePurpose.Report, [DataCategory.SituationDetails], [], new DisclosureSubject(AgeGroup.Adult), [], now));
        var crip = engine.Decide(new DisclosureRequest(DiscloserKind.SocialWorker, RecipientKind.Crip, DisclosurePurpose.ChildProtection,
            [DataCategory.Identity, DataCategory.SituationDetails], [FactKind.ChildInDangerOrAtRisk], new DisclosureSubject(AgeGroup.Minor), [], now));
        var partner = engine.Decide(new DisclosureRequest(DiscloserKind.SocialWorker, RecipientKind.PartnerSocialService,
            DisclosurePurpose.Orientation, [DataCategory.Identity, DataCategory.SituationSummary], [], new DisclosureSubject(AgeGroup.Adult), [consent], now));

        // 4. Léo is at risk, so the matter goes to the CRIP as worrying information, never on a liaison sheet (R21): the builder
        //    refuses the sheet. The information préoccupante holds only what the CRIP decision allows and cites its articles.
        var author = new SenderContact("Intervenante sociale", "Commissariat de Poitiers", null, null);
        var sheet = LiaisonSheetBuilder.Build(Guid.Parse("a1b2c3d4-e5f6-4a5b-9c8d-7e6f5a4b3c2d"), situation, claire, author,
            PartnerKind.DepartmentalSocialServices, [OrientationReason.Housing], "Recherche d'un hébergement", partner, [consent], now.ToInstant());
        var information = ChildAtRiskReportBuilder.Build(Guid.Parse("b2c3d4e5-f6a7-4b5c-8d9e-0f1a2b3c4d5e"), situation, [leo], [claire], author,
            [new ReportedFact(new LocalDate(2026, 3, 1), "Violences conjugales en présence de l'enfant", null)], null, parentsInformedBeforehand: true,
            parentsNotInformedReason: null, crip, now.Date, CultureInfo.GetCultureInfo("fr-FR")).Report!;
        // README:end

        output.WriteLine($"Case {situation.State}: first contact and adhesion recorded.");
        Print(output, "To the investigators", investigators);
        Print(output, "To the CRIP (information préoccupante)", crip);
        Print(output, "To the departmental social services", partner);
        output.WriteLine($"  liaison sheet refused: {sheet.RefusalCode} ({sheet.Problem(CultureInfo.GetCultureInfo("fr-FR"))!.Message})");
        output.WriteLine($"  worrying information to the CRIP instead, citing {string.Join("; ", information.Decision.Bases)}");
        output.WriteLine();

        // 5. A quarterly anonymised report over a generated activity of several thousand cases: small cells and the cells that
        //    would give them away are suppressed (INSEE: no cell from fewer than 3 cases), and no name or identifier can appear.
        var records = Activity(4000, new Random(20260331));
        var definition = new ReportDefinition(
            ReportPeriod.Quarter(2026, 1),
            [
                new TableDefinition("channel-by-territory", [StatisticsDimension.Channel, new TableDimension(StatisticsDimension.Territory, 1)]),
                new TableDefinition("channel-by-age", [StatisticsDimension.Channel, StatisticsDimension.AgeGroup]),
                new TableDefinition("situation-by-month", [StatisticsDimension.Situation, new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.Month)]),
            ],
            CountingUnit.Cases,
            DisclosurePolicy.Insee,
            requireConsentToStatistics: true,
            territories: Territories);
        var report = new ActivityReporter().Produce(definition, records);
        output.WriteLine($"{report.Period}, {report.PolicyName}: {report.RecordsCounted?.ToString(CultureInfo.InvariantCulture) ?? "secret"} cases counted, {report.ExcludedWithoutConsent?.ToString(CultureInfo.InvariantCulture) ?? "secret"} excluded without consent to statistics (R07).");
        PrintTable(output, report.Table("channel-by-territory"));
        var suppressed = report.Tables.SelectMany(t => t.Cells).Count(c => c.IsSuppressed);
        output.WriteLine($"{suppressed} cells suppressed in all ({report.HostAudit.Cells(SuppressionReason.Complementary).Count} of them to protect the others).");

        var expected = investigators.Outcome == DisclosureOutcome.MustNotDisclose
            && crip.Outcome == DisclosureOutcome.MustActByLaw
            && partner.Outcome == DisclosureOutcome.MayDiscloseWithConsent
            && sheet.RedirectsToChildProtection
            && report.Tables.SelectMany(t => t.Cells).All(c => c.Value is null or 0 or >= 3);
        return expected ? 0 : 1;
    }

    private static void Print(TextWriter output, string question, DisclosureDecision decision) =>
        output.WriteLine($"{question}: {decision.Outcome}; basis {string.Join(", ", decision.LegalBases.Select(b => b.RuleId).DefaultIfEmpty("none"))}; data allowed [{string.Join(", ", decision.AllowedData)}]");

    // A two-dimension table as a grid: a row per category met, a column per category of the second dimension and the total;
    // suppressed cells show "secret", never a value.
    private static void PrintTable(TextWriter output, PublishedTable table)
    {
        var columns = table.Cells.Select(c => c.Categories[1]).Distinct().ToArray();
        output.WriteLine($"{table.Name,-38}{string.Concat(columns.Select(c => $"{c,14}"))}");
        foreach (var row in table.Cells.Select(c => c.Categories[0]).Distinct().Where(r => table.Cell(r, PublishedCell.Total).Value is not 0))
        {
            output.WriteLine($"{row,-38}{string.Concat(columns.Select(c => $"{table.Cell(row, c).Value?.ToString(CultureInfo.InvariantCulture) ?? "secret",14}"))}");
        }
    }

    // The station's territory: communes within the two brigades' areas.
    private static readonly TerritoryHierarchy Territories = new(
        ["commune", "area"],
        [["poitiers", "poitiers-area"], ["buxerolles", "poitiers-area"], ["chatellerault", "north-area"], ["loudun", "north-area"], ["montmorillon", "south-area"], ["civray", "south-area"]]);

    // What a host's database would hold for a police station's quarter: coded fields only, a few frequent channels and situations
    // and a long tail of rare ones.
    private static StatisticsRecord[] Activity(int count, Random random)
    {
        ReferralChannel[] channels = [ReferralChannel.OfficerOrientation, ReferralChannel.SelfReferralFromDayLog, ReferralChannel.ReceptionDeskOffer, ReferralChannel.PartnerReferral, ReferralChannel.PersonThemself, ReferralChannel.FamilyViolenceReferent, ReferralChannel.ConjugalViolenceSystematicForwarding, ReferralChannel.ServiceMeeting, ReferralChannel.PreventionPartnershipOfficer];
        SituationKind[] situations = [SituationKind.ConjugalViolence, SituationKind.IntraFamilyViolence, SituationKind.Precarity, SituationKind.ChildAtRisk, SituationKind.DistressOrVulnerability];
        string[] communes = ["poitiers", "chatellerault", "buxerolles", "loudun", "montmorillon", "civray"];
        T Pick<T>(T[] values) => values[(int)(values.Length * Math.Pow(random.NextDouble(), 7))];
        return Enumerable.Range(0, count).Select(_ => new StatisticsRecord(
            ServiceProfileKind.FrenchPoliceSocialWorker, Pick(channels), [Pick(situations)], random.NextDouble() < 0.2 ? AgeGroup.Minor : AgeGroup.Adult,
            Sex.NotStated, null, Pick(communes), null, null, random.NextDouble() < 0.95, new YearMonth(2026, 1 + random.Next(3)), random.Next(6))).ToArray();
    }
}
