using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Domain.Localization;
using NodaTime;

namespace Intervention.Domain.Admissibility;

/// <summary>
/// The admissibility of a Québec social referral: each of the five criteria assessed once with its reason;
/// admissible when at least one is met (R32).
/// </summary>
public sealed record AdmissibilityAssessment
{
    private readonly CriterionFinding[] _findings;

    /// <summary>Creates an assessment.</summary>
    /// <param name="assessedOn">The date of the assessment.</param>
    /// <param name="findings">One finding for each of the five criteria, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> or an element is null.</exception>
    /// <exception cref="DomainRuleException">A criterion is missing or assessed twice (<c>admissibility.findings_incomplete</c>, R32).</exception>
    public AdmissibilityAssessment(LocalDate assessedOn, IReadOnlyList<CriterionFinding> findings)
    {
        Preconditions.CheckNotNull(findings);
        var ordered = findings.Select(f => Preconditions.CheckNotNull(f, nameof(findings))).OrderBy(f => f.Criterion).ToArray();
        if (!ordered.Select(f => f.Criterion).SequenceEqual(Enum.GetValues<AdmissibilityCriterion>()))
        {
            throw new DomainRuleException(DomainCodes.AdmissibilityFindingsIncomplete, "R32");
        }

        AssessedOn = assessedOn;
        _findings = ordered;
    }

    /// <summary>Gets the date of the assessment.</summary>
    public LocalDate AssessedOn { get; }

    /// <summary>Gets the five findings, in criterion order.</summary>
    public IReadOnlyList<CriterionFinding> Findings => Array.AsReadOnly(_findings);

    /// <summary>Gets whether at least one criterion is met (R32).</summary>
    public bool IsAdmissible => _findings.Any(f => f.Met);

    /// <summary>Gets the criteria met.</summary>
    public IReadOnlyList<AdmissibilityCriterion> MetCriteria => _findings.Where(f => f.Met).Select(f => f.Criterion).ToList().AsReadOnly();

    /// <inheritdoc />
    public bool Equals(AdmissibilityAssessment? other) =>
        other is not null && AssessedOn == other.AssessedOn && _findings.AsSpan().SequenceEqual(other._findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AssessedOn, SequenceEquality.Hash(_findings));
}
