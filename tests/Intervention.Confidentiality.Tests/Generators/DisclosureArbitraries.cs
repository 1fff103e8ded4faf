using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Domain.People;
using NodaTime;

namespace Intervention.Confidentiality.Tests.Generators;

/// <summary>A generated question with the policy it is asked under; printed readably when a property fails.</summary>
public sealed record PolicyAndRequest(string PolicyName, ServicePolicy Policy, DisclosureRequest Request)
{
    public override string ToString() =>
        $"{PolicyName}: {Request.Discloser} → {Request.Recipient} ({Request.Purpose}) on {Request.ActAt:uuuu-MM-dd'T'HH:mm} data [{string.Join(", ", Request.Data)}] facts [{string.Join(", ", Request.Facts)}] subject {Request.Subject} consents [{string.Join("; ", Request.Consents.Select(c => $"{c.Purpose} by {c.GivenBy} {c.GivenAt}…{c.WithdrawnAt?.ToString() ?? "-"} to [{string.Join(",", c.Recipients)}]"))}]";
}

/// <summary>FsCheck arbitraries for disclosure questions over the whole French coverage, with dates crowded around every amendment.</summary>
public static class DisclosureArbitraries
{
    public static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
    private static readonly RulePack Pack = FrenchRulePack.Create();

    private static readonly (string Name, ServicePolicy Policy)[] Policies =
    [
        ("LawOnly", ServicePolicy.LawOnly),
        ("Framework2006", ServicePolicy.FrenchReferenceFramework2006),
        ("ChildAtRiskAsPermission", new ServicePolicy([], ["FR-CASF-L226-2-1"])),
    ];

    public static Gen<LocalDate> DatesFor(RulePack pack) => Gen.OneOf(
        from amendment in Gen.Elements(pack.AmendmentDates.ToArray())
        from offset in Gen.Choose(-3, 3)
        select amendment.PlusDays(offset),
        from days in Gen.Choose(0, Period.Between(pack.CoverageStart, new LocalDate(2027, 12, 31), PeriodUnits.Days).Days)
        select pack.CoverageStart.PlusDays(days)).Select(d => d < pack.CoverageStart ? pack.CoverageStart : d);

    public static Gen<Consent> Consents(LocalDate around) => ConsentsIn(around, Paris);

    public static Gen<Consent> ConsentsIn(LocalDate around, DateTimeZone zone) =>
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

    public static Gen<PolicyAndRequest> Requests { get; } = RequestsFor(Pack, Paris, Policies);

    public static Gen<PolicyAndRequest> RequestsFor(RulePack pack, DateTimeZone zone, (string Name, ServicePolicy Policy)[]? policies = null) =>
        from policy in Gen.Elements(policies ?? [("LawOnly", ServicePolicy.LawOnly)])
        from discloser in Gen.Frequency((6, Gen.Constant(DiscloserKind.SocialWorker)), (4, Gen.Elements(Enum.GetValues<DiscloserKind>().Where(d => d != DiscloserKind.NotBoundBySecrecy).ToArray())))
        from recipient in Gen.Elements(Enum.GetValues<RecipientKind>())
        from purpose in Gen.Elements(Enum.GetValues<DisclosurePurpose>())
        from data in Gen.NonEmptyListOf(Gen.Elements(Enum.GetValues<DataCategory>()))
        from facts in Gen.SubListOf(Enum.GetValues<FactKind>())
        from age in Gen.Elements(AgeGroup.Minor, AgeGroup.Adult)
        from isProtected in Gen.Elements(true, false)
        from date in DatesFor(pack)
        from hour in Gen.Choose(0, 23)
        from consents in Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(ConsentsIn(date, zone), n))
        select new PolicyAndRequest(policy.Name, policy.Policy, new DisclosureRequest(
            discloser, recipient, purpose, data.ToArray(), facts.ToArray(), new DisclosureSubject(age, isProtected), consents.ToArray(),
            date.At(new LocalTime(hour, 0)).InZoneLeniently(zone)));

    public static Arbitrary<PolicyAndRequest> PolicyAndRequests() => Arb.From(Requests, Shrink);

    public static Arbitrary<PolicyAndRequest> For(RulePack pack, string zone) => Arb.From(RequestsFor(pack, DateTimeZoneProviders.Tzdb[zone]), Shrink);

    // Shrinks towards fewer consents, facts and data categories, so the counterexample shows only what matters.
    public static IEnumerable<PolicyAndRequest> Shrink(PolicyAndRequest value)
    {
        var r = value.Request;
        for (var i = 0; i < r.Consents.Count; i++)
        {
            yield return value with { Request = With(r, consents: r.Consents.Where((_, j) => j != i).ToArray()) };
        }

        for (var i = 0; i < r.Facts.Count; i++)
        {
            yield return value with { Request = With(r, facts: r.Facts.Where((_, j) => j != i).ToArray()) };
        }

        for (var i = 0; r.Data.Count > 1 && i < r.Data.Count; i++)
        {
            yield return value with { Request = With(r, data: r.Data.Where((_, j) => j != i).ToArray()) };
        }
    }

    public static DisclosureRequest With(DisclosureRequest r, IReadOnlyList<Consent>? consents = null, IReadOnlyList<FactKind>? facts = null, IReadOnlyList<DataCategory>? data = null) =>
        new(r.Discloser, r.Recipient, r.Purpose, data ?? r.Data, facts ?? r.Facts, r.Subject, consents ?? r.Consents, r.ActAt);
}
