using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Domain;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using NodaTime;

namespace Intervention.Reporting.LiaisonSheets;

/// <summary>Why the person is oriented to the partner (the coded part of "motif de l'orientation"; details go in free text).</summary>
public enum OrientationReason
{
    /// <summary>Housing.</summary>
    Housing = 1,

    /// <summary>Financial difficulties of the household.</summary>
    FinancialDifficulty = 2,

    /// <summary>An educational follow-up asked for by the family.</summary>
    EducationalSupport = 3,

    /// <summary>Family support.</summary>
    FamilySupport = 4,

    /// <summary>Health and care.</summary>
    Health = 5,

    /// <summary>Support as a victim.</summary>
    VictimSupport = 6,

    /// <summary>Administrative help and access to rights.</summary>
    AdministrativeHelp = 7,

    /// <summary>Employment and training.</summary>
    Employment = 8,
}

/// <summary>The lifecycle of a liaison sheet: draft → validated with the person → sent → accepted or declined → closed with feedback.</summary>
public enum LiaisonSheetState
{
    /// <summary>Written, not yet shown to the person.</summary>
    Draft = 1,

    /// <summary>The person was told what is sent and validated it (R21, R34).</summary>
    ValidatedWithPerson = 2,

    /// <summary>Sent to the partner.</summary>
    Sent = 3,

    /// <summary>The partner accepted the orientation.</summary>
    Accepted = 4,

    /// <summary>The partner declined it, with a reason.</summary>
    Declined = 5,

    /// <summary>Closed with the partner's feedback.</summary>
    Closed = 6,
}

/// <summary>The worker's professional contact, who sends the sheet (not the person's identity).</summary>
/// <param name="Name">The worker's name.</param>
/// <param name="Service">The service and post.</param>
/// <param name="Phone">A professional phone.</param>
/// <param name="Email">A professional e-mail.</param>
public sealed record SenderContact(string Name, string Service, string? Phone, string? Email);

/// <summary>The person's contact on the sheet, present only when the decision allows identity (and contact details).</summary>
/// <param name="FamilyName">The family name.</param>
/// <param name="GivenNames">The given names.</param>
/// <param name="Phone">The phone, when contact details are allowed.</param>
/// <param name="Address">The address, when contact details are allowed.</param>
public sealed record PersonContact(string FamilyName, string GivenNames, string? Phone, string? Address);

/// <summary>The consent a document rests on, as the document shows it to the partner and to an auditor: what it is for, who gave it,
/// how, when, and until when.</summary>
/// <param name="Purpose">What the consent is for.</param>
/// <param name="GivenBy">Who gave it.</param>
/// <param name="Form">How it was expressed.</param>
/// <param name="GivenAt">When it was given.</param>
/// <param name="ExpiresAt">When it lapses, if it does.</param>
public sealed record ConsentCitation(ConsentPurpose Purpose, ConsentGiver GivenBy, ConsentForm Form, Instant GivenAt, Instant? ExpiresAt)
{
    /// <summary>Cites a consent.</summary>
    /// <param name="consent">The consent.</param>
    /// <returns>Its citation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="consent"/> is null.</exception>
    public static ConsentCitation Of(Consent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return new(consent.Purpose, consent.GivenBy, consent.Form, consent.GivenAt, consent.ExpiresAt);
    }
}

/// <summary>The disclosure decision a document was built under, as the document cites it.</summary>
/// <param name="Outcome">The outcome.</param>
/// <param name="Bases">The bases, each a citation in the document's language: code, article, paragraph and the version in force by its
/// dates (<c>Code pénal, art. 226-14, 1° (version en vigueur depuis le 3 janvier 2004)</c>).</param>
/// <param name="DateOfAct">The date of the act.</param>
/// <param name="AllowedData">The data categories allowed.</param>
/// <param name="Consent">The consent the decision rests on; present exactly when the outcome is <see cref="DisclosureOutcome.MayDiscloseWithConsent"/>.</param>
public sealed record DecisionCitation(DisclosureOutcome Outcome, IReadOnlyList<string> Bases, LocalDate DateOfAct, IReadOnlyList<DataCategory> AllowedData, ConsentCitation? Consent = null)
{
    /// <inheritdoc />
    public bool Equals(DecisionCitation? other) =>
        other is not null && Outcome == other.Outcome && DateOfAct == other.DateOfAct && Bases.SequenceEqual(other.Bases) && AllowedData.SequenceEqual(other.AllowedData)
        && Consent == other.Consent;

