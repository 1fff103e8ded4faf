using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law.Seeds;
using Intervention.Confidentiality.Law.Switzerland.AideAuxVictimes;
using Intervention.Confidentiality.Law.Switzerland.CodeCivil;
using Intervention.Confidentiality.Law.Switzerland.CodePenal;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Confidentiality.Law.Switzerland;

/// <summary>
/// The Swiss rules of disclosure for the police staff psychosocial service and victim support: professional secrecy (Code pénal 321)
/// lifted by consent or by the supervisory authority; reports to the child-protection authority (Code civil 314c, 314d, Code pénal
/// 364); victim-support staff (LAVI 11); and the staff-service rule that the hierarchy sees no identity without consent (R42). Each
/// article in its own file beside the others of its code.
/// </summary>
/// <remarks>
/// <para>Texts were read from secondary copies; to confirm: the wording and date of Code pénal 364. Every rule has its row in
/// docs/legal.md.</para>
/// <para>Code pénal 321 binds the professions it lists (here physicians and other health professionals); social workers in regular
/// contact with children are not bound by it, so 314d's duty falls on them. The pack answers for acts from 2019-01-01, when 314c, 314d
/// and 321 ch. 3 came into force: 321, 364 and LAVI 11 existed before in wordings not checked.</para>
/// </remarks>
public static class SwissRulePack
{
    /// <summary>The first date the pack answers for.</summary>
    public static readonly LocalDate CoverageStart = new(2019, 1, 1);

    /// <summary>Creates the Swiss rule pack.</summary>
    /// <returns>The pack.</returns>
    public static RulePack Create() => new(
        Jurisdiction.Switzerland,
        "Switzerland",
        [
            Article321.Secret(), Article321.Consent(),
            ServicePsychosocialDirective.StaffHierarchyRefused(), ServicePsychosocialDirective.StaffOfficerInCharge(SwissData.Officer),
            Article321.SupervisoryAuthority(), Article314c.ChildProtectionReport(), Article314d.ChildProtectionDuty(), Article11.VictimSupport(), Article364.OffencesAgainstMinorsRule(),
        ],
        [],
        discloser => discloser != DiscloserKind.NotBoundBySecrecy,
        _ => null,
        facts: [FactKind.AbuseOfMinor, FactKind.CannotRemedyThreatThemself, FactKind.ChildInDangerOrAtRisk, FactKind.ChildInterestJustifiesReport, FactKind.SeriousDangerToIntegrity, FactKind.SupervisoryAuthorityAuthorisation],
        disclosers: [
            DiscloserKind.SocialWorker, DiscloserKind.Physician, DiscloserKind.HealthProfessional, DiscloserKind.StaffServiceOfficer, DiscloserKind.StaffServiceMember,
            DiscloserKind.VictimSupportWorker, DiscloserKind.NotBoundBySecrecy,
        ],
        // Swiss institutions and partners, the staff service's included: not the French, Québec or protocol recipients.
        recipients: [
            RecipientKind.PublicProsecutor, RecipientKind.EmergencyServices, RecipientKind.PoliceHierarchy, RecipientKind.Investigators, RecipientKind.PartnerSocialService,
            RecipientKind.EmployingAuthority, RecipientKind.Mayor, RecipientKind.CoProfessional, RecipientKind.StaffHierarchy, RecipientKind.StaffServiceOfficerInCharge,
            RecipientKind.FunderOrSteeringBody, RecipientKind.ChildProtectionAuthority, RecipientKind.VictimSupportAssociation, RecipientKind.SchoolSocialAndHealthStaff,
            RecipientKind.HealthService, RecipientKind.SocialLandlord,
        ],
        purposes: [
            DisclosurePurpose.Report, DisclosurePurpose.ChildProtection, DisclosurePurpose.PreventHarm, DisclosurePurpose.CoordinateSupport, DisclosurePurpose.Orientation,
            DisclosurePurpose.Investigation, DisclosurePurpose.EmployerInformation, DisclosurePurpose.HierarchyInformation, DisclosurePurpose.Statistics,
        ]);
}
