using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Confidentiality.Disclosure;
using Intervention.Domain.Admissibility;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Reporting.LiaisonSheets;
using NodaTime;

namespace Intervention.Reporting.Documents;

/// <summary>One person concerned on a liaison sheet's profile: their role and whether they are a minor.</summary>
/// <param name="Role">The role.</param>
/// <param name="AgeGroup">Minor or adult.</param>
public sealed record ProfileEntry(PartyRole Role, AgeGroup AgeGroup);

/// <summary>One admissibility finding as a Québec social referral carries it (R32).</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Met">Whether it is met.</param>
/// <param name="Reason">Why (required either way).</param>
public sealed record FindingEntry(AdmissibilityCriterion Criterion, bool Met, string Reason);

/// <summary>
/// The JSON form of a <see cref="LiaisonSheet"/> (schema <c>liaison-sheet/2.0.0</c>): what the partner receives, with the lifecycle
/// dates. Produced by <see cref="FromSheet"/>; a host that receives one validates it with <see cref="LiaisonSheetJsonValidator"/>.
/// </summary>
public sealed record LiaisonSheetJson
{
    /// <summary>Gets the canonical id of the schema this document follows.</summary>
    public required string SchemaId { get; init; }

    /// <summary>Gets the sheet's identifier.</summary>
    public required Guid SheetId { get; init; }

    /// <summary>Gets when the sheet was written.</summary>
    public required Instant WrittenAt { get; init; }

    /// <summary>Gets the lifecycle state.</summary>
    public required LiaisonSheetState Status { get; init; }

    /// <summary>Gets the kind of partner the person is oriented to.</summary>
    public required PartnerKind Partner { get; init; }

    /// <summary>Gets the sender's professional contact.</summary>
    public required SenderContact Sender { get; init; }

    /// <summary>Gets the person's contact, present only when the decision allows identity.</summary>
    public PersonContact? Person { get; init; }

    /// <summary>Gets the coded reasons for the orientation.</summary>
    public required IReadOnlyList<OrientationReason> Reasons { get; init; }

    /// <summary>Gets the details of the situation, present only when the decision allows them.</summary>
    public string? Details { get; init; }

    /// <summary>Gets the problems, present only when the decision allows a summary of the situation.</summary>
    public IReadOnlyList<SituationKind>? Problems { get; init; }

    /// <summary>Gets the profile of the people concerned, present only when the decision allows the family context.</summary>
    public IReadOnlyList<ProfileEntry>? Profile { get; init; }

    /// <summary>Gets the decision the sheet was built under.</summary>
    public required DecisionCitation Decision { get; init; }

    /// <summary>Gets when the person validated what is sent (R21, R34).</summary>
    public Instant? ValidatedWithPersonAt { get; init; }

    /// <summary>Gets when it was sent.</summary>
    public Instant? SentAt { get; init; }

    /// <summary>Gets when the partner answered.</summary>
    public Instant? AnsweredAt { get; init; }

    /// <summary>Gets the partner's reason for declining.</summary>
    public string? DeclineReason { get; init; }

    /// <summary>Gets the partner's feedback.</summary>
    public string? Feedback { get; init; }

    /// <summary>Gets when the sheet was closed.</summary>
    public Instant? ClosedAt { get; init; }

    /// <summary>Writes a sheet in its JSON form.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sheet"/> is null.</exception>
    public static LiaisonSheetJson FromSheet(LiaisonSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return new LiaisonSheetJson
        {
            SchemaId = DocumentSchemas.Info(DocumentType.LiaisonSheet).CanonicalId,
            SheetId = sheet.Id,
            WrittenAt = sheet.CreatedAt,
            Status = sheet.State,
            Partner = sheet.Partner,
            Sender = sheet.Sender,
            Person = sheet.Person,
            Reasons = sheet.Reasons,
            Details = sheet.Details,
            Problems = sheet.Problems,
            Profile = sheet.Profile?.Select(p => new ProfileEntry(p.Role, p.AgeGroup)).ToArray(),
            Decision = sheet.Decision,
            ValidatedWithPersonAt = sheet.ValidatedWithPersonAt,
            SentAt = sheet.SentAt,
            AnsweredAt = sheet.AnsweredAt,
            DeclineReason = sheet.DeclineReason,
            Feedback = sheet.Feedback,
            ClosedAt = sheet.ClosedAt,
        };
    }

