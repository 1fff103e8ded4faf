namespace Intervention.Confidentiality.Disclosure;

/// <summary>The categories of information a disclosure may carry; a decision allows only those strictly necessary.</summary>
public enum DataCategory
{
    /// <summary>Names and exact birth date.</summary>
    Identity = 1,

    /// <summary>Address, phone, e-mail.</summary>
    ContactDetails = 2,

    /// <summary>What the situation is about, in a few words.</summary>
    SituationSummary = 3,

    /// <summary>The facts, with their dates.</summary>
    SituationDetails = 4,

    /// <summary>The child's own words.</summary>
    ChildStatements = 5,

    /// <summary>The family context.</summary>
    FamilyContext = 6,

    /// <summary>The worker's social assessment.</summary>
    SocialAssessment = 7,

    /// <summary>Health information.</summary>
    HealthInformation = 8,

    /// <summary>The conjugal-violence protocol file, which belongs to the woman (R22).</summary>
    ProtocolFile = 9,

    /// <summary>Figures about the activity with no nominative data, direct or indirect (R06, R07): outside secrecy.</summary>
    NonIdentifyingActivity = 10,
}
