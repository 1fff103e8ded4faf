using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Confidentiality.Disclosure;
using Intervention.Domain;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using NodaTime;

namespace Intervention.Reporting.LiaisonSheets;

/// <summary>A fact reported in worrying information: its date, what happened and, where allowed, the child's own words.</summary>
/// <param name="On">When it happened.</param>
/// <param name="Description">What happened.</param>
/// <param name="ChildWords">The child's own words, if any.</param>
public sealed record ReportedFact(LocalDate On, string Description, string? ChildWords);

/// <summary>A minor or a parent named in worrying information.</summary>
/// <param name="FamilyName">The family name.</param>
/// <param name="GivenNames">The given names.</param>
/// <param name="BirthDate">The birth date, when known.</param>
/// <param name="Address">The address, when contact details are allowed.</param>
public sealed record NamedPerson(string FamilyName, string GivenNames, LocalDate? BirthDate, string? Address);

/// <summary>
/// Worrying information (information préoccupante) to the département's CRIP: the channel a child-at-risk matter takes instead of a
/// liaison sheet (R21; CASF L.226-2-1): author, date, each minor, the parents, facts with their dates and the child's own words,
/// the family context, and whether the parents were told beforehand (or why not, when that is against the child's interest).
/// </summary>
/// <param name="Id">The document's identifier.</param>
/// <param name="Case">The case.</param>
/// <param name="Author">The author.</param>
/// <param name="WrittenOn">The date written.</param>
/// <param name="Minors">The minors concerned.</param>
/// <param name="Parents">The parents or guardians.</param>
/// <param name="Facts">The facts.</param>
/// <param name="FamilyContext">The family context, when allowed.</param>
/// <param name="ParentsInformedBeforehand">Whether the parents were told beforehand.</param>
/// <param name="ParentsNotInformedReason">Why they were not, when it would be against the child's interest.</param>
/// <param name="Decision">The decision the document was built under.</param>
public sealed record ChildAtRiskReport(
    Guid Id,
    CaseId Case,
    SenderContact Author,
    LocalDate WrittenOn,
    IReadOnlyList<NamedPerson> Minors,
    IReadOnlyList<NamedPerson> Parents,
    IReadOnlyList<ReportedFact> Facts,
    string? FamilyContext,
    bool ParentsInformedBeforehand,
    string? ParentsNotInformedReason,
    DecisionCitation Decision)
{
    /// <inheritdoc />
    public bool Equals(ChildAtRiskReport? other) =>
        other is not null && Id == other.Id && Case == other.Case && Author == other.Author && WrittenOn == other.WrittenOn && FamilyContext == other.FamilyContext
        && ParentsInformedBeforehand == other.ParentsInformedBeforehand && ParentsNotInformedReason == other.ParentsNotInformedReason && Decision == other.Decision
        && Minors.SequenceEqual(other.Minors) && Parents.SequenceEqual(other.Parents) && Facts.SequenceEqual(other.Facts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Case, WrittenOn);
}

/// <summary>The answer of <see cref="ChildAtRiskReportBuilder.Build"/>: the document, or why not.</summary>
/// <param name="Report">The document, when built.</param>
/// <param name="RefusalCode">The code of the refusal (see <see cref="LiaisonSheetCodes"/>), when refused.</param>
public sealed record ChildAtRiskReportResult(ChildAtRiskReport? Report, string? RefusalCode)
{
    private readonly object?[] _arguments = [];
    private readonly object? _invalid;

    internal ChildAtRiskReportResult(string code, object?[] arguments, object? invalidDocument = null)
        : this(null, code)
    {
        _arguments = arguments;
        _invalid = invalidDocument;
    }

    /// <summary>Returns every problem of the refusal: for <see cref="LiaisonSheetCodes.InvalidContent"/>, each field's problem with its
    /// JSON path, as <see cref="Documents.DocumentReader"/> reports it; otherwise the one <see cref="Problem"/>. Empty when built.</summary>
    /// <param name="culture">French for <c>fr</c> and its regions, English otherwise.</param>
    /// <returns>The problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public IReadOnlyList<DocumentProblem> Problems(System.Globalization.CultureInfo culture) => LiaisonSheetResult.ProblemsOf(_invalid, Problem(culture), culture);

    /// <summary>Gets whether the document was built.</summary>
    public bool IsBuilt => Report is not null;

    /// <summary>Returns the refusal as a structured problem (path <c>decision</c>, the code, its message in a culture), or null when built.</summary>
    /// <param name="culture">French for <c>fr</c> and its regions, English otherwise.</param>
    /// <returns>The problem, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public DocumentProblem? Problem(System.Globalization.CultureInfo culture) => LiaisonSheetResult.ProblemOf(RefusalCode, null, _arguments, culture);
}

