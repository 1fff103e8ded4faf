using System;
using System.Linq;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Domain.People;
using NodaTime;

namespace Intervention.Confidentiality.Tests.Consents;

/// <summary>A refusal for want of consent says why: none given, another purpose, the wrong giver, not yet given, withdrawn, expired,
/// the recipient withheld or not named, no data named; and the trace of the consent rule says the same.</summary>
public sealed class ConsentGapTests
{
    private static readonly DisclosureEngine Engine = new(FrenchRulePack.Create(), ServicePolicy.LawOnly);
    private static readonly ZonedDateTime Act = new LocalDateTime(2026, 3, 4, 9, 0).InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Paris"]);
    private static readonly Instant Before = Act.ToInstant().Minus(Duration.FromDays(2));
    private static readonly DataCategory[] Summary = [DataCategory.Identity, DataCategory.SituationSummary];

    private static Consent Share(ConsentGiver by = ConsentGiver.Person, Instant? givenAt = null, Instant? expires = null, Instant? withdrawn = null,
        RecipientKind[]? recipients = null, DataCategory[]? data = null, ConsentRestriction[]? restrictions = null) =>
        new(ConsentPurpose.ShareWithRecipients, by, ConsentForm.SignedAuthorisation, givenAt ?? Before, recipients ?? [RecipientKind.PartnerSocialService],
            data ?? Summary, expires, withdrawn, restrictions);

    public static TheoryData<string, ConsentGap> Gaps => new()
    {
        { "none", ConsentGap.NoneGiven },
        { "statistics only", ConsentGap.PurposeNotCovered },
        { "by a parent, for an adult", ConsentGap.NotGivenByTheEntitledPerson },
        { "given after the act", ConsentGap.NotYetGiven },
        { "withdrawn", ConsentGap.Withdrawn },
        { "expired", ConsentGap.Expired },
        { "withholds the recipient", ConsentGap.RecipientWithheld },
        { "names another recipient", ConsentGap.RecipientNotNamed },
        { "names no data", ConsentGap.NoDataNamed },
    };

    private static Consent[] ConsentsOf(string name) => name switch
    {
        "none" => [],
        "statistics only" => [new Consent(ConsentPurpose.AppearInStatistics, ConsentGiver.Person, ConsentForm.SignedAuthorisation, Before, [], Summary)],
        "by a parent, for an adult" => [Share(by: ConsentGiver.Parent)],
        "given after the act" => [Share(givenAt: Act.ToInstant().Plus(Duration.FromHours(1)))],
        "withdrawn" => [Share().WithdrawnOn(Act.ToInstant().Minus(Duration.FromHours(1)))],
        "expired" => [Share(expires: Act.ToInstant().Minus(Duration.FromMinutes(1)))],
        "withholds the recipient" => [Share(recipients: [RecipientKind.Crip], restrictions: [new ConsentRestriction(RecipientKind.PartnerSocialService, "not them")])],
        "names another recipient" => [Share(recipients: [RecipientKind.Crip])],
        "names no data" => [Share(data: [])],
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    [Theory]
    [MemberData(nameof(Gaps))]
    [Trait("Rule", "R04")]
    public void A_refusal_for_want_of_consent_names_the_gap_and_the_trace_says_it(string consents, ConsentGap gap)
    {
        var decision = Engine.Decide(new DisclosureRequest(DiscloserKind.SocialWorker, RecipientKind.PartnerSocialService, DisclosurePurpose.Orientation,
            Summary, [], new DisclosureSubject(AgeGroup.Adult), ConsentsOf(consents), Act));

        Assert.Equal(DisclosureOutcome.MustNotDisclose, decision.Outcome);
        Assert.Equal(gap, decision.ConsentGap);
        var consentRule = Assert.Single(decision.Trace, t => t.RuleId == "FR-CONSENT");
        Assert.Equal(TraceStatus.NotApplicable, consentRule.Status);
        Assert.Contains(Word(gap), consentRule.Explanation, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_gap_of_the_consent_that_came_closest_is_given_and_none_when_one_covers()
    {
        // An expired consent for the recipient beats a statistics consent: the worker is told it expired.
        var closest = new DisclosureRequest(DiscloserKind.SocialWorker, RecipientKind.PartnerSocialService, DisclosurePurpose.Orientation, Summary, [],
            new DisclosureSubject(AgeGroup.Adult), [.. ConsentsOf("expired"), .. ConsentsOf("statistics only")], Act);
        var covered = new DisclosureRequest(DiscloserKind.SocialWorker, RecipientKind.PartnerSocialService, DisclosurePurpose.Orientation, Summary, [],
            new DisclosureSubject(AgeGroup.Adult), [.. ConsentsOf("expired"), Share()], Act);

        Assert.Equal(ConsentGap.Expired, Engine.Decide(closest).ConsentGap);
        var decision = Engine.Decide(covered);
        Assert.Equal(DisclosureOutcome.MayDiscloseWithConsent, decision.Outcome);
        Assert.Null(decision.ConsentGap);
        Assert.Null(covered.ConsentGap(ConsentPurpose.ShareWithRecipients));
    }

    // A word of the trace's explanation for each gap.
    private static string Word(ConsentGap gap) => gap switch
    {
        ConsentGap.NoneGiven => "no consent was given",
        ConsentGap.PurposeNotCovered => "purpose",
        ConsentGap.NotGivenByTheEntitledPerson => "entitled",
        ConsentGap.NotYetGiven => "after the act",
        ConsentGap.Withdrawn => "withdrawn",
        ConsentGap.Expired => "expired",
        ConsentGap.RecipientWithheld => "withholds",
        ConsentGap.RecipientNotNamed => "does not name this recipient",
        ConsentGap.NoDataNamed => "names no data",
        _ => throw new ArgumentOutOfRangeException(nameof(gap), gap, null),
    };
}
