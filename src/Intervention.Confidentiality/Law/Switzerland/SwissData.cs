using Intervention.Confidentiality.Disclosure;

namespace Intervention.Confidentiality.Law.Switzerland;

/// <summary>The sets of data the Swiss rules make strictly necessary, named once.</summary>
internal static class SwissData
{
    internal static readonly DataCategory[] Report =
        [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary, DataCategory.SituationDetails, DataCategory.ChildStatements, DataCategory.FamilyContext];

    internal static readonly DataCategory[] Officer =
        [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary, DataCategory.SituationDetails, DataCategory.SocialAssessment, DataCategory.HealthInformation];

    /// <summary>Whether Code pénal 321 binds the discloser: the professions it lists (here physicians and other health professionals).</summary>
    internal static bool BoundBy321(DiscloserKind discloser) => discloser is DiscloserKind.Physician or DiscloserKind.HealthProfessional;
}
