using Intervention.Confidentiality.Disclosure;

namespace Intervention.Confidentiality.Law;

/// <summary>The shapes of conclusion every pack writes its rules with, written once: refuse, permit, require, each in French and English.</summary>
/// <remarks>Conclusions are immutable: each rule builds its own once, and every decision shares them.</remarks>
internal static class Conclusions
{
    internal static readonly DataCategory[] NoData = [];
    internal static readonly Notice[] NoNotice = [];
    internal static readonly Liability[] NoImmunity = [];

    /// <summary>Secrecy holds, or a role rule refuses: nothing leaves.</summary>
    internal static RuleMatch Refuse(string french, string english, params Notice[] notices) =>
        RuleMatch.Apply(new RuleConclusion(DisclosureOutcome.MustNotDisclose, false, NoData, notices, NoImmunity, new(french, english)));

    /// <summary>The law permits, without consent, the data it names.</summary>
    internal static RuleMatch Permit(DataCategory[] data, Notice[] notices, Liability[] immunities, string french, string english) =>
        RuleMatch.Apply(new RuleConclusion(DisclosureOutcome.MayDiscloseByLaw, false, data, notices, immunities, new(french, english)));

    /// <summary>The law permits, with the person's agreement, the data it names.</summary>
    internal static RuleMatch PermitWithAgreement(DataCategory[] data, Liability[] immunities, string french, string english) =>
        RuleMatch.Apply(new RuleConclusion(DisclosureOutcome.MayDiscloseByLaw, true, data, NoNotice, immunities, new(french, english)));

    /// <summary>The law requires acting, with the data it names.</summary>
    internal static RuleMatch Duty(DataCategory[] data, Notice[] notices, string french, string english) =>
        RuleMatch.Apply(new RuleConclusion(DisclosureOutcome.MustActByLaw, false, data, notices, NoImmunity, new(french, english)));

    /// <summary>The rule does not apply, and why.</summary>
    internal static RuleMatch Not(string french, string english) => RuleMatch.NotApplicable(french, english);
}
