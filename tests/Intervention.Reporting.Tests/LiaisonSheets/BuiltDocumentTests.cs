using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Reporting.Documents;
using Intervention.Reporting.LiaisonSheets;
using Intervention.Reporting.Tests.Documents;
using Intervention.Testing;
using NodaTime;

namespace Intervention.Reporting.Tests.LiaisonSheets;

/// <summary>What a builder produces, its reader and the exported schema accept: builders and reader share one set of constraints.</summary>
public sealed class BuiltDocumentTests(Ajv ajv) : IClassFixture<Ajv>
{
    private static readonly DisclosureEngine Engine = new(FrenchRulePack.Create(), ServicePolicy.LawOnly);
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    // Senders as a host might pass them, the wrong ones included: the builder refuses what the reader would.
    private static readonly SenderContact[] Senders =
    [
        new("Intervenante sociale", "Commissariat de Poitiers", "05 49 00 00 00", "intervenante@example.org"),
        new("Ève Lefèvre", "Brigade de Chauvigny", null, null),
        new(" ", "Commissariat", null, null),
        new("Intervenante", "Commissariat", null, "not-an-email"),
        new(new string('a', 201), "Commissariat", null, null),
    ];

    public sealed record Scenario(Case Case, PersonIdentity Person, SenderContact Sender, DisclosureDecision Decision, IReadOnlyList<Consent> ConsentsNow, Instant At, string Language, string? Details)
    {
        public override string ToString() =>
            $"{Language} at {At}: {Decision.Outcome} on {Decision.DateOfAct} [{string.Join(",", Decision.AllowedData)}], consents now {ConsentsNow.Count}, sender '{Sender.Name}' <{Sender.Email}>, situations [{string.Join(",", Case.Situations)}]";
    }

    public static Arbitrary<Scenario> Scenarios() => Arb.From(
        from c in DomainGenerators.Cases
        from index in Gen.Choose(0, 100)
        let participant = c.Participants[index % c.Participants.Count]
        from sender in Gen.Elements(Senders)
        from data in Gen.Frequency(
            (1, Gen.NonEmptyListOf(Gen.Elements(Enum.GetValues<DataCategory>()))),
            (6, Gen.NonEmptyListOf(Gen.Elements(DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary, DataCategory.SituationDetails, DataCategory.FamilyContext))))
            .Select(l => l.Distinct().ToArray())
        from day in Gen.Choose(0, 900).Select(d => new LocalDate(2025, 1, 1).PlusDays(d))
        from minutes in Gen.Choose(0, 23 * 60)
        from others in Gen.ListOf(ConfidentialityGenerators.Consents(day, Paris)).Select(l => l.Take(2).ToArray())
        from named in Gen.SubListOf(data)
        from sharing in Gen.Frequency((1, Gen.Constant(false)), (4, Gen.Constant(true)))
        from hoursBefore in Gen.Choose(1, 72)
        from lasts in Gen.Elements<int?>(null, 1, 24, 24 * 30)
        let giver = participant.AgeGroup == AgeGroup.Minor ? ConsentGiver.Parent : ConsentGiver.Person
        let given = day.At(LocalTime.FromMinutesSinceMidnight(minutes)).InZoneLeniently(Paris).ToInstant().Minus(Duration.FromHours(hoursBefore))
        let consents = sharing
            ? [new Consent(ConsentPurpose.ShareWithRecipients, giver, ConsentForm.Written, given, [RecipientKind.PartnerSocialService], named.Count > 0 ? named.ToArray() : data,
                lasts is { } h ? given.Plus(Duration.FromHours(hoursBefore + h)) : null), .. others]
            : others
        from later in Gen.Frequency((6, Gen.Choose(0, 120)), (1, Gen.Choose(0, 3 * 24 * 60)))
        from withdrawNow in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from language in Gen.Elements(DocumentSchemas.Languages.ToArray())
        from details in Gen.Elements<string?>(null, "Loyers impayés depuis janvier", " ")
        let act = day.At(LocalTime.FromMinutesSinceMidnight(minutes)).InZoneLeniently(Paris)
        let decision = Engine.Decide(new DisclosureRequest(
            DiscloserKind.SocialWorker, RecipientKind.PartnerSocialService, DisclosurePurpose.Orientation, data, [], new DisclosureSubject(participant.AgeGroup), consents, act))
        let at = act.ToInstant().Plus(Duration.FromMinutes(later))
        let now = withdrawNow ? consents.Select(k => k.WithdrawnAt is null && k.GivenAt <= at ? k.WithdrawnOn(at) : k).ToArray() : consents
        select new Scenario(c, new PersonIdentity(participant.Person, "Martin", "Claire"), sender, decision, now, at, language, details));

