using System;
using System.Linq;
using FluentValidation;
using Intervention.Domain.Admissibility;
using Intervention.Domain.Cases;
using Intervention.Domain.Localization;
using NodaTime;

namespace Intervention.Domain.Intake;

/// <summary>
/// Validates a <see cref="CaseStepRequest"/> for a given case: the fields the step needs, coded values, and its date
/// (not after today in the service's time zone, not before the referral nor the case's last event).
/// </summary>
/// <remarks>Lifecycle refusals (R04, R32, R36…) are the case's to decide; <see cref="CaseSteps"/> reports them too.</remarks>
public sealed class CaseStepRequestValidator : AbstractValidator<CaseStepRequest>
{
    /// <summary>Creates the validator for one case.</summary>
    /// <param name="clock">The clock that says what today is.</param>
    /// <param name="target">The case the step is for.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CaseStepRequestValidator(IClock clock, Case target)
    {
        Preconditions.CheckNotNull(clock);
        Preconditions.CheckNotNull(target);
        var today = clock.GetCurrentInstant().InZone(target.Profile.TimeZone).Date;
        var args = OpenCaseRequestValidator.Args;

        RuleFor(x => x.Kind).MustBeKnown();
        RuleFor(x => x.On).NotNull().WithDomainCode(DomainCodes.Required);
        RuleFor(x => x.On)
            .Must(on => on!.Value <= today)
            .When(x => x.On.HasValue)
            .WithDomainCode(DomainCodes.DateInFuture, (_, on) => args([("Date", on), ("Today", today)]));
        RuleFor(x => x.On)
            .Must(on => on!.Value >= target.Referral.ReceivedOn)
            .When(x => x.On.HasValue)
            .WithDomainCode(DomainCodes.DateBeforeReferral, (_, on) => args([("Date", on), ("ReceivedOn", target.Referral.ReceivedOn)]));
        RuleFor(x => x.On)
            .Must(on => on!.Value >= target.LastEventOn)
            .When(x => x.On.HasValue && x.On.Value >= target.Referral.ReceivedOn)
            .WithDomainCode(DomainCodes.DateBeforePreviousEvent, (_, on) => args([("Date", on), ("Last", target.LastEventOn)]));

        When(x => x.Kind.Value is CaseStepKind.FirstContact or CaseStepKind.Action, () =>
        {
            RuleFor(x => x.Action).NotNull().WithDomainCode(DomainCodes.Required);
            RuleFor(x => x.Action!.Value).MustBeKnown().When(x => x.Action.HasValue).OverridePropertyName(nameof(CaseStepRequest.Action));
        });
        RuleFor(x => x.Action)
            .Must(a => a!.Value.Value!.Value.IsInterview())
            .When(x => x.Kind.Value is CaseStepKind.FirstContact && x.Action is { IsKnown: true })
            .WithDomainCode(DomainCodes.FirstContactNotInterview, (_, a) => args([("Action", a?.Value)]));
        RuleFor(x => x.Action)
            .Must(a => !a!.Value.Value!.Value.TargetsPartner() && a.Value.Value != ActionKind.OfficerGuidanceCard)
            .When(x => x.Kind.Value is CaseStepKind.Action && x.Action is { IsKnown: true })
            .WithDomainCode(DomainCodes.ActionHasOwnStep, (_, a) => args([("Action", a?.Value)]));
        When(x => x.Kind.Value is CaseStepKind.FirstContact, () =>
        {
            RuleFor(x => x.Receptivity).NotNull().WithDomainCode(DomainCodes.Required);
            RuleFor(x => x.Receptivity!.Value).MustBeKnown().When(x => x.Receptivity.HasValue).OverridePropertyName(nameof(CaseStepRequest.Receptivity));
        });
        When(x => x.Kind.Value is CaseStepKind.Adhesion or CaseStepKind.Refusal, () =>
        {
            RuleFor(x => x.By).NotNull().WithDomainCode(DomainCodes.Required);
            RuleFor(x => x.By!.Value).MustBeKnown().When(x => x.By.HasValue).OverridePropertyName(nameof(CaseStepRequest.By));
        });
        When(x => x.Kind.Value is CaseStepKind.Orientation or CaseStepKind.SupportedReferral, () =>
        {
            RuleFor(x => x.Partner).NotNull().WithDomainCode(DomainCodes.Required);
            RuleFor(x => x.Partner!.Value).MustBeKnown().When(x => x.Partner.HasValue).OverridePropertyName(nameof(CaseStepRequest.Partner));
        });
        When(x => x.Kind.Value is CaseStepKind.Close, () =>
        {
            RuleFor(x => x.Outcome).NotNull().WithDomainCode(DomainCodes.Required);
            RuleFor(x => x.Outcome!.Value).MustBeKnown().When(x => x.Outcome.HasValue).OverridePropertyName(nameof(CaseStepRequest.Outcome));
        });
        When(x => x.Kind.Value is CaseStepKind.AssessAdmissibility, () =>
        {
            RuleFor(x => x.Findings).NotNull().WithDomainCode(DomainCodes.Required);
            RuleForEach(x => x.Findings).NotNull().WithDomainCode(DomainCodes.Required);
            RuleForEach(x => x.Findings).ChildRules(finding =>
            {
                finding.RuleFor(f => f.Criterion).MustBeKnown();
                finding.RuleFor(f => f.Reason).NotEmpty().WithDomainCode(DomainCodes.Required);
                finding.RuleFor(f => f.Reason)
                    .MaximumLength(CriterionFinding.MaxReasonLength)
                    .WithDomainCode(DomainCodes.TextTooLong, (_, _) => args([("MaxLength", CriterionFinding.MaxReasonLength)]));
            });
            RuleFor(x => x.Findings)
                .Must(fs => fs!.Where(f => f is not null && f.Criterion.IsKnown).Select(f => f.Criterion.Value!.Value).Order().SequenceEqual(Enum.GetValues<AdmissibilityCriterion>()))
                .When(x => x.Findings is not null && x.Findings.All(f => f is not null && f.Criterion.IsKnown))
                .WithDomainCode(DomainCodes.AdmissibilityFindingsIncomplete);
        });
    }
}
