using System;
using System.Linq;
using Intervention.Confidentiality.Disclosure;

namespace Intervention.Confidentiality.Law.France;

/// <summary>The sets of data the French rules make strictly necessary, and the immunities of 226-14 by period, named once.</summary>
internal static class FrenchData
{
    internal static readonly DataCategory[] Report =
        [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary, DataCategory.SituationDetails, DataCategory.ChildStatements, DataCategory.FamilyContext];

    internal static readonly DataCategory[] HealthReport =
        [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary, DataCategory.SituationDetails, DataCategory.HealthInformation];

    internal static readonly DataCategory[] Alert = [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary];

    internal static readonly DataCategory[] ChildProtection =
        [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary, DataCategory.SituationDetails, DataCategory.ChildStatements, DataCategory.FamilyContext, DataCategory.SocialAssessment];

    internal static readonly DataCategory[] Inform = [DataCategory.Identity, DataCategory.SituationSummary];

    internal static readonly DataCategory[] Share =
        [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary, DataCategory.SituationDetails, DataCategory.FamilyContext, DataCategory.SocialAssessment];

    internal static readonly DataCategory[] Officer = [.. Share, DataCategory.HealthInformation];

    internal static readonly DataCategory[] Employer = [DataCategory.SituationSummary, DataCategory.NonIdentifyingActivity];

    internal static readonly DataCategory[] EmployerWithConsent = [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary, DataCategory.NonIdentifyingActivity];

    internal static readonly DataCategory[] ActivityOnly = [DataCategory.NonIdentifyingActivity];

    internal static readonly DataCategory[] AllButProtocolFile = Enum.GetValues<DataCategory>().Where(d => d != DataCategory.ProtocolFile).ToArray();

    /// <summary>226-14, last paragraph, before Loi 2015-1402: no disciplinary sanction.</summary>
    internal static readonly Liability[] ImmunityBefore2015 = [Liability.Disciplinary];

    /// <summary>226-14, last paragraph, since Loi 2015-1402: no civil, criminal or disciplinary liability.</summary>
    internal static readonly Liability[] ImmunitySince2015 = [Liability.Disciplinary, Liability.Civil, Liability.Criminal];
}