    [Property(Arbitrary = [typeof(BuiltDocumentTests)], MaxTest = 400)]
    [Trait("Rule", "R21")]
    public Property A_built_sheet_is_read_back_with_no_problem_and_passes_AJV_and_a_refused_one_would_be_refused_by_the_reader(Scenario s)
    {
        var culture = CultureInfo.GetCultureInfo(s.Language);
        var result = LiaisonSheetBuilder.Build(Guid.NewGuid(), s.Case, s.Person, s.Sender, PartnerKind.DepartmentalSocialServices, [OrientationReason.Housing], s.Details, s.Decision, s.ConsentsNow, s.At, culture);
        if (!result.IsBuilt)
        {
            var problems = result.Problems(culture);
            var consistent = problems.Count > 0
                && (result.RefusalCode != LiaisonSheetCodes.InvalidContent || problems.All(p => p.Path.Length > 0 && p.Code.Contains('.', StringComparison.Ordinal)))
                && (!s.Case.Situations.Contains(SituationKind.ChildAtRisk) || result.RedirectsToChildProtection);
            return consistent.Label($"refused {result.RefusalCode}: {string.Join("; ", problems.Select(p => $"{p.Path} {p.Code}"))}").Classify(true, result.RefusalCode ?? "");
        }

        var sheet = result.Sheet!;
        sheet.ValidateWithPerson(s.At.Plus(Duration.FromMinutes(1)));
        var json = DocumentReader.Write(LiaisonSheetJson.FromSheet(sheet));
        var read = DocumentReader.Read(DocumentType.LiaisonSheet, json, culture, s.At.Plus(Duration.FromMinutes(1)));
        var theirs = ajv.Validate(DocumentSchemas.Info(DocumentType.LiaisonSheet).SchemaId(s.Language), json);
        var consentShown = (sheet.Decision.Consent is not null) == (s.Decision.Outcome == DisclosureOutcome.MayDiscloseWithConsent);
        var noProvenance = sheet.Decision.Bases.All(b => !b.Contains("seed", StringComparison.OrdinalIgnoreCase) && !b.Contains(".md", StringComparison.Ordinal)
            && !b.Contains("confirm", StringComparison.OrdinalIgnoreCase) && !b.StartsWith("FR-", StringComparison.Ordinal));
        return (read.IsValid && read.Problems.Count == 0 && theirs.Valid && consentShown && noProvenance)
            .Label($"ours: {string.Join("; ", read.Problems.Select(p => $"{p.Path} {p.Code}"))}; AJV: {theirs.Errors}; bases {string.Join(" | ", sheet.Decision.Bases)}")
            .Classify(true, "built");
    }

    [Fact]
    [Trait("Rule", "R21")]
    public void Built_worrying_information_is_read_back_with_no_problem_and_passes_AJV_in_every_language()
    {
        var built = 0;
        foreach (var (c, seed) in Gen.Sample(DomainGenerators.Cases, 300).Select((c, i) => (c, i)))
        {
            var minors = c.Participants.Where(p => p.AgeGroup == AgeGroup.Minor).Select(p => new PersonIdentity(p.Person, "Martin", "Léo")).ToArray();
            var day = new LocalDate(2025, 1, 1).PlusDays(seed);
            var decision = Engine.Decide(new DisclosureRequest(DiscloserKind.SocialWorker, RecipientKind.Crip, DisclosurePurpose.ChildProtection,
                [DataCategory.Identity, DataCategory.SituationDetails, DataCategory.ChildStatements], [FactKind.ChildInDangerOrAtRisk], new DisclosureSubject(AgeGroup.Minor), [], day.At(new LocalTime(10, 0)).InZoneLeniently(Paris)));
            var language = DocumentSchemas.Languages[seed % DocumentSchemas.Languages.Count];
            var result = ChildAtRiskReportBuilder.Build(Guid.NewGuid(), c, minors, [], Senders[seed % 2], [new ReportedFact(day.PlusDays(-(seed % 30)), "Ecchymoses constatées", seed % 3 == 0 ? "« Papa s'est fâché »" : null)],
                null, parentsInformedBeforehand: true, null, decision, day, CultureInfo.GetCultureInfo(language));
            if (minors.Length == 0)
            {
                Assert.Equal(LiaisonSheetCodes.NoMinor, result.RefusalCode);
                continue;
            }

            var json = DocumentReader.Write(ChildAtRiskReportJson.FromReport(result.Report!));
            var read = DocumentReader.Read(DocumentType.ChildAtRiskReport, json, CultureInfo.GetCultureInfo(language), day);
            Assert.True(read.IsValid && read.Problems.Count == 0, string.Join("; ", read.Problems.Select(p => $"{p.Path} {p.Code}")));
            Assert.True(ajv.Validate(DocumentSchemas.Info(DocumentType.ChildAtRiskReport).SchemaId(language), json).Valid, json);
            built++;
        }

        Assert.True(built > 20, $"only {built} documents built");
    }
}
