using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentValidation;
using FluentValidation.Results;
using Intervention.Domain.Admissibility;
using Intervention.Domain.Cases;
using Intervention.Domain.Referrals;
using NodaTime;

namespace Intervention.Reporting.LiaisonSheets;

/// <summary>The tolerance level officers are advised to keep with the person if an offence occurs (R36).</summary>
public enum ToleranceLevel
{
    /// <summary>Low tolerance.</summary>
    Low = 1,

    /// <summary>Moderate tolerance.</summary>
    Moderate = 2,

    /// <summary>High tolerance.</summary>
    High = 3,
}

/// <summary>The release mode recommended if an offence occurs (R36: « le mode de libération à préconiser »).</summary>
public enum RecommendedRelease
{
    /// <summary>Release without conditions.</summary>
    Release = 1,

    /// <summary>Release with conditions.</summary>
    ReleaseWithConditions = 2,

    /// <summary>Bring the person before a judge.</summary>
    Appearance = 3,

    /// <summary>Take the person to health services rather than to court.</summary>
    HealthServices = 4,
}

/// <summary>Someone officers may call: a relative or a professional (R36).</summary>
/// <param name="Name">The name.</param>
/// <param name="Role">Their role (relative, psychiatrist, community worker…).</param>
/// <param name="Phone">Their phone.</param>
public sealed record ContactToCall(string Name, string Role, string Phone);

/// <summary>
/// The Québec officer guidance card (fiche Info-social, R36): particulars of the person, interventions to favour and to avoid,
/// people to call, tolerance level and recommended release mode; reviewed yearly.
/// </summary>
/// <param name="Case">The case.</param>
/// <param name="Particulars">The person's particulars relevant to police interventions.</param>
/// <param name="ToFavour">Interventions to favour.</param>
/// <param name="ToAvoid">Interventions to avoid.</param>
/// <param name="ToCall">People to call.</param>
/// <param name="Tolerance">The tolerance level.</param>
/// <param name="Release">The recommended release mode.</param>
/// <param name="LastReviewedOn">The date of the last review.</param>
/// <param name="BasedOnPoliceInterventionsOnly">Whether the recommendations rest only on past police interventions, the person having refused or not answered (R35).</param>
public sealed record OfficerGuidanceCardDocument(
    Intervention.Domain.CaseId Case,
    string Particulars,
    IReadOnlyList<string> ToFavour,
    IReadOnlyList<string> ToAvoid,
    IReadOnlyList<ContactToCall> ToCall,
    ToleranceLevel Tolerance,
    RecommendedRelease Release,
    LocalDate LastReviewedOn,
    bool BasedOnPoliceInterventionsOnly = false)
{
    /// <summary>Creates the card's document from the case's active card, so both share their review dates and their basis (R35, R36).</summary>
    /// <param name="source">The case, which must have an active card.</param>
    /// <param name="particulars">The person's particulars.</param>
    /// <param name="toFavour">Interventions to favour.</param>
    /// <param name="toAvoid">Interventions to avoid.</param>
    /// <param name="toCall">People to call.</param>
    /// <param name="tolerance">The tolerance level.</param>
    /// <param name="release">The recommended release mode.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The case has no active card.</exception>
    public static OfficerGuidanceCardDocument For(
        Case source, string particulars, IReadOnlyList<string> toFavour, IReadOnlyList<string> toAvoid, IReadOnlyList<ContactToCall> toCall, ToleranceLevel tolerance, RecommendedRelease release)
    {
        ArgumentNullException.ThrowIfNull(source);
        var card = source.GuidanceCard ?? throw new ArgumentException("The case has no active officer guidance card.", nameof(source));
        return new OfficerGuidanceCardDocument(source.Id, particulars, toFavour, toAvoid, toCall, tolerance, release, card.LastReviewedOn, card.BasedOnPoliceInterventionsOnly);
    }

    /// <summary>Gets the date the next review is due: one year after the last (R36).</summary>
    public LocalDate NextReviewDue => LastReviewedOn.Plus(OfficerGuidanceCard.ReviewPeriod);

    /// <inheritdoc />
    public bool Equals(OfficerGuidanceCardDocument? other) =>
        other is not null && Case == other.Case && Particulars == other.Particulars && Tolerance == other.Tolerance && Release == other.Release
        && LastReviewedOn == other.LastReviewedOn && BasedOnPoliceInterventionsOnly == other.BasedOnPoliceInterventionsOnly && ToFavour.SequenceEqual(other.ToFavour) && ToAvoid.SequenceEqual(other.ToAvoid) && ToCall.SequenceEqual(other.ToCall);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Case, LastReviewedOn);
}

