using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Domain.Admissibility;
using Intervention.Domain.Localization;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Domain.Cases;

/// <summary>
/// A situation handled by a post: the aggregate of the domain. Its lifecycle is an explicit state machine,
/// received → first contact → in progress → oriented / closed, changed only through named operations that check
/// the rules and raise a <see cref="CaseEvent"/>.
/// </summary>
/// <remarks>
/// <para>Rules enforced: the profile's channels, roles, situations and actions (R02, R03, R20, R30, R31, R40, R50, R53);
/// adhesion before accompaniment, mediation or support (R04); refusal respected and the worker remains available (R35);
/// Québec admissibility before first contact (R32); officer guidance cards reviewed yearly and keeping the case open (R36).</para>
/// <para>This type is mutable by design: it is the aggregate root, and changes only through its operations. It holds no
/// identity (names, birth dates): see <see cref="PersonIdentity"/>.</para>
/// </remarks>
public sealed partial class Case
{
    private readonly List<InterventionAction> _actions;
    private readonly List<CaseEvent> _pendingEvents = [];
    private readonly Participant[] _participants;
    private readonly SituationKind[] _situations;

    // What the getters hand out: read-only views, never the aggregate's own list or arrays, which a cast would let a caller change
    // behind the rules (an accompaniment without adhesion, R04).
    private readonly System.Collections.ObjectModel.ReadOnlyCollection<InterventionAction> _actionsView;
    private readonly System.Collections.ObjectModel.ReadOnlyCollection<Participant> _participantsView;
    private readonly System.Collections.ObjectModel.ReadOnlyCollection<SituationKind> _situationsView;

    private Case(CaseId id, Post post, HouseholdId? household, Referral referral, Participant[] participants, SituationKind[] situations, List<InterventionAction> actions)
    {
        Id = id;
        Post = post;
        Household = household;
        Referral = referral;
        _participants = participants;
        _situations = situations;
        _actions = actions;
        _actionsView = actions.AsReadOnly();
        _participantsView = Array.AsReadOnly(participants);
        _situationsView = Array.AsReadOnly(situations);
        State = CaseState.Received;
        LastEventOn = referral.ReceivedOn;
    }

    /// <summary>Gets the case's identifier.</summary>
    public CaseId Id { get; }

    /// <summary>Gets the post handling the case.</summary>
    public Post Post { get; }

    /// <summary>Gets the service profile the case belongs to.</summary>
    public ServiceProfile Profile => Post.Profile;

    /// <summary>Gets the household, when the host tracks households (R27).</summary>
    public HouseholdId? Household { get; }

    /// <summary>Gets the referral that opened the case.</summary>
    public Referral Referral { get; }

    /// <summary>Gets the people concerned, without identity.</summary>
    public IReadOnlyList<Participant> Participants => _participantsView;

    /// <summary>Gets the situations, distinct and in enum order.</summary>
    public IReadOnlyList<SituationKind> Situations => _situationsView;

    /// <summary>Gets the lifecycle state.</summary>
    public CaseState State { get; private set; }

    /// <summary>Gets the outcome, once closed.</summary>
    public CaseOutcome? Outcome { get; private set; }

    /// <summary>Gets the closing date, once closed.</summary>
    public LocalDate? ClosedOn { get; private set; }

    /// <summary>Gets the admissibility assessment (Québec, R32).</summary>
    public AdmissibilityAssessment? Admissibility { get; private set; }

    /// <summary>Gets the first contact, once made (R33).</summary>
    public FirstContact? FirstContact { get; private set; }

    /// <summary>Gets the last adhesion or refusal expressed (R04, R35).</summary>
    public Adhesion? Adhesion { get; private set; }

    /// <summary>Gets whether the person adheres now.</summary>
    public bool HasAdhesion => Adhesion?.Decision == AdhesionDecision.Given;

    /// <summary>Gets whether, after a refusal or no answer, the person was told the worker remains available (R35).</summary>
    public bool WorkerRemainsAvailable { get; private set; }

    /// <summary>Gets the actions performed, in date order.</summary>
    public IReadOnlyList<InterventionAction> Actions => _actionsView;

    /// <summary>Gets the active officer guidance card (Québec, R36).</summary>
    public OfficerGuidanceCard? GuidanceCard { get; private set; }

    /// <summary>Gets the date of the last fact recorded; later operations may not be dated before it.</summary>
    public LocalDate LastEventOn { get; private set; }

