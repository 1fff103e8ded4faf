using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law.Belgium.CodePenal;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Confidentiality.Law.Belgium;

/// <summary>
/// The Belgian rules of disclosure for the police victim-assistance service: professional secrecy (Code pénal 458), its exception for
/// offences against minors and vulnerable persons, widened to partner violence on 2013-03-01 (458bis), and the duty to assist a person
/// in great danger (422bis), which 458bis leaves intact. Each article in its own file under <c>CodePenal/</c>.
/// </summary>
/// <remarks>Texts were read from secondary copies. The pack answers for acts from 2000-11-28, when 458bis came into force; 458 and
/// 422bis existed before in wordings not checked. Every rule has its row in docs/legal.md.</remarks>
public static class BelgianRulePack
{
    /// <summary>The first date the pack answers for.</summary>
    public static readonly LocalDate CoverageStart = new(2000, 11, 28);

    /// <summary>Creates the Belgian rule pack.</summary>
    /// <returns>The pack.</returns>
    public static RulePack Create() => new(
        Jurisdiction.Belgium,
        "Belgium",
        [Article458.Secret(), Article458.Consent(), Article458bis.Exception(), Article422bis.DutyToAssist()],
        [],
        discloser => discloser != DiscloserKind.NotBoundBySecrecy,
        _ => null,
        facts: [FactKind.AbuseOfMinor, FactKind.AbuseOfVulnerablePerson, FactKind.PartnerViolence, FactKind.PersonInImminentPeril, FactKind.SeriousImminentDangerCannotAvert, FactKind.SignsOfSeriousDangerToOthers],
        disclosers: [DiscloserKind.SocialWorker, DiscloserKind.Physician, DiscloserKind.HealthProfessional, DiscloserKind.VictimSupportWorker, DiscloserKind.NotBoundBySecrecy],
        // Belgian institutions and partners: not the French, Québec or Swiss authorities, nor the staff services of the seeds.
        recipients: [
            RecipientKind.PublicProsecutor, RecipientKind.EmergencyServices, RecipientKind.PoliceHierarchy, RecipientKind.Investigators, RecipientKind.PartnerSocialService,
            RecipientKind.EmployingAuthority, RecipientKind.Mayor, RecipientKind.CoProfessional, RecipientKind.FunderOrSteeringBody, RecipientKind.VictimSupportAssociation,
            RecipientKind.SchoolSocialAndHealthStaff, RecipientKind.HealthService, RecipientKind.SocialLandlord,
        ],
        purposes: [
            DisclosurePurpose.Report, DisclosurePurpose.ChildProtection, DisclosurePurpose.PreventHarm, DisclosurePurpose.CoordinateSupport, DisclosurePurpose.Orientation,
            DisclosurePurpose.Investigation, DisclosurePurpose.EmployerInformation, DisclosurePurpose.Statistics,
        ]);
}
