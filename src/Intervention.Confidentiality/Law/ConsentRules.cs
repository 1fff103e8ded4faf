using System;
using System.Collections.Generic;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;

namespace Intervention.Confidentiality.Law;

/// <summary>The consent rule every pack shares: the person's consent lifts secrecy for the recipients, purposes and data it covers.</summary>
public static class ConsentRules
{
    private static readonly Notice[] NoNotice = [];
    private static readonly Liability[] NoImmunity = [];

    // Why the consent rule does not apply, by gap (index = the gap's value), in the words of the trace.
    private static readonly RuleMatch[] NotCovered =
    [
        RuleMatch.NotApplicable("Aucun consentement ne couvre ce destinataire et cette finalité.", "No consent covers this recipient and purpose."),
        RuleMatch.NotApplicable("Aucun consentement n'a été donné avec la demande.", "No consent was given with the request."),
        RuleMatch.NotApplicable("Aucun consentement donné ne porte sur la finalité dont cette divulgation a besoin.", "No consent given is for the purpose this disclosure needs."),
        RuleMatch.NotApplicable(
            "Le consentement pour cette finalité n'a pas été donné par la personne qui peut le donner (un parent ou le représentant légal pour un mineur ou un majeur protégé, sinon la personne).",
            "The consent for this purpose was not given by the person entitled to give it (a parent or legal representative for a minor or a protected adult, otherwise the person)."),
        RuleMatch.NotApplicable("Le consentement a été donné après l'acte.", "The consent was given after the act."),
        RuleMatch.NotApplicable("Le consentement a été retiré avant l'acte : il ne couvre plus rien après son retrait.", "The consent was withdrawn before the act: it covers nothing after its withdrawal."),
        RuleMatch.NotApplicable("Le consentement avait expiré au moment de l'acte.", "The consent had expired at the act."),
        RuleMatch.NotApplicable("Le consentement exclut ce destinataire.", "The consent withholds from this recipient."),
        RuleMatch.NotApplicable("Le consentement ne nomme pas ce destinataire.", "The consent does not name this recipient."),
        RuleMatch.NotApplicable("Le consentement ne nomme aucune donnée, et un consentement ne couvre que ce qu'il nomme.", "The consent names no data, and a consent covers only what it names."),
    ];

    private static readonly LocalizedText Covered = new(
        "Un consentement en vigueur, donné par une personne qui peut le donner, couvre ce destinataire et cette finalité.",
        "A consent in effect, given by someone entitled to, covers this recipient and purpose.");

    /// <summary>Why a consent does not cover, in the words of the trace.</summary>
    internal static LocalizedText GapText(ConsentGap gap) => NotCovered[(int)Check.Defined(gap)].Explanation;

    /// <summary>The consent purpose a disclosure purpose needs.</summary>
    /// <param name="purpose">The disclosure purpose.</param>
    /// <returns>Protocol transmission needs the protocol consent, statistics the statistics consent, every other purpose a consent to
    /// share.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="purpose"/> is not a defined purpose.</exception>
#pragma warning disable CS8524 // Check.Defined refuses undefined values; a new purpose must say here which consent it needs.
    public static ConsentPurpose PurposeFor(DisclosurePurpose purpose) => Check.Defined(purpose) switch
    {
        DisclosurePurpose.ProtocolTransmission => ConsentPurpose.TransmitProtocolFile,
        DisclosurePurpose.Statistics => ConsentPurpose.AppearInStatistics,
        DisclosurePurpose.Report or DisclosurePurpose.ChildProtection or DisclosurePurpose.ChildProtectionAssessment or DisclosurePurpose.PreventHarm
            or DisclosurePurpose.CoordinateSupport or DisclosurePurpose.Orientation or DisclosurePurpose.Investigation
            or DisclosurePurpose.EmployerInformation or DisclosurePurpose.HierarchyInformation => ConsentPurpose.ShareWithRecipients,
    };
#pragma warning restore CS8524

    /// <summary>Creates the consent rule of a pack.</summary>
    /// <param name="id">The rule id, for example <c>QC-CONSENT</c>.</param>
    /// <param name="versions">The provisions that make consent lift secrecy, with their dates.</param>
    /// <param name="isValid">An extra condition the jurisdiction puts on a consent (for example Québec: written, naming the information and with a duration), with the reason it fails in French and English; <see langword="null"/> for none.</param>
    /// <param name="earlierWordingsUnchecked">Whether the provisions existed before their first version here in wordings not checked
    /// (see <see cref="DisclosureRule.KnownFrom"/>).</param>
    /// <param name="summary">The rule in a sentence, for the legal reference (see <see cref="DisclosureRule.Summary"/>).</param>
    /// <returns>The rule, of rank <see cref="RuleRank.Consent"/>. A consent covers only the data categories it names: one naming none covers nothing.</returns>
    public static DisclosureRule Create(string id, IReadOnlyList<LegalReference> versions, Func<Consent, LocalizedText?>? isValid = null, bool earlierWordingsUnchecked = false, LocalizedText? summary = null)
    {
        return new DisclosureRule(id, RuleRank.Consent, versions, (r, _) =>
        {
            var purpose = PurposeFor(r.Purpose);
            if (r.CoveringConsent(purpose) is not { } consent)
            {
                return NotCovered[(int)r.ConsentGap(purpose)!.Value];
            }

            if (isValid?.Invoke(consent) is { } invalid)
            {
                return RuleMatch.NotApplicable(invalid);
            }

            return RuleMatch.Apply(new(DisclosureOutcome.MayDiscloseWithConsent, true, consent.Data, NoNotice, NoImmunity, Covered));
        }, earlierWordingsUnchecked: earlierWordingsUnchecked, summary: summary);
    }
}