    /// <summary>Gets whether the case is closed.</summary>
    public bool IsClosed => State == CaseState.Closed;

    /// <summary>Gets whether any participant is a minor.</summary>
    public bool ConcernsMinor => _participants.Any(p => p.AgeGroup == AgeGroup.Minor);

    /// <summary>Opens a case from a referral.</summary>
    /// <param name="id">The case's identifier.</param>
    /// <param name="post">The post that received the referral.</param>
    /// <param name="referral">The referral.</param>
    /// <param name="participants">The people concerned (at least one, each once).</param>
    /// <param name="situations">The situations (at least one; duplicates are refused).</param>
    /// <param name="household">The household, when tracked (R27).</param>
    /// <returns>The case, in state <see cref="CaseState.Received"/>, with a pending <see cref="CaseReceived"/> event.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    /// <exception cref="DomainRuleException">The profile refuses the channel, a role or a situation, or a list is empty or has duplicates.</exception>
    public static Case Open(CaseId id, Post post, Referral referral, IEnumerable<Participant> participants, IEnumerable<SituationKind> situations, HouseholdId? household = null)
    {
        Preconditions.CheckArgument(id != default, nameof(id), "The case identifier is required.");
        Preconditions.CheckNotNull(post);
        Preconditions.CheckNotNull(referral);
        var people = Preconditions.CheckNotNull(participants).Select(p => Preconditions.CheckNotNull(p, nameof(participants))).ToArray();
        var kinds = Preconditions.CheckNotNull(situations).ToArray();
        CheckOpening(post, referral, people, kinds).ThrowIfRefused();
        var opened = new Case(id, post, household, referral, people, SequenceEquality.CanonicalSet(kinds), []);
        opened.Raise(new CaseReceived(id, referral.ReceivedOn, referral.Channel));
        return opened;
    }

    /// <summary>Checks, without opening anything, whether a post may open a case for a referral, people and situations.</summary>
    /// <param name="post">The post.</param>
    /// <param name="referral">The referral.</param>
    /// <param name="participants">The people concerned.</param>
    /// <param name="situations">The situations.</param>
    /// <returns>Allowed, or the first refusal.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RuleCheck CheckOpening(Post post, Referral referral, IReadOnlyCollection<Participant> participants, IReadOnlyCollection<SituationKind> situations)
    {
        Preconditions.CheckNotNull(post);
        Preconditions.CheckNotNull(referral);
        Preconditions.CheckNotNull(participants);
        Preconditions.CheckNotNull(situations);
        var profile = post.Profile;
        if (!profile.Channels.Contains(referral.Channel))
        {
            return RuleCheck.Refused(DomainCodes.ReferralChannelNotAllowed, ChannelRule(profile), Args(("Profile", profile.Kind), ("Channel", referral.Channel)));
        }

        if (!profile.Accepts(referral.Channel, post.Force))
        {
            return RuleCheck.Refused(DomainCodes.ReferralChannelWrongForce, "R20", Args(("Channel", referral.Channel), ("Force", post.Force)));
        }

        if (participants.Count == 0)
        {
            return RuleCheck.Refused(DomainCodes.CaseParticipantsEmpty, null);
        }

        if (participants.Select(p => p.Person).Distinct().Count() != participants.Count)
        {
            return RuleCheck.Refused(DomainCodes.ParticipantDuplicate, null);
        }

        if (participants.FirstOrDefault(p => !profile.ServedRoles.Contains(p.Role)) is { } unserved)
        {
            return RuleCheck.Refused(DomainCodes.ParticipantRoleNotServed, RolesRule(profile), Args(("Profile", profile.Kind), ("Role", unserved.Role)));
        }

        if (situations.Count == 0)
        {
            return RuleCheck.Refused(DomainCodes.CaseSituationsEmpty, null);
        }

        if (situations.Distinct().Count() != situations.Count)
        {
            return RuleCheck.Refused(DomainCodes.CaseDuplicateSituation, null, Args(("Situation", situations.GroupBy(s => s).First(g => g.Count() > 1).Key)));
        }

        foreach (var situation in situations)
        {
            if (!profile.Situations.Contains(situation))
            {
                return RuleCheck.Refused(DomainCodes.CaseSituationNotServed, SituationsRule(profile), Args(("Profile", profile.Kind), ("Situation", situation)));
            }
        }

        return RuleCheck.Allowed;
    }

