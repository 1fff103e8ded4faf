using System;
using System.Linq;
using Intervention.Domain.Cases;
using Intervention.Domain.Localization;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;

namespace Intervention.Domain.Tests.Cases;

public sealed class CaseLifecycleTests
{
    private static readonly NodaTime.LocalDate Day = TestData.Day;

    [Fact]
    public void Opening_raises_CaseReceived_and_starts_in_received()
    {
        var c = TestData.OpenCase();

        Assert.Equal(CaseState.Received, c.State);
        var received = Assert.Single(TestData.Events<CaseReceived>(c));
        Assert.Equal((c.Id, Day, ReferralChannel.OfficerOrientation), (received.Case, received.On, received.Channel));
    }

    [Fact]
    public void The_happy_path_goes_received_first_contact_in_progress_oriented_closed_with_one_event_each()
    {
        var c = TestData.OpenCase();

        c.RecordFirstContact(Day, ActionKind.InterviewAtOffice, Receptivity.Receptive);
        Assert.Equal(CaseState.FirstContactMade, c.State);
        c.RecordAdhesion(Day.PlusDays(1), AdhesionGiver.Person);
        Assert.Equal(CaseState.InProgress, c.State);
        c.Orient(Day.PlusDays(2), PartnerKind.VictimSupportAssociation);
        Assert.Equal(CaseState.Oriented, c.State);
        c.Close(Day.PlusDays(3), CaseOutcome.Oriented);

        Assert.Equal((CaseState.Closed, CaseOutcome.Oriented, Day.PlusDays(3)), (c.State, c.Outcome, c.ClosedOn));
        Assert.Equal(
            [typeof(CaseReceived), typeof(FirstContactMade), typeof(AdhesionGiven), typeof(ActionRecorded), typeof(PersonOriented), typeof(CaseClosed)],
            c.DequeueEvents().Select(e => e.GetType()));
        Assert.Empty(c.DequeueEvents());
    }

    [Theory]
    [Trait("Rule", "R04")]
    [InlineData(ActionKind.Accompaniment)]
    [InlineData(ActionKind.Mediation)]
    [InlineData(ActionKind.Support)]
    public void R04_accompaniment_mediation_and_support_are_refused_without_adhesion(ActionKind action)
    {
        var c = TestData.OpenCase();
        c.RecordFirstContact(Day, ActionKind.InterviewByPhone, Receptivity.Ambivalent);

        var refusal = Assert.Throws<DomainRuleException>(() => c.RecordAction(new InterventionAction(action, Day)));

        Assert.Equal(("R04", DomainCodes.ActionAdhesionRequired), (refusal.RuleId, refusal.Code));
        Assert.Single(c.Actions);
        c.RecordAdhesion(Day, AdhesionGiver.Person);
        c.RecordAction(new InterventionAction(action, Day));
        Assert.Equal(action, c.Actions[^1].Kind);
    }

    [Fact]
    [Trait("Rule", "R04")]
    public void R04_information_needs_no_adhesion_but_orientation_does()
    {
        var c = TestData.OpenCase();
        c.RecordFirstContact(Day, ActionKind.InterviewAtOffice, Receptivity.NotReceptive);

        c.RecordAction(new InterventionAction(ActionKind.Information, Day));
        var refusal = Assert.Throws<DomainRuleException>(() => c.Orient(Day, PartnerKind.Health));

        Assert.Equal("R04", refusal.RuleId);
        Assert.True(ActionKind.Accompaniment.RequiresAdhesion());
        Assert.False(ActionKind.Information.RequiresAdhesion());
    }

    [Fact]
    [Trait("Rule", "R33")]
    public void R33_first_contact_records_its_form_and_the_persons_receptivity_and_is_an_interview()
    {
        var c = TestData.OpenCase(ServiceProfileKind.QuebecPolicePsychosocialCoordination);
        c.AssessAdmissibility(TestData.Assessment(Day, Domain.Admissibility.AdmissibilityCriterion.Recurrence));

        c.RecordFirstContact(Day.PlusDays(1), ActionKind.InterviewAtHome, Receptivity.Ambivalent);

        Assert.Equal(new FirstContact(Day.PlusDays(1), ActionKind.InterviewAtHome, Receptivity.Ambivalent), c.FirstContact);
        Assert.Equal(ActionKind.InterviewAtHome, c.Actions.Single().Kind);
        Assert.Throws<ArgumentException>(() => TestData.OpenCase().RecordFirstContact(Day, ActionKind.Mediation, Receptivity.Receptive));
    }

