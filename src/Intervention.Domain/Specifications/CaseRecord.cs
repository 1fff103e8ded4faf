using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Domain.Cases;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Domain.Specifications;

/// <summary>
/// A flat, query-friendly row of a case, for the host's database: what the specifications of this namespace filter on.
/// It holds coded facts and keys only, never an identity.
/// </summary>
/// <remarks>Built with <see cref="From"/>. Hosts map it with their ORM (EF Core needs value converters for NodaTime dates, see the README).</remarks>
public sealed record CaseRecord
{
    /// <summary>Creates a row; prefer <see cref="From"/>.</summary>
    /// <param name="caseId">The case.</param>
    /// <param name="postId">The post.</param>
    /// <param name="profile">The service.</param>
    /// <param name="channel">The referral channel.</param>
    /// <param name="receivedOn">The date the referral was received.</param>
    /// <param name="state">The lifecycle state.</param>
    /// <param name="firstContactOn">The first contact date, once made.</param>
    /// <param name="closedOn">The closing date, once closed.</param>
    /// <param name="outcome">The outcome, once closed.</param>
    /// <param name="guidanceCardReviewDue">The date the active guidance card's review is due (R36), if any.</param>
    /// <param name="householdId">The household, when tracked (R27).</param>
    /// <param name="situations">The situations.</param>
    /// <exception cref="ArgumentNullException"><paramref name="situations"/> is null.</exception>
    public CaseRecord(
        Guid caseId,
        Guid postId,
        ServiceProfileKind profile,
        ReferralChannel channel,
        LocalDate receivedOn,
        CaseState state,
        LocalDate? firstContactOn,
        LocalDate? closedOn,
        CaseOutcome? outcome,
        LocalDate? guidanceCardReviewDue,
        Guid? householdId,
        IReadOnlyList<SituationKind> situations)
    {
        CaseId = caseId;
        PostId = postId;
        Profile = profile;
        Channel = channel;
        ReceivedOn = receivedOn;
        State = state;
        FirstContactOn = firstContactOn;
        ClosedOn = closedOn;
        Outcome = outcome;
        GuidanceCardReviewDue = guidanceCardReviewDue;
        HouseholdId = householdId;
        Situations = Preconditions.CheckNotNull(situations).ToList();
    }

    /// <summary>Gets the case.</summary>
    public Guid CaseId { get; }

    /// <summary>Gets the post.</summary>
    public Guid PostId { get; }

    /// <summary>Gets the service.</summary>
    public ServiceProfileKind Profile { get; }

    /// <summary>Gets the referral channel.</summary>
    public ReferralChannel Channel { get; }

    /// <summary>Gets the date the referral was received.</summary>
    public LocalDate ReceivedOn { get; }

    /// <summary>Gets the lifecycle state.</summary>
    public CaseState State { get; }

    /// <summary>Gets the first contact date, once made.</summary>
    public LocalDate? FirstContactOn { get; }

    /// <summary>Gets the closing date, once closed.</summary>
    public LocalDate? ClosedOn { get; }

    /// <summary>Gets the outcome, once closed.</summary>
    public CaseOutcome? Outcome { get; }

    /// <summary>Gets the date the active guidance card's yearly review is due (R36), if a card is active.</summary>
    public LocalDate? GuidanceCardReviewDue { get; }

    /// <summary>Gets the household, when tracked.</summary>
    public Guid? HouseholdId { get; }

    /// <summary>Gets the situations.</summary>
    public IReadOnlyList<SituationKind> Situations { get; }

    /// <summary>Projects a case to its row.</summary>
    /// <param name="source">The case.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static CaseRecord From(Case source)
    {
        Preconditions.CheckNotNull(source);
        return new CaseRecord(
            source.Id.Value,
            source.Post.Id.Value,
            source.Post.ProfileKind,
            source.Referral.Channel,
            source.Referral.ReceivedOn,
            source.State,
            source.FirstContact?.On,
            source.ClosedOn,
            source.Outcome,
            source.GuidanceCard?.NextReviewDue,
            source.Household?.Value,
            source.Situations);
    }

    /// <inheritdoc />
    public bool Equals(CaseRecord? other) =>
        other is not null && CaseId == other.CaseId && PostId == other.PostId && Profile == other.Profile && Channel == other.Channel
        && ReceivedOn == other.ReceivedOn && State == other.State && FirstContactOn == other.FirstContactOn && ClosedOn == other.ClosedOn
        && Outcome == other.Outcome && GuidanceCardReviewDue == other.GuidanceCardReviewDue && HouseholdId == other.HouseholdId
        && SequenceEquality.Equal(Situations, other.Situations);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CaseId, State, ReceivedOn);
}