    internal static DecisionCitation Of(DisclosureDecision decision, System.Globalization.CultureInfo culture) =>
        new(decision.Outcome, LegalCitations.Of(decision, culture), decision.DateOfAct, decision.AllowedData,
            decision.ReliedOnConsent is { } consent ? ConsentCitation.Of(consent) : null);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Outcome, DateOfAct, Bases.Count);
}

/// <summary>
/// A liaison sheet to a departmental (or other partner) social service: sender contact, person contact, reasons and details,
/// profile and problems, orientation — only the parts the disclosure decision allows, citing it (R21; seed 004).
/// </summary>
/// <remarks>
/// Mutable by design: it is the aggregate of the sheet's lifecycle, changed only through its named steps. Built by
/// <see cref="LiaisonSheetBuilder"/>, never from a refusing decision.
/// </remarks>
public sealed class LiaisonSheet
{
    private readonly Consent? _reliedOn;
    private readonly DateTimeZone _zone;

    internal LiaisonSheet(
        Guid id, CaseId caseId, PartnerKind partner, SenderContact sender, PersonContact? person, IReadOnlyList<OrientationReason> reasons,
        string? details, IReadOnlyList<SituationKind>? problems, IReadOnlyList<(PartyRole Role, AgeGroup AgeGroup)>? profile, DecisionCitation decision, Instant createdAt,
        Consent? reliedOn, DateTimeZone zone)
    {
        _reliedOn = reliedOn;
        _zone = zone;
        Id = id;
        Case = caseId;
        Partner = partner;
        Sender = sender;
        Person = person;
        Reasons = reasons;
        Details = details;
        Problems = problems;
        Profile = profile;
        Decision = decision;
        CreatedAt = createdAt;
        State = LiaisonSheetState.Draft;
    }

    /// <summary>Gets the sheet's identifier.</summary>
    public Guid Id { get; }

    /// <summary>Gets the case.</summary>
    public CaseId Case { get; }

    /// <summary>Gets the kind of partner the person is oriented to.</summary>
    public PartnerKind Partner { get; }

    /// <summary>Gets the sender's professional contact.</summary>
    public SenderContact Sender { get; }

    /// <summary>Gets the person's contact, when allowed.</summary>
    public PersonContact? Person { get; }

    /// <summary>Gets the coded reasons for the orientation.</summary>
    public IReadOnlyList<OrientationReason> Reasons { get; }

    /// <summary>Gets the details of the situation, when allowed.</summary>
    public string? Details { get; }

    /// <summary>Gets the problems (situations), when allowed.</summary>
    public IReadOnlyList<SituationKind>? Problems { get; }

    /// <summary>Gets the profile (roles and minor/adult of the people concerned), when allowed.</summary>
    public IReadOnlyList<(PartyRole Role, AgeGroup AgeGroup)>? Profile { get; }

    /// <summary>Gets the decision the sheet was built under.</summary>
    public DecisionCitation Decision { get; }

    /// <summary>Gets when the sheet was written.</summary>
    public Instant CreatedAt { get; }

    /// <summary>Gets the lifecycle state.</summary>
    public LiaisonSheetState State { get; private set; }

    /// <summary>Gets when the person validated what is sent (R21, R34).</summary>
    public Instant? ValidatedWithPersonAt { get; private set; }

    /// <summary>Gets when it was sent.</summary>
    public Instant? SentAt { get; private set; }

    /// <summary>Gets when the partner answered.</summary>
    public Instant? AnsweredAt { get; private set; }

    /// <summary>Gets the partner's reason for declining.</summary>
    public string? DeclineReason { get; private set; }

    /// <summary>Gets the partner's feedback, once closed.</summary>
    public string? Feedback { get; private set; }

    /// <summary>Gets when it was closed.</summary>
    public Instant? ClosedAt { get; private set; }

