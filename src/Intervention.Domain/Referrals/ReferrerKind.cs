namespace Intervention.Domain.Referrals;

/// <summary>Who referred the situation; kept with the referral (R20, R30).</summary>
public enum ReferrerKind
{
    /// <summary>A police officer or gendarme.</summary>
    Officer = 1,

    /// <summary>The police "prévention partenariat" officer.</summary>
    PreventionPartnershipOfficer = 2,

    /// <summary>A gendarmerie unit commander.</summary>
    UnitCommander = 3,

    /// <summary>The worker themself, from police records (auto-saisine).</summary>
    WorkerFromPoliceRecords = 4,

    /// <summary>The unit's family-violence referent.</summary>
    FamilyViolenceReferent = 5,

    /// <summary>The reception desk of the station.</summary>
    ReceptionDesk = 6,

    /// <summary>An outside partner service.</summary>
    Partner = 7,

    /// <summary>The person concerned.</summary>
    PersonThemself = 8,

    /// <summary>A 911 dispatcher (Québec).</summary>
    EmergencyDispatcher = 9,

    /// <summary>The staff member concerned (staff service).</summary>
    StaffMember = 10,

    /// <summary>The staff member's hierarchy (staff service).</summary>
    Hierarchy = 11,

    /// <summary>The dispatch centre's duty member (staff service).</summary>
    DispatchCentreDutyMember = 12,
}
