using System;
using System.Globalization;
using System.Linq;
using Intervention.Domain;
using Intervention.Domain.Admissibility;
using Intervention.Domain.Cases;
using Intervention.Domain.Referrals;
using Intervention.Reporting.LiaisonSheets;
using NodaTime;

namespace Intervention.Reporting.Tests.LiaisonSheets;

public sealed class QuebecDocumentTests
{
    private static readonly OfficerGuidanceCardDocument Card = new(
        CaseId.From(new Guid("00000000-0000-0000-0000-000000000920")),
        "Hears voices when off medication; calms down with a known officer",
        ["Speak slowly, one officer at a time"],
        ["Handcuffs in front of the neighbours"],
        [new ContactToCall("Sister", "relative", "4505550100")],
        ToleranceLevel.Moderate,
        RecommendedRelease.HealthServices,
        new LocalDate(2025, 2, 14));

    private static CriterionFinding[] Findings(params AdmissibilityCriterion[] met) =>
        Enum.GetValues<AdmissibilityCriterion>().Select(c => new CriterionFinding(c, met.Contains(c), met.Contains(c) ? "Six calls in three months" : "Not observed")).ToArray();

    [Fact]
    [Trait("Rule", "R36")]
    public void R36_the_card_comes_due_for_review_a_year_after_its_last_review()
    {
        Assert.Equal(new LocalDate(2026, 2, 14), Card.NextReviewDue);
        Assert.True(new OfficerGuidanceCardValidator(new LocalDate(2026, 2, 14)).Validate(Card).IsValid);

        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-CA");
        var problems = DocumentProblem.From(new OfficerGuidanceCardValidator(new LocalDate(2026, 2, 15)).Validate(Card));
        CultureInfo.CurrentUICulture = previous;

        var overdue = Assert.Single(problems);
        Assert.Equal(("NextReviewDue", OfficerGuidanceCardValidator.ReviewOverdue), (overdue.Path, overdue.Code));
        Assert.Equal(new LocalDate(2026, 2, 14), overdue.Arguments["Due"]);
        Assert.Contains("révision annuelle", overdue.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R36")]
    public void R36_a_card_without_particulars_or_interventions_to_favour_is_incomplete()
    {
        var problems = DocumentProblem.From(new OfficerGuidanceCardValidator(new LocalDate(2025, 3, 1)).Validate(Card with { Particulars = "", ToFavour = [] }));

        Assert.Equal(["Particulars", "ToFavour"], problems.Select(p => p.Path));
    }

    [Theory]
    [Trait("Rule", "R30")]
    [InlineData(ReferrerKind.Officer, true)]
    [InlineData(ReferrerKind.EmergencyDispatcher, true)]
    [InlineData(ReferrerKind.PersonThemself, false)]
    public void R30_a_social_referral_comes_from_an_officer_a_911_dispatcher_or_a_partner(ReferrerKind source, bool valid)
    {
        var referral = new SocialReferralDocument(source, null, new LocalDate(2026, 3, 2), [SituationKind.DisturbedMentalState], Findings(AdmissibilityCriterion.Recurrence));

        Assert.Equal(valid, new SocialReferralValidator().Validate(referral).IsValid);
    }

    [Fact]
    [Trait("Rule", "R35")]
    public void R35_after_a_refusal_the_card_says_it_rests_only_on_past_police_interventions()
    {
        var c = Case.Open(
            CaseId.From(new Guid("00000000-0000-0000-0000-000000000921")),
            Intervention.Domain.Services.Post.Create(PostId.From(new Guid("00000000-0000-0000-0000-000000000003")), Intervention.Domain.Services.ServiceProfileKind.QuebecPolicePsychosocialCoordination, Intervention.Domain.Services.ForceKind.QuebecMunicipalPolice),
            new Referral(ReferralChannel.EmergencyDispatcher, new LocalDate(2025, 2, 10), new Referrer(ReferrerKind.EmergencyDispatcher)),
            [new Intervention.Domain.People.Participant(PersonId.From(new Guid("00000000-0000-0000-0000-000000000922")), Intervention.Domain.People.PartyRole.PersonInDifficulty, Intervention.Domain.People.AgeGroup.Adult, 41, Intervention.Domain.People.Sex.Male, [])],
            [SituationKind.DisturbedMentalState]);
        c.AssessAdmissibility(new AdmissibilityAssessment(new LocalDate(2025, 2, 11), Findings(AdmissibilityCriterion.Recurrence)));
        c.RecordFirstContact(new LocalDate(2025, 2, 12), ActionKind.InterviewAtHome, Receptivity.NotReceptive);
        c.IssueGuidanceCard(new LocalDate(2025, 2, 14));
        c.RecordRefusal(new LocalDate(2025, 2, 14), AdhesionGiver.Person);

        var document = OfficerGuidanceCardDocument.For(c, "Calls at night", ["Two officers"], ["Sirens"], [], ToleranceLevel.High, RecommendedRelease.Release);

        Assert.True(document.BasedOnPoliceInterventionsOnly);
        Assert.Equal(new LocalDate(2026, 2, 14), document.NextReviewDue);
    }

    [Fact]
    [Trait("Rule", "R31")]
    [Trait("Rule", "R32")]
    public void R32_a_referral_meeting_no_criterion_or_missing_one_is_refused_with_its_code()
    {
        var validator = new SocialReferralValidator();
        var none = new SocialReferralDocument(ReferrerKind.Partner, PartnerKind.Community, new LocalDate(2026, 3, 2), [SituationKind.TraumaticEvent], Findings());
        var partial = none with { Findings = Findings(AdmissibilityCriterion.Recurrence).Skip(1).ToArray() };
        var precarity = none with { Situations = [SituationKind.Precarity], Findings = Findings(AdmissibilityCriterion.ForeseeableOrImminentDanger) };

        Assert.Equal([SocialReferralValidator.NotAdmissible], DocumentProblem.From(validator.Validate(none)).Select(p => p.Code));
        Assert.Contains(SocialReferralValidator.FindingsIncomplete, DocumentProblem.From(validator.Validate(partial)).Select(p => p.Code));
        Assert.Equal([SocialReferralValidator.SituationNotServed], DocumentProblem.From(validator.Validate(precarity)).Select(p => p.Code));
    }
}
