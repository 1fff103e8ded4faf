namespace Intervention.Domain.Services;

/// <summary>The four services described in the source documents; each has one <see cref="ServiceProfile"/>.</summary>
public enum ServiceProfileKind
{
    /// <summary>Social worker posted in a French police station or gendarmerie unit (ISCG; seeds 002 and 004).</summary>
    FrenchPoliceSocialWorker = 1,

    /// <summary>Québec police psychosocial coordinator (Terrebonne; seed 001).</summary>
    QuebecPolicePsychosocialCoordination = 2,

    /// <summary>Psychosocial service for a police force's own staff, reached 24/7 through the dispatch centre (seed 000).</summary>
    PoliceStaffPsychosocialService = 3,

    /// <summary>Belgian police victim-assistance service (SAPV; seed 003).</summary>
    BelgianPoliceVictimAssistance = 4,
}
