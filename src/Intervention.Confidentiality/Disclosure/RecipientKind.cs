namespace Intervention.Confidentiality.Disclosure;

/// <summary>Who would receive the information.</summary>
public enum RecipientKind
{
    /// <summary>The public prosecutor (procureur de la République; procureur du Roi in Belgium).</summary>
    PublicProsecutor = 1,

    /// <summary>The département's unit for worrying information about children (CRIP, under the président du conseil départemental).</summary>
    Crip = 2,

    /// <summary>The préfet (in Paris, the préfet de police): 226-14 4° weapons reports.</summary>
    Prefect = 3,

    /// <summary>Emergency services or the police response that can help a person in danger now (223-6).</summary>
    EmergencyServices = 4,

    /// <summary>The police or gendarmerie hierarchy (the route to the judicial authority for an offence or immediate danger, R12).</summary>
    PoliceHierarchy = 5,

    /// <summary>Investigators of a judicial inquiry: refused in France from the 2006 framework (R11), in Québec by the Terrebonne role rule.</summary>
    Investigators = 6,

    /// <summary>A partner social service (département sector social worker, CCAS…).</summary>
    PartnerSocialService = 7,

    /// <summary>The worker's employing authority (commune, EPCI, département, association; R10, R13).</summary>
    EmployingAuthority = 8,

    /// <summary>The mayor (CASF L.121-6-2).</summary>
    Mayor = 9,

    /// <summary>The président du conseil départemental outside the CRIP channel (CASF L.121-6-2).</summary>
    DepartmentalCouncilPresident = 10,

    /// <summary>Another professional bound by secrecy working in child protection (CASF L.226-2-2).</summary>
    ChildProtectionProfessional = 11,

    /// <summary>Another social-action professional working with the same person or family (CASF L.121-6-2).</summary>
    CoProfessional = 12,

    /// <summary>The hierarchy of a police employee followed by the staff service (R42).</summary>
    StaffHierarchy = 13,

    /// <summary>The officer in charge of the staff service (R42).</summary>
    StaffServiceOfficerInCharge = 14,

    /// <summary>The association holding a conjugal-violence protocol (R22).</summary>
    ProtocolAssociation = 15,

    /// <summary>A funder or steering committee (only non-identifying activity figures; R06, R07).</summary>
    FunderOrSteeringBody = 16,

    /// <summary>Québec's director of youth protection (DPJ), to whom the Québec pack's youth-protection rule reports (QC-LPJ-39).</summary>
    YouthProtectionDirector = 17,

    /// <summary>A Swiss child and adult protection authority (APEA), the recipient of the Swiss pack's child-protection rules.</summary>
    ChildProtectionAuthority = 18,

    /// <summary>People exposed to a serious risk, their representative or those who can help (Québec Code des professions 60.4, in the
    /// Québec pack).</summary>
    PersonsAtRisk = 19,

    /// <summary>A victim-support association the worker orients a victim to (a partner the reference frameworks name). No rule permits
    /// sharing with it: only a consent naming it does.</summary>
    VictimSupportAssociation = 20,

    /// <summary>A school's social and health staff (school social worker, nurse, doctor), a partner of the worker for a pupil. No rule
    /// permits sharing with them here: only a consent naming them does (child protection goes to the CRIP).</summary>
    SchoolSocialAndHealthStaff = 21,

    /// <summary>A health service (hospital, psychiatric team, general practitioner) the worker orients the person to. No rule permits
    /// sharing with it: only a consent naming it does.</summary>
    HealthService = 22,

    /// <summary>A social landlord (bailleur social), a partner for housing. No rule permits sharing with it: only a consent naming it
    /// does.</summary>
    SocialLandlord = 23,
}
