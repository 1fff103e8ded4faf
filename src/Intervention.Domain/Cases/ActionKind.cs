namespace Intervention.Domain.Cases;

/// <summary>What the worker does in a case.</summary>
/// <remarks>R01 (France), R33–R36 (Québec), R53 (Belgium), seed 000 (staff service).</remarks>
public enum ActionKind
{
    /// <summary>An interview at the office.</summary>
    InterviewAtOffice = 1,

    /// <summary>An interview at the person's home.</summary>
    InterviewAtHome = 2,

    /// <summary>An interview by phone.</summary>
    InterviewByPhone = 3,

    /// <summary>An interview on the scene of the event or at a partner's.</summary>
    InterviewOnSite = 4,

    /// <summary>Information adapted to the situation (R01, R53).</summary>
    Information = 5,

    /// <summary>Orientation to a named kind of partner (R01, R52, R53).</summary>
    Orientation = 6,

    /// <summary>Accompaniment in a procedure (R01, R04).</summary>
    Accompaniment = 7,

    /// <summary>Social mediation (R01, R04).</summary>
    Mediation = 8,

    /// <summary>Technical assistance, for example with an administrative file (R01).</summary>
    TechnicalAssistance = 9,

    /// <summary>Listening and support (R01, R04, R53).</summary>
    Support = 10,

    /// <summary>First assistance where the person can express emotions and needs (R53).</summary>
    FirstAssistance = 11,

    /// <summary>Practical help: accompanying steps, administrative help (R53).</summary>
    PracticalHelp = 12,

    /// <summary>Preparing and accompanying a hearing or confrontation (R53).</summary>
    HearingPreparation = 13,

    /// <summary>A supported referral to a partner, so the person does not tell their story again (R34).</summary>
    SupportedReferral = 14,

    /// <summary>An assessment of social functioning (R33).</summary>
    SocialFunctioningAssessment = 15,

    /// <summary>An interdisciplinary intervention plan (PII; R33).</summary>
    InterdisciplinaryPlan = 16,

    /// <summary>Work on the officer-facing guidance card (fiche Info-social; R36). Issue and review it through the case's guidance-card operations.</summary>
    OfficerGuidanceCard = 17,

    /// <summary>An expert assessment proposed by the staff service (seed 000).</summary>
    ExpertAssessment = 18,
}
