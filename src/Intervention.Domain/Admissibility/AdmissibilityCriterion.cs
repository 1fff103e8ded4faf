namespace Intervention.Domain.Admissibility;

/// <summary>The five admissibility criteria of a Québec social referral (R32).</summary>
/// <remarks>Seed 001: « elle doit présenter l'un ou plusieurs des critères suivants : récurrence, complexité d'intervention, dangerosité prévisible ou imminente, possibilité d'intervention policière à haut risque ou nécessitant l'implication de partenaires ».</remarks>
public enum AdmissibilityCriterion
{
    /// <summary>Recurrence of police calls or interventions.</summary>
    Recurrence = 1,

    /// <summary>Complexity of the intervention.</summary>
    InterventionComplexity = 2,

    /// <summary>Foreseeable or imminent danger.</summary>
    ForeseeableOrImminentDanger = 3,

    /// <summary>A possible high-risk police intervention.</summary>
    PossibleHighRiskPoliceIntervention = 4,

    /// <summary>An intervention that needs partners to be involved.</summary>
    PartnerInvolvementNeeded = 5,
}
