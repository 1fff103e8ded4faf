using Intervention.Domain.Referrals;
using NodaTime;

namespace Intervention.Domain.Cases;

/// <summary>Something that happened to a case, raised by its named operations for the host to publish.</summary>
/// <param name="Case">The case.</param>
/// <param name="On">The date of the fact.</param>
public abstract record CaseEvent(CaseId Case, LocalDate On);

/// <summary>A referral was received and the case opened.</summary>
/// <param name="Case">The case.</param>
/// <param name="On">The date received.</param>
/// <param name="Channel">The referral channel.</param>
public sealed record CaseReceived(CaseId Case, LocalDate On, ReferralChannel Channel) : CaseEvent(Case, On);

/// <summary>A Québec social referral was assessed against the five criteria (R32).</summary>
/// <param name="Case">The case.</param>
/// <param name="On">The date of the assessment.</param>
/// <param name="Admissible">Whether at least one criterion is met.</param>
public sealed record AdmissibilityAssessed(CaseId Case, LocalDate On, bool Admissible) : CaseEvent(Case, On);

/// <summary>The first contact took place (R33).</summary>
/// <param name="Case">The case.</param>
/// <param name="On">The date.</param>
/// <param name="Mode">The interview kind.</param>
public sealed record FirstContactMade(CaseId Case, LocalDate On, ActionKind Mode) : CaseEvent(Case, On);

/// <summary>The person gave their adhesion (R04).</summary>
/// <param name="Case">The case.</param>
/// <param name="On">The date.</param>
/// <param name="By">Who gave it.</param>
public sealed record AdhesionGiven(CaseId Case, LocalDate On, AdhesionGiver By) : CaseEvent(Case, On);

/// <summary>The person refused the help or did not answer; the refusal is respected and the worker remains available (R35).</summary>
/// <param name="Case">The case.</param>
/// <param name="On">The date.</param>
/// <param name="NoResponse">Whether the person did not answer rather than refused.</param>
/// <param name="WorkerRemainsAvailable">Always <see langword="true"/>: the person is told the worker stays available (R35).</param>
/// <param name="KeptOpenByGuidanceCard">Whether an active officer guidance card keeps the case open (R36).</param>
public sealed record HelpRefused(CaseId Case, LocalDate On, bool NoResponse, bool WorkerRemainsAvailable, bool KeptOpenByGuidanceCard) : CaseEvent(Case, On);

/// <summary>An action was performed.</summary>
/// <param name="Case">The case.</param>
/// <param name="On">The date.</param>
/// <param name="Kind">The action.</param>
/// <param name="Partner">The partner kind, for an orientation or supported referral.</param>
public sealed record ActionRecorded(CaseId Case, LocalDate On, ActionKind Kind, PartnerKind? Partner) : CaseEvent(Case, On);

/// <summary>The person was oriented to a partner (R01, R34, R52).</summary>
/// <param name="Case">The case.</param>
/// <param name="On">The date.</param>
/// <param name="Partner">The partner kind.</param>
/// <param name="Supported">Whether it was a supported referral (R34).</param>
public sealed record PersonOriented(CaseId Case, LocalDate On, PartnerKind Partner, bool Supported) : CaseEvent(Case, On);

/// <summary>An officer guidance card was issued (R36).</summary>
/// <param name="Case">The case.</param>
/// <param name="On">The date.</param>
/// <param name="NextReviewDue">The date its review is due.</param>
public sealed record GuidanceCardIssued(CaseId Case, LocalDate On, LocalDate NextReviewDue) : CaseEvent(Case, On);

/// <summary>An officer guidance card was reviewed (R36).</summary>
/// <param name="Case">The case.</param>
/// <param name="On">The date.</param>
/// <param name="NextReviewDue">The date the next review is due.</param>
public sealed record GuidanceCardReviewed(CaseId Case, LocalDate On, LocalDate NextReviewDue) : CaseEvent(Case, On);

/// <summary>An officer guidance card was withdrawn: police are no longer expected to meet the person (R36).</summary>
/// <param name="Case">The case.</param>
/// <param name="On">The date.</param>
public sealed record GuidanceCardWithdrawn(CaseId Case, LocalDate On) : CaseEvent(Case, On);

/// <summary>The case was closed with an outcome.</summary>
/// <param name="Case">The case.</param>
/// <param name="On">The date.</param>
/// <param name="Outcome">The outcome.</param>
public sealed record CaseClosed(CaseId Case, LocalDate On, CaseOutcome Outcome) : CaseEvent(Case, On);
