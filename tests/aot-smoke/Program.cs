// Exercises each library the way a host does, in a natively compiled program: a case, a disclosure decision, a document read
// and validated from JSON (source-generated serialisation), a schema export and an anonymised report.
using System;
using System.Globalization;
using System.Linq;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Domain;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Reporting.Documents;
using Intervention.Reporting.Statistics;
using NodaTime;

var post = Post.Create(PostId.From(Guid.Parse("0b7e5d1c-3a4f-4e2b-8c9d-1a2b3c4d5e6f")), ServiceProfileKind.FrenchPoliceSocialWorker, ForceKind.FrenchPoliceStation);
var situation = Case.Open(CaseId.From(Guid.Parse("3d2c1b0a-9f8e-4d7c-b6a5-948372615fed")), post,
    new Referral(ReferralChannel.SelfReferralFromDayLog, new LocalDate(2026, 3, 2), new Referrer(ReferrerKind.WorkerFromPoliceRecords)),
    [new Participant(PersonId.From(Guid.Parse("6f1c2a4e-0d1b-4f55-9a51-3c6f1e2d7a90")), PartyRole.Victim, AgeGroup.Adult, 35, Sex.Female, [])],
    [SituationKind.ConjugalViolence]);
situation.RecordFirstContact(new LocalDate(2026, 3, 3), ActionKind.InterviewAtOffice, Receptivity.Receptive);

var now = new LocalDateTime(2026, 3, 4, 9, 0).InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Paris"]);
var decision = new DisclosureEngine(FrenchRulePack.Create(), ServicePolicy.LawOnly).Decide(new DisclosureRequest(
    DiscloserKind.SocialWorker, RecipientKind.Investigators, DisclosurePurpose.Report, [DataCategory.SituationDetails], [], new DisclosureSubject(AgeGroup.Adult), [], now));

var schema = DocumentSchemas.ExportText(DocumentType.LiaisonSheet, "fr");
var read = DocumentReader.Read(DocumentType.LiaisonSheet, "{\"schemaId\": 3}", CultureInfo.GetCultureInfo("fr-FR"));

var records = Enumerable.Range(0, 200).Select(i => new StatisticsRecord(
    ServiceProfileKind.FrenchPoliceSocialWorker, i % 7 == 0 ? ReferralChannel.PartnerReferral : ReferralChannel.OfficerOrientation, [SituationKind.ConjugalViolence],
    i % 3 == 0 ? AgeGroup.Minor : AgeGroup.Adult, Sex.NotStated, null, "c1", null, null, true, new YearMonth(2026, 1 + (i % 3)), 1)).ToArray();
var definition = new ReportDefinition(ReportPeriod.Quarter(2026, 1), [new TableDefinition("channel-by-age", [StatisticsDimension.Channel, StatisticsDimension.AgeGroup])], CountingUnit.Cases, DisclosurePolicy.Insee);
var json = ReportExport.ToJson(new ActivityReporter().Produce(definition, records), CultureInfo.GetCultureInfo("fr-FR"));

Console.WriteLine($"case {situation.State}; investigators {decision.Outcome}; schema {schema.Length} chars; bad sheet {read.Problems.Count} problems; report {json.Length} chars");
return situation.State == CaseState.FirstContactMade && decision.Outcome == DisclosureOutcome.MustNotDisclose && schema.Contains("2020-12", StringComparison.Ordinal) && !read.IsValid && json.Contains("Total", StringComparison.Ordinal) ? 0 : 1;
