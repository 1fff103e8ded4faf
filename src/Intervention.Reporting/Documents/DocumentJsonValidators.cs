using System;
using System.Collections.Generic;
using System.Linq;
using FluentValidation;
using Intervention.Confidentiality.Disclosure;
using Intervention.Domain.Admissibility;
using Intervention.Domain.Cases;
using Intervention.Domain.Referrals;
using Intervention.Reporting.LiaisonSheets;
using NodaTime;

namespace Intervention.Reporting.Documents;

/// <summary>
/// Validates a liaison sheet's JSON form: the texts, the decision (never a refusal), only the fields the decision allows, no child at
/// risk (R21: worrying information instead), and the dates each lifecycle state requires: the person's validation before "sent" (R21, R34).
/// </summary>
public sealed class LiaisonSheetJsonValidator : AbstractValidator<LiaisonSheetJson>
{
    private static readonly LiaisonSheetState[] Validated =
        [LiaisonSheetState.ValidatedWithPerson, LiaisonSheetState.Sent, LiaisonSheetState.Accepted, LiaisonSheetState.Declined, LiaisonSheetState.Closed];

    /// <summary>Creates the validator of the document alone (the rules of time that need an instant of check are skipped).</summary>
    public LiaisonSheetJsonValidator()
        : this(null)
    {
    }

    /// <summary>Creates the validator at an instant: nothing in the sheet is after it.</summary>
    /// <param name="asOf">The instant of the check (from the host's clock).</param>
    public LiaisonSheetJsonValidator(Instant asOf)
        : this(DocumentMoment.From(asOf))
    {
    }

    internal LiaisonSheetJsonValidator(DocumentMoment? moment)
    {
        RuleFor(d => d.SchemaId).Schema(DocumentType.LiaisonSheet);
        RuleFor(d => d.SheetId).NotEmptyId();
        RuleFor(d => d.Status).Defined();
        RuleFor(d => d.Partner).Defined();
        RuleFor(d => d.Sender).SetValidator(new SenderContactValidator());
        RuleFor(d => d.Person!.FamilyName).Text(DocumentSchemas.ShortText).When(d => d.Person is not null);
        RuleFor(d => d.Person!.GivenNames).Text(DocumentSchemas.ShortText).When(d => d.Person is not null);
        RuleFor(d => d.Person!.Phone).Text(DocumentSchemas.ShortText).When(d => d.Person?.Phone is not null);
        RuleFor(d => d.Person!.Address).Text(DocumentSchemas.ShortText).When(d => d.Person?.Address is not null);
        RuleFor(d => d.Reasons).Count(1).Distinct();
        RuleForEach(d => d.Reasons).Defined();
        this.OptionalText(d => d.Details, DocumentSchemas.LongText);
        RuleFor(d => d.Problems!).Distinct().When(d => d.Problems is not null);
        RuleForEach(d => d.Problems).Defined()
            .Must(p => p != SituationKind.ChildAtRisk).WithErrorCode(DocumentCodes.ChildAtRiskRedirect).WithMessage(_ => DocumentRules.Message(DocumentCodes.ChildAtRiskRedirect));
        RuleForEach(d => d.Profile).ChildRules(p =>
        {
            p.RuleFor(e => e.Role).Defined();
            p.RuleFor(e => e.AgeGroup).Defined();
        });
        RuleFor(d => d.Decision).SetValidator(new DecisionCitationValidator());
        this.OptionalText(d => d.DeclineReason, DocumentSchemas.LongText);
        this.OptionalText(d => d.Feedback, DocumentSchemas.LongText);

        RuleFor(d => d.ValidatedWithPersonAt).NotNull().When(d => Validated.Contains(d.Status))
            .WithErrorCode(DocumentCodes.NotValidatedWithPerson).WithMessage(_ => DocumentRules.Message(DocumentCodes.NotValidatedWithPerson));
        Lifecycle(d => d.SentAt, Validated[1..]);
        Lifecycle(d => d.AnsweredAt, Validated[2..]);
        Lifecycle(d => d.DeclineReason, [LiaisonSheetState.Declined]);
        Lifecycle(d => d.Feedback, [LiaisonSheetState.Closed]);
        Lifecycle(d => d.ClosedAt, [LiaisonSheetState.Closed]);

        this.Timed(d => d.WrittenAt, moment);
        this.Timed(d => d.ValidatedWithPersonAt, moment);
        this.Timed(d => d.SentAt, moment);
        this.Timed(d => d.AnsweredAt, moment);
        this.Timed(d => d.ClosedAt, moment);
        this.NotBefore(d => d.ValidatedWithPersonAt, d => d.WrittenAt, "writtenAt");
        this.NotBefore(d => d.SentAt, d => d.ValidatedWithPersonAt ?? d.WrittenAt, "validatedWithPersonAt");
        this.NotBefore(d => d.AnsweredAt, d => d.SentAt, "sentAt");
        this.NotBefore(d => d.ClosedAt, d => d.AnsweredAt, "answeredAt");
        RuleFor(d => d.Decision.Consent!.GivenAt).Must((d, given) => given <= d.WrittenAt).When(d => d.Decision?.Consent is not null)
            .WithErrorCode(DocumentCodes.OutOfOrder).WithMessage(_ => DocumentRules.Message(DocumentCodes.OutOfOrder, "writtenAt"));
        RuleFor(d => d.Decision.Consent!.ExpiresAt).Must((d, expiry) => expiry is not { } e || (e > d.WrittenAt && (d.SentAt is not { } sent || e > sent)))
            .When(d => d.Decision?.Consent is not null)
            .WithErrorCode(DocumentCodes.ConsentLapsed).WithMessage((_, e) => DocumentRules.Message(DocumentCodes.ConsentLapsed, e));

        Allowed(d => d.Person is not null, "Person", DataCategory.Identity);
        Allowed(d => d.Person is { } p && (p.Phone is not null || p.Address is not null), "Person", DataCategory.ContactDetails);
        Allowed(d => d.Details is not null, "Details", DataCategory.SituationDetails);
        Allowed(d => d.Problems is not null, "Problems", DataCategory.SituationSummary);
        Allowed(d => d.Profile is not null, "Profile", DataCategory.FamilyContext);
    }

