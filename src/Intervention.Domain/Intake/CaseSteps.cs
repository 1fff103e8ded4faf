using System;
using System.Globalization;
using System.Linq;
using FluentValidation.Results;
using Intervention.Domain.Admissibility;
using Intervention.Domain.Cases;
using Intervention.Domain.Localization;
using NodaTime;

namespace Intervention.Domain.Intake;

/// <summary>
/// Applies lifecycle steps submitted by hosts to a case: validates the request (<see cref="CaseStepRequestValidator"/>), then
/// calls the case's named operation. A domain refusal (R04, R32, R35, R36…) comes back as a validation failure on
/// <see cref="CaseStepRequest.Kind"/> with its code and the rule in the custom state; nothing is thrown for bad data.
/// </summary>
/// <remarks>Registered by <c>AddInterventionDomain</c>.</remarks>
public sealed class CaseSteps
{
    private readonly IClock _clock;

    /// <summary>Creates the service.</summary>
    /// <param name="clock">The clock that says what today is.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public CaseSteps(IClock clock) => _clock = Preconditions.CheckNotNull(clock);

    /// <summary>Validates a step for a case and applies it.</summary>
    /// <param name="target">The case; unchanged when the result is not valid.</param>
    /// <param name="request">The step.</param>
    /// <returns>An empty result when applied; otherwise every problem, or the refusal.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ValidationResult Apply(Case target, CaseStepRequest request)
    {
        Preconditions.CheckNotNull(target);
        Preconditions.CheckNotNull(request);
        var validation = new CaseStepRequestValidator(_clock, target).Validate(request);
        if (!validation.IsValid)
        {
            return validation;
        }

        var on = request.On!.Value;
        try
        {
            Perform(target, request, on);
        }
        catch (DomainRuleException refusal)
        {
            var state = refusal.Arguments.Append(new("RuleId", refusal.RuleId)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            return new ValidationResult(
            [
                new ValidationFailure(nameof(CaseStepRequest.Kind), refusal.LocalizedMessage(CultureInfo.CurrentUICulture)) { ErrorCode = refusal.Code, CustomState = state },
            ]);
        }

        return new ValidationResult();
    }

    private static void Perform(Case target, CaseStepRequest request, LocalDate on)
    {
        switch (request.Kind.Value!.Value)
        {
            case CaseStepKind.AssessAdmissibility:
                target.AssessAdmissibility(new AdmissibilityAssessment(on, request.Findings!.Select(f => new CriterionFinding(f.Criterion.Value!.Value, f.Met, f.Reason!)).ToArray()));
                break;
            case CaseStepKind.FirstContact:
                target.RecordFirstContact(on, request.Action!.Value.Value!.Value, request.Receptivity!.Value.Value!.Value);
                break;
            case CaseStepKind.Adhesion:
                target.RecordAdhesion(on, request.By!.Value.Value!.Value);
                break;
            case CaseStepKind.Refusal:
                target.RecordRefusal(on, request.By!.Value.Value!.Value);
                break;
            case CaseStepKind.NoResponse:
                target.RecordNoResponse(on);
                break;
            case CaseStepKind.Action:
                target.RecordAction(new InterventionAction(request.Action!.Value.Value!.Value, on));
                break;
            case CaseStepKind.Orientation:
            case CaseStepKind.SupportedReferral:
                target.Orient(on, request.Partner!.Value.Value!.Value, request.Kind.Value == CaseStepKind.SupportedReferral);
                break;
            case CaseStepKind.IssueGuidanceCard:
                target.IssueGuidanceCard(on);
                break;
            case CaseStepKind.ReviewGuidanceCard:
                target.ReviewGuidanceCard(on);
                break;
            case CaseStepKind.WithdrawGuidanceCard:
                target.WithdrawGuidanceCard(on);
                break;
            case CaseStepKind.Close:
                target.Close(on, request.Outcome!.Value.Value!.Value);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Kind, "Unknown step.");
        }
    }
}
