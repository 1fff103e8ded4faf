namespace Intervention.Domain.Cases;

/// <summary>The kinds of situation a case concerns; a case has one or more.</summary>
/// <remarks>R02 (France), R31 (Québec), R50 (Belgium), R40 (staff service); R01, R06 (docs/domain-rules.md).</remarks>
public enum SituationKind
{
    /// <summary>Conjugal (intimate-partner) violence.</summary>
    ConjugalViolence = 1,

    /// <summary>Intra-family violence other than conjugal.</summary>
    IntraFamilyViolence = 2,

    /// <summary>A child in danger or at risk of danger.</summary>
    ChildAtRisk = 3,

    /// <summary>Distress or vulnerability.</summary>
    DistressOrVulnerability = 4,

    /// <summary>A disturbed mental state (état mental perturbé; R31).</summary>
    DisturbedMentalState = 5,

    /// <summary>A mental-health disorder (R31).</summary>
    MentalHealthDisorder = 6,

    /// <summary>A risk of conjugal or family homicide (R31).</summary>
    ConjugalOrFamilyHomicideRisk = 7,

    /// <summary>A traumatic event (R31, R50).</summary>
    TraumaticEvent = 8,

    /// <summary>A road accident (R50).</summary>
    RoadAccident = 9,

    /// <summary>A neighbour conflict.</summary>
    NeighbourConflict = 10,

    /// <summary>An addiction (seed 000, and French practice).</summary>
    Addiction = 11,

    /// <summary>Precarity: housing, income, access to rights.</summary>
    Precarity = 12,

    /// <summary>Juvenile delinquency.</summary>
    JuvenileDelinquency = 13,

    /// <summary>Violence or another offence suffered or witnessed (R50).</summary>
    ViolenceOrOffence = 14,

    /// <summary>A problematic family or social situation (R50).</summary>
    ProblematicFamilyOrSocialSituation = 15,

    /// <summary>A possibly high-risk police intervention (R31).</summary>
    HighRiskPoliceIntervention = 16,

    /// <summary>Psychosocial or socio-professional difficulty of a staff member (seed 000).</summary>
    WorkRelatedDifficulty = 17,

    /// <summary>Economic difficulty (seed 000).</summary>
    EconomicDifficulty = 18,

    /// <summary>Medical difficulty (seed 000).</summary>
    HealthDifficulty = 19,
}
