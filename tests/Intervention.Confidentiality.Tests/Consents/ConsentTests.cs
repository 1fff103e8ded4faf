using System;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using NodaTime;

namespace Intervention.Confidentiality.Tests.Consents;

public sealed class ConsentTests
{
    private static readonly Instant Given = Instant.FromUtc(2026, 3, 1, 9, 0);

    private static Consent Sharing(Instant? expires = null, Instant? withdrawn = null) =>
        new(ConsentPurpose.ShareWithRecipients, ConsentGiver.Person, ConsentForm.Written, Given, [RecipientKind.PartnerSocialService], [DataCategory.Identity], expires, withdrawn);

    [Fact]
    public void A_consent_covers_only_what_it_names_so_one_naming_no_data_covers_nothing()
    {
        var none = new Consent(ConsentPurpose.ShareWithRecipients, ConsentGiver.Person, ConsentForm.Written, Given, [RecipientKind.PartnerSocialService], []);

        Assert.False(none.Covers(ConsentPurpose.ShareWithRecipients, RecipientKind.PartnerSocialService, Given));
        Assert.True(Sharing().Covers(ConsentPurpose.ShareWithRecipients, RecipientKind.PartnerSocialService, Given));
    }

    [Fact]
    public void A_consent_covers_from_its_giving_until_its_withdrawal_or_expiry_excluded()
    {
        var consent = Sharing(expires: Given.Plus(Duration.FromDays(30)));

        Assert.False(consent.Covers(ConsentPurpose.ShareWithRecipients, RecipientKind.PartnerSocialService, Given.Minus(Duration.FromSeconds(1))));
        Assert.True(consent.Covers(ConsentPurpose.ShareWithRecipients, RecipientKind.PartnerSocialService, Given));
        Assert.False(consent.Covers(ConsentPurpose.ShareWithRecipients, RecipientKind.PartnerSocialService, Given.Plus(Duration.FromDays(30))));
        var withdrawn = consent.WithdrawnOn(Given.Plus(Duration.FromDays(2)));
        Assert.False(withdrawn.Covers(ConsentPurpose.ShareWithRecipients, RecipientKind.PartnerSocialService, Given.Plus(Duration.FromDays(2))));
        Assert.Equal(Given.Plus(Duration.FromDays(2)), withdrawn.WithdrawnOn(Given.Plus(Duration.FromDays(5))).WithdrawnAt);
    }

    [Fact]
    [Trait("Rule", "R04")]
    public void A_consent_is_for_one_purpose_and_the_recipients_it_names()
    {
        var consent = Sharing();

        Assert.False(consent.Covers(ConsentPurpose.ReceiveHelp, RecipientKind.PartnerSocialService, Given));
        Assert.False(consent.Covers(ConsentPurpose.ShareWithRecipients, RecipientKind.Mayor, Given));
    }

    [Fact]
    public void Inconsistent_consents_cannot_be_built()
    {
        Assert.Throws<ArgumentException>(() => Sharing(expires: Given));
        Assert.Throws<ArgumentException>(() => Sharing(withdrawn: Given.Minus(Duration.FromSeconds(1))));
        Assert.Throws<ArgumentException>(() => new Consent(ConsentPurpose.ShareWithRecipients, ConsentGiver.Person, ConsentForm.Oral, Given, [], []));
        Assert.Throws<ArgumentException>(() => new Consent(ConsentPurpose.ShareWithRecipients, ConsentGiver.Person, ConsentForm.Oral, Given, [RecipientKind.Mayor], [], restrictions: [new ConsentRestriction(RecipientKind.Mayor, "both")]));
        Assert.Throws<ArgumentException>(() => new Consent(ConsentPurpose.ShareWithRecipients, ConsentGiver.Person, ConsentForm.Oral, Given, [RecipientKind.Mayor], [], restrictions: [new ConsentRestriction(RecipientKind.Crip, " ")]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Consent((ConsentPurpose)99, ConsentGiver.Person, ConsentForm.Oral, Given, [], []));
    }
}
