using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Domain.People;
using NodaTime;

namespace Intervention.Testing;

/// <summary>A generated disclosure question with the service policy it is asked under; printed readably when a property fails.</summary>
/// <param name="PolicyName">The policy's name, for the counterexample.</param>
/// <param name="Policy">The service policy.</param>
/// <param name="Request">The request.</param>
public sealed record DisclosureQuestion(string PolicyName, ServicePolicy Policy, DisclosureRequest Request)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{PolicyName}: {Request.Discloser} → {Request.Recipient} ({Request.Purpose}) on {Request.ActAt:uuuu-MM-dd'T'HH:mm} data [{string.Join(", ", Request.Data)}] facts [{string.Join(", ", Request.Facts)}] subject {Request.Subject} consents [{string.Join("; ", Request.Consents.Select(c => $"{c.Purpose} by {c.GivenBy} {c.GivenAt}…{c.WithdrawnAt?.ToString() ?? "-"} to [{string.Join(",", c.Recipients)}]"))}]";
}

/// <summary>
/// FsCheck generators for consents and disclosure questions over a rule pack's whole coverage, with dates crowded around every
/// amendment of the pack (where a wrong date of effect would show).
/// </summary>
public static class ConfidentialityGenerators
{
    /// <summary>A generator of days within the pack's coverage, half of them within three days of an amendment.</summary>
    /// <param name="pack">The rule pack.</param>
    /// <returns>The generator.</returns>
    public static Gen<LocalDate> DatesFor(RulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return Gen.OneOf(
            from amendment in Gen.Elements(pack.AmendmentDates.ToArray())
            from offset in Gen.Choose(-3, 3)
            select amendment.PlusDays(offset),
            from days in Gen.Choose(0, Period.Between(pack.CoverageStart, new LocalDate(2027, 12, 31), PeriodUnits.Days).Days)
            select pack.CoverageStart.PlusDays(days)).Select(d => d < pack.CoverageStart ? pack.CoverageStart : d);
    }

