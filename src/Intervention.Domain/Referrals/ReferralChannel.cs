namespace Intervention.Domain.Referrals;

/// <summary>How a situation reaches the worker (mode de saisine).</summary>
/// <remarks>R03, R20 (France), R30 (Québec), R40 and R41 (staff service). Which channels a service accepts is said by its <see cref="Services.ServiceProfile"/>.</remarks>
public enum ReferralChannel
{
    /// <summary>A police officer or gendarme orients the person to the worker (R03, R20; Québec: R30; Belgium).</summary>
    OfficerOrientation = 1,

    /// <summary>The police "prévention partenariat" officer passes the situation on (R03).</summary>
    PreventionPartnershipOfficer = 2,

    /// <summary>A gendarmerie unit commander passes the situation on (R03).</summary>
    GendarmerieUnitCommander = 3,

    /// <summary>The worker picks the situation up from the day-log extract of a police station (auto-saisine sur main courante; R03, R20).</summary>
    SelfReferralFromDayLog = 4,

    /// <summary>The worker picks the situation up from the gendarmerie operations centre's daily synthesis (CORG; R20).</summary>
    SelfReferralFromOperationsSynthesis = 5,

    /// <summary>The worker picks the situation up from the gendarmerie judicial-information messages (BDRIJ; R20).</summary>
    SelfReferralFromJudicialInformationMessages = 6,

    /// <summary>An officer-to-worker liaison sheet (fiche de liaison gendarmes/policiers → IS; about 30 % of cases at one site; R20).</summary>
    OfficerLiaisonSheet = 7,

    /// <summary>A situation raised at a service meeting of the unit (R20).</summary>
    ServiceMeeting = 8,

    /// <summary>The unit's family-violence referent passes the situation on (R20).</summary>
    FamilyViolenceReferent = 9,

    /// <summary>Systematic forwarding of conjugal-violence reports, even without a complaint (R20).</summary>
    ConjugalViolenceSystematicForwarding = 10,

    /// <summary>The reception desk asked "do you want to meet the psychosocial unit?": consent is obtained upstream (R20).</summary>
    ReceptionDeskOffer = 11,

    /// <summary>An outside partner refers the person: school, social services, justice house, municipal police, health, community… (R03, R20, R30).</summary>
    PartnerReferral = 12,

    /// <summary>The person comes or calls of their own accord (R20; Belgium).</summary>
    PersonThemself = 13,

    /// <summary>A 911 dispatcher refers the situation (Québec; R30).</summary>
    EmergencyDispatcher = 14,

    /// <summary>A staff member asks the staff service for help (R40).</summary>
    StaffOwnRequest = 15,

    /// <summary>The staff member's hierarchy asks the staff service to see them (R40).</summary>
    HierarchyRequest = 16,

    /// <summary>The staff service's duty member is reached 24/7 through the dispatch centre (CECAL; R41).</summary>
    DispatchCentreDutyLine = 17,
}
