using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law.Quebec.CodeDesProfessions;
using Intervention.Confidentiality.Law.Quebec.ProtectionDeLaJeunesse;
using Intervention.Confidentiality.Law.Seeds;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Confidentiality.Law.Quebec;

/// <summary>
/// The Québec rules of disclosure for the police psychosocial coordinator: professional secrecy and its danger exception (Code des
/// professions 60.4, <c>CodeDesProfessions/Article60_4.cs</c>), the duty to report to the director of youth protection (Loi sur la
/// protection de la jeunesse 39, <c>ProtectionDeLaJeunesse/Article39.cs</c>), consent per purpose with its duration, and the role
/// rules of the Terrebonne interview (the worker is not an investigator; R37).
/// </summary>
/// <remarks>
/// <para>Texts were read from secondary copies and are marked <see cref="LegalReference.ToConfirm"/> until checked against
/// LégisQuébec. Every rule has its row in docs/legal.md.</para>
/// <para>The pack answers for acts from 2017-06-01, after Loi 2017 c. 10 (the 60.4 wording read): 60.4 and LPJ 39 existed before
/// in wordings not checked.</para>
/// </remarks>
public static class QuebecRulePack
{
    /// <summary>The first date the pack answers for.</summary>
    public static readonly LocalDate CoverageStart = new(2017, 6, 1);

    /// <summary>Creates the Québec rule pack.</summary>
    /// <returns>The pack.</returns>
    public static RulePack Create() => new(
        Jurisdiction.Quebec,
        "Québec",
        [Article60_4.Secret(), Article60_4.Consent(), TerrebonneInterview.InvestigatorsRefused(), TerrebonneInterview.OffenceRevealed(), Article60_4.Danger(), Article39.YouthProtection()],
        [],
        discloser => discloser != DiscloserKind.NotBoundBySecrecy,
        _ => null,
        facts: [FactKind.AbuseOfMinor, FactKind.ChildInDangerOrAtRisk, FactKind.SeriousRiskOfDeathOrInjury, FactKind.OffenceRevealedByPerson],
        // The members of professional orders the coordinator works with; not the staff services of the seeds nor veterinarians.
        disclosers: [DiscloserKind.SocialWorker, DiscloserKind.Physician, DiscloserKind.HealthProfessional, DiscloserKind.VictimSupportWorker, DiscloserKind.NotBoundBySecrecy],
        // Québec's institutions and partners: not the French CRIP, préfet, président du conseil départemental, L.226-2-2 professionals or
        // protocol association, nor the staff services of the seeds, nor the Swiss APEA.
        recipients: [
            RecipientKind.PublicProsecutor, RecipientKind.EmergencyServices, RecipientKind.PoliceHierarchy, RecipientKind.Investigators, RecipientKind.PartnerSocialService,
            RecipientKind.EmployingAuthority, RecipientKind.Mayor, RecipientKind.CoProfessional, RecipientKind.FunderOrSteeringBody, RecipientKind.YouthProtectionDirector,
            RecipientKind.PersonsAtRisk, RecipientKind.VictimSupportAssociation, RecipientKind.SchoolSocialAndHealthStaff, RecipientKind.HealthService, RecipientKind.SocialLandlord,
        ],
        // Not the French L.226-2-2 assessment, protocol transmission, nor the staff service's information of the hierarchy.
        purposes: [
            DisclosurePurpose.Report, DisclosurePurpose.ChildProtection, DisclosurePurpose.PreventHarm, DisclosurePurpose.CoordinateSupport, DisclosurePurpose.Orientation,
            DisclosurePurpose.Investigation, DisclosurePurpose.EmployerInformation, DisclosurePurpose.Statistics,
        ]);
}
