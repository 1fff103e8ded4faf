using System;

namespace Intervention.Domain.Referrals;

/// <summary>Who referred a situation: the kind of referrer, the partner kind when a partner referred, and an optional reference.</summary>
/// <remarks>R20, R30: who referred is kept with the referral. The reference identifies the source document or unit (for example a BDRIJ message number or a brigade); it must not hold the person's identity.</remarks>
public sealed record Referrer
{
    /// <summary>The longest reference accepted.</summary>
    public const int MaxReferenceLength = 200;

    /// <summary>Creates a referrer.</summary>
    /// <param name="kind">The kind of referrer.</param>
    /// <param name="partner">The partner kind; required when <paramref name="kind"/> is <see cref="ReferrerKind.Partner"/>, forbidden otherwise.</param>
    /// <param name="reference">An optional reference to the source (unit, message number), at most <see cref="MaxReferenceLength"/> characters.</param>
    /// <exception cref="ArgumentException">The partner kind is missing or unexpected, or the reference is blank or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public Referrer(ReferrerKind kind, PartnerKind? partner = null, string? reference = null)
    {
        Preconditions.CheckDefined(kind);
        if (partner is { } p)
        {
            Preconditions.CheckDefined(p, nameof(partner));
        }

        Preconditions.CheckArgument((kind == ReferrerKind.Partner) == partner.HasValue, nameof(partner), "A partner kind is given exactly when a partner referred.");
        if (reference is not null)
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reference) && reference.Length <= MaxReferenceLength, nameof(reference), "The reference must be non-blank and at most 200 characters.");
        }

        Kind = kind;
        Partner = partner;
        Reference = reference;
    }

    /// <summary>Gets the kind of referrer.</summary>
    public ReferrerKind Kind { get; }

    /// <summary>Gets the partner kind when a partner referred.</summary>
    public PartnerKind? Partner { get; }

    /// <summary>Gets the optional reference to the source.</summary>
    public string? Reference { get; }
}
