using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Reporting.Documents;
using NodaTime;

namespace Intervention.Reporting.LiaisonSheets;

/// <summary>The answer of <see cref="LiaisonSheetBuilder.Build"/>: the sheet, or why it cannot be produced and where to go instead.</summary>
/// <param name="Sheet">The sheet, when built.</param>
/// <param name="RefusalCode">The code of the refusal (see <see cref="LiaisonSheetCodes"/>), when refused.</param>
/// <param name="RuleId">The rule behind the refusal, if any.</param>
public sealed record LiaisonSheetResult(LiaisonSheet? Sheet, string? RefusalCode, string? RuleId)
{
    private readonly object?[] _arguments = [];
    private readonly object? _invalid;

    internal LiaisonSheetResult(string code, string? ruleId, object?[] arguments, object? invalidDocument = null)
        : this(null, code, ruleId)
    {
        _arguments = arguments;
        _invalid = invalidDocument;
    }

    /// <summary>Gets whether the sheet was built.</summary>
    public bool IsBuilt => Sheet is not null;

    /// <summary>Gets whether the matter must go to the CRIP as worrying information instead (R21).</summary>
    public bool RedirectsToChildProtection => RefusalCode == LiaisonSheetCodes.ChildAtRiskRedirect;

    /// <summary>Gets the values the refusal quotes (for example the instant a consent was withdrawn); empty when built.</summary>
    public IReadOnlyList<object?> RefusalArguments => _arguments;

    /// <summary>Returns the refusal as a structured problem (path <c>decision</c>, the code, the rule as argument <c>rule</c>, the
    /// values it quotes as arguments <c>0</c>, <c>1</c>…, the message in a culture), or null when the sheet was built.</summary>
    /// <param name="culture">French for <c>fr</c> and its regions, English otherwise.</param>
    /// <returns>The problem, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public DocumentProblem? Problem(System.Globalization.CultureInfo culture) => ProblemOf(RefusalCode, RuleId, _arguments, culture);

    /// <summary>Returns every problem of the refusal: for <see cref="LiaisonSheetCodes.InvalidContent"/>, each field's problem with its
    /// JSON path, as <see cref="DocumentReader"/> reports it; otherwise the one <see cref="Problem"/>. Empty when the sheet was built.</summary>
    /// <param name="culture">French for <c>fr</c> and its regions, English otherwise.</param>
    /// <returns>The problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public IReadOnlyList<DocumentProblem> Problems(System.Globalization.CultureInfo culture) => ProblemsOf(_invalid, Problem(culture), culture);

    // A builder's refusal as problems: each field's, in the culture, when what it built is not a valid document; else the refusal's.
    internal static IReadOnlyList<DocumentProblem> ProblemsOf(object? invalidDocument, DocumentProblem? refusal, System.Globalization.CultureInfo culture) =>
        invalidDocument is not null
            ? DocumentReader.Validate(invalidDocument, culture).Where(p => p.Severity == FluentValidation.Severity.Error).ToArray()
            : refusal is { } problem ? [problem] : [];

