using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Confidentiality.Consents;
using Intervention.Domain.People;
using NodaTime;
using Gap = Intervention.Confidentiality.Consents.ConsentGap;

namespace Intervention.Confidentiality.Disclosure;

/// <summary>The person the information is about, as far as disclosure rules care: minor or adult, under legal protection or not.</summary>
/// <param name="AgeGroup">Minor or adult on the date of the act.</param>
/// <param name="UnderLegalProtection">Whether an adult is under guardianship or another protection measure (consent then comes from the representative).</param>
public sealed record DisclosureSubject(AgeGroup AgeGroup, bool UnderLegalProtection = false)
{
    /// <summary>Gets whether consent must come from a parent or legal representative rather than the person.</summary>
    public bool ConsentByRepresentative => AgeGroup == AgeGroup.Minor || UnderLegalProtection;

    /// <summary>The subject for a participant of a case (minor or adult at the referral date).</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="underLegalProtection">Whether an adult is under a protection measure (the case does not record it).</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participant"/> is null.</exception>
    public static DisclosureSubject From(Participant participant, bool underLegalProtection = false) =>
        new((participant ?? throw new ArgumentNullException(nameof(participant))).AgeGroup, underLegalProtection);
}

/// <summary>
/// The question a host asks: may this discloser tell this recipient these data, for this purpose, given these facts and
/// consents, at this moment? The law's version is chosen by the date of <see cref="ActAt"/>; the clock is never read.
/// </summary>
public sealed record DisclosureRequest
{
    private readonly DataCategory[] _data;
    private readonly FactKind[] _facts;
    private readonly Consent[] _consents;

