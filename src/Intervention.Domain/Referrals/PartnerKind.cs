namespace Intervention.Domain.Referrals;

/// <summary>The kinds of partner services that refer people to the worker or to which the worker orients them.</summary>
/// <remarks>R03 (éducation nationale, services sociaux, maison de la justice et du droit, police municipale), R30 (public, community, municipal partners), R52 (specialised services).</remarks>
public enum PartnerKind
{
    /// <summary>A school or the education authority.</summary>
    School = 1,

    /// <summary>The département's social services (circonscription d'action sociale, sector social workers).</summary>
    DepartmentalSocialServices = 2,

    /// <summary>A municipal or intermunicipal social-action centre (CCAS, CIAS).</summary>
    MunicipalSocialServices = 3,

    /// <summary>A justice house (maison de la justice et du droit).</summary>
    JusticeHouse = 4,

    /// <summary>Municipal police.</summary>
    MunicipalPolice = 5,

    /// <summary>A health service: hospital, psychiatric team, general practitioner.</summary>
    Health = 6,

    /// <summary>A community organisation (organisme communautaire).</summary>
    Community = 7,

    /// <summary>A victim-support association.</summary>
    VictimSupportAssociation = 8,

    /// <summary>A social landlord.</summary>
    SocialLandlord = 9,

    /// <summary>A judicial service (court, probation, youth judicial protection).</summary>
    Judicial = 10,

    /// <summary>A child-protection service (in France the CRIP; in Québec the DPJ; in Switzerland the APEA).</summary>
    ChildProtection = 11,

    /// <summary>An emergency social structure (shelter, emergency housing).</summary>
    EmergencySocialStructure = 12,

    /// <summary>A public health and social-services institution (Québec CISSS/CLSC).</summary>
    PublicHealthAndSocialServices = 13,

    /// <summary>A service internal to the police force (staff service orientations).</summary>
    InternalPoliceService = 14,
}
