using System;

namespace Intervention.Domain.Cases;

/// <summary>Facts about <see cref="ActionKind"/> that the lifecycle relies on.</summary>
public static class ActionKindFacts
{
    /// <summary>
    /// Whether the action needs the person's full, uncoerced adhesion before it is performed.
    /// </summary>
    /// <param name="kind">The action.</param>
    /// <returns><see langword="true"/> for accompaniment, mediation, support and the acts that carry the person through a procedure or to a partner.</returns>
    /// <remarks>
    /// R04: "l'acte d'accompagnement, de médiation ou de soutien doit recevoir la pleine adhésion de la personne".
    /// Orientation and supported referral hand the person over, interdisciplinary plans and hearing
    /// preparation engage them with others: they need adhesion too (R34). Interviews, information, first
    /// assistance and the officer guidance card do not: a refusal still lets officers receive recommendations
    /// drawn from past police interventions (R35).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static bool RequiresAdhesion(this ActionKind kind) => kind switch
    {
        ActionKind.Accompaniment or ActionKind.Mediation or ActionKind.Support or ActionKind.PracticalHelp
            or ActionKind.HearingPreparation or ActionKind.Orientation or ActionKind.SupportedReferral
            or ActionKind.InterdisciplinaryPlan or ActionKind.TechnicalAssistance or ActionKind.SocialFunctioningAssessment
            or ActionKind.ExpertAssessment => true,
        ActionKind.InterviewAtOffice or ActionKind.InterviewAtHome or ActionKind.InterviewByPhone or ActionKind.InterviewOnSite
            or ActionKind.Information or ActionKind.FirstAssistance or ActionKind.OfficerGuidanceCard => false,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown action kind."),
    };

    /// <summary>Whether the action names a kind of partner (orientation and supported referral do).</summary>
    /// <param name="kind">The action.</param>
    /// <returns><see langword="true"/> when the action is directed to a partner.</returns>
    public static bool TargetsPartner(this ActionKind kind) => kind is ActionKind.Orientation or ActionKind.SupportedReferral;

    /// <summary>Whether the action is an interview, the form a first contact takes (R33).</summary>
    /// <param name="kind">The action.</param>
    /// <returns><see langword="true"/> for the four interview kinds.</returns>
    public static bool IsInterview(this ActionKind kind) =>
        kind is ActionKind.InterviewAtOffice or ActionKind.InterviewAtHome or ActionKind.InterviewByPhone or ActionKind.InterviewOnSite;
}