    /// <summary>Creates a request.</summary>
    /// <param name="discloser">Who holds the information.</param>
    /// <param name="recipient">Who would receive it.</param>
    /// <param name="purpose">Why.</param>
    /// <param name="data">The data categories asked for (at least one).</param>
    /// <param name="facts">The facts assessed.</param>
    /// <param name="subject">The person the information is about.</param>
    /// <param name="consents">The person's consents (all of them; the engine picks those in effect).</param>
    /// <param name="actAt">When the disclosure would take place, in the service's time zone.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No data category is asked for.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public DisclosureRequest(
        DiscloserKind discloser,
        RecipientKind recipient,
        DisclosurePurpose purpose,
        IReadOnlyList<DataCategory> data,
        IReadOnlyList<FactKind> facts,
        DisclosureSubject subject,
        IReadOnlyList<Consent> consents,
        ZonedDateTime actAt)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(consents);
        Discloser = Check.Defined(discloser);
        Recipient = Check.Defined(recipient);
        Purpose = Check.Defined(purpose);
        Check.Defined(subject.AgeGroup);
        _data = data.Select(d => Check.Defined(d)).Distinct().Order().ToArray();
        if (_data.Length == 0)
        {
            throw new ArgumentException("A request asks for at least one data category.", nameof(data));
        }

        _facts = facts.Select(f => Check.Defined(f)).Distinct().Order().ToArray();
        _consents = consents.Select(c => c ?? throw new ArgumentNullException(nameof(consents))).ToArray();
        DataMask = EnumSet<DataCategory>.Mask(_data);
        FactMask = EnumSet<FactKind>.Mask(_facts);
        Subject = subject;
        ActAt = actAt;
    }

    /// <summary>Gets who holds the information.</summary>
    public DiscloserKind Discloser { get; }

    /// <summary>Gets who would receive it.</summary>
    public RecipientKind Recipient { get; }

    /// <summary>Gets why.</summary>
    public DisclosurePurpose Purpose { get; }

    /// <summary>Gets the data categories asked for, distinct and in order.</summary>
    public IReadOnlyList<DataCategory> Data => Array.AsReadOnly(_data);

    /// <summary>Gets the facts assessed, distinct and in order.</summary>
    public IReadOnlyList<FactKind> Facts => Array.AsReadOnly(_facts);

    /// <summary>Gets the person the information is about.</summary>
    public DisclosureSubject Subject { get; }

    /// <summary>Gets the person's consents.</summary>
    public IReadOnlyList<Consent> Consents => Array.AsReadOnly(_consents);

    /// <summary>Gets when the disclosure would take place.</summary>
    public ZonedDateTime ActAt { get; }

    /// <summary>Gets the date of the act, which chooses the law's version.</summary>
    public LocalDate DateOfAct => ActAt.Date;

    /// <summary>Whether a fact was assessed.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns><see langword="true"/> when among <see cref="Facts"/>.</returns>
    public bool Has(FactKind fact) => (FactMask & EnumSet<FactKind>.Bit(fact)) != 0;

    /// <summary>Whether a data category is asked for.</summary>
    /// <param name="category">The category.</param>
    /// <returns><see langword="true"/> when among <see cref="Data"/>.</returns>
    public bool Asks(DataCategory category) => (DataMask & EnumSet<DataCategory>.Bit(category)) != 0;

    /// <summary>Gets the data categories asked for, as a mask.</summary>
    internal int DataMask { get; }

    /// <summary>Gets the facts assessed, as a mask.</summary>
    internal int FactMask { get; }

    /// <summary>Returns the consent in effect at the act that covers a purpose for this recipient, given by someone entitled to give it.</summary>
    /// <param name="purpose">The consent purpose.</param>
    /// <returns>The consent, or <see langword="null"/>.</returns>
    /// <remarks>For a minor or a protected adult, only a parent or legal representative's consent counts; otherwise only the person's.</remarks>
    public Consent? CoveringConsent(ConsentPurpose purpose)
    {
        var at = ActAt.ToInstant();
        foreach (var consent in _consents)
        {
            var entitled = Subject.ConsentByRepresentative ? consent.GivenBy != ConsentGiver.Person : consent.GivenBy == ConsentGiver.Person;
            if (entitled && consent.Covers(purpose, Recipient, at))
            {
                return consent;
            }
        }

        return null;
    }

    /// <summary>Why no consent given with the request covers a purpose for this recipient at the act, or null when one does.</summary>
    /// <param name="purpose">The consent purpose.</param>
    /// <returns>The condition failed by the consent that came closest (see <see cref="Gap"/> for the order).</returns>
    public ConsentGap? ConsentGap(ConsentPurpose purpose)
    {
        if (CoveringConsent(purpose) is not null)
        {
            return null;
        }

        var at = ActAt.ToInstant();
        var closest = Gap.NoneGiven;
        foreach (var consent in _consents)
        {
            var entitled = Subject.ConsentByRepresentative ? consent.GivenBy != ConsentGiver.Person : consent.GivenBy == ConsentGiver.Person;
            var gap = consent.Purpose != purpose ? Gap.PurposeNotCovered
                : !entitled ? Gap.NotGivenByTheEntitledPerson
                : at < consent.GivenAt ? Gap.NotYetGiven
                : consent.WithdrawnAt is { } withdrawn && at >= withdrawn ? Gap.Withdrawn
                : consent.ExpiresAt is { } expires && at >= expires ? Gap.Expired
                : consent.Restrictions.Any(r => r.Recipient == Recipient) ? Gap.RecipientWithheld
                : purpose == ConsentPurpose.ShareWithRecipients && !consent.Recipients.Contains(Recipient) ? Gap.RecipientNotNamed
                : Gap.NoDataNamed;
            closest = gap > closest ? gap : closest;
        }

        return closest;
    }

    /// <inheritdoc />
    public bool Equals(DisclosureRequest? other) =>
        other is not null && Discloser == other.Discloser && Recipient == other.Recipient && Purpose == other.Purpose
        && Subject == other.Subject && ActAt == other.ActAt && _data.AsSpan().SequenceEqual(other._data)
        && _facts.AsSpan().SequenceEqual(other._facts) && _consents.AsSpan().SequenceEqual(other._consents);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Discloser, Recipient, Purpose, ActAt, _data.Length, _facts.Length);
}