    /// <inheritdoc />
    public bool Equals(LiaisonSheetJson? other) =>
        other is not null && SchemaId == other.SchemaId && SheetId == other.SheetId && WrittenAt == other.WrittenAt && Status == other.Status && Partner == other.Partner
        && Sender == other.Sender && Person == other.Person && Same(Reasons, other.Reasons) && Details == other.Details && Same(Problems, other.Problems)
        && Same(Profile, other.Profile) && Decision == other.Decision && ValidatedWithPersonAt == other.ValidatedWithPersonAt && SentAt == other.SentAt
        && AnsweredAt == other.AnsweredAt && DeclineReason == other.DeclineReason && Feedback == other.Feedback && ClosedAt == other.ClosedAt;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SheetId, Status, WrittenAt);

    internal static bool Same<T>(IReadOnlyList<T>? left, IReadOnlyList<T>? right) =>
        ReferenceEquals(left, right) || (left is not null && right is not null && left.SequenceEqual(right));
}

/// <summary>The JSON form of an <see cref="OfficerReferralSheet"/> (schema <c>officer-referral/1.0.0</c>, R20).</summary>
public sealed record OfficerReferralJson
{
    /// <summary>Gets the canonical id of the schema this document follows.</summary>
    public required string SchemaId { get; init; }

    /// <summary>Gets the officer's unit.</summary>
    public required string Unit { get; init; }

    /// <summary>Gets the date the officer wrote it.</summary>
    public required LocalDate WrittenOn { get; init; }

    /// <summary>Gets the person's identifier in the host.</summary>
    public required Guid PersonId { get; init; }

    /// <summary>Gets the person's role.</summary>
    public required PartyRole Role { get; init; }

    /// <summary>Gets the person's birth date, when known.</summary>
    public LocalDate? BirthDate { get; init; }

    /// <summary>Gets minor or adult, required when the birth date is unknown.</summary>
    public AgeGroup? DeclaredAgeGroup { get; init; }

    /// <summary>Gets the situations the officer saw.</summary>
    public required IReadOnlyList<SituationKind> Situations { get; init; }

    /// <summary>Gets whether the person agreed that the worker contact them.</summary>
    public required bool PersonAgreesToBeContacted { get; init; }

    /// <summary>Writes a sheet in its JSON form.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sheet"/> is null.</exception>
    public static OfficerReferralJson FromSheet(OfficerReferralSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return new OfficerReferralJson
        {
            SchemaId = DocumentSchemas.Info(DocumentType.OfficerReferral).CanonicalId,
            Unit = sheet.Unit,
            WrittenOn = sheet.WrittenOn,
            PersonId = sheet.PersonId,
            Role = sheet.Role,
            BirthDate = sheet.BirthDate,
            DeclaredAgeGroup = sheet.DeclaredAgeGroup,
            Situations = sheet.Situations,
            PersonAgreesToBeContacted = sheet.PersonAgreesToBeContacted,
        };
    }

    /// <summary>Reads the sheet back (validate the document first: this copies the fields as they are).</summary>
    /// <returns>The sheet.</returns>
    public OfficerReferralSheet ToSheet() => new(Unit, WrittenOn, PersonId, Role, BirthDate, DeclaredAgeGroup, Situations, PersonAgreesToBeContacted);

    /// <inheritdoc />
    public bool Equals(OfficerReferralJson? other) =>
        other is not null && SchemaId == other.SchemaId && Unit == other.Unit && WrittenOn == other.WrittenOn && PersonId == other.PersonId && Role == other.Role
        && BirthDate == other.BirthDate && DeclaredAgeGroup == other.DeclaredAgeGroup && LiaisonSheetJson.Same(Situations, other.Situations)
        && PersonAgreesToBeContacted == other.PersonAgreesToBeContacted;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, WrittenOn, PersonId);
}

/// <summary>The JSON form of a Québec <see cref="SocialReferralDocument"/> (schema <c>quebec-social-referral/1.0.0</c>, R30–R32).</summary>
public sealed record SocialReferralJson
{
    /// <summary>Gets the canonical id of the schema this document follows.</summary>
    public required string SchemaId { get; init; }

