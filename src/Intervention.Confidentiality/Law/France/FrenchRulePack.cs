using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law.France.ActionSociale;
using Intervention.Confidentiality.Law.France.Cadres;
using Intervention.Confidentiality.Law.France.CodePenal;
using Intervention.Confidentiality.Law.Seeds;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Confidentiality.Law.France;

/// <summary>
/// The French rules of disclosure for social workers in police and gendarmerie services: every French provision the services rely on,
/// each in its own file beside the others of its code (<c>CodePenal/Article226_14.cs</c>, <c>ActionSociale/ArticleL226_2_1.cs</c>),
/// and the role rules of the service's documents (<c>Cadres/</c>, and <c>Seeds/</c> for those another pack shares).
/// </summary>
/// <remarks>
/// <para>Sources: Code pénal 226-13, 226-14 (1° to 5° and the immunity paragraph), 223-6 (al. 1 and 2), 434-1, 434-3; Code de
/// l'action sociale et des familles L.226-2-1, L.226-2-2, L.121-6-2; the 2006 reference framework, the ANISCG operational framework,
/// the staff-service directive and the Terrebonne interview for the role rules. Texts were read from secondary copies; versions still
/// to check against Légifrance say so (<see cref="LegalReference.ToConfirm"/>). Every rule has its row in docs/legal.md.</para>
/// <para>The pack answers for acts from 2004-01-03: 226-14 existed before, but its earliest wording read is that of Loi 2004-1.
/// Earlier acts raise <see cref="UncoveredDisclosureException"/> naming the rules with no known version.</para>
/// </remarks>
public static class FrenchRulePack
{
    /// <summary>The first date the pack answers for: the earliest day every French rule has a known version.</summary>
    public static readonly LocalDate CoverageStart = FrenchTexts.Loi2004_1;

    /// <summary>Creates the French rule pack.</summary>
    /// <returns>The pack.</returns>
    public static RulePack Create() => new(
        Jurisdiction.France,
        "France",
        [
            Article226_13.Secret(), Article226_13.Consent(),
            CadreDeReference2006.InvestigatorsRefused(), ServicePsychosocialDirective.StaffHierarchyRefused(), ServicePsychosocialDirective.StaffOfficerInCharge(FrenchData.Officer),
            CadreOperationnelAniscg.ProtocolFileRefused(), CadreOperationnelAniscg.ChildAtRiskNotByLiaisonSheet(), TerrebonneInterview.OffenceRevealed(),
            Article226_14.AbuseOfMinorsOrVulnerable(), Article226_14.HealthProfessionalObservedAbuse(), Article226_14.CoupleViolence(), Article226_14.Weapons(), Article226_14.Veterinarians(),
            Article223_6.DutyToPrevent(), Article223_6.DutyToRescue(), Article434_1.FailureToReportCrime(), Article434_3.FailureToReportAbuse(),
            ArticleL226_2_1.ChildAtRiskTransmission(), ArticleL226_2_2.ChildProtectionSharing(), ArticleL121_6_2.SocialActionSharing(),
        ],
        [CadreDeReference2006.EmployerLimit(), CadreDeReference2006.FunderLimit(), CadreOperationnelAniscg.ProtocolFileLimit()],
        discloser => discloser != DiscloserKind.NotBoundBySecrecy,
        CadreDeReference2006.Route,
        Article226_14.Immunity,
        // The facts the French rules read; a Québec, Belgian or Swiss fact in a French request is refused, not ignored.
        facts: [
            FactKind.AbuseOfMinor, FactKind.AbuseOfVulnerablePerson, FactKind.ObservedAbuseSuggestingViolence, FactKind.CoupleViolenceImmediateDangerUnderControl,
            FactKind.DangerousPersonWithWeapon, FactKind.PreventableCrimeOrAssault, FactKind.PersonInImminentPeril, FactKind.ChildInDangerOrAtRisk,
            FactKind.ChildProtectionAssessmentNeeded, FactKind.WorseningDifficultiesNeedingSeveralProfessionals, FactKind.OffenceRevealedByPerson,
            FactKind.PreventableCrime, FactKind.VictimUnder15, FactKind.InformingParentsAgainstChildInterest, FactKind.AnimalCruelty,
        ],
        // Every French discloser and purpose; every recipient but the institutions of other jurisdictions (Québec's DPJ and the people
        // its 60.4 names, the Swiss APEA).
        recipients: [
            RecipientKind.PublicProsecutor, RecipientKind.Crip, RecipientKind.Prefect, RecipientKind.EmergencyServices, RecipientKind.PoliceHierarchy,
            RecipientKind.Investigators, RecipientKind.PartnerSocialService, RecipientKind.EmployingAuthority, RecipientKind.Mayor,
            RecipientKind.DepartmentalCouncilPresident, RecipientKind.ChildProtectionProfessional, RecipientKind.CoProfessional, RecipientKind.StaffHierarchy,
            RecipientKind.StaffServiceOfficerInCharge, RecipientKind.ProtocolAssociation, RecipientKind.FunderOrSteeringBody, RecipientKind.VictimSupportAssociation,
            RecipientKind.SchoolSocialAndHealthStaff, RecipientKind.HealthService, RecipientKind.SocialLandlord,
        ]);

    /// <summary>The version of 226-14's immunity paragraph in force on a date (disciplinary since 2004; civil and criminal since Loi 2015-1402).</summary>
    /// <param name="date">The date of the act.</param>
    /// <returns>The reference (<c>FR-CP-226-14-immunity</c>).</returns>
    public static LegalReference ImmunityReference(LocalDate date) => Article226_14.Immunity(date).Reference;
}
