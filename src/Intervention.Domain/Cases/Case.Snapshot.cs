using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Domain.Admissibility;
using NodaTime;

namespace Intervention.Domain.Cases;

/// <content>The case as plain data: its snapshot, and the rebuilding that checks every rule the operations check.</content>
public sealed partial class Case
{
    /// <summary>Returns the case's whole state as plain data, for storage or JSON.</summary>
    /// <returns>The snapshot.</returns>
    public CaseSnapshot ToSnapshot() => new(
        Id, Post, Household, Referral, Array.AsReadOnly(_participants.ToArray()), Array.AsReadOnly(_situations.ToArray()), State, Outcome, ClosedOn, Admissibility,
        FirstContact, Adhesion, WorkerRemainsAvailable, _actions.ToArray().AsReadOnly(), GuidanceCard, LastEventOn);

    /// <summary>Rebuilds a case from a snapshot, checking every invariant; no event is raised.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or one of its required parts is null.</exception>
    /// <exception cref="ArgumentException">The snapshot describes a state the lifecycle cannot reach; the message says which part.</exception>
    /// <exception cref="DomainRuleException">The snapshot breaks a profile rule (channel, role, situation).</exception>
    public static Case FromSnapshot(CaseSnapshot snapshot)
    {
        Preconditions.CheckNotNull(snapshot);
        Preconditions.CheckArgument(snapshot.Id != default, nameof(snapshot), "The case identifier is required.");
        Preconditions.CheckNotNull(snapshot.Post, nameof(snapshot));
        Preconditions.CheckNotNull(snapshot.Referral, nameof(snapshot));
        var participants = Preconditions.CheckNotNull(snapshot.Participants, nameof(snapshot)).ToArray();
        var situations = Preconditions.CheckNotNull(snapshot.Situations, nameof(snapshot)).ToArray();
        var actions = Preconditions.CheckNotNull(snapshot.Actions, nameof(snapshot)).ToList();
        CheckOpening(snapshot.Post, snapshot.Referral, participants, situations).ThrowIfRefused();
        Preconditions.CheckDefined(snapshot.State, nameof(snapshot));
        var restored = new Case(snapshot.Id, snapshot.Post, snapshot.Household, snapshot.Referral, participants, SequenceEquality.CanonicalSet(situations), actions)
        {
            State = snapshot.State,
            Outcome = snapshot.Outcome,
            ClosedOn = snapshot.ClosedOn,
            Admissibility = snapshot.Admissibility,
            FirstContact = snapshot.FirstContact,
            Adhesion = snapshot.Adhesion,
            WorkerRemainsAvailable = snapshot.WorkerRemainsAvailable,
            GuidanceCard = snapshot.GuidanceCard,
            LastEventOn = snapshot.LastEventOn,
        };
        restored.CheckConsistency();
        return restored;
    }

    private void CheckConsistency()
    {
        var received = Referral.ReceivedOn;
        Check((State == CaseState.Closed) == Outcome.HasValue && Outcome.HasValue == ClosedOn.HasValue, "A closed case, and only a closed case, has an outcome and a closing date.");
        Check((State is CaseState.Received) ? FirstContact is null : FirstContact is not null || Outcome is CaseOutcome.NoResponseToContact or CaseOutcome.NotAdmissible, "The first contact is recorded exactly when the case has gone past 'received'.");
        Check(State is not (CaseState.InProgress or CaseState.Oriented) || HasAdhesion, "A case in progress or oriented rests on the person's adhesion (R04).");
        Check(Admissibility is null || Profile.RequiresAdmissibility, "Only a Québec referral has an admissibility assessment.");
        Check(!Profile.RequiresAdmissibility || FirstContact is null || Admissibility?.IsAdmissible == true, "A Québec referral is admissible before its first contact (R32).");
        Check(GuidanceCard is null || (Profile.IssuesGuidanceCards && State != CaseState.Closed), "Only an open Québec case has an officer guidance card (R36).");
        Check(!WorkerRemainsAvailable || Adhesion?.Decision == AdhesionDecision.Refused || Outcome == CaseOutcome.NoResponseToContact || GuidanceCard is not null, "The worker remains available only after a refusal or no answer (R35).");
        Check(!WorkerRemainsAvailable || HasAdhesion || IsClosed || GuidanceCard is not null, "After a refusal or no answer, only an active guidance card keeps the case open (R35, R36).");
        Check(Outcome is not CaseOutcome.HelpRefused || Adhesion?.Decision == AdhesionDecision.Refused, "A case closed on a refusal records the refusal.");
        LocalDate previous = received;
        foreach (var action in _actions)
        {
            Check(action is not null && Enum.IsDefined(action.Kind) && Profile.Actions.Contains(action.Kind), "Every action is one the profile offers.");
            Check(action!.Kind.TargetsPartner() == action.Partner.HasValue, "Orientations, and only they, name a partner.");
            Check(action.On >= previous, "Actions are in date order, after the referral.");
            // R04: an action that needs adhesion exists only in a case where adhesion was recorded. The snapshot keeps the latest
            // adhesion only (given, refused later, given again), so the date it was given before the action cannot be checked here.
            Check(!action.Kind.RequiresAdhesion() || Adhesion is not null, "An accompaniment, a mediation or a support rests on the person's adhesion (R04).");
            previous = action.On;
        }

        Check(LastEventOn >= previous && (ClosedOn is null || ClosedOn <= LastEventOn), "The last event date is the latest date of the case.");
        Check(FirstContact is null || FirstContact.On >= received, "The first contact is after the referral.");
    }

    private static void Check(bool condition, string message) => Preconditions.CheckArgument(condition, "snapshot", message);
}
