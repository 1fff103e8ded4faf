namespace Intervention.Confidentiality.Disclosure;

/// <summary>What the worker may or must do.</summary>
public enum DisclosureOutcome
{
    /// <summary>Secrecy holds: disclosing would be an offence (Code pénal 226-13) or is refused by the service's role (R11, R42, R22, R37).</summary>
    MustNotDisclose = 1,

    /// <summary>The person's (or representative's) consent covers this recipient and purpose.</summary>
    MayDiscloseWithConsent = 2,

    /// <summary>The law permits disclosure without consent (e.g. 226-14 1°).</summary>
    MayDiscloseByLaw = 3,

    /// <summary>The law requires acting (e.g. 223-6, or L.226-2-1 read as a duty).</summary>
    MustActByLaw = 4,

    /// <summary>The service's policy makes a legal permission mandatory; the legal basis remains the permission.</summary>
    RequiredByServicePolicy = 5,
}
