using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Domain.Admissibility;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Reporting.Documents;
using Intervention.Reporting.LiaisonSheets;
using NodaTime;

namespace Intervention.Reporting.Tests.Documents;

/// <summary>A document's JSON text, valid or not, and the schema it claims.</summary>
public sealed record DocumentCase(DocumentType Type, string Json)
{
    public override string ToString() => $"{Type}: {Json}";
}

/// <summary>Generators of the documents' JSON forms: valid ones (respecting the domain's invariants) and mutated ones.</summary>
public static class DocumentGenerators
{
    // Texts at and around the limits, blank ones in both JavaScript's and .NET's sense, and characters outside the BMP
    // (JSON Schema counts code points, .NET counts UTF-16 units).
    private static readonly string[] Tricky =
    [
        "", " ", "\t\n", "\u00a0", "\u2003", "\ufeff", "\u0085", "x", "É", new string('a', 200), new string('a', 201), new string('a', 500), new string('a', 501),
        new string('a', 4000), new string('a', 4001), string.Concat(Enumerable.Repeat("\U0001D11E", 200)), string.Concat(Enumerable.Repeat("\U0001D11E", 201)),
        "a@b.co", "not-an-email", "x@y", "2026-02-29", "2024-02-29", "2026-13-01", "2026-03-04T09:00:00Z", "2026-03-04T09:00:00.5Z", "2026-03-04T09:00:00+01:00",
        "00000000-0000-0000-0000-000000000000", "6f1c2a4e-0d1b-4f55-9a51-3c6f1e2d7a90", "6F1C2A4E-0D1B-4F55-9A51-3C6F1E2D7A90", "{6f1c2a4e-0d1b-4f55-9a51-3c6f1e2d7a90}",
        "Housing", "housing", "Nonsense", "1", "Housing, Health", "ChildAtRisk", "Partner", "Officer", "Draft", "ValidatedWithPerson", "Sent", "Declined", "Closed",
        "MustNotDisclose", "MayDiscloseWithConsent", "Identity", "ContactDetails", "Recurrence", "Minor", "Victim", "High", "Release",
        "https://schemas.intervention.dev/liaison-sheet/1.0.0", "https://schemas.intervention.dev/liaison-sheet/2.0.0",
    ];

    private static readonly Gen<string> Words = Gen.Elements("Martin", "Claire", "Commissariat de Poitiers", "Loyers impayés depuis janvier", "Ève Lefèvre", "05 49 00 00 00", "Brigade de Chauvigny");

    private static Gen<string> Text(int max) => Gen.Frequency((8, Words), (1, Gen.Constant(new string('a', max))), (1, Gen.Constant(string.Concat(Enumerable.Repeat("\U0001D11E", max)))));

    private static readonly Gen<LocalDate> Dates = Gen.Choose(0, 3000).Select(d => new LocalDate(2020, 1, 1).PlusDays(d));

    private static readonly Gen<Instant> Instants = Gen.Choose(0, 100_000_000).Select(s => Instant.FromUtc(2024, 1, 1, 0, 0).Plus(Duration.FromSeconds(s)));

    private static readonly Gen<Guid> Ids = Gen.Choose(1, int.MaxValue).Select(i => new Guid(i, 7, 9, 1, 2, 3, 4, 5, 6, 7, 8));

    private static Gen<IReadOnlyList<T>> SetOf<T>(T[] values, int min) =>
        Gen.ListOf(Gen.Elements(values)).Select(l => (IReadOnlyList<T>)l.Distinct().ToArray()).Where(l => l.Count >= min);

    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : class => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static readonly Gen<SenderContact> Senders =
        from name in Text(200)
        from service in Text(200)
        from phone in Maybe(Text(200))
        from email in Gen.Elements<string?>(null, "intervenante@example.org", "a.b-c@poitiers.interieur.gouv.fr")
        select new SenderContact(name, service, phone, email);