    [Fact]
    [Trait("Rule", "R33")]
    public void R33_first_contact_may_lead_to_an_assessment_an_interdisciplinary_plan_and_a_guidance_card()
    {
        var c = AdmissibleQuebecCase();
        c.RecordFirstContact(Day, ActionKind.InterviewOnSite, Receptivity.Receptive);
        c.RecordAdhesion(Day, AdhesionGiver.Person);

        c.RecordAction(new InterventionAction(ActionKind.SocialFunctioningAssessment, Day));
        c.RecordAction(new InterventionAction(ActionKind.InterdisciplinaryPlan, Day));
        c.IssueGuidanceCard(Day);

        Assert.Equal(
            [ActionKind.InterviewOnSite, ActionKind.SocialFunctioningAssessment, ActionKind.InterdisciplinaryPlan, ActionKind.OfficerGuidanceCard],
            c.Actions.Select(a => a.Kind));
        Assert.False(c.GuidanceCard!.BasedOnPoliceInterventionsOnly);
    }

    [Fact]
    [Trait("Rule", "R34")]
    public void R34_a_supported_referral_needs_the_persons_agreement_and_names_the_partner()
    {
        var c = AdmissibleQuebecCase();
        c.RecordFirstContact(Day, ActionKind.InterviewAtOffice, Receptivity.Receptive);
        Assert.Throws<DomainRuleException>(() => c.Orient(Day, PartnerKind.PublicHealthAndSocialServices, supported: true));

        c.RecordAdhesion(Day, AdhesionGiver.Person);
        c.Orient(Day, PartnerKind.PublicHealthAndSocialServices, supported: true);

        Assert.Equal(new InterventionAction(ActionKind.SupportedReferral, Day, PartnerKind.PublicHealthAndSocialServices), c.Actions[^1]);
        Assert.True(Assert.Single(TestData.Events<PersonOriented>(c)).Supported);
    }

    [Fact]
    [Trait("Rule", "R35")]
    public void R35_a_refusal_is_respected_the_worker_remains_available_and_the_case_closes()
    {
        var c = TestData.OpenCase();
        c.RecordFirstContact(Day, ActionKind.InterviewAtOffice, Receptivity.NotReceptive);

        c.RecordRefusal(Day.PlusDays(1), AdhesionGiver.Person);

        Assert.Equal((CaseState.Closed, CaseOutcome.HelpRefused), (c.State, c.Outcome));
        Assert.True(c.WorkerRemainsAvailable);
        Assert.Equal(AdhesionDecision.Refused, c.Adhesion!.Decision);
        var refused = Assert.Single(TestData.Events<HelpRefused>(c));
        Assert.True(refused.WorkerRemainsAvailable);
        Assert.False(refused.KeptOpenByGuidanceCard);
    }

    [Fact]
    [Trait("Rule", "R35")]
    public void R35_no_answer_to_contact_attempts_is_recorded_like_a_refusal()
    {
        var c = TestData.OpenCase();

        c.RecordNoResponse(Day.PlusDays(10));

        Assert.Equal((CaseState.Closed, CaseOutcome.NoResponseToContact), (c.State, c.Outcome));
        Assert.True(c.WorkerRemainsAvailable);
        Assert.True(Assert.Single(TestData.Events<HelpRefused>(c)).NoResponse);
    }

    [Fact]
    [Trait("Rule", "R35")]
    public void R35_after_a_refusal_officers_still_get_a_card_drawn_only_from_past_police_interventions()
    {
        var c = AdmissibleQuebecCase();
        c.RecordFirstContact(Day, ActionKind.InterviewAtHome, Receptivity.NotReceptive);
        c.IssueGuidanceCard(Day);

        c.RecordRefusal(Day, AdhesionGiver.Person);

        Assert.True(c.GuidanceCard!.BasedOnPoliceInterventionsOnly);
        Assert.True(c.WorkerRemainsAvailable);
        Assert.False(c.IsClosed);
        Assert.True(Assert.Single(TestData.Events<HelpRefused>(c)).KeptOpenByGuidanceCard);

        c.RecordAdhesion(Day.PlusDays(30), AdhesionGiver.Person);
        Assert.Equal(CaseState.InProgress, c.State);
    }

