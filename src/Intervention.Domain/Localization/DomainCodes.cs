namespace Intervention.Domain.Localization;

/// <summary>
/// The stable codes of the domain package's validation errors and refusals. A code never changes
/// meaning within a major version; hosts may key their own translations on it.
/// </summary>
public static class DomainCodes
{
    /// <summary>A required value is missing.</summary>
    public const string Required = "value.required";

    /// <summary>A coded value (for example an enum received as JSON text) is not one the model knows.</summary>
    public const string UnknownValue = "value.unknown";

    /// <summary>A free text exceeds its maximum length.</summary>
    public const string TextTooLong = "text.too_long";

    /// <summary>The referral is dated after today, as given by the injected clock in the service's time zone.</summary>
    public const string ReferralReceivedInFuture = "referral.received_in_future";

    /// <summary>The service profile does not accept the referral channel (R03, R20, R30, R40, R41).</summary>
    public const string ReferralChannelNotAllowed = "referral.channel_not_allowed";

    /// <summary>The channel exists only at another kind of post (day log: police station; CORG/BDRIJ: gendarmerie).</summary>
    public const string ReferralChannelWrongForce = "referral.channel_wrong_force";

    /// <summary>The referrer does not match the channel.</summary>
    public const string ReferralReferrerMismatch = "referral.referrer_mismatch";

    /// <summary>A partner referral without a partner kind.</summary>
    public const string ReferralPartnerRequired = "referral.partner_required";

    /// <summary>A partner kind given for a channel that is not a partner referral.</summary>
    public const string ReferralPartnerNotExpected = "referral.partner_not_expected";

    /// <summary>JSON input that cannot be read: not JSON, too deep, a value of the wrong type or code, an unknown property (arguments <c>Line</c>, <c>Position</c>).</summary>
    public const string JsonMalformed = "json.malformed";

    /// <summary>JSON input holding a lone surrogate: it is not Unicode text (argument <c>Offset</c>).</summary>
    public const string JsonInvalidText = "json.invalid_text";

    /// <summary>The same property twice in one JSON object: the reader never lets the last one silently win (argument <c>Field</c>).</summary>
    public const string JsonDuplicateProperty = "json.duplicate_property";

    /// <summary>A participant's birth date is after the referral date.</summary>
    public const string ParticipantBirthDateAfterReferral = "participant.birth_date_after_referral";

    /// <summary>The birth date makes the participant older than any person (more than <see cref="People.Participant.MaxAge"/> years at the referral).</summary>
    public const string ParticipantAgeOutOfRange = "participant.age_out_of_range";

    /// <summary>Neither a birth date nor a declared age group was given.</summary>
    public const string ParticipantAgeUnknown = "participant.age_unknown";

    /// <summary>The declared age group contradicts the birth date.</summary>
    public const string ParticipantAgeGroupContradicts = "participant.age_group_contradicts";

    /// <summary>The service does not serve people in this role (R02, R40, R50).</summary>
    public const string ParticipantRoleNotServed = "participant.role_not_served";

    /// <summary>The same person appears twice in one case.</summary>
    public const string ParticipantDuplicate = "participant.duplicate";

    /// <summary>A case without any person concerned.</summary>
    public const string CaseParticipantsEmpty = "case.participants_empty";

    /// <summary>A case without any situation.</summary>
    public const string CaseSituationsEmpty = "case.situations_empty";

    /// <summary>The service does not handle the situation (R02, R31, R50).</summary>
    public const string CaseSituationNotServed = "case.situation_not_served";

    /// <summary>A situation listed twice.</summary>
    public const string CaseDuplicateSituation = "case.situation_duplicate";

    /// <summary>A fact dated before the referral was received.</summary>
    public const string DateBeforeReferral = "date.before_referral";

    /// <summary>A fact dated after today.</summary>
    public const string DateInFuture = "date.in_future";

    /// <summary>A fact dated before the case's last recorded event.</summary>
    public const string DateBeforePreviousEvent = "date.before_previous_event";

    /// <summary>An action that needs the person's adhesion, without it (R04).</summary>
    public const string ActionAdhesionRequired = "action.adhesion_required";

    /// <summary>An action the service profile does not offer.</summary>
    public const string ActionNotAllowed = "action.not_allowed";

    /// <summary>An orientation or supported referral without its partner kind.</summary>
    public const string ActionPartnerRequired = "action.partner_required";

    /// <summary>A partner kind given for an action that has none.</summary>
    public const string ActionPartnerNotExpected = "action.partner_not_expected";

    /// <summary>A first contact that is not an interview (R33).</summary>
    public const string FirstContactNotInterview = "first_contact.not_interview";

    /// <summary>An action submitted as a plain action although it has its own step (orientation, supported referral, guidance card).</summary>
    public const string ActionHasOwnStep = "action.has_own_step";

    /// <summary>An e-mail address that is not one.</summary>
    public const string EmailInvalid = "identity.email_invalid";

    /// <summary>A birth date after today.</summary>
    public const string BirthDateInFuture = "identity.birth_date_in_future";

    /// <summary>An operation the lifecycle does not allow in the case's current state.</summary>
    public const string CaseInvalidTransition = "case.invalid_transition";

    /// <summary>An operation on a closed case.</summary>
    public const string CaseClosed = "case.closed";

    /// <summary>An outcome that has its own operation (refusal, orientation, inadmissibility) given to <c>Close</c>.</summary>
    public const string CaseOutcomeNotForClosing = "case.outcome_not_for_closing";

    /// <summary>Adhesion recorded twice.</summary>
    public const string CaseAdhesionAlreadyRecorded = "case.adhesion_already_recorded";

    /// <summary>The service does not issue officer guidance cards (R36 is Québec's).</summary>
    public const string GuidanceCardNotSupported = "guidance_card.not_supported";

    /// <summary>A second active guidance card.</summary>
    public const string GuidanceCardAlreadyActive = "guidance_card.already_active";

    /// <summary>No active guidance card to review or withdraw.</summary>
    public const string GuidanceCardNone = "guidance_card.none";

    /// <summary>Closing a case that an active guidance card keeps open (R36).</summary>
    public const string GuidanceCardKeepsCaseOpen = "guidance_card.keeps_case_open";

    /// <summary>A guidance card whose yearly review is overdue (R36).</summary>
    public const string GuidanceCardReviewOverdue = "guidance_card.review_overdue";

    /// <summary>A Québec social referral not yet found admissible (R32).</summary>
    public const string AdmissibilityRequired = "admissibility.required";

    /// <summary>An admissibility assessment for a service that has none.</summary>
    public const string AdmissibilityNotApplicable = "admissibility.not_applicable";

    /// <summary>An admissibility assessment that does not assess each criterion once with a reason (R32).</summary>
    public const string AdmissibilityFindingsIncomplete = "admissibility.findings_incomplete";

    /// <summary>The same household handled by the post under two hats (R27).</summary>
    public const string HouseholdCapacityConflict = "household.capacity_conflict";

    /// <summary>A post of a force the service profile does not work in.</summary>
    public const string PostForceNotAllowed = "post.force_not_allowed";
}
