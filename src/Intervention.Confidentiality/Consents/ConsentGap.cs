namespace Intervention.Confidentiality.Consents;

/// <summary>
/// Why no consent covers a disclosure: of the consents given with the request, the one that came closest, and the first condition
/// it fails, in the order they are checked (purpose, giver, in effect, recipient, data).
/// </summary>
public enum ConsentGap
{
    /// <summary>No consent was given with the request.</summary>
    NoneGiven = 1,

    /// <summary>Consents were given, none for the purpose this disclosure needs (to share, to transmit the protocol file, to appear in statistics).</summary>
    PurposeNotCovered = 2,

    /// <summary>A consent for the purpose was given by someone not entitled to give it: for a minor or a protected adult, a parent or
    /// legal representative; otherwise the person.</summary>
    NotGivenByTheEntitledPerson = 3,

    /// <summary>The consent was given after the act.</summary>
    NotYetGiven = 4,

    /// <summary>The consent was withdrawn before the act.</summary>
    Withdrawn = 5,

    /// <summary>The consent had expired at the act.</summary>
    Expired = 6,

    /// <summary>The consent withholds from this recipient (a restriction naming it).</summary>
    RecipientWithheld = 7,

    /// <summary>The consent to share does not name this recipient.</summary>
    RecipientNotNamed = 8,

    /// <summary>The consent names no data category, and a consent covers only what it names.</summary>
    NoDataNamed = 9,
}