    // A decision resting on consent cites it, given before the earliest instant a document records (2024-01-01) and lapsing, if it
    // does, after the latest.
    private static readonly Gen<DecisionCitation> Decisions =
        from outcome in Gen.Elements(DocumentConstraintsMirror.PublishingOutcomes)
        from bases in Gen.NonEmptyListOf(Gen.Elements(
            "Code pénal, art. 226-13, consentement (version en vigueur depuis le 1 mars 1994)",
            "Code pénal, art. 226-14, 1° (version en vigueur depuis le 3 janvier 2004)",
            "Code de l'action sociale et des familles, art. L.226-2-1 (version en vigueur depuis le 7 mars 2007)"))
        from date in Dates
        from data in SetOf(Enum.GetValues<DataCategory>(), 1)
        from giver in Gen.Elements(Enum.GetValues<ConsentGiver>())
        from form in Gen.Elements(Enum.GetValues<ConsentForm>())
        from given in Gen.Choose(1, 1000).Select(h => Instant.FromUtc(2024, 1, 1, 0, 0).Minus(Duration.FromHours(h)))
        from expires in Gen.Elements<Instant?>(null, Instant.FromUtc(2030, 1, 1, 0, 0))
        select new DecisionCitation(outcome, bases.Distinct().ToArray(), date, data,
            outcome == DisclosureOutcome.MayDiscloseWithConsent ? new ConsentCitation(ConsentPurpose.ShareWithRecipients, giver, form, given, expires) : null);

    public static Gen<LiaisonSheetJson> LiaisonSheets { get; } =
        from id in Ids
        from written in Instants
        from status in Gen.Elements(Enum.GetValues<LiaisonSheetState>())
        from partner in Gen.Elements(Enum.GetValues<PartnerKind>())
        from sender in Senders
        from decision in Decisions
        from family in Text(200)
        from given in Text(200)
        from phone in Maybe(Text(200))
        from address in Maybe(Text(200))
        from reasons in SetOf(Enum.GetValues<OrientationReason>(), 1)
        from details in Text(4000)
        from problems in SetOf(Enum.GetValues<SituationKind>().Where(s => s != SituationKind.ChildAtRisk).ToArray(), 0)
        from profile in Gen.ListOf(from r in Gen.Elements(Enum.GetValues<PartyRole>()) from a in Gen.Elements(AgeGroup.Minor, AgeGroup.Adult) select new ProfileEntry(r, a))
        from decline in Text(4000)
        from feedback in Text(4000)
        let allows = (Func<DataCategory, bool>)(c => decision.AllowedData.Contains(c))
        let at = (Func<int, LiaisonSheetState[], Instant?>)((minutes, states) => states.Contains(status) ? written.Plus(Duration.FromMinutes(minutes)) : null)
        select new LiaisonSheetJson
        {
            SchemaId = DocumentSchemas.Info(DocumentType.LiaisonSheet).CanonicalId,
            SheetId = id,
            WrittenAt = written,
            Status = status,
            Partner = partner,
            Sender = sender,
            Person = allows(DataCategory.Identity) ? new PersonContact(family, given, allows(DataCategory.ContactDetails) ? phone : null, allows(DataCategory.ContactDetails) ? address : null) : null,
            Reasons = reasons,
            Details = allows(DataCategory.SituationDetails) ? details : null,
            Problems = allows(DataCategory.SituationSummary) ? problems : null,
            Profile = allows(DataCategory.FamilyContext) ? profile.ToArray() : null,
            Decision = decision,
            ValidatedWithPersonAt = at(5, [LiaisonSheetState.ValidatedWithPerson, LiaisonSheetState.Sent, LiaisonSheetState.Accepted, LiaisonSheetState.Declined, LiaisonSheetState.Closed]),
            SentAt = at(10, [LiaisonSheetState.Sent, LiaisonSheetState.Accepted, LiaisonSheetState.Declined, LiaisonSheetState.Closed]),
            AnsweredAt = at(60, [LiaisonSheetState.Accepted, LiaisonSheetState.Declined, LiaisonSheetState.Closed]),
            DeclineReason = status == LiaisonSheetState.Declined ? decline : null,
            Feedback = status == LiaisonSheetState.Closed ? feedback : null,
            ClosedAt = at(600, [LiaisonSheetState.Closed]),
        };

