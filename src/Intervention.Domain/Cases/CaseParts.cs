using System;
using Intervention.Domain.Referrals;
using NodaTime;

namespace Intervention.Domain.Cases;

/// <summary>Whether the person gave or refused their adhesion.</summary>
public enum AdhesionDecision
{
    /// <summary>The person freely agrees to be helped (R04, R08).</summary>
    Given = 1,

    /// <summary>The person refuses the help offered, or withdraws their adhesion; the refusal is respected (R35).</summary>
    Refused = 2,
}

/// <summary>How receptive the person was at the first contact (R33).</summary>
public enum Receptivity
{
    /// <summary>Receptive to the worker's or partners' services.</summary>
    Receptive = 1,

    /// <summary>Hesitant or ambivalent.</summary>
    Ambivalent = 2,

    /// <summary>Not receptive.</summary>
    NotReceptive = 3,
}

/// <summary>The person's adhesion or refusal, dated, and who expressed it.</summary>
/// <param name="Decision">Given or refused.</param>
/// <param name="On">The date it was expressed.</param>
/// <param name="By">The person or their legal representative.</param>
/// <remarks>R04 (adhesion, free of coercion), R35 (refusal respected). The consents of the confidentiality package are separate facts, one per purpose.</remarks>
public sealed record Adhesion(AdhesionDecision Decision, LocalDate On, AdhesionGiver By);

/// <summary>The first contact with the person (R33): when, in what form, and how receptive they were.</summary>
/// <param name="On">The date.</param>
/// <param name="Mode">The interview kind (office, home, phone, on site).</param>
/// <param name="Receptivity">The person's receptivity.</param>
public sealed record FirstContact(LocalDate On, ActionKind Mode, Receptivity Receptivity);

/// <summary>An action the worker performed, dated, with the partner kind for an orientation or a supported referral.</summary>
/// <param name="Kind">The action.</param>
/// <param name="On">The date.</param>
/// <param name="Partner">The partner kind, for an orientation or a supported referral only.</param>
public sealed record InterventionAction(ActionKind Kind, LocalDate On, PartnerKind? Partner = null);

/// <summary>
/// The officer-facing guidance card (fiche Info-social): particulars, interventions to favour and to avoid, people to
/// call, tolerance level and recommended release mode, available 24/7 in patrol cars; reviewed yearly (R36).
/// </summary>
/// <remarks>
/// This record holds the card's lifecycle facts the domain needs (issue, last review, next review due, whether it rests only on
/// past police interventions because the person refused, R35). Its contents are a document of the reporting package.
/// </remarks>
public sealed record OfficerGuidanceCard
{
    /// <summary>The time between two reviews: one year (R36, « mise à jour annuelle »).</summary>
    public static Period ReviewPeriod { get; } = Period.FromYears(1);

    /// <summary>Creates a card.</summary>
    /// <param name="issuedOn">The date the card was issued.</param>
    /// <param name="lastReviewedOn">The date of the last review (the issue date for a new card).</param>
    /// <param name="basedOnPoliceInterventionsOnly">Whether the card rests only on past police interventions, the person having refused or not answered (R35).</param>
    /// <exception cref="ArgumentException"><paramref name="lastReviewedOn"/> is before <paramref name="issuedOn"/>.</exception>
    public OfficerGuidanceCard(LocalDate issuedOn, LocalDate lastReviewedOn, bool basedOnPoliceInterventionsOnly)
    {
        Preconditions.CheckArgument(lastReviewedOn >= issuedOn, nameof(lastReviewedOn), "A card cannot be reviewed before it is issued.");
        IssuedOn = issuedOn;
        LastReviewedOn = lastReviewedOn;
        BasedOnPoliceInterventionsOnly = basedOnPoliceInterventionsOnly;
    }

    /// <summary>Gets the date the card was issued.</summary>
    public LocalDate IssuedOn { get; }

    /// <summary>Gets the date of the last review.</summary>
    public LocalDate LastReviewedOn { get; }

    /// <summary>Gets whether the card rests only on past police interventions (R35).</summary>
    public bool BasedOnPoliceInterventionsOnly { get; }

    /// <summary>Gets the date the next review is due: one year after the last (29 February → 28 February).</summary>
    public LocalDate NextReviewDue => LastReviewedOn.Plus(ReviewPeriod);

    /// <summary>Whether the review is due on a date (due on <see cref="NextReviewDue"/> and every day after).</summary>
    /// <param name="on">The date.</param>
    /// <returns><see langword="true"/> when <paramref name="on"/> is on or after <see cref="NextReviewDue"/>.</returns>
    public bool IsReviewDueOn(LocalDate on) => on >= NextReviewDue;
}