    private void Lifecycle<TValue>(System.Linq.Expressions.Expression<Func<LiaisonSheetJson, TValue>> property, LiaisonSheetState[] states) =>
        RuleFor(property).NotNull().When(d => states.Contains(d.Status))
            .WithErrorCode(DocumentCodes.LifecycleIncomplete).WithMessage(d => DocumentRules.Message(DocumentCodes.LifecycleIncomplete, d.Status));

    private void Allowed(Func<LiaisonSheetJson, bool> present, string field, DataCategory category) =>
        RuleFor(d => d.Decision.AllowedData)
            .Must(a => a is null || a.Contains(category))
            .When(d => d.Decision is not null && present(d))
            .OverridePropertyName(field)
            .WithErrorCode(DocumentCodes.NotAllowedByDecision)
            .WithMessage(_ => DocumentRules.Message(DocumentCodes.NotAllowedByDecision, category));
}

/// <summary>Validates the JSON form of an officer's liaison sheet to the worker (R20).</summary>
public sealed class OfficerReferralJsonValidator : AbstractValidator<OfficerReferralJson>
{
    /// <summary>Creates the validator of the document alone.</summary>
    public OfficerReferralJsonValidator()
        : this(null)
    {
    }

    internal OfficerReferralJsonValidator(DocumentMoment? moment)
    {
        this.Dated(d => d.WrittenOn, moment);
        this.Dated(d => d.BirthDate, null);
        RuleFor(d => d.BirthDate).Must((d, b) => b is not { } birth || birth <= d.WrittenOn)
            .WithErrorCode(DocumentCodes.OutOfOrder).WithMessage(_ => DocumentRules.Message(DocumentCodes.OutOfOrder, "writtenOn"));
        RuleFor(d => d.BirthDate).Must((d, b) => b is not { } birth || d.DeclaredAgeGroup is not { } group || !Enum.IsDefined(group) || DocumentTimeRules.Agrees(birth, group, d.WrittenOn))
            .WithErrorCode(DocumentCodes.AgeGroupMismatch).WithMessage(d => DocumentRules.Message(DocumentCodes.AgeGroupMismatch, d.DeclaredAgeGroup));
        RuleFor(d => d.SchemaId).Schema(DocumentType.OfficerReferral);
        RuleFor(d => d.Unit).Text(DocumentSchemas.ShortText);
        RuleFor(d => d.PersonId).NotEmptyId();
        RuleFor(d => d.Role).Defined();
        RuleFor(d => d.DeclaredAgeGroup!.Value).Defined().When(d => d.DeclaredAgeGroup is not null).OverridePropertyName("DeclaredAgeGroup");
        RuleFor(d => d.DeclaredAgeGroup).NotNull().When(d => d.BirthDate is null)
            .WithErrorCode(DocumentCodes.AgeGroupRequired).WithMessage(_ => DocumentRules.Message(DocumentCodes.AgeGroupRequired));
        RuleFor(d => d.Situations).Count(1).Distinct();
        RuleForEach(d => d.Situations).Defined();
    }
}

/// <summary>Validates the JSON form of a Québec social referral: its source (R30), its situations (R31), its five findings (R32).</summary>
public sealed class SocialReferralJsonValidator : AbstractValidator<SocialReferralJson>
{
    /// <summary>Creates the validator of the document alone.</summary>
    public SocialReferralJsonValidator()
        : this(null)
    {
    }