    /// <summary>A generator of consents given around a day (up to 60 days before, 5 after), some expiring or withdrawn.</summary>
    /// <param name="around">The day.</param>
    /// <param name="zone">The time zone of the service.</param>
    /// <returns>The generator; every consent is one the domain accepts.</returns>
    public static Gen<Consent> Consents(LocalDate around, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return
            from purpose in Gen.Elements(Enum.GetValues<ConsentPurpose>())
            from giver in Gen.Elements(Enum.GetValues<ConsentGiver>())
            from form in Gen.Elements(Enum.GetValues<ConsentForm>())
            from givenDays in Gen.Choose(-60, 5)
            from recipients in Gen.SubListOf(Enum.GetValues<RecipientKind>())
            from data in Gen.Elements(Array.Empty<DataCategory>(), [DataCategory.Identity, DataCategory.SituationSummary], Enum.GetValues<DataCategory>())
            from expiresDays in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(1, 120).Select(d => (int?)d))
            from withdrawnDays in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 120).Select(d => (int?)d))
            let given = around.PlusDays(givenDays).AtMidnight().InZoneLeniently(zone).ToInstant()
            let recipientList = purpose == ConsentPurpose.ShareWithRecipients && recipients.Count == 0 ? new[] { RecipientKind.PartnerSocialService } : recipients.ToArray()
            select new Consent(
                purpose, giver, form, given, recipientList, data,
                expiresDays is { } e ? given.Plus(Duration.FromDays(e)) : null,
                withdrawnDays is { } w ? given.Plus(Duration.FromDays(w)) : null);
    }

    /// <summary>A generator of disclosure questions under a pack, in its vocabulary: any discloser bound by secrecy, recipient, purpose and facts it knows, any data and consents.</summary>
    /// <param name="pack">The rule pack (its coverage and amendments give the dates).</param>
    /// <param name="zone">The time zone the acts happen in.</param>
    /// <param name="policies">The named service policies to draw from; the law alone when omitted.</param>
    /// <returns>The generator.</returns>
    public static Gen<DisclosureQuestion> Questions(RulePack pack, DateTimeZone zone, IReadOnlyList<(string Name, ServicePolicy Policy)>? policies = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(zone);
        var choices = policies is { Count: > 0 } ? policies.ToArray() : [("LawOnly", ServicePolicy.LawOnly)];
        return
            from policy in Gen.Elements(choices)
            from discloser in Gen.Frequency((6, Gen.Constant(DiscloserKind.SocialWorker)), (4, Gen.Elements(pack.Disclosers.Where(d => d != DiscloserKind.NotBoundBySecrecy).ToArray())))
            from recipient in Gen.Elements(pack.Recipients.ToArray())
            from purpose in Gen.Elements(pack.Purposes.ToArray())
            from data in Gen.NonEmptyListOf(Gen.Elements(Enum.GetValues<DataCategory>()))
            from facts in Gen.SubListOf(pack.Facts.ToArray())
            from age in Gen.Elements(AgeGroup.Minor, AgeGroup.Adult)
            from isProtected in Gen.Elements(true, false)
            from date in DatesFor(pack)
            from hour in Gen.Choose(0, 23)
            from consents in Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(Consents(date, zone), n))
            select new DisclosureQuestion(policy.Name, policy.Policy, new DisclosureRequest(
                discloser, recipient, purpose, data.ToArray(), facts.ToArray(), new DisclosureSubject(age, isProtected), consents.ToArray(),
                date.At(new LocalTime(hour, 0)).InZoneLeniently(zone)));
    }

    /// <summary>The arbitrary of disclosure questions under a pack, shrinking towards fewer consents, facts and data categories.</summary>
    /// <param name="pack">The rule pack.</param>
    /// <param name="zone">The time zone.</param>
    /// <param name="policies">The named service policies; the law alone when omitted.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DisclosureQuestion> QuestionArbitrary(RulePack pack, DateTimeZone zone, IReadOnlyList<(string Name, ServicePolicy Policy)>? policies = null) =>
        Arb.From(Questions(pack, zone, policies), Shrink);

    /// <summary>Shrinks a question towards fewer consents, facts and data categories, so the counterexample shows only what matters.</summary>
    /// <param name="question">The question.</param>
    /// <returns>Smaller questions.</returns>
    public static IEnumerable<DisclosureQuestion> Shrink(DisclosureQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var r = question.Request;
        for (var i = 0; i < r.Consents.Count; i++)
        {
            yield return question with { Request = With(r, consents: r.Consents.Where((_, j) => j != i).ToArray()) };
        }

        for (var i = 0; i < r.Facts.Count; i++)
        {
            yield return question with { Request = With(r, facts: r.Facts.Where((_, j) => j != i).ToArray()) };
        }

        for (var i = 0; r.Data.Count > 1 && i < r.Data.Count; i++)
        {
            yield return question with { Request = With(r, data: r.Data.Where((_, j) => j != i).ToArray()) };
        }
    }

    /// <summary>A copy of a request with other consents, facts or data categories.</summary>
    /// <param name="request">The request.</param>
    /// <param name="consents">The consents, or <see langword="null"/> to keep them.</param>
    /// <param name="facts">The facts, or <see langword="null"/> to keep them.</param>
    /// <param name="data">The data categories, or <see langword="null"/> to keep them.</param>
    /// <returns>The copy.</returns>
    public static DisclosureRequest With(DisclosureRequest request, IReadOnlyList<Consent>? consents = null, IReadOnlyList<FactKind>? facts = null, IReadOnlyList<DataCategory>? data = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request.Discloser, request.Recipient, request.Purpose, data ?? request.Data, facts ?? request.Facts, request.Subject, consents ?? request.Consents, request.ActAt);
    }
}
