namespace Intervention.Domain.Cases;

/// <summary>The states of a case's lifecycle: received → first contact → in progress → oriented / closed.</summary>
public enum CaseState
{
    /// <summary>The referral was received; the person has not been contacted yet.</summary>
    Received = 1,

    /// <summary>The first contact took place (R33); the person's adhesion is not yet given.</summary>
    FirstContactMade = 2,

    /// <summary>The person adheres and the work is under way (R04).</summary>
    InProgress = 3,

    /// <summary>The person was handed over to a partner; the worker may still close with feedback.</summary>
    Oriented = 4,

    /// <summary>The case is closed with an outcome.</summary>
    Closed = 5,
}
