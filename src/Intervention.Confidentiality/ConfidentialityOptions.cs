using System;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Domain.Services;

namespace Intervention.Confidentiality;

/// <summary>The options of the confidentiality package: the jurisdiction whose rules apply, the service policy, and optionally a host's own pack.</summary>
/// <remarks>Immutable; change it with <c>with</c> in <c>AddInterventionConfidentiality(o =&gt; o with { … })</c>. Validated at registration.</remarks>
public sealed record ConfidentialityOptions
{
    /// <summary>Gets the defaults: France, the law as it is.</summary>
    public static ConfidentialityOptions Default { get; } = new();

    /// <summary>Gets the jurisdiction whose rules apply (France by default).</summary>
    public Jurisdiction Jurisdiction { get; init; } = Jurisdiction.France;

    /// <summary>Gets the service policy layered on the law (<see cref="ServicePolicy.LawOnly"/> by default).</summary>
    public ServicePolicy Policy { get; init; } = ServicePolicy.LawOnly;

    /// <summary>Gets a rule pack supplied by the host instead of the built-in one; it must be of <see cref="Jurisdiction"/>.</summary>
    public RulePack? RulePack { get; init; }

    /// <summary>Returns the built-in rule pack of a jurisdiction.</summary>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <returns>The pack, or <see langword="null"/> for a value that is not a jurisdiction.</returns>
#pragma warning disable CS8524 // Undefined values are answered null before the switch; a new jurisdiction must name its pack here.
    public static RulePack? BuiltInPack(Jurisdiction jurisdiction) => !Enum.IsDefined(jurisdiction) ? null : jurisdiction switch
    {
        Jurisdiction.France => FrenchRulePack.Create(),
        Jurisdiction.Quebec => Law.Quebec.QuebecRulePack.Create(),
        Jurisdiction.Belgium => Law.Belgium.BelgianRulePack.Create(),
        Jurisdiction.Switzerland => Law.Switzerland.SwissRulePack.Create(),
    };
#pragma warning restore CS8524

    /// <summary>Returns the options for a service profile: its jurisdiction, the law as it is.</summary>
    /// <param name="profile">The service profile.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static ConfidentialityOptions For(ServiceProfile profile) =>
        Default with { Jurisdiction = (profile ?? throw new ArgumentNullException(nameof(profile))).Jurisdiction };

    /// <summary>Checks the options and returns the rule pack to use.</summary>
    /// <returns>The pack.</returns>
    /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
    public RulePack Validate()
    {
        if (!Enum.IsDefined(Jurisdiction))
        {
            throw new ArgumentException($"{nameof(Jurisdiction)}: {Jurisdiction} is not a jurisdiction.", nameof(Jurisdiction));
        }

        if (Policy is null)
        {
            throw new ArgumentException($"{nameof(Policy)} is required.", nameof(Policy));
        }

        if (RulePack is { } custom)
        {
            return custom.Jurisdiction == Jurisdiction
                ? custom
                : throw new ArgumentException($"{nameof(RulePack)}: the pack is for {custom.Jurisdiction}, the options for {Jurisdiction}.", nameof(RulePack));
        }

        return BuiltInPack(Jurisdiction)
            ?? throw new ArgumentException($"{nameof(Jurisdiction)}: no built-in rule pack for {Jurisdiction} yet; supply {nameof(RulePack)}.", nameof(Jurisdiction));
    }
}
