using System;
using System.Collections.Generic;
using Intervention.Domain.Admissibility;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Domain.Cases;

/// <summary>
/// The whole state of a <see cref="Case"/> as plain data: what a host stores or sends as JSON. A snapshot becomes a case
/// again only through <see cref="Case.FromSnapshot"/>, which checks every invariant.
/// </summary>
/// <param name="Id">The case.</param>
/// <param name="Post">The post handling it.</param>
/// <param name="Household">The household, when the host tracks households (R27).</param>
/// <param name="Referral">The referral.</param>
/// <param name="Participants">The people concerned, without identity.</param>
/// <param name="Situations">The situations, distinct and in enum order.</param>
/// <param name="State">The lifecycle state.</param>
/// <param name="Outcome">The outcome, once closed.</param>
/// <param name="ClosedOn">The closing date, once closed.</param>
/// <param name="Admissibility">The admissibility assessment (Québec).</param>
/// <param name="FirstContact">The first contact, once made.</param>
/// <param name="Adhesion">The last adhesion or refusal.</param>
/// <param name="WorkerRemainsAvailable">Whether the person was told the worker remains available after a refusal (R35).</param>
/// <param name="Actions">The actions, in date order.</param>
/// <param name="GuidanceCard">The active officer guidance card (Québec, R36).</param>
/// <param name="LastEventOn">The date of the last fact recorded.</param>
public sealed record CaseSnapshot(
    CaseId Id,
    Post Post,
    HouseholdId? Household,
    Referral Referral,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<SituationKind> Situations,
    CaseState State,
    CaseOutcome? Outcome,
    LocalDate? ClosedOn,
    AdmissibilityAssessment? Admissibility,
    FirstContact? FirstContact,
    Adhesion? Adhesion,
    bool WorkerRemainsAvailable,
    IReadOnlyList<InterventionAction> Actions,
    OfficerGuidanceCard? GuidanceCard,
    LocalDate LastEventOn)
{
    /// <inheritdoc />
    public bool Equals(CaseSnapshot? other) =>
        other is not null
        && Id == other.Id && Equals(Post, other.Post) && Household == other.Household && Equals(Referral, other.Referral)
        && SequenceEquality.Equal(Participants, other.Participants) && SequenceEquality.Equal(Situations, other.Situations)
        && State == other.State && Outcome == other.Outcome && ClosedOn == other.ClosedOn
        && Equals(Admissibility, other.Admissibility) && Equals(FirstContact, other.FirstContact) && Equals(Adhesion, other.Adhesion)
        && WorkerRemainsAvailable == other.WorkerRemainsAvailable && SequenceEquality.Equal(Actions, other.Actions)
        && Equals(GuidanceCard, other.GuidanceCard) && LastEventOn == other.LastEventOn;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, State, Outcome, LastEventOn, SequenceEquality.Hash(Actions));
}
