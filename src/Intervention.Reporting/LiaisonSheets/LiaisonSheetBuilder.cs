using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using NodaTime;

namespace Intervention.Reporting.LiaisonSheets;

/// <summary>The answer of <see cref="LiaisonSheetBuilder.Build"/>: the sheet, or why it cannot be produced and where to go instead.</summary>
/// <param name="Sheet">The sheet, when built.</param>
/// <param name="RefusalCode">The code of the refusal (see <see cref="LiaisonSheetCodes"/>), when refused.</param>
/// <param name="RuleId">The rule behind the refusal, if any.</param>
public sealed record LiaisonSheetResult(LiaisonSheet? Sheet, string? RefusalCode, string? RuleId)
{
    /// <summary>Gets whether the sheet was built.</summary>
    public bool IsBuilt => Sheet is not null;

    /// <summary>Gets whether the matter must go to the CRIP as worrying information instead (R21).</summary>
    public bool RedirectsToChildProtection => RefusalCode == LiaisonSheetCodes.ChildAtRiskRedirect;

    /// <summary>Returns the refusal as a structured problem (path <c>decision</c>, the code, the rule as argument <c>rule</c>, the message in a
    /// culture), or null when the sheet was built.</summary>
    /// <param name="culture">French for <c>fr</c> and its regions, English otherwise.</param>
    /// <returns>The problem, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public DocumentProblem? Problem(System.Globalization.CultureInfo culture) => ProblemOf(RefusalCode, RuleId, culture);

    internal static DocumentProblem? ProblemOf(string? code, string? ruleId, System.Globalization.CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return code is null
            ? null
            : new DocumentProblem("decision", code, FluentValidation.Severity.Error, new Dictionary<string, object?> { ["rule"] = ruleId }, LiaisonSheetCodes.Message(code, culture));
    }
}

/// <summary>
/// Builds liaison sheets through the confidentiality engine: a sheet holds only the parts the disclosure decision allows, cites
/// it, and cannot be produced when the decision refuses; a child-at-risk matter is redirected to the CRIP (R21) and the
/// conjugal-violence protocol file leaves only if the woman chose it (R22).
/// </summary>
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
    /// <param name="at">When the sheet is written.</param>
    /// <returns>The sheet, or the refusal.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No reason is given, or the identity is not one of the case's people.</exception>
    public static LiaisonSheetResult Build(
        Guid id, Case source, PersonIdentity person, SenderContact sender, PartnerKind partner, IReadOnlyList<OrientationReason> reasons, string? details,
        DisclosureDecision decision, Instant at)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(reasons);
        ArgumentNullException.ThrowIfNull(decision);
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
            return new(null, LiaisonSheetCodes.DecisionMismatch, null);
        }

        if (Fired(decision, "R21"))
        {
            return new(null, LiaisonSheetCodes.ChildAtRiskRedirect, "R21");
        }

        if (Fired(decision, "R22") || (decision.Request.Asks(DataCategory.ProtocolFile) && !decision.Allows(DataCategory.ProtocolFile)))
        {
            return new(null, LiaisonSheetCodes.ProtocolFileNotChosen, "R22");
        }

        if (!decision.AllowsDisclosure)
        {
            var act = decision.Request.ActAt.ToInstant();
            var naming = decision.Request.Consents.Where(c => c.Purpose == ConsentPurpose.ShareWithRecipients && c.Recipients.Contains(RecipientKind.PartnerSocialService)).ToList();
            var code = naming.Count == 0 ? LiaisonSheetCodes.ConsentMissing
                : naming.Any(c => (c.ExpiresAt ?? Instant.MaxValue) <= act || (c.WithdrawnAt ?? Instant.MaxValue) <= act) ? LiaisonSheetCodes.ConsentExpired
                : LiaisonSheetCodes.DecisionRefuses;
            return new(null, code, "R21");
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
            new DecisionCitation(decision.Outcome, decision.LegalBases.Select(b => $"{b.RuleId} ({b.Reference.Version})").ToArray(), decision.DateOfAct, decision.AllowedData),
            at);
        return new(sheet, null, null);
    }

    private static bool Fired(DisclosureDecision decision, string ruleId) =>
        decision.Trace.Any(t => t.RuleId == ruleId && t.Status == TraceStatus.Fired);
}