    [Fact]
    [Trait("Rule", "R36")]
    public void R36_a_guidance_card_is_due_for_review_one_year_after_its_last_review()
    {
        var c = AdmissibleQuebecCase();
        c.RecordFirstContact(Day, ActionKind.InterviewAtOffice, Receptivity.Receptive);
        c.IssueGuidanceCard(Day);

        Assert.Equal(Day.PlusYears(1), c.GuidanceCard!.NextReviewDue);
        Assert.False(c.IsGuidanceCardReviewDue(Day.PlusYears(1).PlusDays(-1)));
        Assert.True(c.IsGuidanceCardReviewDue(Day.PlusYears(1)));

        c.ReviewGuidanceCard(Day.PlusYears(1).PlusDays(5));

        Assert.Equal(Day.PlusYears(2).PlusDays(5), c.GuidanceCard.NextReviewDue);
        Assert.Equal(Day, c.GuidanceCard.IssuedOn);
        Assert.Equal(Day.PlusYears(2).PlusDays(5), Assert.Single(TestData.Events<GuidanceCardReviewed>(c)).NextReviewDue);
    }

    [Fact]
    [Trait("Rule", "R36")]
    public void R36_a_card_issued_on_29_february_is_due_on_28_february()
    {
        var card = new OfficerGuidanceCard(new NodaTime.LocalDate(2028, 2, 29), new NodaTime.LocalDate(2028, 2, 29), false);

        Assert.Equal(new NodaTime.LocalDate(2029, 2, 28), card.NextReviewDue);
    }

    [Fact]
    [Trait("Rule", "R36")]
    public void R36_the_case_stays_open_while_a_card_is_active_and_closes_once_it_is_withdrawn()
    {
        var c = AdmissibleQuebecCase();
        c.RecordFirstContact(Day, ActionKind.InterviewAtOffice, Receptivity.Receptive);
        c.IssueGuidanceCard(Day);

        var refusal = Assert.Throws<DomainRuleException>(() => c.Close(Day, CaseOutcome.SingleInterview));
        Assert.Equal(("R36", DomainCodes.GuidanceCardKeepsCaseOpen), (refusal.RuleId, refusal.Code));

        c.WithdrawGuidanceCard(Day.PlusDays(400));
        c.Close(Day.PlusDays(400), CaseOutcome.SingleInterview);
        Assert.True(c.IsClosed);
    }

    [Fact]
    [Trait("Rule", "R36")]
    public void R36_only_quebec_issues_guidance_cards()
    {
        var c = TestData.OpenCase();
        c.RecordFirstContact(Day, ActionKind.InterviewAtOffice, Receptivity.Receptive);

        var refusal = Assert.Throws<DomainRuleException>(() => c.IssueGuidanceCard(Day));

        Assert.Equal(DomainCodes.GuidanceCardNotSupported, refusal.Code);
    }

    [Fact]
    [Trait("Rule", "R52")]
    public void R52_belgian_work_is_short_term_and_orients_to_specialised_services()
    {
        var c = TestData.OpenCase(ServiceProfileKind.BelgianPoliceVictimAssistance);
        c.RecordFirstContact(Day, ActionKind.InterviewAtHome, Receptivity.Receptive);
        c.RecordAdhesion(Day, AdhesionGiver.Person);
        c.RecordAction(new InterventionAction(ActionKind.HearingPreparation, Day.PlusDays(2)));

        c.Orient(Day.PlusDays(5), PartnerKind.Health);
        c.Close(Day.PlusDays(5), CaseOutcome.Oriented);

        Assert.Equal(CaseOutcome.Oriented, c.Outcome);
    }

    [Fact]
    public void Closing_a_closed_case_is_refused()
    {
        var c = TestData.OpenCase();
        c.RecordNoResponse(Day);

        var refusal = Assert.Throws<DomainRuleException>(() => c.Close(Day, CaseOutcome.Completed));

        Assert.Equal(DomainCodes.CaseClosed, refusal.Code);
    }