    internal static DocumentProblem? ProblemOf(string? code, string? ruleId, object?[] arguments, System.Globalization.CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (code is null)
        {
            return null;
        }

        var values = new Dictionary<string, object?> { ["rule"] = ruleId };
        for (var i = 0; i < arguments.Length; i++)
        {
            values[i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = arguments[i];
        }

        return new DocumentProblem("decision", code, FluentValidation.Severity.Error, values, LiaisonSheetCodes.Message(code, culture, arguments));
    }
}

/// <summary>
/// Builds liaison sheets through the confidentiality engine: a sheet holds only the parts the disclosure decision allows, cites
/// it, and cannot be produced when the decision refuses; a child-at-risk matter is redirected to the CRIP (R21) and the
/// conjugal-violence protocol file leaves only if the woman chose it (R22).
/// </summary>
/// <remarks>
/// A sheet is built only on the day of the act its decision was taken for, and only while the consent that decision relied on is in
/// effect, as the person's consents stand at that instant; the sheet carries that consent. Every sheet built is accepted by
/// <see cref="DocumentReader"/> and by its JSON Schema: what the reader would refuse (a blank text, an e-mail that is not one, an
/// undefined code, dates out of order) is refused here with <see cref="LiaisonSheetCodes.InvalidContent"/> and each field's problem.
/// </remarks>
public static class LiaisonSheetBuilder
{
    /// <summary>Builds a sheet.</summary>
    /// <param name="id">The sheet's identifier.</param>
    /// <param name="source">The case.</param>
    /// <param name="person">The identity of the person oriented (read only where the decision allows identity or contact details).</param>
    /// <param name="sender">The worker's professional contact.</param>
    /// <param name="partner">The kind of partner.</param>
    /// <param name="reasons">The coded reasons (at least one).</param>
    /// <param name="details">Details of the situation (kept only when the decision allows them).</param>
    /// <param name="decision">The decision for this sheet: recipient <see cref="RecipientKind.PartnerSocialService"/>, purpose <see cref="DisclosurePurpose.Orientation"/>.</param>
    /// <param name="consentsNow">The person's consents as the host holds them at <paramref name="at"/> (a withdrawal recorded since the
    /// decision is found here); may be empty when the decision rests on the law.</param>
    /// <param name="at">When the sheet is written.</param>
    /// <param name="culture">The document's language, for its citations (French for <c>fr</c> and its regions, English otherwise);
    /// <see cref="System.Globalization.CultureInfo.CurrentUICulture"/> when null.</param>
    /// <returns>The sheet, or the refusal.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No reason is given, or the identity is not one of the case's people.</exception>
    public static LiaisonSheetResult Build(
        Guid id, Case source, PersonIdentity person, SenderContact sender, PartnerKind partner, IReadOnlyList<OrientationReason> reasons, string? details,
        DisclosureDecision decision, IReadOnlyCollection<Consent> consentsNow, Instant at, System.Globalization.CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(reasons);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(consentsNow);
        if (reasons.Count == 0)
        {
            throw new ArgumentException("A liaison sheet gives at least one reason.", nameof(reasons));
        }

        if (source.Participants.All(p => p.Person != person.Id))
        {
            throw new ArgumentException("The identity is not one of the case's people.", nameof(person));
        }

        if (decision.Recipient != RecipientKind.PartnerSocialService || decision.Request.Purpose != DisclosurePurpose.Orientation)
        {
            return new(LiaisonSheetCodes.DecisionMismatch, null, []);
        }

        // R21: « uniquement lorsqu'il n'y a pas d'information préoccupante » — a child at risk in the case goes to the CRIP, whatever
        // the sheet would show.
        if (Fired(decision, "R21") || source.Situations.Contains(SituationKind.ChildAtRisk))
        {
            return new(LiaisonSheetCodes.ChildAtRiskRedirect, "R21", []);
        }

        if (Fired(decision, "R22") || (decision.Request.Asks(DataCategory.ProtocolFile) && !decision.Allows(DataCategory.ProtocolFile)))
        {
            return new(LiaisonSheetCodes.ProtocolFileNotChosen, "R22", []);
        }

        if (!decision.AllowsDisclosure)
        {
            var act = decision.Request.ActAt.ToInstant();
            var naming = decision.Request.Consents.Where(c => c.Purpose == ConsentPurpose.ShareWithRecipients && c.Recipients.Contains(RecipientKind.PartnerSocialService)).ToList();
            if (naming.Count == 0)
            {
                return new(LiaisonSheetCodes.ConsentMissing, "R21", []);
            }

            var withdrawn = naming.Where(c => c.WithdrawnAt is { } w && w <= act).Select(c => c.WithdrawnAt).FirstOrDefault();
            var expired = naming.Where(c => c.ExpiresAt is { } e && e <= act).Select(c => c.ExpiresAt).FirstOrDefault();
            return withdrawn is { } w2 ? new(LiaisonSheetCodes.ConsentWithdrawn, "R21", [w2])
                : expired is { } e2 ? new(LiaisonSheetCodes.ConsentExpired, "R21", [e2])
                : new(LiaisonSheetCodes.DecisionRefuses, "R21", []);
        }

        var reliedOn = decision.ReliedOnConsent;
        if (Departure.Check(decision.DateOfAct, decision.Request.ActAt.Zone, reliedOn, consentsNow, at) is { } refusal)
        {
            return new(refusal.Code, "R21", refusal.Arguments);
        }

        var identity = decision.Allows(DataCategory.Identity);
        var contact = decision.Allows(DataCategory.ContactDetails);
        var sheet = new LiaisonSheet(
            id,
            source.Id,
            partner,
            sender,
            identity ? new PersonContact(person.FamilyName, person.GivenNames, contact ? person.Phone : null, contact ? person.Address : null) : null,
            reasons.Distinct().Order().ToArray(),
            decision.Allows(DataCategory.SituationDetails) ? details : null,
            decision.Allows(DataCategory.SituationSummary) ? source.Situations : null,
            decision.Allows(DataCategory.FamilyContext) ? source.Participants.Select(p => (p.Role, p.AgeGroup)).ToArray() : null,
            DecisionCitation.Of(decision, culture ?? System.Globalization.CultureInfo.CurrentUICulture),
            at,
            reliedOn,
            decision.Request.ActAt.Zone);

        // The reader's constraints, checked here: what the partner's reader would refuse never leaves.
        var form = LiaisonSheetJson.FromSheet(sheet);
        if (DocumentReader.Validate(form, System.Globalization.CultureInfo.InvariantCulture, at).Any(p => p.Severity == FluentValidation.Severity.Error))
        {
            return new(LiaisonSheetCodes.InvalidContent, null, [], form);
        }

        return new(sheet, null, null);
    }

    private static bool Fired(DisclosureDecision decision, string ruleId) =>
        decision.Trace.Any(t => t.RuleId == ruleId && t.Status == TraceStatus.Fired);
}