    /// <summary>Records the admissibility assessment of a Québec social referral (R32); a referral meeting no criterion closes as <see cref="CaseOutcome.NotAdmissible"/>.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="DomainRuleException">The profile has no admissibility criteria, the case is not in <see cref="CaseState.Received"/> or was already assessed, or the date is before the last event.</exception>
    public void AssessAdmissibility(AdmissibilityAssessment assessment)
    {
        Preconditions.CheckNotNull(assessment);
        if (!Profile.RequiresAdmissibility)
        {
            throw new DomainRuleException(DomainCodes.AdmissibilityNotApplicable, "R32", Args(("Profile", Profile.Kind)));
        }

        RequireState("assess admissibility", CaseState.Received);
        if (Admissibility is not null)
        {
            throw InvalidTransition("assess admissibility");
        }

        RequireDate(assessment.AssessedOn);
        Admissibility = assessment;
        LastEventOn = assessment.AssessedOn;
        Raise(new AdmissibilityAssessed(Id, assessment.AssessedOn, assessment.IsAdmissible));
        if (!assessment.IsAdmissible)
        {
            CloseWith(assessment.AssessedOn, CaseOutcome.NotAdmissible);
        }
    }

    /// <summary>Records the first contact: the person is told of the referral and of the worker's role; receptivity is assessed (R33).</summary>
    /// <param name="on">The date.</param>
    /// <param name="mode">The interview kind: at office, at home, by phone or on site.</param>
    /// <param name="receptivity">The person's receptivity.</param>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is not an interview.</exception>
    /// <exception cref="DomainRuleException">The case is not in <see cref="CaseState.Received"/>, a Québec referral is not yet found admissible (R32), the profile does not offer that interview, or the date is before the last event.</exception>
    public void RecordFirstContact(LocalDate on, ActionKind mode, Receptivity receptivity)
    {
        Preconditions.CheckArgument(Enum.IsDefined(mode) && mode.IsInterview(), nameof(mode), "A first contact is an interview.");
        Preconditions.CheckDefined(receptivity);
        RequireState("record the first contact", CaseState.Received);
        if (Profile.RequiresAdmissibility && Admissibility?.IsAdmissible != true)
        {
            throw new DomainRuleException(DomainCodes.AdmissibilityRequired, "R32");
        }

        RequireOffered(mode);
        RequireDate(on);
        FirstContact = new FirstContact(on, mode, receptivity);
        State = CaseState.FirstContactMade;
        LastEventOn = on;
        _actions.Add(new InterventionAction(mode, on));
        Raise(new FirstContactMade(Id, on, mode));
    }

    /// <summary>Records the person's adhesion, freely given (R04); the work can start.</summary>
    /// <param name="on">The date.</param>
    /// <param name="by">The person or their legal representative.</param>
    /// <exception cref="DomainRuleException">The case is not at first contact (or already adheres), or the date is before the last event.</exception>
    /// <remarks>A person who refused may change their mind while the case is open (seed 001: « il n'est pas rare d'obtenir la collaboration de la personne à la suite d'un nouveau déplacement »).</remarks>
    public void RecordAdhesion(LocalDate on, AdhesionGiver by)
    {
        Preconditions.CheckDefined(by);
        if (HasAdhesion && !IsClosed)
        {
            throw new DomainRuleException(DomainCodes.CaseAdhesionAlreadyRecorded, "R04");
        }

        RequireState("record adhesion", CaseState.FirstContactMade);
        RequireDate(on);
        Adhesion = new Adhesion(AdhesionDecision.Given, on, by);
        WorkerRemainsAvailable = false;
        State = CaseState.InProgress;
        LastEventOn = on;
        Raise(new AdhesionGiven(Id, on, by));
    }

    /// <summary>
    /// Records that the person refuses the help offered or withdraws their adhesion. The refusal is respected and recorded as
    /// "the worker remains available"; the case closes as <see cref="CaseOutcome.HelpRefused"/> unless an active officer guidance
    /// card keeps it open (R35, R36).
    /// </summary>
    /// <param name="on">The date.</param>
    /// <param name="by">The person or their legal representative.</param>
    /// <exception cref="DomainRuleException">The case is not at first contact, in progress or oriented, or the date is before the last event.</exception>
    public void RecordRefusal(LocalDate on, AdhesionGiver by)
    {
        Preconditions.CheckDefined(by);
        RequireState("record a refusal", CaseState.FirstContactMade, CaseState.InProgress, CaseState.Oriented);
        RequireDate(on);
        Adhesion = new Adhesion(AdhesionDecision.Refused, on, by);
        RespectRefusal(on, noResponse: false, CaseOutcome.HelpRefused);
    }