    /// <summary>Gets who refers: an officer, a 911 dispatcher or a partner (R30).</summary>
    public required ReferrerKind Source { get; init; }

    /// <summary>Gets the partner kind, required when a partner refers.</summary>
    public PartnerKind? Partner { get; init; }

    /// <summary>Gets the date received.</summary>
    public required LocalDate ReceivedOn { get; init; }

    /// <summary>Gets the situations (R31).</summary>
    public required IReadOnlyList<SituationKind> Situations { get; init; }

    /// <summary>Gets one finding per admissibility criterion (R32).</summary>
    public required IReadOnlyList<FindingEntry> Findings { get; init; }

    /// <summary>Writes a referral in its JSON form.</summary>
    /// <param name="referral">The referral.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="referral"/> is null.</exception>
    public static SocialReferralJson FromDocument(SocialReferralDocument referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        return new SocialReferralJson
        {
            SchemaId = DocumentSchemas.Info(DocumentType.SocialReferral).CanonicalId,
            Source = referral.Source,
            Partner = referral.Partner,
            ReceivedOn = referral.ReceivedOn,
            Situations = referral.Situations,
            Findings = referral.Findings.Select(f => new FindingEntry(f.Criterion, f.Met, f.Reason)).ToArray(),
        };
    }

    /// <summary>Reads the referral back; validate the document first.</summary>
    /// <returns>The referral.</returns>
    /// <exception cref="ArgumentException">A finding is blank or too long (the validator reports it first).</exception>
    public SocialReferralDocument ToDocument() =>
        new(Source, Partner, ReceivedOn, Situations, Findings.Select(f => new CriterionFinding(f.Criterion, f.Met, f.Reason)).ToArray());

    /// <inheritdoc />
    public bool Equals(SocialReferralJson? other) =>
        other is not null && SchemaId == other.SchemaId && Source == other.Source && Partner == other.Partner && ReceivedOn == other.ReceivedOn
        && LiaisonSheetJson.Same(Situations, other.Situations) && LiaisonSheetJson.Same(Findings, other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, ReceivedOn);
}

/// <summary>The JSON form of a Québec <see cref="OfficerGuidanceCardDocument"/> (schema <c>quebec-officer-guidance-card/1.0.0</c>, R35, R36).</summary>
public sealed record OfficerGuidanceCardJson
{
    /// <summary>Gets the canonical id of the schema this document follows.</summary>
    public required string SchemaId { get; init; }

    /// <summary>Gets the case's identifier.</summary>
    public required Guid CaseId { get; init; }

    /// <summary>Gets the person's particulars relevant to police interventions.</summary>
    public required string Particulars { get; init; }

    /// <summary>Gets the interventions to favour.</summary>
    public required IReadOnlyList<string> ToFavour { get; init; }

    /// <summary>Gets the interventions to avoid.</summary>
    public required IReadOnlyList<string> ToAvoid { get; init; }

    /// <summary>Gets the people to call.</summary>
    public required IReadOnlyList<ContactToCall> ToCall { get; init; }

    /// <summary>Gets the tolerance level.</summary>
    public required ToleranceLevel Tolerance { get; init; }

    /// <summary>Gets the recommended release mode.</summary>
    public required RecommendedRelease Release { get; init; }

    /// <summary>Gets the date of the last review.</summary>
    public required LocalDate LastReviewedOn { get; init; }

    /// <summary>Gets the date the next review is due: one year after the last (R36).</summary>
    public required LocalDate NextReviewDue { get; init; }

    /// <summary>Gets whether the recommendations rest only on past police interventions (R35).</summary>
    public required bool BasedOnPoliceInterventionsOnly { get; init; }

    /// <summary>Writes a card in its JSON form.</summary>
    /// <param name="card">The card.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is null.</exception>
    public static OfficerGuidanceCardJson FromDocument(OfficerGuidanceCardDocument card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new OfficerGuidanceCardJson
        {
            SchemaId = DocumentSchemas.Info(DocumentType.OfficerGuidanceCard).CanonicalId,
            CaseId = card.Case.Value,
            Particulars = card.Particulars,
            ToFavour = card.ToFavour,
            ToAvoid = card.ToAvoid,
            ToCall = card.ToCall,
            Tolerance = card.Tolerance,
            Release = card.Release,
            LastReviewedOn = card.LastReviewedOn,
            NextReviewDue = card.NextReviewDue,
            BasedOnPoliceInterventionsOnly = card.BasedOnPoliceInterventionsOnly,
        };
    }