/// <summary>Builds worrying information to the CRIP through the confidentiality engine (CASF L.226-2-1, R12, R21).</summary>
public static class ChildAtRiskReportBuilder
{
    /// <summary>Builds the document.</summary>
    /// <param name="id">The document's identifier.</param>
    /// <param name="source">The case.</param>
    /// <param name="minors">The identities of the minors concerned (each a minor of the case).</param>
    /// <param name="parents">The identities of the parents or guardians.</param>
    /// <param name="author">The author.</param>
    /// <param name="facts">The facts (at least one).</param>
    /// <param name="familyContext">The family context.</param>
    /// <param name="parentsInformedBeforehand">Whether the parents were told beforehand.</param>
    /// <param name="parentsNotInformedReason">Why not, when telling them would be against the child's interest.</param>
    /// <param name="decision">The decision for this document: recipient <see cref="RecipientKind.Crip"/>, purpose <see cref="DisclosurePurpose.ChildProtection"/>.</param>
    /// <param name="writtenOn">The date written: the day of the act the decision was taken for.</param>
    /// <param name="culture">The document's language, for its citations (French for <c>fr</c> and its regions, English otherwise);
    /// <see cref="System.Globalization.CultureInfo.CurrentUICulture"/> when null.</param>
    /// <returns>The document, or the refusal: <see cref="LiaisonSheetCodes.DecisionOfAnotherDate"/> when the decision was taken for another
    /// day, <see cref="LiaisonSheetCodes.InvalidContent"/> (with each field's problem) when the reader would refuse what was given.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No fact is given.</exception>
    public static ChildAtRiskReportResult Build(
        Guid id, Case source, IReadOnlyList<PersonIdentity> minors, IReadOnlyList<PersonIdentity> parents, SenderContact author, IReadOnlyList<ReportedFact> facts,
        string? familyContext, bool parentsInformedBeforehand, string? parentsNotInformedReason, DisclosureDecision decision, LocalDate writtenOn,
        System.Globalization.CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(minors);
        ArgumentNullException.ThrowIfNull(parents);
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(decision);
        if (facts.Count == 0)
        {
            throw new ArgumentException("Worrying information reports at least one fact.", nameof(facts));
        }

        if (decision.Recipient != RecipientKind.Crip || decision.Request.Purpose != DisclosurePurpose.ChildProtection || !decision.AllowsDisclosure)
        {
            return new(null, LiaisonSheetCodes.ChildProtectionDecisionRequired);
        }

        if (decision.DateOfAct != writtenOn)
        {
            return new(LiaisonSheetCodes.DecisionOfAnotherDate, [decision.DateOfAct, writtenOn]);
        }

        var caseMinors = source.Participants.Where(p => p.AgeGroup == AgeGroup.Minor).Select(p => p.Person).ToHashSet();
        if (minors.Count == 0 || minors.Any(m => !caseMinors.Contains(m.Id)))
        {
            return new(null, LiaisonSheetCodes.NoMinor);
        }

        var mustInform = decision.Notices.Contains(Notice.InformParentsBeforehand);
        // Parents not told: only when the decision does not require it, and the document says why (CASF L.226-2-1).
        if (!parentsInformedBeforehand && (mustInform || string.IsNullOrWhiteSpace(parentsNotInformedReason)))
        {
            return new(null, LiaisonSheetCodes.ParentsNotInformed);
        }

        var identity = decision.Allows(DataCategory.Identity);
        var contact = decision.Allows(DataCategory.ContactDetails);
        NamedPerson Name(PersonIdentity p) => new(p.FamilyName, p.GivenNames, p.BirthDate, contact ? p.Address : null);
        var details = decision.Allows(DataCategory.SituationDetails);
        var words = decision.Allows(DataCategory.ChildStatements);
        var report = new ChildAtRiskReport(
            id,
            source.Id,
            author,
            writtenOn,
            identity ? minors.Select(Name).ToArray() : [],
            identity ? parents.Select(Name).ToArray() : [],
            facts.Select(f => new ReportedFact(f.On, details ? f.Description : "—", words ? f.ChildWords : null)).ToArray(),
            decision.Allows(DataCategory.FamilyContext) ? familyContext : null,
            parentsInformedBeforehand,
            parentsInformedBeforehand ? null : parentsNotInformedReason,
            DecisionCitation.Of(decision, culture ?? System.Globalization.CultureInfo.CurrentUICulture));

        // The reader's constraints, checked here: what the CRIP's reader would refuse never leaves.
        var form = Documents.ChildAtRiskReportJson.FromReport(report);
        if (Documents.DocumentReader.Validate(form, System.Globalization.CultureInfo.InvariantCulture, writtenOn).Any(p => p.Severity == FluentValidation.Severity.Error))
        {
            return new(LiaisonSheetCodes.InvalidContent, [], form);
        }

        return new(report, null);
    }
}
