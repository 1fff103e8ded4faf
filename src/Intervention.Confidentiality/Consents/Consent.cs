using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Confidentiality.Disclosure;
using Intervention.Domain;
using NodaTime;

namespace Intervention.Confidentiality.Consents;

/// <summary>What a consent is for: one consent per purpose.</summary>
public enum ConsentPurpose
{
    /// <summary>To receive help (adhesion; R04, R08).</summary>
    ReceiveHelp = 1,

    /// <summary>To share information with named categories of recipients (R21, R34).</summary>
    ShareWithRecipients = 2,

    /// <summary>To appear, without identity, in activity statistics (R06).</summary>
    AppearInStatistics = 3,

    /// <summary>To have the conjugal-violence protocol file sent to the holding association (R22).</summary>
    TransmitProtocolFile = 4,
}

/// <summary>Who gave the consent.</summary>
public enum ConsentGiver
{
    /// <summary>The person themself.</summary>
    Person = 1,

    /// <summary>A parent holding parental authority.</summary>
    Parent = 2,

    /// <summary>A guardian or other legal representative.</summary>
    LegalRepresentative = 3,
}

/// <summary>How the consent was expressed.</summary>
public enum ConsentForm
{
    /// <summary>Orally, noted by the worker.</summary>
    Oral = 1,

    /// <summary>In writing.</summary>
    Written = 2,

    /// <summary>A signed authorisation to disclose naming the information and the recipient (Québec practice, R34).</summary>
    SignedAuthorisation = 3,
}

/// <summary>A recipient the person wants the information withheld from, and why.</summary>
/// <param name="Recipient">The recipient.</param>
/// <param name="Reason">The person's reason, as noted.</param>
public sealed record ConsentRestriction(RecipientKind Recipient, string Reason);

/// <summary>
/// One consent, as a dated fact: its purpose, who gave it and how, when, an optional expiry, its withdrawal, the recipient
/// categories and data it covers, and the recipients it withholds from. A withdrawn or expired consent covers nothing after
/// that instant.
/// </summary>
public sealed record Consent
{
    private readonly RecipientKind[] _recipients;
    private readonly DataCategory[] _data;
    private readonly ConsentRestriction[] _restrictions;

