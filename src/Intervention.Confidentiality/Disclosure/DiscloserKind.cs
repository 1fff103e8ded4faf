namespace Intervention.Confidentiality.Disclosure;

/// <summary>Who holds the information and asks whether to disclose it. Which legal paragraphs bind them depends on it.</summary>
public enum DiscloserKind
{
    /// <summary>A social worker (intervenant social, travailleur social): bound by professional secrecy (Code pénal 226-13) and a social-action professional (226-14 4°).</summary>
    SocialWorker = 1,

    /// <summary>A physician (226-14 2° since 2004).</summary>
    Physician = 2,

    /// <summary>Another health professional: nurse, psychologist… (226-14 2° since 2015-11-06, 226-14 3°).</summary>
    HealthProfessional = 3,

    /// <summary>The officer in charge of a police staff psychosocial service (R42).</summary>
    StaffServiceOfficer = 4,

    /// <summary>A member of a police staff psychosocial service (R42).</summary>
    StaffServiceMember = 5,

    /// <summary>A victim-support worker (Belgian SAPV, Swiss LAVI centre).</summary>
    VictimSupportWorker = 6,

    /// <summary>A veterinarian (226-14 5°): listed so that the numbering of 226-14 is whole; out of this library's scope.</summary>
    Veterinarian = 7,

    /// <summary>Someone bound by no professional secrecy: no rule pack covers their disclosures.</summary>
    NotBoundBySecrecy = 8,
}