    internal SocialReferralJsonValidator(DocumentMoment? moment)
    {
        this.Dated(d => d.ReceivedOn, moment);
        var situations = DocumentConstraints.QuebecSituations;
        RuleFor(d => d.SchemaId).Schema(DocumentType.SocialReferral);
        RuleFor(d => d.Source).Must(DocumentConstraints.QuebecSources.Contains)
            .WithErrorCode(SocialReferralValidator.SourceNotAllowed).WithMessage((_, s) => DocumentRules.Message(DocumentCodes.ValueNotAllowed, s));
        RuleFor(d => d.Partner!.Value).Defined().When(d => d.Partner is not null).OverridePropertyName("Partner");
        RuleFor(d => d.Partner).NotNull().When(d => d.Source == ReferrerKind.Partner)
            .WithErrorCode(DocumentCodes.PartnerRequired).WithMessage(_ => DocumentRules.Message(DocumentCodes.PartnerRequired));
        RuleFor(d => d.Situations).Count(1).Distinct();
        RuleForEach(d => d.Situations).Must(situations.Contains)
            .WithErrorCode(SocialReferralValidator.SituationNotServed).WithMessage((_, s) => DocumentRules.Message(DocumentCodes.ValueNotAllowed, s));
        RuleFor(d => d.Findings).Count(5, 5)
            .Must(f => f is null || Enum.GetValues<AdmissibilityCriterion>().All(c => f.Any(x => x is not null && x.Criterion == c)))
            .WithErrorCode(SocialReferralValidator.FindingsIncomplete).WithMessage(_ => SocialReferralValidator.FindingsIncompleteMessage())
            .Must(f => f is null || f.Any(x => x is not null && x.Met))
            .WithErrorCode(SocialReferralValidator.NotAdmissible).WithMessage(_ => SocialReferralValidator.NotAdmissibleMessage());
        RuleForEach(d => d.Findings).ChildRules(f =>
        {
            f.RuleFor(x => x.Criterion).Defined();
            f.RuleFor(x => x.Reason).Text(DocumentSchemas.ReasonText);
        });
    }
}

/// <summary>
/// Validates the JSON form of a Québec officer guidance card; with a date, also that its yearly review is not overdue (R36), which
/// no schema can state.
/// </summary>
public sealed class OfficerGuidanceCardJsonValidator : AbstractValidator<OfficerGuidanceCardJson>
{
    /// <summary>Creates the validator of the document alone.</summary>
    public OfficerGuidanceCardJsonValidator()
        : this((LocalDate?)null)
    {
    }

    /// <summary>Creates the validator for a date: the card's review must not be overdue on it.</summary>
    /// <param name="asOf">The date the card is checked on (from the host's clock), or null to skip that check.</param>
    public OfficerGuidanceCardJsonValidator(LocalDate? asOf)
        : this(DocumentMoment.From(asOf))
    {
    }

    internal OfficerGuidanceCardJsonValidator(DocumentMoment? moment)
    {
        this.Dated(d => d.LastReviewedOn, moment);
        this.Dated(d => d.NextReviewDue, null);
        RuleFor(d => d.SchemaId).Schema(DocumentType.OfficerGuidanceCard);
        RuleFor(d => d.CaseId).NotEmptyId();
        RuleFor(d => d.Particulars).Text(DocumentSchemas.LongText);
        RuleFor(d => d.ToFavour).Count(1);
        RuleForEach(d => d.ToFavour).Text(DocumentSchemas.LongText);
        RuleForEach(d => d.ToAvoid).Text(DocumentSchemas.LongText);
        RuleForEach(d => d.ToCall).ChildRules(c =>
        {
            c.RuleFor(x => x.Name).Text(DocumentSchemas.ShortText);
            c.RuleFor(x => x.Role).Text(DocumentSchemas.ShortText);
            c.RuleFor(x => x.Phone).Text(DocumentSchemas.ShortText);
        });
        RuleFor(d => d.Tolerance).Defined();
        RuleFor(d => d.Release).Defined();
        RuleFor(d => d.NextReviewDue).Must((d, due) => !DocumentTimeRules.InRange(d.LastReviewedOn) || due == d.LastReviewedOn.Plus(OfficerGuidanceCard.ReviewPeriod))
            .WithErrorCode(DocumentCodes.NextReviewMismatch).WithMessage(d => DocumentRules.Message(DocumentCodes.NextReviewMismatch, d.LastReviewedOn.Plus(OfficerGuidanceCard.ReviewPeriod)));
        if (moment is { } m)
        {
            OfficerGuidanceCardValidator.NotOverdue(RuleFor(d => d.NextReviewDue), m.Today);
        }
    }
}

