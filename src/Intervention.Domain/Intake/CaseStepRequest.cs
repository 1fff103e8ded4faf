using System.Collections.Generic;
using Intervention.Domain.Admissibility;
using Intervention.Domain.Cases;
using Intervention.Domain.Referrals;
using Intervention.Domain.Serialization;
using NodaTime;

namespace Intervention.Domain.Intake;

/// <summary>The steps of a case's lifecycle a host may submit, one for each named operation of <see cref="Case"/>.</summary>
public enum CaseStepKind
{
    /// <summary><see cref="Case.AssessAdmissibility"/> (Québec, R32): needs <see cref="CaseStepRequest.Findings"/>.</summary>
    AssessAdmissibility = 1,

    /// <summary><see cref="Case.RecordFirstContact"/> (R33): needs <see cref="CaseStepRequest.Action"/> (an interview) and <see cref="CaseStepRequest.Receptivity"/>.</summary>
    FirstContact = 2,

    /// <summary><see cref="Case.RecordAdhesion"/> (R04): needs <see cref="CaseStepRequest.By"/>.</summary>
    Adhesion = 3,

    /// <summary><see cref="Case.RecordRefusal"/> (R35): needs <see cref="CaseStepRequest.By"/>.</summary>
    Refusal = 4,

    /// <summary><see cref="Case.RecordNoResponse"/> (R35).</summary>
    NoResponse = 5,

    /// <summary><see cref="Case.RecordAction"/>: needs <see cref="CaseStepRequest.Action"/>.</summary>
    Action = 6,

    /// <summary><see cref="Case.Orient"/>: needs <see cref="CaseStepRequest.Partner"/>.</summary>
    Orientation = 7,

    /// <summary><see cref="Case.Orient"/> as a supported referral (R34): needs <see cref="CaseStepRequest.Partner"/>.</summary>
    SupportedReferral = 8,

    /// <summary><see cref="Case.IssueGuidanceCard"/> (R36).</summary>
    IssueGuidanceCard = 9,

    /// <summary><see cref="Case.ReviewGuidanceCard"/> (R36).</summary>
    ReviewGuidanceCard = 10,

    /// <summary><see cref="Case.WithdrawGuidanceCard"/> (R36).</summary>
    WithdrawGuidanceCard = 11,

    /// <summary><see cref="Case.Close"/>: needs <see cref="CaseStepRequest.Outcome"/>.</summary>
    Close = 12,
}

/// <summary>
/// One lifecycle step submitted by a host (from a form or JSON). <see cref="CaseSteps"/> validates it against the case and
/// the injected clock, then applies it; every problem comes back as a validation result, nothing is thrown for bad data.
/// </summary>
public sealed record CaseStepRequest
{
    /// <summary>Gets the step.</summary>
    public Coded<CaseStepKind> Kind { get; init; }

    /// <summary>Gets the date of the fact.</summary>
    public LocalDate? On { get; init; }

    /// <summary>Gets the action (for <see cref="CaseStepKind.Action"/>) or the interview kind (for <see cref="CaseStepKind.FirstContact"/>).</summary>
    public Coded<ActionKind>? Action { get; init; }

    /// <summary>Gets the person's receptivity at the first contact.</summary>
    public Coded<Receptivity>? Receptivity { get; init; }

    /// <summary>Gets who gave the adhesion or the refusal.</summary>
    public Coded<AdhesionGiver>? By { get; init; }

    /// <summary>Gets the partner kind of an orientation.</summary>
    public Coded<PartnerKind>? Partner { get; init; }

    /// <summary>Gets the outcome of a closing.</summary>
    public Coded<CaseOutcome>? Outcome { get; init; }

    /// <summary>Gets the findings of an admissibility assessment, one per criterion.</summary>
    public IReadOnlyList<CriterionFindingRequest>? Findings { get; init; }
}

/// <summary>One admissibility finding as submitted (R32).</summary>
public sealed record CriterionFindingRequest
{
    /// <summary>Gets the criterion.</summary>
    public Coded<AdmissibilityCriterion> Criterion { get; init; }

    /// <summary>Gets whether the referral meets it.</summary>
    public bool Met { get; init; }

    /// <summary>Gets the reason, in the worker's words.</summary>
    public string? Reason { get; init; }
}
