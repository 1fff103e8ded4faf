using System;
using System.Collections.Generic;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Serialization;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Domain.Intake;

/// <summary>
/// What a host submits to open a case, as plain data (from a form or JSON). Every field may be missing or wrong:
/// <see cref="OpenCaseRequestValidator"/> reports every problem at once with its path and a translated message, and
/// <see cref="CaseIntake"/> opens the case only when there is none.
/// </summary>
public sealed record OpenCaseRequest
{
    /// <summary>Gets the identifier chosen for the case.</summary>
    public Guid CaseId { get; init; }

    /// <summary>Gets the post receiving the referral.</summary>
    public Guid PostId { get; init; }

    /// <summary>Gets the service the post belongs to.</summary>
    public Coded<ServiceProfileKind> Profile { get; init; }

    /// <summary>Gets the kind of unit hosting the post.</summary>
    public Coded<ForceKind> Force { get; init; }

    /// <summary>Gets the household, when the host tracks households (R27).</summary>
    public Guid? HouseholdId { get; init; }

    /// <summary>Gets the worker taking the case, required with <see cref="HouseholdId"/> (R27).</summary>
    public Guid? WorkerId { get; init; }

    /// <summary>Gets the referral.</summary>
    public ReferralRequest? Referral { get; init; }

    /// <summary>Gets the people concerned.</summary>
    public IReadOnlyList<ParticipantRequest>? Participants { get; init; }

    /// <summary>Gets the situations.</summary>
    public IReadOnlyList<Coded<SituationKind>>? Situations { get; init; }
}

/// <summary>The referral part of an <see cref="OpenCaseRequest"/>.</summary>
public sealed record ReferralRequest
{
    /// <summary>Gets the channel.</summary>
    public Coded<ReferralChannel> Channel { get; init; }

    /// <summary>Gets the date received.</summary>
    public LocalDate? ReceivedOn { get; init; }

    /// <summary>Gets the partner kind, for a partner referral only.</summary>
    public Coded<PartnerKind>? Partner { get; init; }

    /// <summary>Gets an optional reference to the source (unit, message number); never the person's identity.</summary>
    public string? Reference { get; init; }
}

/// <summary>A person concerned, as submitted in an <see cref="OpenCaseRequest"/>.</summary>
/// <remarks>The birth date is read only to compute minor/adult and the age at the referral date; the case keeps neither the date nor any identity.</remarks>
public sealed record ParticipantRequest
{
    /// <summary>Gets the person's identifier in the host.</summary>
    public Guid PersonId { get; init; }

    /// <summary>Gets the role.</summary>
    public Coded<PartyRole> Role { get; init; }

    /// <summary>Gets the birth date, when known.</summary>
    public LocalDate? BirthDate { get; init; }

    /// <summary>Gets minor or adult, required when the birth date is unknown.</summary>
    public Coded<AgeGroup>? DeclaredAgeGroup { get; init; }

    /// <summary>Gets the sex recorded; <see cref="Sex.NotStated"/> when missing.</summary>
    public Coded<Sex>? Sex { get; init; }

    /// <summary>Gets the grounds of vulnerability.</summary>
    public IReadOnlyList<Coded<Vulnerability>>? Vulnerabilities { get; init; }
}
