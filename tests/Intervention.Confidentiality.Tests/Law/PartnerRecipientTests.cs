using System.Linq;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Domain.People;
using NodaTime;

namespace Intervention.Confidentiality.Tests.Law;

/// <summary>The partners the reference frameworks name (victim-support associations, schools' social and health staff, health
/// services, social landlords) are recipients of their own: secrecy holds towards them, and a consent naming one lifts it for it only.</summary>
public sealed class PartnerRecipientTests
{
    private static readonly ZonedDateTime Act = new LocalDateTime(2026, 3, 4, 9, 0).InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Paris"]);
    private static readonly DataCategory[] Summary = [DataCategory.Identity, DataCategory.SituationSummary];

    private static readonly RecipientKind[] Kinds = [RecipientKind.VictimSupportAssociation, RecipientKind.SchoolSocialAndHealthStaff, RecipientKind.HealthService, RecipientKind.SocialLandlord];

    public static TheoryData<RecipientKind> Partners => new(Kinds);

    [Theory]
    [MemberData(nameof(Partners))]
    [Trait("Rule", "R09")]
    public void R09_secrecy_holds_towards_a_partner_and_a_consent_naming_it_lifts_it_for_it_alone(RecipientKind partner)
    {
        var engine = new DisclosureEngine(FrenchRulePack.Create(), ServicePolicy.LawOnly);
        var consent = new Consent(ConsentPurpose.ShareWithRecipients, ConsentGiver.Person, ConsentForm.SignedAuthorisation, Act.ToInstant().Minus(Duration.FromDays(1)), [partner], Summary);
        DisclosureRequest Ask(RecipientKind to, params Consent[] consents) =>
            new(DiscloserKind.SocialWorker, to, DisclosurePurpose.Orientation, Summary, [], new DisclosureSubject(AgeGroup.Adult), consents, Act);

        var without = engine.Decide(Ask(partner));
        var with = engine.Decide(Ask(partner, consent));
        var other = engine.Decide(Ask(Kinds.First(p => p != partner), consent));

        Assert.Equal(DisclosureOutcome.MustNotDisclose, without.Outcome);
        Assert.Equal(ConsentGap.NoneGiven, without.ConsentGap);
        Assert.Equal(DisclosureOutcome.MayDiscloseWithConsent, with.Outcome);
        Assert.Equal(Summary, with.AllowedData);
        Assert.Equal(DisclosureOutcome.MustNotDisclose, other.Outcome);
        Assert.Equal(ConsentGap.RecipientNotNamed, other.ConsentGap);
    }
}
