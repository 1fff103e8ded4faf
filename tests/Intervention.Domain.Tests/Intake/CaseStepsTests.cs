using System.Globalization;
using System.Linq;
using System.Text.Json;
using Intervention.Domain.Admissibility;
using Intervention.Domain.Cases;
using Intervention.Domain.Intake;
using Intervention.Domain.Localization;
using Intervention.Domain.Referrals;
using Intervention.Domain.Serialization;
using Intervention.Domain.Services;
using NodaTime;
using NodaTime.Testing;

namespace Intervention.Domain.Tests.Intake;

public sealed class CaseStepsTests
{
    private static readonly LocalDate Day = TestData.Day;
    private readonly CaseSteps _steps = new(new FakeClock(Instant.FromUtc(2026, 3, 20, 12, 0)));

    [Fact]
    public void A_valid_sequence_of_steps_drives_the_case_to_closed()
    {
        var c = TestData.OpenCase();

        Assert.True(_steps.Apply(c, new CaseStepRequest { Kind = CaseStepKind.FirstContact, On = Day, Action = ActionKind.InterviewAtOffice, Receptivity = Receptivity.Receptive }).IsValid);
        Assert.True(_steps.Apply(c, new CaseStepRequest { Kind = CaseStepKind.Adhesion, On = Day, By = AdhesionGiver.Person }).IsValid);
        Assert.True(_steps.Apply(c, new CaseStepRequest { Kind = CaseStepKind.Action, On = Day.PlusDays(1), Action = ActionKind.Mediation }).IsValid);
        Assert.True(_steps.Apply(c, new CaseStepRequest { Kind = CaseStepKind.Orientation, On = Day.PlusDays(2), Partner = PartnerKind.JusticeHouse }).IsValid);
        Assert.True(_steps.Apply(c, new CaseStepRequest { Kind = CaseStepKind.Close, On = Day.PlusDays(3), Outcome = CaseOutcome.Oriented }).IsValid);

        Assert.Equal(CaseOutcome.Oriented, c.Outcome);
    }

    [Fact]
    public void A_step_dated_in_the_future_or_before_the_last_event_is_a_validation_error()
    {
        var c = TestData.OpenCase();
        _steps.Apply(c, new CaseStepRequest { Kind = CaseStepKind.FirstContact, On = Day.PlusDays(5), Action = ActionKind.InterviewByPhone, Receptivity = Receptivity.Ambivalent });

        var future = _steps.Apply(c, new CaseStepRequest { Kind = CaseStepKind.Adhesion, On = new LocalDate(2026, 3, 21), By = AdhesionGiver.Person });
        var before = _steps.Apply(c, new CaseStepRequest { Kind = CaseStepKind.Adhesion, On = Day.PlusDays(4), By = AdhesionGiver.Person });
        var beforeReferral = _steps.Apply(c, new CaseStepRequest { Kind = CaseStepKind.Adhesion, On = Day.PlusDays(-1), By = AdhesionGiver.Person });

        Assert.Equal(DomainCodes.DateInFuture, Assert.Single(future.Errors).ErrorCode);
        Assert.Equal(DomainCodes.DateBeforePreviousEvent, Assert.Single(before.Errors).ErrorCode);
        Assert.Equal(DomainCodes.DateBeforeReferral, Assert.Single(beforeReferral.Errors).ErrorCode);
        Assert.Equal(CaseState.FirstContactMade, c.State);
    }