/// <summary>Validates the JSON form of worrying information to the CRIP (CASF L.226-2-1): author, facts, the decision, and why the parents were not told.</summary>
public sealed class ChildAtRiskReportJsonValidator : AbstractValidator<ChildAtRiskReportJson>
{
    /// <summary>Creates the validator of the document alone.</summary>
    public ChildAtRiskReportJsonValidator()
        : this(null)
    {
    }

    internal ChildAtRiskReportJsonValidator(DocumentMoment? moment)
    {
        this.Dated(d => d.WrittenOn, moment);
        RuleForEach(d => d.Facts).ChildRules(f => f.Dated(x => x.On, null));
        RuleForEach(d => d.Facts).Must((d, f) => f is null || !DocumentTimeRules.InRange(f.On) || f.On <= d.WrittenOn)
            .WithErrorCode(DocumentCodes.OutOfOrder).WithMessage(_ => DocumentRules.Message(DocumentCodes.OutOfOrder, "writtenOn"));
        RuleForEach(d => d.Minors).ChildRules(p => p.Dated(x => x.BirthDate, null));
        RuleForEach(d => d.Minors).Must((d, p) => p?.BirthDate is not { } b || (b <= d.WrittenOn && DocumentTimeRules.Agrees(b, Intervention.Domain.People.AgeGroup.Minor, d.WrittenOn)))
            .WithErrorCode(DocumentCodes.AgeGroupMismatch).WithMessage(_ => DocumentRules.Message(DocumentCodes.AgeGroupMismatch, Intervention.Domain.People.AgeGroup.Minor));
        RuleForEach(d => d.Parents).ChildRules(p => p.Dated(x => x.BirthDate, null));
        RuleForEach(d => d.Parents).Must((d, p) => p?.BirthDate is not { } b || b <= d.WrittenOn)
            .WithErrorCode(DocumentCodes.OutOfOrder).WithMessage(_ => DocumentRules.Message(DocumentCodes.OutOfOrder, "writtenOn"));
        RuleFor(d => d.SchemaId).Schema(DocumentType.ChildAtRiskReport);
        RuleFor(d => d.ReportId).NotEmptyId();
        RuleFor(d => d.Author).SetValidator(new SenderContactValidator());
        RuleForEach(d => d.Minors).SetValidator(new NamedPersonValidator());
        // The builder names at least one minor, and names people only when the decision allows identity (R21, CASF L.226-2-1).
        RuleFor(d => d.Minors).Count(1).When(d => d.Decision?.AllowedData is { } a && a.Contains(DataCategory.Identity));
        RuleFor(d => d.Minors).Must(m => m is null || m.Count == 0).When(d => d.Decision?.AllowedData is { } a && !a.Contains(DataCategory.Identity))
            .WithErrorCode(DocumentCodes.NotAllowedByDecision).WithMessage(_ => DocumentRules.Message(DocumentCodes.NotAllowedByDecision, DataCategory.Identity));
        RuleFor(d => d.Parents).Must(m => m is null || m.Count == 0).When(d => d.Decision?.AllowedData is { } a && !a.Contains(DataCategory.Identity))
            .WithErrorCode(DocumentCodes.NotAllowedByDecision).WithMessage(_ => DocumentRules.Message(DocumentCodes.NotAllowedByDecision, DataCategory.Identity));
        RuleForEach(d => d.Parents).SetValidator(new NamedPersonValidator());
        RuleFor(d => d.Facts).Count(1);
        RuleForEach(d => d.Facts).ChildRules(f =>
        {
            f.RuleFor(x => x.Description).Text(DocumentSchemas.LongText);
            f.RuleFor(x => x.ChildWords).Text(DocumentSchemas.LongText).When(x => x.ChildWords is not null);
        });
        this.OptionalText(d => d.FamilyContext, DocumentSchemas.LongText);
        this.OptionalText(d => d.ParentsNotInformedReason, DocumentSchemas.LongText);
        RuleFor(d => d.ParentsNotInformedReason).NotNull().When(d => !d.ParentsInformedBeforehand)
            .WithErrorCode(DocumentCodes.ParentsNotInformedReasonRequired).WithMessage(_ => DocumentRules.Message(DocumentCodes.ParentsNotInformedReasonRequired));
        RuleFor(d => d.Decision).SetValidator(new DecisionCitationValidator());
    }

    private sealed class NamedPersonValidator : AbstractValidator<NamedPerson>
    {
        public NamedPersonValidator()
        {
            RuleFor(p => p.FamilyName).Text(DocumentSchemas.ShortText);
            RuleFor(p => p.GivenNames).Text(DocumentSchemas.ShortText);
            this.OptionalText(p => p.Address, DocumentSchemas.ShortText);
        }
    }
}
