using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Domain.People;
using NodaTime;
using NodaTime.Text;

namespace Intervention.Confidentiality.Audit;

/// <summary>
/// What a decision rested on, as its audit entry keeps it, so that <see cref="AuditChain.Replay"/> can decide it again: the instant of
/// the act, the subject, the facts assessed, a reference to each consent (never its content), the rule pack with its version, and the
/// service policy.
/// </summary>
public sealed record AuditBasis
{
    private readonly FactKind[] _facts;
    private readonly string[] _consents;

    /// <summary>Creates a basis as stored.</summary>
    /// <param name="actAt">The instant of the act, with the offset it happened at (so the date of the act is kept).</param>
    /// <param name="subjectAgeGroup">Whether the subject is a minor or an adult.</param>
    /// <param name="subjectUnderLegalProtection">Whether the subject is an adult under legal protection.</param>
    /// <param name="facts">The facts assessed.</param>
    /// <param name="consentReferences">The references of the consents given with the request (<see cref="ConsentReference"/>), in order.</param>
    /// <param name="pack">The rule pack's name.</param>
    /// <param name="packVersion">The rule pack's version (<see cref="Law.RulePack.Version"/>).</param>
    /// <param name="policy">The service policy, as <see cref="PolicyText"/> writes it.</param>
    /// <exception cref="ArgumentNullException">A list or text is null.</exception>
    public AuditBasis(
        OffsetDateTime actAt, AgeGroup subjectAgeGroup, bool subjectUnderLegalProtection, IReadOnlyList<FactKind> facts, IReadOnlyList<string> consentReferences,
        string pack, string packVersion, string policy)
    {
        ActAt = actAt;
        SubjectAgeGroup = subjectAgeGroup;
        SubjectUnderLegalProtection = subjectUnderLegalProtection;
        _facts = (facts ?? throw new ArgumentNullException(nameof(facts))).ToArray();
        _consents = (consentReferences ?? throw new ArgumentNullException(nameof(consentReferences))).ToArray();
        Pack = pack ?? throw new ArgumentNullException(nameof(pack));
        PackVersion = packVersion ?? throw new ArgumentNullException(nameof(packVersion));
        Policy = policy ?? throw new ArgumentNullException(nameof(policy));
    }

    /// <summary>Gets the instant of the act, with its offset.</summary>
    public OffsetDateTime ActAt { get; }

    /// <summary>Gets whether the subject is a minor or an adult.</summary>
    public AgeGroup SubjectAgeGroup { get; }

    /// <summary>Gets whether the subject is an adult under legal protection.</summary>
    public bool SubjectUnderLegalProtection { get; }

    /// <summary>Gets the facts assessed.</summary>
    public IReadOnlyList<FactKind> Facts => Array.AsReadOnly(_facts);

    /// <summary>Gets the references of the consents given with the request, in order.</summary>
    public IReadOnlyList<string> ConsentReferences => Array.AsReadOnly(_consents);

    /// <summary>Gets the rule pack's name.</summary>
    public string Pack { get; }

    /// <summary>Gets the rule pack's version.</summary>
    public string PackVersion { get; }

    /// <summary>Gets the service policy.</summary>
    public string Policy { get; }

    /// <summary>The basis of a decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>Its basis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public static AuditBasis Of(DisclosureDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var request = decision.Request;
        return new AuditBasis(
            request.ActAt.ToOffsetDateTime(), request.Subject.AgeGroup, request.Subject.UnderLegalProtection, request.Facts,
            request.Consents.Select(ConsentReference).ToArray(), decision.Engine.Pack.Name, decision.Engine.Pack.Version, PolicyText(decision.Engine.Policy));
    }

    /// <summary>A consent's reference: the SHA-256 of its canonical text (purpose, giver, form, dates, recipients, data, restrictions),
    /// so that an entry names the consents it rested on without holding them, and a replay can check it is given the same ones.</summary>
    /// <param name="consent">The consent.</param>
    /// <returns>The reference, lowercase hexadecimal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="consent"/> is null.</exception>
    public static string ConsentReference(Consent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var text = new StringBuilder();
        Canonical.Field(text, consent.Purpose.ToString());
        Canonical.Field(text, consent.GivenBy.ToString());
        Canonical.Field(text, consent.Form.ToString());
        Canonical.Field(text, InstantPattern.ExtendedIso.Format(consent.GivenAt));
        Canonical.OptionalField(text, consent.ExpiresAt is { } e ? InstantPattern.ExtendedIso.Format(e) : null);
        Canonical.OptionalField(text, consent.WithdrawnAt is { } w ? InstantPattern.ExtendedIso.Format(w) : null);
        Canonical.List(text, consent.Recipients.Select(r => r.ToString()));
        Canonical.List(text, consent.Data.Select(d => d.ToString()));
        Canonical.List(text, consent.Restrictions.Select(r => r.Recipient + "=" + r.Reason));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>A service policy as an entry records it: its mandatory permissions and its duties read as permissions.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The text, for example <c>mandatory=FR-CP-226-14-1;permissive=</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static string PolicyText(Law.ServicePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return $"mandatory={string.Join(",", policy.MandatoryPermissions.Order(StringComparer.Ordinal))};permissive={string.Join(",", policy.DutiesReadAsPermissions.Order(StringComparer.Ordinal))}";
    }

    internal void Write(StringBuilder text)
    {
        Canonical.Field(text, OffsetDateTimePattern.ExtendedIso.Format(ActAt));
        Canonical.Field(text, SubjectAgeGroup.ToString());
        Canonical.Field(text, SubjectUnderLegalProtection ? "1" : "0");
        Canonical.List(text, _facts.Select(f => f.ToString()));
        Canonical.List(text, _consents);
        Canonical.Field(text, Pack);
        Canonical.Field(text, PackVersion);
        Canonical.Field(text, Policy);
    }

    /// <inheritdoc />
    public bool Equals(AuditBasis? other) =>
        other is not null && ActAt == other.ActAt && SubjectAgeGroup == other.SubjectAgeGroup && SubjectUnderLegalProtection == other.SubjectUnderLegalProtection
        && _facts.AsSpan().SequenceEqual(other._facts) && _consents.AsSpan().SequenceEqual(other._consents) && Pack == other.Pack && PackVersion == other.PackVersion && Policy == other.Policy;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ActAt, Pack, PackVersion, _consents.Length);
}

/// <summary>The canonical text audit hashes are taken over: every field prefixed by its length, an absent one written <c>-;</c>.</summary>
internal static class Canonical
{
    internal static void Field(StringBuilder text, string value) =>
        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');

    internal static void OptionalField(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append("-;");
        }
        else
        {
            Field(text, value);
        }
    }

    internal static void List(StringBuilder text, IEnumerable<string> values)
    {
        var items = values.ToArray();
        text.Append(items.Length.ToString(CultureInfo.InvariantCulture)).Append('[');
        foreach (var item in items)
        {
            Field(text, item);
        }

        text.Append("];");
    }
}
