using System.Linq;
using Intervention.Domain.Cases;
using Intervention.Domain.Referrals;
using NodaTime;

namespace Intervention.Domain.Specifications;

/// <summary>Cases whose referral was received within a period (both ends included), oldest first.</summary>
/// <remarks>The basis of the quarterly activity report and the yearly review (R06, R07).</remarks>
public sealed class CasesOpenedInPeriod : Specification<CaseRecord>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="period">The period, both ends included.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="period"/> is null.</exception>
    public CasesOpenedInPeriod(DateInterval period)
    {
        Preconditions.CheckNotNull(period);
        var start = period.Start;
        var end = period.End;
        Query.Where(r => r.ReceivedOn >= start && r.ReceivedOn <= end).OrderBy(r => r.ReceivedOn).ThenBy(r => r.CaseId);
    }
}

/// <summary>Cases still awaiting their first contact more than a number of days after the referral was received, oldest first.</summary>
/// <remarks>R33: the first contact is an important step; this is the worker's reminder list.</remarks>
public sealed class CasesAwaitingFirstContact : Specification<CaseRecord>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="asOf">The date of the query.</param>
    /// <param name="days">How many days counts as too long (zero or more): cases received strictly more than this many days before <paramref name="asOf"/>.</param>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public CasesAwaitingFirstContact(LocalDate asOf, int days)
    {
        Preconditions.CheckArgumentRange(nameof(days), days, 0, 36_500);
        var receivedBefore = asOf.PlusDays(-days);
        Query.Where(r => r.State == CaseState.Received && r.ReceivedOn < receivedBefore).OrderBy(r => r.ReceivedOn).ThenBy(r => r.CaseId);
    }
}

/// <summary>Open cases whose officer guidance card is due for its yearly review on a date (R36), most overdue first.</summary>
public sealed class GuidanceCardsDueForReview : Specification<CaseRecord>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="on">The date.</param>
    public GuidanceCardsDueForReview(LocalDate on) =>
        Query.Where(r => r.State != CaseState.Closed && r.GuidanceCardReviewDue != null && r.GuidanceCardReviewDue <= on)
            .OrderBy(r => r.GuidanceCardReviewDue)
            .ThenBy(r => r.CaseId);
}

/// <summary>Cases referred through a channel.</summary>
public sealed class CasesByChannel : Specification<CaseRecord>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="channel">The channel.</param>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="channel"/> is not defined.</exception>
    public CasesByChannel(ReferralChannel channel)
    {
        Preconditions.CheckDefined(channel);
        Query.Where(r => r.Channel == channel).OrderBy(r => r.ReceivedOn).ThenBy(r => r.CaseId);
    }
}

/// <summary>Cases concerning a situation (among others).</summary>
public sealed class CasesBySituation : Specification<CaseRecord>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="situation">The situation.</param>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="situation"/> is not defined.</exception>
    public CasesBySituation(SituationKind situation)
    {
        Preconditions.CheckDefined(situation);
        Query.Where(r => r.Situations.Contains(situation)).OrderBy(r => r.ReceivedOn).ThenBy(r => r.CaseId);
    }
}

/// <summary>Open cases of a post with a household, to check R27 before another engagement.</summary>
public sealed class OpenCasesOfHousehold : Specification<CaseRecord>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="post">The post.</param>
    /// <param name="household">The household.</param>
    public OpenCasesOfHousehold(PostId post, HouseholdId household)
    {
        var postId = post.Value;
        var householdId = household.Value;
        Query.Where(r => r.PostId == postId && r.HouseholdId == householdId && r.State != CaseState.Closed).OrderBy(r => r.CaseId);
    }
}
