using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Law;

namespace Intervention.Confidentiality.Disclosure;

/// <summary>The words of a decision's explanation around the rules' own sentences: outcomes, trace statuses, refusal reasons.</summary>
/// <remarks>Every switch names every value: a new outcome, status or reason is a build error here until it has its words.</remarks>
internal static class ExplanationLabels
{
    internal static readonly LocalizedText Bases = new("Fondements", "Bases");

    internal static readonly LocalizedText ToConfirm = new("[à confirmer]", "[to confirm]");

#pragma warning disable CS8524 // The values come from this package's own decisions and traces, always defined.
    internal static LocalizedText Outcome(DisclosureOutcome outcome) => outcome switch
    {
        DisclosureOutcome.MustNotDisclose => new("Ne pas divulguer : le secret s'applique.", "Must not disclose: secrecy holds."),
        DisclosureOutcome.MayDiscloseWithConsent => new("Divulgation possible : le consentement de la personne la couvre.", "May disclose: the person's consent covers it."),
        DisclosureOutcome.MayDiscloseByLaw => new("Divulgation possible : la loi la permet sans consentement.", "May disclose: the law permits it without consent."),
        DisclosureOutcome.MustActByLaw => new("Obligation d'agir : la loi l'impose.", "Must act: the law requires it."),
        DisclosureOutcome.RequiredByServicePolicy => new("Exigée par la politique du service ; le fondement légal reste une permission.", "Required by the service's policy; the legal basis remains a permission."),
    };

    internal static LocalizedText Status(TraceStatus status) => status switch
    {
        TraceStatus.NotInForce => new("non en vigueur", "not in force"),
        TraceStatus.NotApplicable => new("non applicable", "not applicable"),
        TraceStatus.Fired => new("appliquée", "fired"),
        TraceStatus.Overridden => new("écartée", "overridden"),
        TraceStatus.Outranked => new("primée", "outranked"),
        TraceStatus.PolicyApplied => new("politique du service", "service policy"),
    };

    internal static LocalizedText Refusal(RefusalReason reason) => reason switch
    {
        RefusalReason.Secrecy => new("Motif du refus : le secret professionnel, faute d'exception ou de consentement.", "Why refused: professional secrecy, for want of an exception or a consent."),
        RefusalReason.RoleRule => new("Motif du refus : une règle du rôle du service, quoi que la loi permette.", "Why refused: a role rule of the service, whatever the law permits."),
    };
#pragma warning restore CS8524

    internal static LocalizedText Gap(ConsentGap gap) => LocalizedText.Join(new("Consentement", "Consent"), ": ", ConsentRules.GapText(gap));
}