    [Theory]
    [InlineData(CaseOutcome.HelpRefused)]
    [InlineData(CaseOutcome.NoResponseToContact)]
    [InlineData(CaseOutcome.NotAdmissible)]
    public void Outcomes_with_their_own_operation_cannot_be_given_to_close(CaseOutcome outcome)
    {
        var c = TestData.OpenCase();
        c.RecordFirstContact(Day, ActionKind.InterviewAtOffice, Receptivity.Receptive);

        Assert.Equal(DomainCodes.CaseOutcomeNotForClosing, Assert.Throws<DomainRuleException>(() => c.Close(Day, outcome)).Code);
    }

    [Fact]
    public void Completed_needs_the_work_to_have_started()
    {
        var c = TestData.OpenCase();
        c.RecordFirstContact(Day, ActionKind.InterviewAtOffice, Receptivity.Receptive);

        Assert.Equal(DomainCodes.CaseInvalidTransition, Assert.Throws<DomainRuleException>(() => c.Close(Day, CaseOutcome.Completed)).Code);
        c.Close(Day, CaseOutcome.SingleInterview);
        Assert.Equal(CaseOutcome.SingleInterview, c.Outcome);
    }

    [Fact]
    public void Facts_dated_before_the_referral_or_the_last_event_are_refused()
    {
        var c = TestData.OpenCase();

        Assert.Equal(DomainCodes.DateBeforeReferral, Assert.Throws<DomainRuleException>(() => c.RecordFirstContact(Day.PlusDays(-1), ActionKind.InterviewAtOffice, Receptivity.Receptive)).Code);
        c.RecordFirstContact(Day.PlusDays(5), ActionKind.InterviewAtOffice, Receptivity.Receptive);
        Assert.Equal(DomainCodes.DateBeforePreviousEvent, Assert.Throws<DomainRuleException>(() => c.RecordAdhesion(Day.PlusDays(4), AdhesionGiver.Person)).Code);
    }

    [Fact]
    public void A_refusal_message_is_translated()
    {
        var c = TestData.OpenCase();
        c.RecordFirstContact(Day, ActionKind.InterviewAtOffice, Receptivity.Receptive);
        var refusal = Assert.Throws<DomainRuleException>(() => c.RecordAction(new InterventionAction(ActionKind.Mediation, Day)));

        Assert.Contains("adhésion", refusal.LocalizedMessage(System.Globalization.CultureInfo.GetCultureInfo("fr-CA")), StringComparison.Ordinal);
        Assert.Contains("adhesion", refusal.LocalizedMessage(System.Globalization.CultureInfo.GetCultureInfo("en-GB")), StringComparison.Ordinal);
        Assert.Contains("Mediation", refusal.Message, StringComparison.Ordinal);
    }

    private static Case AdmissibleQuebecCase()
    {
        var c = TestData.OpenCase(ServiceProfileKind.QuebecPolicePsychosocialCoordination);
        c.AssessAdmissibility(TestData.Assessment(Day, Domain.Admissibility.AdmissibilityCriterion.ForeseeableOrImminentDanger));
        return c;
    }
}

public sealed class GuidanceCardDeferredClosingTests
{
    [Fact]
    [Trait("Rule", "R36")]
    public void R36_withdrawing_the_card_closes_a_case_it_kept_open_after_no_answer()
    {
        var day = TestData.Day;
        var c = TestData.OpenCase(ServiceProfileKind.QuebecPolicePsychosocialCoordination);
        c.AssessAdmissibility(TestData.Assessment(day, Domain.Admissibility.AdmissibilityCriterion.Recurrence));
        c.IssueGuidanceCard(day);
        c.RecordNoResponse(day.PlusDays(10));
        Assert.False(c.IsClosed);

        c.WithdrawGuidanceCard(day.PlusDays(400));

        Assert.Equal((CaseState.Closed, CaseOutcome.NoResponseToContact, day.PlusDays(400)), (c.State, c.Outcome, c.ClosedOn));
        Case.FromSnapshot(c.ToSnapshot());
    }
}
