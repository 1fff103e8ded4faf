using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Confidentiality.Redaction;

/// <summary>What a viewer may see of one person concerned: every part is <see langword="null"/> unless the decision allows its data category.</summary>
/// <param name="Role">The role (family context or situation summary).</param>
/// <param name="AgeGroup">Minor or adult (family context or situation summary).</param>
/// <param name="FamilyName">The family name (identity).</param>
/// <param name="GivenNames">The given names (identity).</param>
/// <param name="BirthDate">The exact birth date (identity).</param>
/// <param name="Phone">The phone (contact details).</param>
/// <param name="Email">The e-mail (contact details).</param>
/// <param name="Address">The address (contact details).</param>
public sealed record ParticipantView(
    PartyRole? Role,
    AgeGroup? AgeGroup,
    string? FamilyName,
    string? GivenNames,
    LocalDate? BirthDate,
    string? Phone,
    string? Email,
    string? Address);

/// <summary>
/// The view of a case a given viewer may see: built by <see cref="Redactor"/> from the disclosure decision for that viewer.
/// Default deny: a part appears only when the decision allows its data category.
/// </summary>
/// <param name="Profile">The service (always shown: it says who answers).</param>
/// <param name="Situations">The situations (situation summary).</param>
/// <param name="Channel">The referral channel (situation summary).</param>
/// <param name="State">The lifecycle state (situation summary).</param>
/// <param name="ReceivedOn">The date received (situation details).</param>
/// <param name="Actions">The actions with their dates (situation details).</param>
/// <param name="Outcome">The outcome, once closed (situation summary).</param>
/// <param name="Participants">The people concerned, each redacted; empty when neither identity, contact, family context nor summary is allowed.</param>
public sealed record CaseView(
    ServiceProfileKind Profile,
    IReadOnlyList<SituationKind>? Situations,
    ReferralChannel? Channel,
    CaseState? State,
    LocalDate? ReceivedOn,
    IReadOnlyList<InterventionAction>? Actions,
    CaseOutcome? Outcome,
    IReadOnlyList<ParticipantView> Participants)
{
    /// <inheritdoc />
    public bool Equals(CaseView? other) =>
        other is not null && Profile == other.Profile && Channel == other.Channel && State == other.State && ReceivedOn == other.ReceivedOn
        && Outcome == other.Outcome && Same(Situations, other.Situations) && Same(Actions, other.Actions) && Participants.SequenceEqual(other.Participants);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Profile, Channel, State, ReceivedOn, Outcome, Participants.Count);

    private static bool Same<T>(IReadOnlyList<T>? left, IReadOnlyList<T>? right) =>
        left is null ? right is null : right is not null && left.SequenceEqual(right);
}
