namespace Intervention.Domain.Services;

/// <summary>The capacity ("hat") in which a worker intervenes with a household.</summary>
/// <remarks>R27: half-time workers sharing a post often hold another mission elsewhere (family mediation, child protection…); a post must not intervene with the same household under two different hats.</remarks>
public enum WorkerCapacity
{
    /// <summary>As the social worker of the police or gendarmerie post.</summary>
    PostedSocialWorker = 1,

    /// <summary>As a family mediator.</summary>
    FamilyMediator = 2,

    /// <summary>As a child-protection worker.</summary>
    ChildProtectionWorker = 3,

    /// <summary>As a sector social worker of the département or commune.</summary>
    SectorSocialWorker = 4,

    /// <summary>In another mission of the worker's employer.</summary>
    OtherEmployerMission = 5,
}
