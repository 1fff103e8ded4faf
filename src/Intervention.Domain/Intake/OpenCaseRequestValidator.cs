using System;
using System.Collections.Generic;
using System.Linq;
using FluentValidation;
using Intervention.Domain.Cases;
using Intervention.Domain.Localization;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Serialization;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Domain.Intake;

/// <summary>
/// Validates an <see cref="OpenCaseRequest"/>: every problem at once, each with its property path
/// (<c>Referral.ReceivedOn</c>, <c>Participants[1].BirthDate</c>…), a stable code of <see cref="DomainCodes"/> and a message in
/// French or English.
/// </summary>
/// <remarks>
/// "Today" is read from the injected <see cref="IClock"/> in the service's time zone, never from the system clock.
/// Checks the profile's channels (R03, R20, R30, R40, R41), roles (R02, R40, R50) and situations (R02, R31, R50).
/// </remarks>
public sealed class OpenCaseRequestValidator : AbstractValidator<OpenCaseRequest>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="clock">The clock that says what today is.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public OpenCaseRequestValidator(IClock clock)
    {
        Preconditions.CheckNotNull(clock);
        RuleFor(x => x.CaseId).NotEqual(Guid.Empty).WithDomainCode(DomainCodes.Required);
        RuleFor(x => x.PostId).NotEqual(Guid.Empty).WithDomainCode(DomainCodes.Required);
        RuleFor(x => x.Profile).MustBeKnown();
        RuleFor(x => x.Force).MustBeKnown();
        RuleFor(x => x.Force)
            .Must((x, force) => ProfileOf(x)!.Forces.Contains(force.Value!.Value))
            .When(x => x.Profile.IsKnown && x.Force.IsKnown)
            .WithDomainCode(DomainCodes.PostForceNotAllowed, (x, force) => Args(("Profile", x.Profile.Value), ("Force", force.Value)));
        RuleFor(x => x.WorkerId).NotNull().NotEqual(Guid.Empty).When(x => x.HouseholdId.HasValue).WithDomainCode(DomainCodes.Required);
        RuleFor(x => x.HouseholdId).NotEqual(Guid.Empty).WithDomainCode(DomainCodes.Required);

        RuleFor(x => x.Referral).NotNull().WithDomainCode(DomainCodes.Required);
        When(x => x.Referral is not null, () =>
        {
            RuleFor(x => x.Referral!.Channel).MustBeKnown();
            RuleFor(x => x.Referral!.Channel)
                .Must((x, channel) => ProfileOf(x)!.Channels.Contains(channel.Value!.Value))
                .When(x => x.Profile.IsKnown && x.Referral!.Channel.IsKnown)
                .WithDomainCode(DomainCodes.ReferralChannelNotAllowed, (x, channel) => Args(("Profile", x.Profile.Value), ("Channel", channel.Value)));
            RuleFor(x => x.Referral!.Channel)
                .Must((x, channel) => ProfileOf(x)!.Accepts(channel.Value!.Value, x.Force.Value!.Value))
                .When(x => x.Profile.IsKnown && x.Force.IsKnown && x.Referral!.Channel.IsKnown && ProfileOf(x)!.Channels.Contains(x.Referral.Channel.Value!.Value))
                .WithDomainCode(DomainCodes.ReferralChannelWrongForce, (x, channel) => Args(("Channel", channel.Value), ("Force", x.Force.Value)));
            RuleFor(x => x.Referral!.ReceivedOn).NotNull().WithDomainCode(DomainCodes.Required);
            RuleFor(x => x.Referral!.ReceivedOn)
                .Must((x, on) => on!.Value <= Today(clock, x))
                .When(x => x.Referral!.ReceivedOn.HasValue)
                .WithDomainCode(DomainCodes.ReferralReceivedInFuture, (x, on) => Args(("ReceivedOn", on), ("Today", Today(clock, x))));
            RuleFor(x => x.Referral!.Partner)
                .NotNull()
                .When(x => x.Referral!.Channel.Value == ReferralChannel.PartnerReferral)
                .WithDomainCode(DomainCodes.ReferralPartnerRequired);
            RuleFor(x => x.Referral!.Partner)
                .Null()
                .When(x => x.Referral!.Channel.IsKnown && x.Referral.Channel.Value != ReferralChannel.PartnerReferral)
                .WithDomainCode(DomainCodes.ReferralPartnerNotExpected);
            RuleFor(x => x.Referral!.Partner!.Value).MustBeKnown().When(x => x.Referral!.Partner.HasValue).OverridePropertyName("Referral.Partner");
            RuleFor(x => x.Referral!.Reference)
                .Must(r => !string.IsNullOrWhiteSpace(r) && r.Length <= Referrer.MaxReferenceLength)
                .When(x => x.Referral!.Reference is not null)
                .WithDomainCode(DomainCodes.TextTooLong, (_, _) => Args(("MaxLength", Referrer.MaxReferenceLength)));
        });

        RuleFor(x => x.Participants).NotEmpty().WithDomainCode(DomainCodes.CaseParticipantsEmpty);
        RuleForEach(x => x.Participants).NotNull().WithDomainCode(DomainCodes.Required);
        RuleForEach(x => x.Participants).SetValidator((request, _) => new ParticipantRequestValidator(request));
        RuleFor(x => x.Participants)
            .Must(ps => ps!.Where(p => p is not null).Select(p => p.PersonId).Distinct().Count() == ps!.Count(p => p is not null))
            .When(x => x.Participants is not null)
            .WithDomainCode(DomainCodes.ParticipantDuplicate);

        RuleFor(x => x.Situations).NotEmpty().WithDomainCode(DomainCodes.CaseSituationsEmpty);
        RuleForEach(x => x.Situations).MustBeKnown();
        RuleForEach(x => x.Situations)
            .Where(s => s.IsKnown)
            .Must((x, s) => ProfileOf(x)!.Situations.Contains(s.Value!.Value))
            .When(x => x.Profile.IsKnown)
            .WithDomainCode(DomainCodes.CaseSituationNotServed, (x, s) => Args(("Profile", x.Profile.Value), ("Situation", s.Value)));
        RuleFor(x => x.Situations)
            .Must(ss => ss!.Where(s => s.IsKnown).GroupBy(s => s.Value).All(g => g.Count() == 1))
            .When(x => x.Situations is not null)
            .WithDomainCode(DomainCodes.CaseDuplicateSituation, (_, ss) => Args(("Situation", ss!.Where(s => s.IsKnown).GroupBy(s => s.Value).FirstOrDefault(g => g.Count() > 1)?.Key)));
    }

    internal static ServiceProfile? ProfileOf(OpenCaseRequest request) =>
        request.Profile.Value is { } kind ? ServiceProfile.For(kind) : null;

    internal static LocalDate Today(IClock clock, OpenCaseRequest request) =>
        clock.GetCurrentInstant().InZone(ProfileOf(request)?.TimeZone ?? DateTimeZone.Utc).Date;

    internal static IReadOnlyDictionary<string, object?> Args(params (string Name, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
}

/// <summary>Validates one <see cref="ParticipantRequest"/> of an <see cref="OpenCaseRequest"/>.</summary>
internal sealed class ParticipantRequestValidator : AbstractValidator<ParticipantRequest>
{
    public ParticipantRequestValidator(OpenCaseRequest request)
    {
        var profile = OpenCaseRequestValidator.ProfileOf(request);
        var receivedOn = request.Referral?.ReceivedOn;
        RuleFor(x => x.PersonId).NotEqual(Guid.Empty).WithDomainCode(DomainCodes.Required);
        RuleFor(x => x.Role).MustBeKnown();
        RuleFor(x => x.Role)
            .Must(role => profile!.ServedRoles.Contains(role.Value!.Value))
            .When(x => profile is not null && x.Role.IsKnown)
            .WithDomainCode(DomainCodes.ParticipantRoleNotServed, (_, role) => OpenCaseRequestValidator.Args(("Profile", profile?.Kind), ("Role", role.Value)));
        RuleFor(x => x.BirthDate)
            .Must(birth => Ages.YearsBetween(birth!.Value, receivedOn!.Value) <= Participant.MaxAge)
            .When(x => x.BirthDate.HasValue && receivedOn.HasValue && x.BirthDate <= receivedOn)
            .WithDomainCode(DomainCodes.ParticipantAgeOutOfRange, (_, birth) => OpenCaseRequestValidator.Args(("BirthDate", birth), ("MaxAge", Participant.MaxAge)));
        RuleFor(x => x.BirthDate)
            .Must(birth => birth!.Value <= receivedOn!.Value)
            .When(x => x.BirthDate.HasValue && receivedOn.HasValue)
            .WithDomainCode(DomainCodes.ParticipantBirthDateAfterReferral, (_, birth) => OpenCaseRequestValidator.Args(("BirthDate", birth), ("ReceivedOn", receivedOn)));
        RuleFor(x => x.DeclaredAgeGroup)
            .NotNull()
            .When(x => !x.BirthDate.HasValue)
            .WithDomainCode(DomainCodes.ParticipantAgeUnknown);
        RuleFor(x => x.DeclaredAgeGroup!.Value).MustBeKnown().When(x => x.DeclaredAgeGroup.HasValue).OverridePropertyName(nameof(ParticipantRequest.DeclaredAgeGroup));
        RuleFor(x => x.DeclaredAgeGroup)
            .Must((x, declared) => declared!.Value.Value == Ages.GroupOn(x.BirthDate!.Value, receivedOn!.Value))
            .When(x => x.DeclaredAgeGroup is { IsKnown: true } && x.BirthDate.HasValue && receivedOn.HasValue && x.BirthDate <= receivedOn
                && Ages.YearsBetween(x.BirthDate.Value, receivedOn.Value) <= Participant.MaxAge)
            .WithDomainCode(DomainCodes.ParticipantAgeGroupContradicts, (x, declared) => OpenCaseRequestValidator.Args(("Declared", declared?.Value), ("Computed", Ages.GroupOn(x.BirthDate!.Value, receivedOn!.Value))));
        RuleFor(x => x.Sex!.Value).MustBeKnown().When(x => x.Sex.HasValue).OverridePropertyName(nameof(ParticipantRequest.Sex));
        RuleForEach(x => x.Vulnerabilities).MustBeKnown();
    }
}

/// <summary>The rule shared by every coded field: its text must name a value of the enum.</summary>
internal static class CodedRules
{
    internal static IRuleBuilderOptions<T, Coded<TEnum>> MustBeKnown<T, TEnum>(this IRuleBuilder<T, Coded<TEnum>> rule)
        where TEnum : struct, Enum =>
        rule.Must(c => c.IsKnown)
            .WithDomainCode(DomainCodes.UnknownValue, (_, c) => OpenCaseRequestValidator.Args(("PropertyValue", c.Text ?? "")));
}
