using System;

namespace Intervention.Domain.Admissibility;

/// <summary>The worker's finding on one admissibility criterion, with the reason kept.</summary>
public sealed record CriterionFinding
{
    /// <summary>The longest reason accepted.</summary>
    public const int MaxReasonLength = 1000;

    /// <summary>Creates a finding.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="met">Whether the referral meets it.</param>
    /// <param name="reason">Why, in the worker's words (non-blank, at most <see cref="MaxReasonLength"/> characters).</param>
    /// <exception cref="ArgumentException">The reason is blank or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criterion"/> is not defined.</exception>
    public CriterionFinding(AdmissibilityCriterion criterion, bool met, string reason)
    {
        Criterion = Preconditions.CheckDefined(criterion);
        Met = met;
        Reason = Preconditions.CheckNotBlank(reason);
        Preconditions.CheckArgument(reason.Length <= MaxReasonLength, nameof(reason), "The reason is too long.");
    }

    /// <summary>Gets the criterion.</summary>
    public AdmissibilityCriterion Criterion { get; }

    /// <summary>Gets whether the referral meets the criterion.</summary>
    public bool Met { get; }

    /// <summary>Gets the reason.</summary>
    public string Reason { get; }
}
