namespace Intervention.Confidentiality.Disclosure;

/// <summary>Why the information would be disclosed.</summary>
public enum DisclosurePurpose
{
    /// <summary>Reporting abuse, danger or an offence to an authority (signalement).</summary>
    Report = 1,

    /// <summary>Transmitting worrying information about a child (information préoccupante).</summary>
    ChildProtection = 2,

    /// <summary>Assessing a child's situation or deciding and carrying out protection measures, with other professionals.</summary>
    ChildProtectionAssessment = 3,

    /// <summary>Preventing harm now: a crime, a délit against bodily integrity, a person in peril.</summary>
    PreventHarm = 4,

    /// <summary>Coordinating the support of a person or family among professionals, or informing the mayor.</summary>
    CoordinateSupport = 5,

    /// <summary>Orienting the person to a partner (liaison sheet).</summary>
    Orientation = 6,

    /// <summary>Answering an investigation (refused by R11 in France, by the Terrebonne role rule in Québec).</summary>
    Investigation = 7,

    /// <summary>Informing the employing authority (R10).</summary>
    EmployerInformation = 8,

    /// <summary>Informing the hierarchy about a staff member (R42).</summary>
    HierarchyInformation = 9,

    /// <summary>Activity figures for funders and steering bodies (R06, R07).</summary>
    Statistics = 10,

    /// <summary>Transmitting the conjugal-violence protocol file (R22).</summary>
    ProtocolTransmission = 11,
}
