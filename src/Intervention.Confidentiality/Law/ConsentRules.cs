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

    /// <summary>The consent purpose a disclosure purpose needs.</summary>
    /// <param name="purpose">The disclosure purpose.</param>
    /// <returns>Protocol transmission needs the protocol consent, statistics the statistics consent, every other purpose a consent to
    /// share.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="purpose"/> is not a defined purpose.</exception>
    public static ConsentPurpose PurposeFor(DisclosurePurpose purpose) => purpose switch
    {
        DisclosurePurpose.ProtocolTransmission => ConsentPurpose.TransmitProtocolFile,
        DisclosurePurpose.Statistics => ConsentPurpose.AppearInStatistics,
        DisclosurePurpose.Report or DisclosurePurpose.ChildProtection or DisclosurePurpose.ChildProtectionAssessment or DisclosurePurpose.PreventHarm
            or DisclosurePurpose.CoordinateSupport or DisclosurePurpose.Orientation or DisclosurePurpose.Investigation
            or DisclosurePurpose.EmployerInformation or DisclosurePurpose.HierarchyInformation => ConsentPurpose.ShareWithRecipients,
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Not a defined disclosure purpose."),
    };

    /// <summary>Creates the consent rule of a pack.</summary>
    /// <param name="id">The rule id, for example <c>QC-CONSENT</c>.</param>
    /// <param name="versions">The provisions that make consent lift secrecy, with their dates.</param>
    /// <param name="isValid">An extra condition the jurisdiction puts on a consent (for example Québec: written, naming the information and with a duration), with the reason it fails; <see langword="null"/> for none.</param>
    /// <returns>The rule, of rank <see cref="RuleRank.Consent"/>. A consent covers only the data categories it names: one naming none covers nothing.</returns>
    public static DisclosureRule Create(string id, IReadOnlyList<LegalReference> versions, Func<Consent, string?>? isValid = null)
    {
        var none = RuleMatch.NotApplicable("No consent in effect at the act covers this recipient and purpose, names the data, and was given by someone entitled to.");
        return new DisclosureRule(id, RuleRank.Consent, versions, (r, _) =>
        {
            var purpose = PurposeFor(r.Purpose);
            if (r.CoveringConsent(purpose) is not { } consent)
            {
                return none;
            }

            if (isValid?.Invoke(consent) is { } invalid)
            {
                return RuleMatch.NotApplicable(invalid);
            }

            return RuleMatch.Apply(new(DisclosureOutcome.MayDiscloseWithConsent, true, consent.Data, NoNotice, NoImmunity, "A consent in effect, given by someone entitled to, covers this recipient and purpose."));
        });
    }
}