    /// <summary>Records that the person was told what is sent and validated it (R21: « rédigée en accord et en toute transparence avec l'usager afin qu'il sache et valide les informations transmises »).</summary>
    /// <param name="at">When.</param>
    /// <exception cref="LiaisonSheetException">The sheet is not a draft, or the instant is before it was written.</exception>
    public void ValidateWithPerson(Instant at)
    {
        Require(LiaisonSheetState.Draft, at, CreatedAt);
        ValidatedWithPersonAt = at;
        State = LiaisonSheetState.ValidatedWithPerson;
    }

    /// <summary>Records that the sheet was sent: only after the person validated it (R21, R34), on the day of the act its decision was
    /// taken for, and while the consent that decision relied on is still in effect, as the person's consents stand at that instant.</summary>
    /// <param name="at">When.</param>
    /// <param name="consentsNow">The person's consents as the host holds them at <paramref name="at"/> (a withdrawal recorded since the
    /// sheet was built is found here); may be empty when the decision rests on the law.</param>
    /// <exception cref="ArgumentNullException"><paramref name="consentsNow"/> is null.</exception>
    /// <exception cref="LiaisonSheetException">The person has not validated it, the sheet is past sending, the decision was taken for
    /// another day (<see cref="LiaisonSheetCodes.DecisionOfAnotherDate"/>), or the consent it relied on is missing, withdrawn or expired
    /// (<see cref="LiaisonSheetCodes.ConsentMissing"/>, <see cref="LiaisonSheetCodes.ConsentWithdrawn"/>, <see cref="LiaisonSheetCodes.ConsentExpired"/>),
    /// with the instant among its <see cref="LiaisonSheetException.Arguments"/>.</exception>
    public void MarkSent(Instant at, IReadOnlyCollection<Consent> consentsNow)
    {
        ArgumentNullException.ThrowIfNull(consentsNow);
        if (State == LiaisonSheetState.Draft)
        {
            throw new LiaisonSheetException(LiaisonSheetCodes.NotValidatedWithPerson, "R21");
        }

        Require(LiaisonSheetState.ValidatedWithPerson, at, ValidatedWithPersonAt);
        if (Departure.Check(Decision.DateOfAct, _zone, _reliedOn, consentsNow, at) is { } refusal)
        {
            throw new LiaisonSheetException(refusal.Code, "R21", refusal.Arguments);
        }

        SentAt = at;
        State = LiaisonSheetState.Sent;
    }

    /// <summary>Records the partner's answer.</summary>
    /// <param name="accepted">Whether the partner accepted the orientation.</param>
    /// <param name="declineReason">Why it declined (required when declined).</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentException">A decline without a reason.</exception>
    /// <exception cref="LiaisonSheetException">The sheet was not sent.</exception>
    public void RecordAnswer(bool accepted, string? declineReason, Instant at)
    {
        if (!accepted && string.IsNullOrWhiteSpace(declineReason))
        {
            throw new ArgumentException("A decline says why.", nameof(declineReason));
        }

        Require(LiaisonSheetState.Sent, at, SentAt);
        AnsweredAt = at;
        DeclineReason = accepted ? null : declineReason;
        State = accepted ? LiaisonSheetState.Accepted : LiaisonSheetState.Declined;
    }

    /// <summary>Closes the sheet with the partner's feedback, which lets the worker check the orientation was right (seed 004).</summary>
    /// <param name="feedback">The feedback.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentException">The feedback is blank.</exception>
    /// <exception cref="LiaisonSheetException">The partner has not answered.</exception>
    public void Close(string feedback, Instant at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(feedback);
        if (State is not (LiaisonSheetState.Accepted or LiaisonSheetState.Declined) || at < AnsweredAt)
        {
            throw new LiaisonSheetException(LiaisonSheetCodes.InvalidTransition, null);
        }

        Feedback = feedback;
        ClosedAt = at;
        State = LiaisonSheetState.Closed;
    }

    private void Require(LiaisonSheetState state, Instant at, Instant? notBefore)
    {
        if (State != state || at < notBefore)
        {
            throw new LiaisonSheetException(LiaisonSheetCodes.InvalidTransition, null);
        }
    }
}
