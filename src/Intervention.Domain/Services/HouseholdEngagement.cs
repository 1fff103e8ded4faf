using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Domain.Localization;

namespace Intervention.Domain.Services;

/// <summary>A worker of a post intervening with a household in a given capacity.</summary>
/// <param name="Post">The post the worker belongs to.</param>
/// <param name="Household">The household.</param>
/// <param name="Worker">The worker.</param>
/// <param name="Capacity">The capacity (hat) in which the worker intervenes.</param>
/// <remarks>The host records these for its workers' other missions; cases of the post are engagements in the <see cref="WorkerCapacity.PostedSocialWorker"/> capacity (R27).</remarks>
public sealed record HouseholdEngagement(PostId Post, HouseholdId Household, WorkerId Worker, WorkerCapacity Capacity);

/// <summary>R27: the same household is not handled by the same post under two different hats.</summary>
public static class HouseholdEngagementPolicy
{
    /// <summary>Checks a proposed engagement against the engagements the post already has.</summary>
    /// <param name="proposed">The engagement about to start.</param>
    /// <param name="existing">The post's current engagements (others are ignored).</param>
    /// <returns>Allowed, or refused with <see cref="DomainCodes.HouseholdCapacityConflict"/> naming the capacity already in use.</returns>
    /// <remarks>
    /// R27 (seed 004, "avoir deux casquettes nécessite d'être vigilant afin de ne pas intervenir à plusieurs reprises avec
    /// un statut différent auprès des ménages"). The same capacity held by the other worker of the post is allowed: that is a hand-over.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RuleCheck Check(HouseholdEngagement proposed, IEnumerable<HouseholdEngagement> existing)
    {
        Preconditions.CheckNotNull(proposed);
        Preconditions.CheckNotNull(existing);
        var conflict = existing.FirstOrDefault(e =>
            e.Post == proposed.Post && e.Household == proposed.Household && e.Capacity != proposed.Capacity);
        return conflict is null
            ? RuleCheck.Allowed
            : RuleCheck.Refused(
                DomainCodes.HouseholdCapacityConflict,
                "R27",
                new Dictionary<string, object?> { ["Existing"] = conflict.Capacity, ["Proposed"] = proposed.Capacity });
    }
}