/// <summary>A Québec social referral (référence sociale, R30–R32): its source, date, situations and the five admissibility findings.</summary>
/// <param name="Source">Who refers: an officer, a 911 dispatcher or a partner.</param>
/// <param name="Partner">The partner kind, for a partner.</param>
/// <param name="ReceivedOn">The date received.</param>
/// <param name="Situations">The situations (R31 targets).</param>
/// <param name="Findings">One finding per admissibility criterion, with its reason.</param>
public sealed record SocialReferralDocument(
    ReferrerKind Source,
    PartnerKind? Partner,
    LocalDate ReceivedOn,
    IReadOnlyList<SituationKind> Situations,
    IReadOnlyList<CriterionFinding> Findings)
{
    /// <summary>Gets whether at least one criterion is met (R32).</summary>
    public bool IsAdmissible => Findings.Any(f => f.Met);

    /// <inheritdoc />
    public bool Equals(SocialReferralDocument? other) =>
        other is not null && Source == other.Source && Partner == other.Partner && ReceivedOn == other.ReceivedOn
        && Situations.SequenceEqual(other.Situations) && Findings.SequenceEqual(other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, ReceivedOn, Findings.Count);
}

/// <summary>One problem a document validator found: where, which code, how serious, and the message in a language.</summary>
/// <param name="Path">The property path.</param>
/// <param name="Code">The stable code.</param>
/// <param name="Severity">How serious.</param>
/// <param name="Arguments">The values the message refers to.</param>
/// <param name="Message">The message, in the culture asked for.</param>
public sealed record DocumentProblem(string Path, string Code, Severity Severity, IReadOnlyDictionary<string, object?> Arguments, string Message)
{
    /// <summary>Turns a FluentValidation result into problems.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The problems, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static IReadOnlyList<DocumentProblem> From(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Errors.Select(e => new DocumentProblem(
            e.PropertyName, e.ErrorCode, e.Severity, e.CustomState as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>(), e.ErrorMessage)).ToArray();
    }

    /// <inheritdoc />
    public bool Equals(DocumentProblem? other) => other is not null && Path == other.Path && Code == other.Code && Severity == other.Severity && Message == other.Message;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, Code);
}

/// <summary>Validates an officer guidance card on a date: required parts, and the yearly review (R36).</summary>
public sealed class OfficerGuidanceCardValidator : AbstractValidator<OfficerGuidanceCardDocument>
{
    /// <summary>The code of a card whose yearly review is overdue.</summary>
    public const string ReviewOverdue = "card.review_overdue";

    /// <summary>The code of a missing part.</summary>
    public const string Required = "card.required";

    /// <summary>Creates the validator for a date.</summary>
    /// <param name="asOf">The date the card is checked on (from the host's clock).</param>
    public OfficerGuidanceCardValidator(LocalDate asOf)
    {
        RuleFor(c => c.Particulars).NotEmpty().WithErrorCode(Required).WithMessage(_ => Text("Les particularités de la personne sont obligatoires.", "The person's particulars are required."));
        RuleFor(c => c.ToFavour).NotEmpty().WithErrorCode(Required).WithMessage(_ => Text("Indiquez au moins une intervention à privilégier.", "Give at least one intervention to favour."));
        RuleForEach(c => c.ToCall).Must(p => p is not null && !string.IsNullOrWhiteSpace(p.Phone)).WithErrorCode(Required).WithMessage(_ => Text("Chaque personne à contacter a un numéro.", "Every person to call has a number."));
        NotOverdue(RuleFor(c => c.NextReviewDue), asOf);
    }