    /// <summary>
    /// Records that the person did not answer the attempts at contact. As for a refusal, the worker remains available and the
    /// case closes as <see cref="CaseOutcome.NoResponseToContact"/> unless an active officer guidance card keeps it open (R35, R36).
    /// </summary>
    /// <param name="on">The date.</param>
    /// <exception cref="DomainRuleException">The case is not in <see cref="CaseState.Received"/>, or the date is before the last event.</exception>
    public void RecordNoResponse(LocalDate on)
    {
        RequireState("record no response", CaseState.Received);
        RequireDate(on);
        RespectRefusal(on, noResponse: true, CaseOutcome.NoResponseToContact);
    }

    /// <summary>Records an action; those that need adhesion are refused without it (R04).</summary>
    /// <param name="action">The action. Use <see cref="Orient"/> for orientations and the guidance-card operations for cards.</param>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is null.</exception>
    /// <exception cref="ArgumentException">The action is an orientation, a supported referral or a guidance card, which have their own operations.</exception>
    /// <exception cref="DomainRuleException">The case is not open after first contact, the profile does not offer the action, the person does not adhere to an action that needs it (R04), a partner kind is given, or the date is before the last event.</exception>
    public void RecordAction(InterventionAction action)
    {
        Preconditions.CheckNotNull(action);
        Preconditions.CheckDefined(action.Kind, nameof(action));
        Preconditions.CheckArgument(
            !action.Kind.TargetsPartner() && action.Kind != ActionKind.OfficerGuidanceCard,
            nameof(action),
            "Orientations, supported referrals and guidance cards are recorded through Orient and IssueGuidanceCard.");
        RequireState("record an action", CaseState.FirstContactMade, CaseState.InProgress, CaseState.Oriented);
        RequireOffered(action.Kind);
        if (action.Partner is not null)
        {
            throw new DomainRuleException(DomainCodes.ActionPartnerNotExpected, null, Args(("Action", action.Kind)));
        }

        RequireAdhesionFor(action.Kind);
        RequireDate(action.On);
        _actions.Add(action);
        LastEventOn = action.On;
        Raise(new ActionRecorded(Id, action.On, action.Kind, null));
    }

    /// <summary>Orients the person to a kind of partner, as a plain orientation or a supported referral (R01, R34, R52). Needs adhesion (R04).</summary>
    /// <param name="on">The date.</param>
    /// <param name="partner">The kind of partner.</param>
    /// <param name="supported">Whether it is a supported referral, so the person need not tell their story again (R34).</param>
    /// <exception cref="DomainRuleException">The case is not in progress or oriented, the profile does not offer it, the person does not adhere (R04), or the date is before the last event.</exception>
    public void Orient(LocalDate on, PartnerKind partner, bool supported = false)
    {
        Preconditions.CheckDefined(partner);
        var kind = supported ? ActionKind.SupportedReferral : ActionKind.Orientation;
        RequireState("orient the person", CaseState.FirstContactMade, CaseState.InProgress, CaseState.Oriented);
        RequireOffered(kind);
        RequireAdhesionFor(kind);
        RequireDate(on);
        _actions.Add(new InterventionAction(kind, on, partner));
        State = CaseState.Oriented;
        LastEventOn = on;
        Raise(new ActionRecorded(Id, on, kind, partner));
        Raise(new PersonOriented(Id, on, partner, supported));
    }

    /// <summary>Issues the officer-facing guidance card (fiche Info-social; R36). Without adhesion it rests only on past police interventions (R35).</summary>
    /// <param name="on">The date.</param>
    /// <exception cref="DomainRuleException">The profile issues no cards, a card is already active, the case is closed or not yet admissible, or the date is before the last event.</exception>
    public void IssueGuidanceCard(LocalDate on)
    {
        RequireCards();
        RequireOpen("issue a guidance card");
        if (Profile.RequiresAdmissibility && Admissibility?.IsAdmissible != true)
        {
            throw new DomainRuleException(DomainCodes.AdmissibilityRequired, "R32");
        }

        if (GuidanceCard is not null)
        {
            throw new DomainRuleException(DomainCodes.GuidanceCardAlreadyActive, "R36");
        }

        RequireDate(on);
        GuidanceCard = new OfficerGuidanceCard(on, on, basedOnPoliceInterventionsOnly: !HasAdhesion);
        _actions.Add(new InterventionAction(ActionKind.OfficerGuidanceCard, on));
        LastEventOn = on;
        Raise(new GuidanceCardIssued(Id, on, GuidanceCard.NextReviewDue));
    }

