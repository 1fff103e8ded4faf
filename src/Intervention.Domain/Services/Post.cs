using System.Collections.Generic;
using System.Text.Json.Serialization;
using Intervention.Domain.Localization;

namespace Intervention.Domain.Services;

/// <summary>A social-worker position in a police station, gendarmerie unit or police service, under one service profile.</summary>
/// <remarks>Two half-time workers may share one post (R27); the post, not the worker, is what receives referrals.</remarks>
public sealed record Post
{
    /// <summary>Creates a post.</summary>
    /// <param name="id">The post's identifier.</param>
    /// <param name="profileKind">The service.</param>
    /// <param name="force">The kind of unit hosting the post.</param>
    /// <exception cref="System.ArgumentException"><paramref name="id"/> is the default value.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="profileKind"/> or <paramref name="force"/> is not defined.</exception>
    /// <exception cref="DomainRuleException">The service does not work in that kind of unit (<c>post.force_not_allowed</c>).</exception>
    public Post(PostId id, ServiceProfileKind profileKind, ForceKind force)
    {
        Preconditions.CheckArgument(id != default, nameof(id), "The post identifier is required.");
        var serviceProfile = ServiceProfile.For(Preconditions.CheckDefined(profileKind));
        Preconditions.CheckDefined(force);
        if (!serviceProfile.Forces.Contains(force))
        {
            throw new DomainRuleException(
                DomainCodes.PostForceNotAllowed,
                null,
                new Dictionary<string, object?> { ["Profile"] = profileKind, ["Force"] = force });
        }

        Id = id;
        ProfileKind = profileKind;
        Force = force;
    }

    /// <summary>Gets the post's identifier.</summary>
    public PostId Id { get; }

    /// <summary>Gets the service the post belongs to.</summary>
    public ServiceProfileKind ProfileKind { get; }

    /// <summary>Gets the kind of unit hosting the post.</summary>
    public ForceKind Force { get; }

    /// <summary>Gets the service profile of the post.</summary>
    [JsonIgnore]
    public ServiceProfile Profile => ServiceProfile.For(ProfileKind);

    /// <summary>Creates a post.</summary>
    /// <param name="id">The post's identifier.</param>
    /// <param name="profile">The service.</param>
    /// <param name="force">The kind of unit hosting the post.</param>
    /// <returns>The post.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="id"/> is the default value.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="profile"/> or <paramref name="force"/> is not defined.</exception>
    /// <exception cref="DomainRuleException">The service does not work in that kind of unit (<c>post.force_not_allowed</c>).</exception>
    public static Post Create(PostId id, ServiceProfileKind profile, ForceKind force) => new(id, profile, force);
}
