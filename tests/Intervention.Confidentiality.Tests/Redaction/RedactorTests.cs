using Intervention.Testing;
using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Confidentiality.Redaction;
using Intervention.Confidentiality.Tests.Generators;
using Intervention.Domain;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Confidentiality.Tests.Redaction;

public sealed class RedactorTests
{
    private static readonly DisclosureEngine Engine = new(FrenchRulePack.Create(), ServicePolicy.LawOnly);
    private static readonly PersonId Claire = PersonId.From(new Guid("00000000-0000-0000-0000-000000000901"));
    private static readonly PersonIdentity ClaireIdentity = new(Claire, "Martin", "Claire", new LocalDate(1990, 5, 17), "0600000000", "claire@example.org", "1 rue de la Paix");

    private static Case NewCase()
    {
        var c = Case.Open(
            CaseId.From(new Guid("00000000-0000-0000-0000-000000000900")),
            Post.Create(PostId.From(new Guid("00000000-0000-0000-0000-000000000001")), ServiceProfileKind.FrenchPoliceSocialWorker, ForceKind.FrenchPoliceStation),
            new Referral(ReferralChannel.SelfReferralFromDayLog, new LocalDate(2026, 3, 2), new Referrer(ReferrerKind.WorkerFromPoliceRecords)),
            [new Participant(Claire, PartyRole.Victim, AgeGroup.Adult, 35, Sex.Female, [])],
            [SituationKind.ConjugalViolence]);
        c.RecordFirstContact(new LocalDate(2026, 3, 3), ActionKind.InterviewAtOffice, Receptivity.Receptive);
        return c;
    }

    private static DisclosureDecision Decide(RecipientKind recipient, DisclosurePurpose purpose, params Consent[] consents) => Engine.Decide(new DisclosureRequest(
        DiscloserKind.SocialWorker, recipient, purpose, Enum.GetValues<DataCategory>(), [], new DisclosureSubject(AgeGroup.Adult), consents,
        new LocalDate(2026, 3, 4).At(new LocalTime(10, 0)).InZoneLeniently(DisclosureArbitraries.Paris)));

    [Fact]
    public void The_worker_sees_the_whole_file()
    {
        var view = Redactor.WorkerView(NewCase(), [ClaireIdentity]);

        Assert.Equal("Martin", view.Participants.Single().FamilyName);
        Assert.Equal("claire@example.org", view.Participants.Single().Email);
        Assert.Equal([SituationKind.ConjugalViolence], view.Situations);
        Assert.NotNull(view.Actions);
    }

    [Fact]
    [Trait("Rule", "R21")]
    public void A_partner_with_consent_sees_what_the_consent_allows_and_no_health_data()
    {
        var consent = new Consent(ConsentPurpose.ShareWithRecipients, ConsentGiver.Person, ConsentForm.Written, Instant.FromUtc(2026, 3, 3, 10, 0), [RecipientKind.PartnerSocialService], [DataCategory.Identity, DataCategory.SituationSummary]);

        var view = Redactor.ViewFor(NewCase(), [ClaireIdentity], Decide(RecipientKind.PartnerSocialService, DisclosurePurpose.Orientation, consent));

        Assert.Equal(("Martin", "Claire"), (view.Participants.Single().FamilyName, view.Participants.Single().GivenNames));
        Assert.Null(view.Participants.Single().Phone);
        Assert.Null(view.Actions);
        Assert.Equal([SituationKind.ConjugalViolence], view.Situations);
    }

    [Theory]
    [Trait("Rule", "R42")]
    [InlineData(RecipientKind.StaffHierarchy, DisclosurePurpose.HierarchyInformation)]
    [InlineData(RecipientKind.FunderOrSteeringBody, DisclosurePurpose.Statistics)]
    [InlineData(RecipientKind.Investigators, DisclosurePurpose.Investigation)]
    [InlineData(RecipientKind.PartnerSocialService, DisclosurePurpose.Orientation)]
    public void Without_a_basis_the_view_shows_nothing_but_the_service(RecipientKind recipient, DisclosurePurpose purpose)
    {
        var view = Redactor.ViewFor(NewCase(), [ClaireIdentity], Decide(recipient, purpose));

        Assert.Equal(new CaseView(ServiceProfileKind.FrenchPoliceSocialWorker, null, null, null, null, null, null, []), view);
    }

    [Property(Arbitrary = [typeof(DisclosureArbitraries)], MaxTest = 1000, Replay = "(318013874313867710,11703700327168891457)")]
    public Property Identity_never_appears_on_the_seed_that_once_raised_a_spurious_conflict(DisclosureQuestion question) =>
        Identity_never_appears_in_a_view_whose_decision_does_not_allow_it(question);

    [Property(Arbitrary = [typeof(DisclosureArbitraries)], MaxTest = 1000)]
    public Property Identity_never_appears_in_a_view_whose_decision_does_not_allow_it(DisclosureQuestion question)
    {
        var decision = new DisclosureEngine(FrenchRulePack.Create(), question.Policy).Decide(question.Request);

        var view = Redactor.ViewFor(NewCase(), [ClaireIdentity], decision);

        var identityShown = view.Participants.Any(p => p.FamilyName is not null || p.GivenNames is not null || p.BirthDate is not null);
        var contactShown = view.Participants.Any(p => p.Phone is not null || p.Email is not null || p.Address is not null);
        return (identityShown == (decision.AllowsDisclosure && decision.Allows(DataCategory.Identity))
                && contactShown == (decision.AllowsDisclosure && decision.Allows(DataCategory.ContactDetails)))
            .Label($"{decision.Outcome} [{string.Join(", ", decision.AllowedData)}]")
            .Classify(identityShown, "identity shown");
    }
}
