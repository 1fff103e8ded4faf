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
        RuleMatch.NotApplicable("No consent covers this recipient and purpose."),
        RuleMatch.NotApplicable("No consent was given with the request."),
        RuleMatch.NotApplicable("No consent given is for the purpose this disclosure needs."),
        RuleMatch.NotApplicable("The consent for this purpose was not given by the person entitled to give it (a parent or legal representative for a minor or a protected adult, otherwise the person)."),
        RuleMatch.NotApplicable("The consent was given after the act."),
        RuleMatch.NotApplicable("The consent was withdrawn before the act: it covers nothing after its withdrawal."),
        RuleMatch.NotApplicable("The consent had expired at the act."),
        RuleMatch.NotApplicable("The consent withholds from this recipient."),
        RuleMatch.NotApplicable("The consent does not name this recipient."),
        RuleMatch.NotApplicable("The consent names no data, and a consent covers only what it names."),
    ];

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
    /// <param name="isValid">An extra condition the jurisdiction puts on a consent (for example Québec: written, naming the information and with a duration), with the reason it fails; <see langword="null"/> for none.</param>
    /// <returns>The rule, of rank <see cref="RuleRank.Consent"/>. A consent covers only the data categories it names: one naming none covers nothing.</returns>
    public static DisclosureRule Create(string id, IReadOnlyList<LegalReference> versions, Func<Consent, string?>? isValid = null)
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

            return RuleMatch.Apply(new(DisclosureOutcome.MayDiscloseWithConsent, true, consent.Data, NoNotice, NoImmunity, "A consent in effect, given by someone entitled to, covers this recipient and purpose."));
        });
    }
}