    /// <summary>Reads the card back; validate the document first.</summary>
    /// <returns>The card.</returns>
    public OfficerGuidanceCardDocument ToDocument() =>
        new(Intervention.Domain.CaseId.From(CaseId), Particulars, ToFavour, ToAvoid, ToCall, Tolerance, Release, LastReviewedOn, BasedOnPoliceInterventionsOnly);

    /// <inheritdoc />
    public bool Equals(OfficerGuidanceCardJson? other) =>
        other is not null && SchemaId == other.SchemaId && CaseId == other.CaseId && Particulars == other.Particulars && LiaisonSheetJson.Same(ToFavour, other.ToFavour)
        && LiaisonSheetJson.Same(ToAvoid, other.ToAvoid) && LiaisonSheetJson.Same(ToCall, other.ToCall) && Tolerance == other.Tolerance && Release == other.Release
        && LastReviewedOn == other.LastReviewedOn && NextReviewDue == other.NextReviewDue && BasedOnPoliceInterventionsOnly == other.BasedOnPoliceInterventionsOnly;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CaseId, LastReviewedOn);
}

/// <summary>The JSON form of a <see cref="ChildAtRiskReport"/> (schema <c>crip-information-preoccupante/2.0.0</c>; CASF L.226-2-1).</summary>
public sealed record ChildAtRiskReportJson
{
    /// <summary>Gets the canonical id of the schema this document follows.</summary>
    public required string SchemaId { get; init; }

    /// <summary>Gets the document's identifier.</summary>
    public required Guid ReportId { get; init; }

    /// <summary>Gets the author.</summary>
    public required SenderContact Author { get; init; }

    /// <summary>Gets the date written.</summary>
    public required LocalDate WrittenOn { get; init; }

    /// <summary>Gets the minors concerned.</summary>
    public required IReadOnlyList<NamedPerson> Minors { get; init; }

    /// <summary>Gets the parents or guardians.</summary>
    public required IReadOnlyList<NamedPerson> Parents { get; init; }

    /// <summary>Gets the facts, with their dates and the child's own words.</summary>
    public required IReadOnlyList<ReportedFact> Facts { get; init; }

    /// <summary>Gets the family context, when allowed.</summary>
    public string? FamilyContext { get; init; }

    /// <summary>Gets whether the parents were told beforehand.</summary>
    public required bool ParentsInformedBeforehand { get; init; }

    /// <summary>Gets why they were not (telling them would be against the child's interest); required when they were not.</summary>
    public string? ParentsNotInformedReason { get; init; }

    /// <summary>Gets the decision the document was built under.</summary>
    public required DecisionCitation Decision { get; init; }

    /// <summary>Writes a report in its JSON form.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static ChildAtRiskReportJson FromReport(ChildAtRiskReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ChildAtRiskReportJson
        {
            SchemaId = DocumentSchemas.Info(DocumentType.ChildAtRiskReport).CanonicalId,
            ReportId = report.Id,
            Author = report.Author,
            WrittenOn = report.WrittenOn,
            Minors = report.Minors,
            Parents = report.Parents,
            Facts = report.Facts,
            FamilyContext = report.FamilyContext,
            ParentsInformedBeforehand = report.ParentsInformedBeforehand,
            ParentsNotInformedReason = report.ParentsNotInformedReason,
            Decision = report.Decision,
        };
    }

    /// <inheritdoc />
    public bool Equals(ChildAtRiskReportJson? other) =>
        other is not null && SchemaId == other.SchemaId && ReportId == other.ReportId && Author == other.Author && WrittenOn == other.WrittenOn
        && LiaisonSheetJson.Same(Minors, other.Minors) && LiaisonSheetJson.Same(Parents, other.Parents) && LiaisonSheetJson.Same(Facts, other.Facts)
        && FamilyContext == other.FamilyContext && ParentsInformedBeforehand == other.ParentsInformedBeforehand
        && ParentsNotInformedReason == other.ParentsNotInformedReason && Decision == other.Decision;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ReportId, WrittenOn);
}