    public static Gen<OfficerReferralJson> OfficerReferrals { get; } =
        from unit in Text(200)
        from written in Dates
        from person in Ids
        from role in Gen.Elements(Enum.GetValues<PartyRole>())
        from birth in Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (2, Dates.Select(d => (LocalDate?)d.PlusYears(-30))))
        from declared in Gen.Elements<AgeGroup?>(null, AgeGroup.Minor, AgeGroup.Adult)
        from situations in SetOf(Enum.GetValues<SituationKind>(), 1)
        from agrees in Gen.Elements(true, false)
        select new OfficerReferralJson
        {
            SchemaId = DocumentSchemas.Info(DocumentType.OfficerReferral).CanonicalId,
            Unit = unit,
            WrittenOn = written,
            PersonId = person,
            Role = role,
            BirthDate = birth,
            // Born thirty years or so before any date drawn: an adult on the day written.
            DeclaredAgeGroup = birth is null ? declared ?? AgeGroup.Adult : declared is null ? null : AgeGroup.Adult,
            Situations = situations,
            PersonAgreesToBeContacted = agrees,
        };

    public static Gen<SocialReferralJson> SocialReferrals { get; } =
        from source in Gen.Elements(ReferrerKind.Officer, ReferrerKind.EmergencyDispatcher, ReferrerKind.Partner)
        from partner in Gen.Elements<PartnerKind?>(null, PartnerKind.Community, PartnerKind.PublicHealthAndSocialServices)
        from received in Dates
        from situations in SetOf(ServiceProfile.QuebecPolicePsychosocialCoordination.Situations.ToArray(), 1)
        from met in Gen.ArrayOf(Gen.Elements(true, false), 5).Where(m => m.Any(x => x))
        from reason in Text(500)
        from order in Gen.Shuffle(Enum.GetValues<AdmissibilityCriterion>())
        select new SocialReferralJson
        {
            SchemaId = DocumentSchemas.Info(DocumentType.SocialReferral).CanonicalId,
            Source = source,
            Partner = source == ReferrerKind.Partner ? partner ?? PartnerKind.Community : partner,
            ReceivedOn = received,
            Situations = situations,
            Findings = order.Select((c, i) => new FindingEntry(c, met[i], reason)).ToArray(),
        };

    public static Gen<OfficerGuidanceCardJson> GuidanceCards { get; } =
        from id in Ids
        from particulars in Text(4000)
        from favour in Gen.NonEmptyListOf(Text(4000))
        from avoid in Gen.ListOf(Text(4000))
        from call in Gen.ListOf(from n in Text(200) from r in Text(200) from p in Text(200) select new ContactToCall(n, r, p))
        from tolerance in Gen.Elements(Enum.GetValues<ToleranceLevel>())
        from release in Gen.Elements(Enum.GetValues<RecommendedRelease>())
        from reviewed in Dates
        from policeOnly in Gen.Elements(true, false)
        select new OfficerGuidanceCardJson
        {
            SchemaId = DocumentSchemas.Info(DocumentType.OfficerGuidanceCard).CanonicalId,
            CaseId = id,
            Particulars = particulars,
            ToFavour = favour.ToArray(),
            ToAvoid = avoid.ToArray(),
            ToCall = call.ToArray(),
            Tolerance = tolerance,
            Release = release,
            LastReviewedOn = reviewed,
            NextReviewDue = reviewed.Plus(OfficerGuidanceCard.ReviewPeriod),
            BasedOnPoliceInterventionsOnly = policeOnly,
        };

    // Someone born some years before a day: a minor for fewer than 18, an adult for more.
    private static Gen<NamedPerson> People(LocalDate day, int minYears, int maxYears) =>
        from family in Text(200)
        from given in Text(200)
        from days in Gen.Choose(minYears * 366, (maxYears * 365) - 1)
        from known in Gen.Frequency((1, Gen.Constant(false)), (2, Gen.Constant(true)))
        from address in Maybe(Text(200))
        select new NamedPerson(family, given, known ? day.PlusDays(-days) : null, address);

    public static Gen<ChildAtRiskReportJson> ChildAtRiskReports { get; } =
        from id in Ids
        from author in Senders
        from written in Dates
        from minors in Gen.NonEmptyListOf(People(written, 0, 17))
        from parents in Gen.ListOf(People(written, 19, 60))
        from facts in Gen.NonEmptyListOf(from before in Gen.Choose(0, 400) from d in Text(4000) from w in Maybe(Text(4000)) select new ReportedFact(written.PlusDays(-before), d, w))
        from context in Maybe(Text(4000))
        from informed in Gen.Elements(true, false)
        from reason in Text(4000)
        from decision in Decisions
        select new ChildAtRiskReportJson
        {
            SchemaId = DocumentSchemas.Info(DocumentType.ChildAtRiskReport).CanonicalId,
            ReportId = id,
            Author = author,
            WrittenOn = written,
            // People are named only when the decision allows identity, and then at least one minor.
            Minors = decision.AllowedData.Contains(DataCategory.Identity) ? minors.ToArray() : [],
            Parents = decision.AllowedData.Contains(DataCategory.Identity) ? parents.ToArray() : [],
            Facts = facts.ToArray(),
            FamilyContext = context,
            ParentsInformedBeforehand = informed,
            ParentsNotInformedReason = informed ? null : reason,
            Decision = decision,
        };

    public static Gen<object> Valid(DocumentType type) => type switch
    {
        DocumentType.LiaisonSheet => LiaisonSheets.Select(d => (object)d),
        DocumentType.OfficerReferral => OfficerReferrals.Select(d => (object)d),
        DocumentType.SocialReferral => SocialReferrals.Select(d => (object)d),
        DocumentType.OfficerGuidanceCard => GuidanceCards.Select(d => (object)d),
        _ => ChildAtRiskReports.Select(d => (object)d),
    };

    /// <summary>Documents of every type, left valid a third of the time, otherwise changed in one to three places.</summary>
    public static Arbitrary<DocumentCase> Cases() => Arb.From(
        from type in Gen.Elements(Enum.GetValues<DocumentType>())
        from document in Valid(type)
        from mutations in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(1, 3)))
        from seeds in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), 3 * mutations)
        select new DocumentCase(type, Mutate(DocumentReader.Write(document), seeds)),
        Shrink);

    private static string Mutate(string json, int[] seeds)
    {
        var root = JsonNode.Parse(json)!;
        for (var i = 0; i < seeds.Length; i += 3)
        {
            var places = Places(root).ToList();
            var (parent, key) = places[seeds[i] % places.Count];
            var current = Get(parent, key);
            var choice = seeds[i + 1] % 6;
            JsonNode? replacement = choice switch
            {
                0 => null, // removed below
                1 => JsonValue.Create(Tricky[seeds[i + 2] % Tricky.Length]),
                2 => current is JsonValue v && v.TryGetValue<bool>(out var b) ? JsonValue.Create(!b) : JsonValue.Create(Tricky[seeds[i + 2] % Tricky.Length]),
                3 => current is JsonArray a && a.Count > 0 ? new JsonArray([.. a.Select(x => x?.DeepClone()), a[0]?.DeepClone()]) : JsonValue.Create(Tricky[seeds[i + 2] % Tricky.Length]),
                4 => current is JsonObject o ? With(o, "extra", JsonValue.Create(1)) : new JsonArray(),
                _ => JsonValue.Create((string?)null),
            };
            if (choice == 0)
            {
                Remove(parent, key);
            }
            else if (choice == 5)
            {
                Set(parent, key, null);
            }
            else
            {
                Set(parent, key, replacement);
            }
        }

        return root.ToJsonString();
    }

    // Shrinks towards fewer properties and shorter arrays, so a counterexample reads at a glance.
    private static IEnumerable<DocumentCase> Shrink(DocumentCase value)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(value.Json);
        }
        catch (System.Text.Json.JsonException)
        {
            yield break;
        }

        if (root is null)
        {
            yield break;
        }

        var count = Places(root).Count();
        for (var i = 0; i < count; i++)
        {
            var copy = root.DeepClone();
            var (parent, key) = Places(copy).ElementAt(i);
            Remove(parent, key);
            yield return value with { Json = copy.ToJsonString() };
        }
    }

    private static IEnumerable<(JsonNode Parent, object Key)> Places(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToArray())
                {
                    yield return (obj, name);
                    if (child is not null)
                    {
                        foreach (var place in Places(child))
                        {
                            yield return place;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return (array, i);
                    if (array[i] is { } item)
                    {
                        foreach (var place in Places(item))
                        {
                            yield return place;
                        }
                    }
                }

                break;
        }
    }

    private static JsonNode? Get(JsonNode parent, object key) => key is string name ? parent[name] : parent[(int)key];

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (key is string name)
        {
            parent.AsObject()[name] = value;
        }
        else
        {
            parent.AsArray()[(int)key] = value;
        }
    }

    private static void Remove(JsonNode parent, object key)
    {
        if (key is string name)
        {
            parent.AsObject().Remove(name);
        }
        else
        {
            parent.AsArray().RemoveAt((int)key);
        }
    }

    private static JsonObject With(JsonObject obj, string name, JsonNode value)
    {
        var copy = obj.DeepClone().AsObject();
        copy[name] = value;
        return copy;
    }
}

/// <summary>The outcomes a published document may cite (never a refusal), as the schemas state them.</summary>
internal static class DocumentConstraintsMirror
{
    public static readonly DisclosureOutcome[] PublishingOutcomes =
        [DisclosureOutcome.MayDiscloseWithConsent, DisclosureOutcome.MayDiscloseByLaw, DisclosureOutcome.MustActByLaw, DisclosureOutcome.RequiredByServicePolicy];
}
