using System;
using NodaTime;

namespace Intervention.Domain.Referrals;

/// <summary>How and when a situation reached the worker (saisine), and who referred it.</summary>
/// <remarks>R03, R20, R30, R40, R41. A referral through the reception desk carries the person's consent to meet the worker, obtained upstream (R20).</remarks>
public sealed record Referral
{
    /// <summary>Creates a referral.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="receivedOn">The date the referral was received.</param>
    /// <param name="referrer">Who referred; its kind must be the one the channel implies (<see cref="ReferralChannelFacts.ExpectedReferrer"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="referrer"/> is null.</exception>
    /// <exception cref="ArgumentException">The referrer does not match the channel.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is not defined.</exception>
    /// <remarks>Host input is checked by <c>OpenCaseRequestValidator</c> first, which reports these problems as translated validation errors.</remarks>
    public Referral(ReferralChannel channel, LocalDate receivedOn, Referrer referrer)
    {
        Preconditions.CheckDefined(channel);
        Preconditions.CheckNotNull(referrer);
        Preconditions.CheckArgument(referrer.Kind == channel.ExpectedReferrer(), nameof(referrer), $"The channel {channel} implies a referrer of kind {channel.ExpectedReferrer()}, not {referrer.Kind}.");
        Channel = channel;
        ReceivedOn = receivedOn;
        Referrer = referrer;
    }

    /// <summary>Gets the channel.</summary>
    public ReferralChannel Channel { get; }

    /// <summary>Gets the date the referral was received.</summary>
    public LocalDate ReceivedOn { get; }

    /// <summary>Gets who referred.</summary>
    public Referrer Referrer { get; }

    /// <summary>Gets whether the person's consent to meet the worker was obtained before the referral (R20).</summary>
    public bool ConsentObtainedUpstream => Channel.ConsentObtainedUpstream();
}