    [Fact]
    [Trait("Rule", "R04")]
    public void R04_a_refusal_of_the_case_comes_back_as_a_validation_failure_naming_the_rule()
    {
        var c = TestData.OpenCase();
        _steps.Apply(c, new CaseStepRequest { Kind = CaseStepKind.FirstContact, On = Day, Action = ActionKind.InterviewAtOffice, Receptivity = Receptivity.Receptive });

        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
        var result = _steps.Apply(c, new CaseStepRequest { Kind = CaseStepKind.Action, On = Day, Action = ActionKind.Accompaniment });
        CultureInfo.CurrentUICulture = previous;

        var error = Assert.Single(result.Errors);
        Assert.Equal(("Kind", DomainCodes.ActionAdhesionRequired), (error.PropertyName, error.ErrorCode));
        Assert.StartsWith("L'action « Accompagnement » exige la pleine adhésion", error.ErrorMessage, System.StringComparison.Ordinal);
        Assert.Equal("R04", Assert.IsAssignableFrom<System.Collections.Generic.IReadOnlyDictionary<string, object?>>(error.CustomState)["RuleId"]);
    }

    [Fact]
    public void Missing_and_unknown_fields_are_reported_per_step()
    {
        var c = TestData.OpenCase();
        var request = JsonSerializer.Deserialize<CaseStepRequest>("""{"kind":"FirstContact","on":"2026-03-02","action":"Telepathy"}""", InterventionJson.CreateOptions())!;

        var errors = _steps.Apply(c, request).Errors.Select(e => (e.PropertyName, e.ErrorCode)).Order().ToArray();

        Assert.Equal(new[] { ("Action", DomainCodes.UnknownValue), ("Receptivity", DomainCodes.Required) }, errors);
        Assert.Equal(DomainCodes.UnknownValue, _steps.Apply(c, new CaseStepRequest { Kind = Coded<CaseStepKind>.Parse("Teleport"), On = Day }).Errors.Single().ErrorCode);
    }

    [Fact]
    [Trait("Rule", "R33")]
    public void R33_a_first_contact_that_is_not_an_interview_and_an_orientation_sent_as_an_action_are_refused()
    {
        var c = TestData.OpenCase();

        var notInterview = _steps.Apply(c, new CaseStepRequest { Kind = CaseStepKind.FirstContact, On = Day, Action = ActionKind.Mediation, Receptivity = Receptivity.Receptive });
        _steps.Apply(c, new CaseStepRequest { Kind = CaseStepKind.FirstContact, On = Day, Action = ActionKind.InterviewAtOffice, Receptivity = Receptivity.Receptive });
        var ownStep = _steps.Apply(c, new CaseStepRequest { Kind = CaseStepKind.Action, On = Day, Action = ActionKind.Orientation });

        Assert.Equal(DomainCodes.FirstContactNotInterview, Assert.Single(notInterview.Errors).ErrorCode);
        Assert.Equal(DomainCodes.ActionHasOwnStep, Assert.Single(ownStep.Errors).ErrorCode);
    }

    [Fact]
    [Trait("Rule", "R32")]
    public void R32_an_admissibility_step_needs_each_criterion_once_with_a_reason()
    {
        var c = TestData.OpenCase(ServiceProfileKind.QuebecPolicePsychosocialCoordination);
        var findings = System.Enum.GetValues<AdmissibilityCriterion>().Select(k => new CriterionFindingRequest { Criterion = k, Met = k == AdmissibilityCriterion.Recurrence, Reason = "Seen in reports" }).ToArray();

        var incomplete = _steps.Apply(c, new CaseStepRequest { Kind = CaseStepKind.AssessAdmissibility, On = Day, Findings = findings[1..] });
        var noReason = _steps.Apply(c, new CaseStepRequest { Kind = CaseStepKind.AssessAdmissibility, On = Day, Findings = [findings[0] with { Reason = " " }, .. findings[1..]] });
        var valid = _steps.Apply(c, new CaseStepRequest { Kind = CaseStepKind.AssessAdmissibility, On = Day, Findings = findings });

        Assert.Equal(DomainCodes.AdmissibilityFindingsIncomplete, Assert.Single(incomplete.Errors).ErrorCode);
        Assert.Equal(("Findings[0].Reason", DomainCodes.Required), (Assert.Single(noReason.Errors).PropertyName, noReason.Errors[0].ErrorCode));
        Assert.True(valid.IsValid);
        Assert.True(c.Admissibility!.IsAdmissible);
    }
}
