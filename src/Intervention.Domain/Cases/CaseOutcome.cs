namespace Intervention.Domain.Cases;

/// <summary>How a case ended (suites données; R06).</summary>
public enum CaseOutcome
{
    /// <summary>One interview was enough (simple entretien).</summary>
    SingleInterview = 1,

    /// <summary>The person was oriented to a partner service.</summary>
    Oriented = 2,

    /// <summary>The person refused the help offered; the worker remains available (R35).</summary>
    HelpRefused = 3,

    /// <summary>The person did not answer the attempts at contact; the worker remains available (R35).</summary>
    NoResponseToContact = 4,

    /// <summary>The Québec social referral met none of the admissibility criteria (R32).</summary>
    NotAdmissible = 5,

    /// <summary>The short-term work was completed (R01, R52).</summary>
    Completed = 6,
}