    /// <summary>Records the yearly review of the active guidance card (R36); the next review falls due one year later.</summary>
    /// <param name="on">The date of the review.</param>
    /// <exception cref="DomainRuleException">There is no active card, the case is closed, or the date is before the last event.</exception>
    public void ReviewGuidanceCard(LocalDate on)
    {
        RequireCards();
        RequireOpen("review the guidance card");
        var card = GuidanceCard ?? throw new DomainRuleException(DomainCodes.GuidanceCardNone, "R36");
        RequireDate(on);
        GuidanceCard = new OfficerGuidanceCard(card.IssuedOn, on, basedOnPoliceInterventionsOnly: !HasAdhesion);
        _actions.Add(new InterventionAction(ActionKind.OfficerGuidanceCard, on));
        LastEventOn = on;
        Raise(new GuidanceCardReviewed(Id, on, GuidanceCard.NextReviewDue));
    }

    /// <summary>
    /// Withdraws the active guidance card when police are no longer expected to meet the person, so the case may close (R36).
    /// A case the card kept open after a refusal or an unanswered contact closes then, with that outcome (R35).
    /// </summary>
    /// <param name="on">The date.</param>
    /// <exception cref="DomainRuleException">There is no active card, the case is closed, or the date is before the last event.</exception>
    public void WithdrawGuidanceCard(LocalDate on)
    {
        RequireCards();
        RequireOpen("withdraw the guidance card");
        if (GuidanceCard is null)
        {
            throw new DomainRuleException(DomainCodes.GuidanceCardNone, "R36");
        }

        RequireDate(on);
        GuidanceCard = null;
        LastEventOn = on;
        Raise(new GuidanceCardWithdrawn(Id, on));
        if (WorkerRemainsAvailable && !HasAdhesion)
        {
            // The card only deferred the closing of a refusal or an unanswered contact (R35, R36).
            CloseWith(on, Adhesion?.Decision == AdhesionDecision.Refused ? CaseOutcome.HelpRefused : CaseOutcome.NoResponseToContact);
        }
    }

    /// <summary>Whether the active guidance card's yearly review is due on a date (R36).</summary>
    /// <param name="on">The date.</param>
    /// <returns><see langword="true"/> when a card is active and its review is due.</returns>
    public bool IsGuidanceCardReviewDue(LocalDate on) => GuidanceCard?.IsReviewDueOn(on) == true;

    /// <summary>Closes the case with an outcome.</summary>
    /// <param name="on">The date.</param>
    /// <param name="outcome">
    /// <see cref="CaseOutcome.SingleInterview"/> after a first contact, <see cref="CaseOutcome.Completed"/> once in progress or oriented,
    /// <see cref="CaseOutcome.Oriented"/> once oriented. Refusals, no answer and inadmissibility have their own operations.
    /// </param>
    /// <exception cref="DomainRuleException">The outcome does not fit the state, the outcome has its own operation, an active guidance card keeps the case open (R36), or the date is before the last event.</exception>
    public void Close(LocalDate on, CaseOutcome outcome)
    {
        Preconditions.CheckDefined(outcome);
        switch (outcome)
        {
            case CaseOutcome.SingleInterview:
                RequireState("close after a single interview", CaseState.FirstContactMade, CaseState.InProgress);
                break;
            case CaseOutcome.Completed:
                RequireState("close as completed", CaseState.InProgress, CaseState.Oriented);
                break;
            case CaseOutcome.Oriented:
                RequireState("close as oriented", CaseState.Oriented);
                break;
            case CaseOutcome.HelpRefused:
            case CaseOutcome.NoResponseToContact:
            case CaseOutcome.NotAdmissible:
                throw new DomainRuleException(DomainCodes.CaseOutcomeNotForClosing, null, Args(("Outcome", outcome)));
            default:
                throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome.");
        }

        if (GuidanceCard is not null)
        {
            throw new DomainRuleException(DomainCodes.GuidanceCardKeepsCaseOpen, "R36");
        }

        RequireDate(on);
        CloseWith(on, outcome);
    }

    /// <summary>Returns the events raised since the last call, in order, and forgets them.</summary>
    /// <returns>The events.</returns>
    public IReadOnlyList<CaseEvent> DequeueEvents()
    {
        var events = _pendingEvents.ToArray();
        _pendingEvents.Clear();
        return events;
    }