    // The yearly review (R36), shared with the JSON form's validator.
    internal static void NotOverdue<T>(IRuleBuilder<T, LocalDate> nextReviewDue, LocalDate asOf) =>
        nextReviewDue
            .GreaterThanOrEqualTo(asOf)
            .WithErrorCode(ReviewOverdue)
            .WithMessage((_, due) => Text($"La révision annuelle de la fiche était due le {due:uuuu-MM-dd} (R36).", $"The card's yearly review was due on {due:uuuu-MM-dd} (R36)."))
            .WithState((_, due) => (object)new Dictionary<string, object?> { ["Due"] = due, ["AsOf"] = asOf });

    internal static string Text(string french, string english) =>
        FrenchCulture.Includes(CultureInfo.CurrentUICulture) ? french : english;
}

/// <summary>Validates a Québec social referral: its source (R30), its situations (R31) and its five findings (R32).</summary>
public sealed class SocialReferralValidator : AbstractValidator<SocialReferralDocument>
{
    /// <summary>The code of a referral that meets no criterion.</summary>
    public const string NotAdmissible = "referral.not_admissible";

    /// <summary>The code of findings that do not assess each criterion once.</summary>
    public const string FindingsIncomplete = "admissibility.findings_incomplete";

    /// <summary>The code of a source that is not an officer, a 911 dispatcher or a partner.</summary>
    public const string SourceNotAllowed = "referral.source_not_allowed";

    /// <summary>The code of a situation outside the target clientele.</summary>
    public const string SituationNotServed = "case.situation_not_served";

    /// <summary>Creates the validator.</summary>
    public SocialReferralValidator()
    {
        var targets = Intervention.Domain.Services.ServiceProfile.QuebecPolicePsychosocialCoordination.Situations;
        RuleFor(r => r.Source).Must(s => s is ReferrerKind.Officer or ReferrerKind.EmergencyDispatcher or ReferrerKind.Partner)
            .WithErrorCode(SourceNotAllowed).WithMessage(_ => OfficerGuidanceCardValidator.Text("La référence vient d'un policier, d'un préposé 911 ou d'un partenaire (R30).", "The referral comes from an officer, a 911 dispatcher or a partner (R30)."));
        RuleFor(r => r.Partner).NotNull().When(r => r.Source == ReferrerKind.Partner)
            .WithErrorCode(SourceNotAllowed).WithMessage(_ => OfficerGuidanceCardValidator.Text("Le type de partenaire est obligatoire.", "The partner kind is required."));
        RuleForEach(r => r.Situations).Must(targets.Contains)
            .WithErrorCode(SituationNotServed).WithMessage((_, s) => OfficerGuidanceCardValidator.Text($"La situation « {s} » n'est pas dans la clientèle visée (R31).", $"The situation '{s}' is outside the target clientele (R31)."));
        RuleFor(r => r.Findings)
            .Must(f => f.Select(x => x.Criterion).Order().SequenceEqual(Enum.GetValues<AdmissibilityCriterion>()))
            .WithErrorCode(FindingsIncomplete).WithMessage(_ => FindingsIncompleteMessage());
        RuleFor(r => r.IsAdmissible).Equal(true)
            .WithErrorCode(NotAdmissible).WithMessage(_ => NotAdmissibleMessage());
    }

    // The R32 messages, shared with the JSON form's validator.
    internal static string FindingsIncompleteMessage() =>
        OfficerGuidanceCardValidator.Text("Chacun des cinq critères est évalué une fois (R32).", "Each of the five criteria is assessed once (R32).");

    internal static string NotAdmissibleMessage() =>
        OfficerGuidanceCardValidator.Text("Aucun critère d'admissibilité n'est rempli (R32).", "No admissibility criterion is met (R32).");
}