    /// <summary>Creates a consent.</summary>
    /// <param name="purpose">What it is for.</param>
    /// <param name="givenBy">Who gave it.</param>
    /// <param name="form">How it was expressed.</param>
    /// <param name="givenAt">When it was given.</param>
    /// <param name="recipients">The recipient categories it covers (for <see cref="ConsentPurpose.ShareWithRecipients"/>; may be empty for the other purposes).</param>
    /// <param name="data">The data categories it covers: a consent covers only what it names, so one naming none lets no data leave.</param>
    /// <param name="expiresAt">When it lapses, if it does.</param>
    /// <param name="withdrawnAt">When it was withdrawn, if it was.</param>
    /// <param name="restrictions">Recipients it withholds from, with the reason.</param>
    /// <exception cref="ArgumentException">The expiry or withdrawal is not after the giving, a sharing consent names no recipient, a recipient is both covered and withheld, or a restriction has no reason.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public Consent(
        ConsentPurpose purpose,
        ConsentGiver givenBy,
        ConsentForm form,
        Instant givenAt,
        IReadOnlyList<RecipientKind> recipients,
        IReadOnlyList<DataCategory> data,
        Instant? expiresAt = null,
        Instant? withdrawnAt = null,
        IReadOnlyList<ConsentRestriction>? restrictions = null)
    {
        Purpose = Check.Defined(purpose);
        GivenBy = Check.Defined(givenBy);
        Form = Check.Defined(form);
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(data);
        _recipients = recipients.Select(r => Check.Defined(r)).Distinct().Order().ToArray();
        _data = data.Select(d => Check.Defined(d)).Distinct().Order().ToArray();
        _restrictions = (restrictions ?? []).ToArray();
        if (expiresAt is { } expiry && expiry <= givenAt)
        {
            throw new ArgumentException("A consent expires after it is given.", nameof(expiresAt));
        }

        if (withdrawnAt is { } withdrawal && withdrawal < givenAt)
        {
            throw new ArgumentException("A consent is withdrawn after it is given.", nameof(withdrawnAt));
        }

        if (purpose == ConsentPurpose.ShareWithRecipients && _recipients.Length == 0)
        {
            throw new ArgumentException("A consent to share names at least one recipient category.", nameof(recipients));
        }

        foreach (var restriction in _restrictions)
        {
            ArgumentNullException.ThrowIfNull(restriction, nameof(restrictions));
            Check.Defined(restriction.Recipient);
            if (string.IsNullOrWhiteSpace(restriction.Reason))
            {
                throw new ArgumentException("A restriction says why.", nameof(restrictions));
            }

            if (_recipients.Contains(restriction.Recipient))
            {
                throw new ArgumentException($"{restriction.Recipient} is both covered and withheld.", nameof(restrictions));
            }
        }

        GivenAt = givenAt;
        ExpiresAt = expiresAt;
        WithdrawnAt = withdrawnAt;
    }

    /// <summary>Gets what the consent is for.</summary>
    public ConsentPurpose Purpose { get; }

    /// <summary>Gets who gave it.</summary>
    public ConsentGiver GivenBy { get; }

    /// <summary>Gets how it was expressed.</summary>
    public ConsentForm Form { get; }

    /// <summary>Gets when it was given.</summary>
    public Instant GivenAt { get; }

    /// <summary>Gets when it lapses, if it does.</summary>
    public Instant? ExpiresAt { get; }

    /// <summary>Gets when it was withdrawn, if it was.</summary>
    public Instant? WithdrawnAt { get; }

    /// <summary>Gets the recipient categories covered.</summary>
    public IReadOnlyList<RecipientKind> Recipients => Array.AsReadOnly(_recipients);

    /// <summary>Gets the data categories covered: only these (empty: none).</summary>
    public IReadOnlyList<DataCategory> Data => Array.AsReadOnly(_data);

    /// <summary>Gets the recipients withheld from, with the reasons.</summary>
    public IReadOnlyList<ConsentRestriction> Restrictions => Array.AsReadOnly(_restrictions);

    /// <summary>Returns the consent withdrawn at an instant (the earlier withdrawal wins if it was already withdrawn).</summary>
    /// <param name="at">The instant of withdrawal.</param>
    /// <returns>The withdrawn consent.</returns>
    /// <exception cref="ArgumentException"><paramref name="at"/> is before the consent was given.</exception>
    public Consent WithdrawnOn(Instant at) =>
        new(Purpose, GivenBy, Form, GivenAt, _recipients, _data, ExpiresAt, WithdrawnAt is { } earlier && earlier < at ? earlier : at, _restrictions);

    /// <summary>Whether the consent is in effect at an instant: given, not expired, not withdrawn.</summary>
    /// <param name="at">The instant.</param>
    /// <returns><see langword="true"/> from <see cref="GivenAt"/> until (excluded) the expiry or the withdrawal.</returns>
    public bool IsInEffectAt(Instant at) => at >= GivenAt && (ExpiresAt is null || at < ExpiresAt) && (WithdrawnAt is null || at < WithdrawnAt);

    /// <summary>Whether the consent lets a recipient receive information for a purpose at an instant.</summary>
    /// <param name="purpose">The consent purpose needed.</param>
    /// <param name="recipient">The recipient.</param>
    /// <param name="at">The instant of the act.</param>
    /// <returns><see langword="true"/> when in effect, for that purpose, naming that recipient (for sharing), not withholding from it,
    /// and naming at least one data category: a consent covers only what it names, so one naming none covers nothing.</returns>
    public bool Covers(ConsentPurpose purpose, RecipientKind recipient, Instant at) =>
        Purpose == purpose && _data.Length > 0 && IsInEffectAt(at) && _restrictions.All(r => r.Recipient != recipient)
        && (purpose != ConsentPurpose.ShareWithRecipients || _recipients.Contains(recipient));

    /// <summary>Whether another value records the same grant as this one, whatever their withdrawals: the same purpose, giver, form,
    /// instant given, expiry, recipients, data and restrictions. A host that records a withdrawal (<see cref="WithdrawnOn"/>) gets a new
    /// value of the same grant; this is how a document finds, among the person's consents as they stand now, the one its decision relied on.</summary>
    /// <param name="other">The other consent.</param>
    /// <returns><see langword="true"/> when both record the same grant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool IsSameGrantAs(Consent other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Purpose == other.Purpose && GivenBy == other.GivenBy && Form == other.Form && GivenAt == other.GivenAt && ExpiresAt == other.ExpiresAt
            && _recipients.AsSpan().SequenceEqual(other._recipients) && _data.AsSpan().SequenceEqual(other._data) && _restrictions.AsSpan().SequenceEqual(other._restrictions);
    }

    /// <inheritdoc />
    public bool Equals(Consent? other) =>
        other is not null && Purpose == other.Purpose && GivenBy == other.GivenBy && Form == other.Form && GivenAt == other.GivenAt
        && ExpiresAt == other.ExpiresAt && WithdrawnAt == other.WithdrawnAt && _recipients.AsSpan().SequenceEqual(other._recipients)
        && _data.AsSpan().SequenceEqual(other._data) && _restrictions.AsSpan().SequenceEqual(other._restrictions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Purpose, GivenBy, GivenAt, ExpiresAt, WithdrawnAt, _recipients.Length, _data.Length);
}