    private void RespectRefusal(LocalDate on, bool noResponse, CaseOutcome outcome)
    {
        WorkerRemainsAvailable = true;
        LastEventOn = on;
        var keptOpen = GuidanceCard is not null;
        Raise(new HelpRefused(Id, on, noResponse, WorkerRemainsAvailable: true, keptOpen));
        if (keptOpen)
        {
            // R36: the file stays open while police may meet the person again; without adhesion the card rests on police interventions only (R35).
            GuidanceCard = new OfficerGuidanceCard(GuidanceCard!.IssuedOn, GuidanceCard.LastReviewedOn, basedOnPoliceInterventionsOnly: true);
            if (State is CaseState.InProgress or CaseState.Oriented)
            {
                State = CaseState.FirstContactMade;
            }
        }
        else
        {
            CloseWith(on, outcome);
        }
    }

    private void CloseWith(LocalDate on, CaseOutcome outcome)
    {
        State = CaseState.Closed;
        Outcome = outcome;
        ClosedOn = on;
        LastEventOn = on;
        Raise(new CaseClosed(Id, on, outcome));
    }

    private void RequireState(string operation, params CaseState[] allowed)
    {
        if (IsClosed)
        {
            throw new DomainRuleException(DomainCodes.CaseClosed, null);
        }

        if (Array.IndexOf(allowed, State) < 0)
        {
            throw InvalidTransition(operation);
        }
    }

    private void RequireOpen(string operation) =>
        RequireState(operation, CaseState.Received, CaseState.FirstContactMade, CaseState.InProgress, CaseState.Oriented);

    private DomainRuleException InvalidTransition(string operation) =>
        new(DomainCodes.CaseInvalidTransition, null, Args(("Operation", operation), ("State", State)));

    private void RequireOffered(ActionKind kind)
    {
        if (!Profile.Actions.Contains(kind))
        {
            throw new DomainRuleException(DomainCodes.ActionNotAllowed, ActionsRule(Profile), Args(("Profile", Profile.Kind), ("Action", kind)));
        }
    }

    private void RequireAdhesionFor(ActionKind kind)
    {
        if (kind.RequiresAdhesion() && !HasAdhesion)
        {
            throw new DomainRuleException(DomainCodes.ActionAdhesionRequired, "R04", Args(("Action", kind)));
        }
    }

    private void RequireCards()
    {
        if (!Profile.IssuesGuidanceCards)
        {
            throw new DomainRuleException(DomainCodes.GuidanceCardNotSupported, "R36", Args(("Profile", Profile.Kind)));
        }
    }

    private void RequireDate(LocalDate on)
    {
        if (on < Referral.ReceivedOn)
        {
            throw new DomainRuleException(DomainCodes.DateBeforeReferral, null, Args(("Date", on), ("ReceivedOn", Referral.ReceivedOn)));
        }

        if (on < LastEventOn)
        {
            throw new DomainRuleException(DomainCodes.DateBeforePreviousEvent, null, Args(("Date", on), ("Last", LastEventOn)));
        }
    }

    private void Raise(CaseEvent @event) => _pendingEvents.Add(@event);

    private static string ChannelRule(ServiceProfile profile) => profile.Kind switch
    {
        ServiceProfileKind.QuebecPolicePsychosocialCoordination => "R30",
        ServiceProfileKind.PoliceStaffPsychosocialService => "R40",
        _ => "R20",
    };

    private static string RolesRule(ServiceProfile profile) => profile.Kind switch
    {
        ServiceProfileKind.PoliceStaffPsychosocialService => "R40",
        ServiceProfileKind.BelgianPoliceVictimAssistance => "R50",
        _ => "R02",
    };

    private static string SituationsRule(ServiceProfile profile) => profile.Kind switch
    {
        ServiceProfileKind.QuebecPolicePsychosocialCoordination => "R31",
        ServiceProfileKind.BelgianPoliceVictimAssistance => "R50",
        ServiceProfileKind.PoliceStaffPsychosocialService => "R40",
        _ => "R02",
    };

    private static string ActionsRule(ServiceProfile profile) => profile.Kind switch
    {
        ServiceProfileKind.QuebecPolicePsychosocialCoordination => "R33",
        ServiceProfileKind.BelgianPoliceVictimAssistance => "R53",
        ServiceProfileKind.PoliceStaffPsychosocialService => "R40",
        _ => "R01",
    };

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
}
