using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Domain.People;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Confidentiality.Law.France;

/// <summary>
/// The French rules of disclosure for social workers in police and gendarmerie services: every French provision the services rely on, with
/// its dates of effect, and the role rules of the source documents (R10, R11, R12, R22, R37, R42).
/// </summary>
/// <remarks>
/// <para>Sources: Code pénal 226-13, 226-14 (1° to 5° and the immunity paragraph), 223-6, 434-1, 434-3; Code de l'action sociale
/// et des familles L.226-2-1, L.226-2-2, L.121-6-2; the 2006 reference framework, the ANISCG operational framework
/// (seed 004), the staff-service directive (seed 000) and the Québec interview (seed 001) for the role rules. Texts were read
/// from secondary copies; rows marked to confirm say so in their <see cref="LegalReference.ToConfirm"/> flag.</para>
/// <para>The pack answers for acts from 2004-01-03 (Loi 2004-1, the earliest wording of 226-14 checked); earlier acts raise
/// <see cref="UncoveredDisclosureException"/> rather than a guess.</para>
/// </remarks>
public static class FrenchRulePack
{
    /// <summary>The first date the pack answers for.</summary>
    public static readonly LocalDate CoverageStart = new(2004, 1, 3);

    private static readonly LocalDate CodePenal1994 = new(1994, 3, 1);
    private static readonly LocalDate Loi2015_1402 = new(2015, 11, 6);
    private static readonly LocalDate Loi2020_936 = new(2020, 8, 1);
    private static readonly LocalDate Loi2021_1539 = new(2021, 12, 2);
    private static readonly LocalDate Loi2018_703 = new(2018, 8, 6);
    private static readonly LocalDate Loi2016_297 = new(2016, 3, 14);
    private static readonly LocalDate Loi2007_293 = new(2007, 3, 5);
    private static readonly LocalDate Loi2015_L121 = new(2015, 3, 22);

    private static readonly DataCategory[] None = [];
    private static readonly DataCategory[] ReportData =
        [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary, DataCategory.SituationDetails, DataCategory.ChildStatements, DataCategory.FamilyContext];
    private static readonly DataCategory[] HealthReportData =
        [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary, DataCategory.SituationDetails, DataCategory.HealthInformation];
    private static readonly DataCategory[] AlertData = [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary];
    private static readonly DataCategory[] ChildProtectionData =
        [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary, DataCategory.SituationDetails, DataCategory.ChildStatements, DataCategory.FamilyContext, DataCategory.SocialAssessment];
    private static readonly DataCategory[] InformData = [DataCategory.Identity, DataCategory.SituationSummary];
    private static readonly DataCategory[] ShareData =
        [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary, DataCategory.SituationDetails, DataCategory.FamilyContext, DataCategory.SocialAssessment];
    private static readonly Liability[] ImmunityBefore2015 = [Liability.Disciplinary];
    private static readonly Liability[] ImmunitySince2015 = [Liability.Disciplinary, Liability.Civil, Liability.Criminal];
    private static readonly Liability[] NoImmunity = [];
    private static readonly Notice[] NoNotice = [];

    private static readonly DataCategory[] OfficerData = [.. ShareData, DataCategory.HealthInformation];
    private static readonly DataCategory[] EmployerData = [DataCategory.SituationSummary, DataCategory.NonIdentifyingActivity];
    private static readonly DataCategory[] EmployerDataWithConsent = [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary, DataCategory.NonIdentifyingActivity];
    private static readonly DataCategory[] ActivityOnly = [DataCategory.NonIdentifyingActivity];
    private static readonly DataCategory[] AllButProtocolFile = Enum.GetValues<DataCategory>().Where(d => d != DataCategory.ProtocolFile).ToArray();

    // Conclusions are immutable: built once, shared by every decision.
    private static readonly RuleMatch Secrecy = Refuse("The discloser holds the information by profession or mission: secrecy is the rule.");
    private static readonly RuleMatch InvestigationsRefused = Refuse("The worker never takes part in the investigations of a judicial inquiry: refused whatever its form.");
    private static readonly RuleMatch ProtocolRefused = Refuse("The conjugal-violence protocol file belongs to the woman: nothing is sent to the association unless she chooses.");
    private static readonly RuleMatch LiaisonSheetRefused = Refuse("A child in danger or at risk is not oriented by liaison sheet: the worrying information goes to the CRIP.", Notice.TransmitToCripInstead);
    private static readonly RuleMatch AbuseReportBefore2015 = Permit(ReportData, NoNotice, ImmunityBefore2015, "Privations or abuse of a minor or a person unable to protect themself may be reported to the judicial, medical or administrative authorities without consent; the reporter in good faith incurs no disciplinary sanction.");
    private static readonly RuleMatch AbuseReportSince2015 = Permit(ReportData, NoNotice, ImmunitySince2015, "Privations or abuse of a minor or a person unable to protect themself may be reported to the judicial, medical or administrative authorities without consent; the reporter in good faith incurs no civil, criminal or disciplinary liability.");
    private static readonly RuleMatch ObservedAbuseWithAgreementBefore2015 = new RuleConclusion(DisclosureOutcome.MayDiscloseByLaw, true, HealthReportData, NoNotice, ImmunityBefore2015, "A physician may report abuse observed in practice that suggests violence, with the adult victim's agreement.").AsMatch();
    private static readonly RuleMatch ObservedAbuseWithAgreementSince2015 = new RuleConclusion(DisclosureOutcome.MayDiscloseByLaw, true, HealthReportData, NoNotice, ImmunitySince2015, "A health professional may report abuse observed in practice that suggests violence, with the adult victim's agreement.").AsMatch();
    private static readonly RuleMatch ObservedAbuseBefore2015 = Permit(HealthReportData, NoNotice, ImmunityBefore2015, "A physician may report abuse observed in practice that suggests violence; a minor's or vulnerable person's agreement is not needed.");
    private static readonly RuleMatch ObservedAbuseSince2015 = Permit(HealthReportData, NoNotice, ImmunitySince2015, "A health professional may report abuse observed in practice that suggests violence; a minor's or vulnerable person's agreement is not needed.");
    private static readonly RuleMatch ObservedAbuseNotBoundBefore2015 = RuleMatch.NotApplicable("Only physicians who observed abuse suggesting violence, to the procureur; social workers are not bound by 2°.");
    private static readonly RuleMatch ObservedAbuseNotBoundSince2015 = RuleMatch.NotApplicable("Only health professionals who observed abuse suggesting violence, to the procureur (or the CRIP for a minor); social workers are not bound by 2°.");
    private static readonly RuleMatch CoupleViolenceReport = Permit(HealthReportData, [Notice.SeekVictimAgreementOrInformHer], ImmunitySince2015, "Couple violence with the adult victim's life in immediate danger and under the abuser's control: the health professional may report without her agreement, must try to obtain it, and failing that must inform her.");
    private static readonly RuleMatch WeaponReportBefore2015 = Permit(AlertData, NoNotice, ImmunityBefore2015, "A health or social-action professional may tell the préfet that a person consulting them is dangerous and holds or wants a weapon.");
    private static readonly RuleMatch WeaponReportSince2015 = Permit(AlertData, NoNotice, ImmunitySince2015, "A health or social-action professional may tell the préfet that a person consulting them is dangerous and holds or wants a weapon.");
    private static readonly RuleMatch AnimalReport = Permit(AlertData, NoNotice, ImmunitySince2015, "A veterinarian may report serious cruelty or sexual abuse of an animal.");
    private static readonly RuleMatch Prevent = Duty(AlertData, NoNotice, "Anyone who can prevent, by immediate action and without risk to themselves or others, a crime or an offence against a person's bodily integrity must do so, secret holders included (223-6 al. 1).");
    private static readonly RuleMatch PreventAggravated = Duty(AlertData, NoNotice, "Anyone who can prevent, by immediate action and without risk to themselves or others, a crime or an offence against a person's bodily integrity must do so, secret holders included (223-6 al. 1); as the victim is a minor under 15, failing is punished by 7 years and €100,000.");
    private static readonly RuleMatch Rescue = Duty(AlertData, NoNotice, "Anyone who can help a person in danger, by acting or by calling for help, without risk to themselves or others, must do so, secret holders included (223-6 al. 2).");
    private static readonly RuleMatch RescueAggravated = Duty(AlertData, NoNotice, "Anyone who can help a person in danger, by acting or by calling for help, without risk to themselves or others, must do so, secret holders included (223-6 al. 2); as the person in danger is a minor under 15, failing is punished by 7 years and €100,000.");
    private static readonly RuleMatch WorryingInformation = Duty(ChildProtectionData, [Notice.InformParentsBeforehand], "Worrying information about a minor in danger or at risk is transmitted without delay to the président du conseil départemental (CRIP); parents are told beforehand.");
    private static readonly RuleMatch WorryingInformationParentsNotTold = Duty(ChildProtectionData, NoNotice, "Worrying information about a minor in danger or at risk is transmitted without delay to the président du conseil départemental (CRIP); telling the parents beforehand would be against the child's interest.");
    private static readonly RuleMatch SharedSecrecy = Permit(ChildProtectionData, [Notice.InformParentsBeforehand, Notice.InformChildByAgeAndMaturity], NoImmunity, "Professionals bound by secrecy in child protection may share what is strictly necessary to assess a situation or decide and carry out protection measures; parents and child are told beforehand.");
    private static readonly RuleMatch SharedSecrecyFamilyNotTold = Permit(ChildProtectionData, NoNotice, NoImmunity, "Professionals bound by secrecy in child protection may share what is strictly necessary to assess a situation or decide and carry out protection measures; telling the family would be against the child's interest.");
    private static readonly RuleMatch InformMayor = Permit(InformData, NoNotice, NoImmunity, "A social-action professional may inform the mayor and the président du conseil départemental of worsening difficulties needing several professionals.");
    private static readonly RuleMatch ShareWithCoProfessionals = Permit(ShareData, NoNotice, NoImmunity, "Professionals working with the same person or family may share what is needed, through a coordinator.");

    /// <summary>Creates the French rule pack.</summary>
    /// <returns>The pack.</returns>
    public static RulePack Create() => new(
        Jurisdiction.France,
        "France",
        CoverageStart,
        [
            Default(), Consent(), InvestigatorsRefused(), SeedRoleRules.StaffHierarchyRefused(CoverageStart), SeedRoleRules.StaffOfficerInCharge(CoverageStart, OfficerData), ProtocolFileRefused(), ChildAtRiskNotByLiaisonSheet(), SeedRoleRules.OffenceRevealed(CoverageStart),
            AbuseOfMinorsOrVulnerable(), HealthProfessionalObservedAbuse(), CoupleViolence(), Weapons(), Veterinarians(),
            DutyToPrevent(), DutyToRescue(), FailureToReportCrime(), FailureToReportAbuse(), ChildAtRiskTransmission(), ChildProtectionSharing(), SocialActionSharing(),
        ],
        [EmployerLimit(), FunderLimit(), ProtocolFileLimit()],
        discloser => discloser != DiscloserKind.NotBoundBySecrecy,
        Route,
        date => date < Loi2015_1402 ? ImmunityBefore2015Basis : ImmunitySince2015Basis,
        // The facts the French rules read; a Québec, Belgian or Swiss fact in a French request is refused, not ignored.
        facts: [
            FactKind.AbuseOfMinor, FactKind.AbuseOfVulnerablePerson, FactKind.ObservedAbuseSuggestingViolence, FactKind.CoupleViolenceImmediateDangerUnderControl,
            FactKind.DangerousPersonWithWeapon, FactKind.PreventableCrimeOrAssault, FactKind.PersonInImminentPeril, FactKind.ChildInDangerOrAtRisk,
            FactKind.ChildProtectionAssessmentNeeded, FactKind.WorseningDifficultiesNeedingSeveralProfessionals, FactKind.OffenceRevealedByPerson,
            FactKind.PreventableCrime, FactKind.VictimUnder15, FactKind.InformingParentsAgainstChildInterest, FactKind.AnimalCruelty,
        ]);

    private static readonly LegalBasis ImmunityBefore2015Basis = new("FR-CP-226-14-immunity", new("Code pénal", "226-14", "dernier alinéa", "Loi 2004-1 du 2 janvier 2004: no disciplinary sanction", CoverageStart, Loi2015_1402));
    private static readonly LegalBasis ImmunitySince2015Basis = new("FR-CP-226-14-immunity", new("Code pénal", "226-14", "dernier alinéa", "Loi 2015-1402 du 5 novembre 2015: no civil, criminal or disciplinary liability", Loi2015_1402));

    /// <summary>The version of 226-14's immunity paragraph in force on a date (disciplinary since 2004; civil and criminal since Loi 2015-1402).</summary>
    /// <param name="date">The date of the act.</param>
    /// <returns>The reference (<c>FR-CP-226-14-immunity</c>).</returns>
    public static LegalReference ImmunityReference(LocalDate date) => (date < Loi2015_1402 ? ImmunityBefore2015Basis : ImmunitySince2015Basis).Reference;

    private static RuleMatch Refuse(string why, params Notice[] notices) =>
        new RuleConclusion(DisclosureOutcome.MustNotDisclose, false, None, notices, NoImmunity, why).AsMatch();

    private static RuleMatch Permit(DataCategory[] data, Notice[] notices, Liability[] immunities, string why) =>
        new RuleConclusion(DisclosureOutcome.MayDiscloseByLaw, false, data, notices, immunities, why).AsMatch();

    private static RuleMatch Duty(DataCategory[] data, Notice[] notices, string why) =>
        new RuleConclusion(DisclosureOutcome.MustActByLaw, false, data, notices, NoImmunity, why).AsMatch();

    private static RuleMatch AsMatch(this RuleConclusion conclusion) => RuleMatch.Apply(conclusion);

    private static DisclosureRule Default() => new(
        "FR-CP-226-13",
        RuleRank.Default,
        [new("Code pénal", "226-13", null, "Code pénal de 1994 (loi 92-683); 1 year and €15,000", CodePenal1994)],
        (_, _) => Secrecy);

    private static DisclosureRule Consent() => ConsentRules.Create(
        "FR-CONSENT",
        [new("Code pénal", "226-13", "consentement", "Consent of the person or of the legal representative lifts secrecy for what it covers", CodePenal1994)]);

    private static DisclosureRule InvestigatorsRefused() => new(
        "R11",
        RuleRank.RoleProhibition,
        [new("Cadre de référence des intervenants sociaux en commissariat et gendarmerie", "III.7", null, "Circulaire du 1er août 2006: no part in judicial investigations", CoverageStart)],
        (r, _) => r.Recipient == RecipientKind.Investigators || r.Purpose == DisclosurePurpose.Investigation
            ? InvestigationsRefused
            : RuleMatch.NotApplicable("Not a request from or for investigators."));

    private static DisclosureRule ProtocolFileRefused() => new(
        "R22",
        RuleRank.RoleProhibition,
        [new("Cadre opérationnel ANISCG", "protocole violences faites aux femmes", null, "The file belongs to the woman; nothing is sent unless she chooses", CoverageStart)],
        (r, _) => (r.Recipient == RecipientKind.ProtocolAssociation || r.Purpose == DisclosurePurpose.ProtocolTransmission) && r.CoveringConsent(ConsentPurpose.TransmitProtocolFile) is null
            ? ProtocolRefused
            : RuleMatch.NotApplicable("Not the protocol file, or the woman chose to send it."));

    private static DisclosureRule ChildAtRiskNotByLiaisonSheet() => new(
        "R21",
        RuleRank.RoleProhibition,
        [new("Cadre opérationnel ANISCG", "fiches de liaison", null, "A liaison sheet only when there is no information préoccupante, which goes to the CRIP", CoverageStart)],
        (r, _) => r.Purpose == DisclosurePurpose.Orientation && (r.Has(FactKind.ChildInDangerOrAtRisk) || r.Has(FactKind.AbuseOfMinor))
            ? LiaisonSheetRefused
            : RuleMatch.NotApplicable("No child at risk in an orientation."));

    private static DisclosureRule AbuseOfMinorsOrVulnerable() => new(
        "FR-CP-226-14-1",
        RuleRank.LegalPermission,
        [new("Code pénal", "226-14", "1°", "Loi 2004-1 du 2 janvier 2004 (wording unchanged since)", CoverageStart)],
        (r, v) => (r.Has(FactKind.AbuseOfMinor) || r.Has(FactKind.AbuseOfVulnerablePerson)) && r.Recipient is RecipientKind.PublicProsecutor or RecipientKind.Crip or RecipientKind.PoliceHierarchy
            ? (r.DateOfAct < Loi2015_1402 ? AbuseReportBefore2015 : AbuseReportSince2015)
            : RuleMatch.NotApplicable("No abuse of a minor or vulnerable person reported to the prosecutor, the CRIP or through the police."));

    private static DisclosureRule HealthProfessionalObservedAbuse() => new(
        "FR-CP-226-14-2",
        RuleRank.LegalPermission,
        [
            new("Code pénal", "226-14", "2°", "Loi 2004-1 du 2 janvier 2004: physicians, to the procureur", CoverageStart, Loi2015_1402),
            new("Code pénal", "226-14", "2°", "Loi 2015-1402 du 5 novembre 2015: any health professional; the CRIP for minors", Loi2015_1402),
        ],
        (r, v) =>
        {
            var widened = v.InForceFrom >= Loi2015_1402;
            var bound = r.Discloser == DiscloserKind.Physician || (widened && r.Discloser == DiscloserKind.HealthProfessional);
            var recipient = r.Recipient == RecipientKind.PublicProsecutor || (widened && r.Recipient == RecipientKind.Crip && r.Subject.AgeGroup == AgeGroup.Minor);
            if (!bound || !recipient || !r.Has(FactKind.ObservedAbuseSuggestingViolence))
            {
                return widened ? ObservedAbuseNotBoundSince2015 : ObservedAbuseNotBoundBefore2015;
            }

            var consentNeeded = r.Subject.AgeGroup == AgeGroup.Adult && !r.Subject.UnderLegalProtection && !r.Has(FactKind.AbuseOfVulnerablePerson);
            if (consentNeeded && r.CoveringConsent(ConsentPurpose.ShareWithRecipients) is null)
            {
                return RuleMatch.NotApplicable("The victim is an adult able to protect herself: 2° needs her agreement, and none covers the recipient.");
            }

            return (consentNeeded, widened) switch
            {
                (true, false) => ObservedAbuseWithAgreementBefore2015,
                (true, true) => ObservedAbuseWithAgreementSince2015,
                (false, false) => ObservedAbuseBefore2015,
                (false, true) => ObservedAbuseSince2015,
            };
        });

    private static DisclosureRule CoupleViolence() => new(
        "FR-CP-226-14-3",
        RuleRank.LegalPermission,
        [new("Code pénal", "226-14", "3°", "Loi 2020-936 du 30 juillet 2020, art. 12", Loi2020_936)],
        (r, _) => r.Discloser is DiscloserKind.Physician or DiscloserKind.HealthProfessional && r.Has(FactKind.CoupleViolenceImmediateDangerUnderControl)
                  && r.Recipient == RecipientKind.PublicProsecutor && r.Subject.AgeGroup == AgeGroup.Adult
            ? CoupleViolenceReport
            : RuleMatch.NotApplicable("Only a health professional, for couple violence putting an adult victim's life in immediate danger under the abuser's control, to the procureur; not social workers."),
        overrides: ["FR-CP-226-14-2"]);

    private static DisclosureRule Weapons() => new(
        "FR-CP-226-14-4",
        RuleRank.LegalPermission,
        [
            new("Code pénal", "226-14", "3°", "Loi 2003-239 du 18 mars 2003 (numbered 3° until 2020)", CoverageStart, Loi2020_936),
            new("Code pénal", "226-14", "4°", "Loi 2020-936 du 30 juillet 2020 (renumbered 4°)", Loi2020_936),
        ],
        (r, v) => r.Discloser is DiscloserKind.Physician or DiscloserKind.HealthProfessional or DiscloserKind.SocialWorker or DiscloserKind.StaffServiceOfficer or DiscloserKind.StaffServiceMember or DiscloserKind.VictimSupportWorker
                  && r.Has(FactKind.DangerousPersonWithWeapon) && r.Recipient == RecipientKind.Prefect
            ? (r.DateOfAct < Loi2015_1402 ? WeaponReportBefore2015 : WeaponReportSince2015)
            : RuleMatch.NotApplicable("No dangerous person with a weapon reported by a health or social-action professional to the préfet."));

    private static DisclosureRule Veterinarians() => new(
        "FR-CP-226-14-5",
        RuleRank.LegalPermission,
        [new("Code pénal", "226-14", "5°", "Loi 2021-1539 du 30 novembre 2021, art. 41", Loi2021_1539)],
        (r, _) => r.Discloser == DiscloserKind.Veterinarian && r.Has(FactKind.AnimalCruelty) && r.Recipient == RecipientKind.PublicProsecutor
            ? AnimalReport
            : RuleMatch.NotApplicable("Veterinarians only (animals): out of this library's scope, listed so the numbering of 226-14 is right."));

    // Code pénal 223-6 has two duties, one per alinéa, and since Loi 2018-703 a third alinéa that aggravates both when the victim or
    // the person in danger is a minor under 15 (the penalty, not the duty: the same conclusion, a harsher explanation).
    private static DisclosureRule DutyToPrevent() => new(
        "FR-CP-223-6-1",
        RuleRank.LegalDuty,
        [
            new("Code pénal", "223-6", "al. 1", "Code pénal de 1994: 5 years and €75,000", CodePenal1994, Loi2018_703),
            new("Code pénal", "223-6", "al. 1 et 3", "Loi 2018-703 du 3 août 2018, art. 5: 7 years and €100,000 when the victim is a minor under 15", Loi2018_703, toConfirm: true),
        ],
        (r, v) => r.Has(FactKind.PreventableCrimeOrAssault) && r.Recipient is (RecipientKind.EmergencyServices or RecipientKind.PoliceHierarchy)
            ? (v.InForceFrom >= Loi2018_703 && r.Has(FactKind.VictimUnder15) ? PreventAggravated : Prevent)
            : RuleMatch.NotApplicable("No crime or offence against bodily integrity that immediate action could prevent, or the recipient cannot act now."));

    private static DisclosureRule DutyToRescue() => new(
        "FR-CP-223-6-2",
        RuleRank.LegalDuty,
        [
            new("Code pénal", "223-6", "al. 2", "Code pénal de 1994: 5 years and €75,000", CodePenal1994, Loi2018_703),
            new("Code pénal", "223-6", "al. 2 et 3", "Loi 2018-703 du 3 août 2018, art. 5: 7 years and €100,000 when the person in danger is a minor under 15", Loi2018_703, toConfirm: true),
        ],
        (r, v) => r.Has(FactKind.PersonInImminentPeril) && r.Recipient is (RecipientKind.EmergencyServices or RecipientKind.PoliceHierarchy)
            ? (v.InForceFrom >= Loi2018_703 && r.Has(FactKind.VictimUnder15) ? RescueAggravated : Rescue)
            : RuleMatch.NotApplicable("No person in serious, imminent peril, or the recipient cannot help now."));

    private static DisclosureRule FailureToReportCrime() => new(
        "FR-CP-434-1",
        RuleRank.LegalDuty,
        [new("Code pénal", "434-1", null, "Code pénal de 1994: secret holders are excepted", CodePenal1994)],
        (_, _) => RuleMatch.NotApplicable("434-1 binds everyone except people bound by secrecy under 226-13: not this discloser."));

    private static DisclosureRule FailureToReportAbuse() => new(
        "FR-CP-434-3",
        RuleRank.LegalDuty,
        [
            new("Code pénal", "434-3", null, "Code pénal de 1994: minors under 15; secret holders excepted", CodePenal1994, Loi2016_297),
            new("Code pénal", "434-3", null, "Loi 2016-297 du 14 mars 2016: all minors; secret holders excepted", Loi2016_297, Loi2018_703),
            new("Code pénal", "434-3", null, "Loi 2018-703 du 3 août 2018: aggravated for minors under 15; secret holders excepted", Loi2018_703),
        ],
        (_, _) => RuleMatch.NotApplicable("« Sauf lorsque la loi en dispose autrement, sont exceptées … les personnes astreintes au secret »: the route for secret holders is 226-14 1°."));

    private static DisclosureRule ChildAtRiskTransmission() => new(
        "FR-CASF-L226-2-1",
        RuleRank.LegalDuty,
        [new("Code de l'action sociale et des familles", "L.226-2-1", null, "Loi 2007-293 du 5 mars 2007 réformant la protection de l'enfance", Loi2007_293)],
        (r, _) => r.Discloser is DiscloserKind.SocialWorker or DiscloserKind.Physician or DiscloserKind.HealthProfessional or DiscloserKind.VictimSupportWorker
                  && (r.Has(FactKind.ChildInDangerOrAtRisk) || r.Has(FactKind.AbuseOfMinor)) && r.Recipient == RecipientKind.Crip
            ? (r.Has(FactKind.InformingParentsAgainstChildInterest) ? WorryingInformationParentsNotTold : WorryingInformation)
            : RuleMatch.NotApplicable("No minor in danger or at risk transmitted to the CRIP by someone contributing to child protection."));

    private static DisclosureRule ChildProtectionSharing() => new(
        "FR-CASF-L226-2-2",
        RuleRank.LegalPermission,
        [new("Code de l'action sociale et des familles", "L.226-2-2", null, "Loi 2007-293 du 5 mars 2007", Loi2007_293)],
        (r, _) => r.Discloser is DiscloserKind.SocialWorker or DiscloserKind.Physician or DiscloserKind.HealthProfessional
                  && r.Has(FactKind.ChildProtectionAssessmentNeeded) && r.Recipient == RecipientKind.ChildProtectionProfessional && r.Purpose == DisclosurePurpose.ChildProtectionAssessment
            ? (r.Has(FactKind.InformingParentsAgainstChildInterest) ? SharedSecrecyFamilyNotTold : SharedSecrecy)
            : RuleMatch.NotApplicable("Not a sharing between child-protection professionals to assess or protect a child."));

    private static DisclosureRule SocialActionSharing() => new(
        "FR-CASF-L121-6-2",
        RuleRank.LegalPermission,
        [
            new("Code de l'action sociale et des familles", "L.121-6-2", null, "Loi 2007-297 du 5 mars 2007 relative à la prévention de la délinquance", Loi2007_293, Loi2015_L121),
            new("Code de l'action sociale et des familles", "L.121-6-2", null, "Version en vigueur depuis le 22 mars 2015", Loi2015_L121),
        ],
        (r, _) =>
        {
            if (r.Discloser != DiscloserKind.SocialWorker || !r.Has(FactKind.WorseningDifficultiesNeedingSeveralProfessionals))
            {
                return RuleMatch.NotApplicable("No worsening difficulties needing several social-action professionals.");
            }

            // Every recipient is named, so a new kind is a build error here (DisclosureRequest refuses undefined values).
#pragma warning disable CS8524
            return r.Recipient switch
            {
                RecipientKind.Mayor or RecipientKind.DepartmentalCouncilPresident => InformMayor,
                RecipientKind.CoProfessional => ShareWithCoProfessionals,
                RecipientKind.PublicProsecutor or RecipientKind.Crip or RecipientKind.Prefect or RecipientKind.EmergencyServices or RecipientKind.PoliceHierarchy
                    or RecipientKind.Investigators or RecipientKind.PartnerSocialService or RecipientKind.EmployingAuthority or RecipientKind.ChildProtectionProfessional
                    or RecipientKind.StaffHierarchy or RecipientKind.StaffServiceOfficerInCharge or RecipientKind.ProtocolAssociation or RecipientKind.FunderOrSteeringBody
                    or RecipientKind.YouthProtectionDirector or RecipientKind.ChildProtectionAuthority or RecipientKind.PersonsAtRisk or RecipientKind.VictimSupportAssociation
                    or RecipientKind.SchoolSocialAndHealthStaff or RecipientKind.HealthService or RecipientKind.SocialLandlord
                    => RuleMatch.NotApplicable("Only the mayor, the président du conseil départemental or co-professionals."),
            };
#pragma warning restore CS8524
        });

    private static DataLimit EmployerLimit() => new(
        "R10",
        new("Cadre de référence des intervenants sociaux en commissariat et gendarmerie", "III.7", null, "Circulaire du 1er août 2006: the worker and the employer exchange what helps the action", CoverageStart),
        r => r.Recipient != RecipientKind.EmployingAuthority
            ? null
            : r.CoveringConsent(ConsentPurpose.ShareWithRecipients) is null ? EmployerData : EmployerDataWithConsent);

    private static DataLimit FunderLimit() => new(
        "R06",
        new("Cadre de référence des intervenants sociaux en commissariat et gendarmerie", "III.6", null, "Circulaire du 1er août 2006: reports exclude any nominative data, direct or indirect", CoverageStart),
        r => r.Recipient == RecipientKind.FunderOrSteeringBody || r.Purpose == DisclosurePurpose.Statistics ? ActivityOnly : null);

    private static DataLimit ProtocolFileLimit() => new(
        "R22-file",
        new("Cadre opérationnel ANISCG", "protocole violences faites aux femmes", null, "The file belongs to the woman", CoverageStart),
        r => r.Asks(DataCategory.ProtocolFile) && r.CoveringConsent(ConsentPurpose.TransmitProtocolFile) is null
            ? AllButProtocolFile
            : null);

    // R12 (Cadre de référence 2006) is the route of the social worker posted in a police or gendarmerie service: the reference
    // framework binds that worker, not a physician or another health professional who reports under 226-14 2° or 3°, whose report
    // goes to the procureur as the law says.
    private static (JudicialRoute Route, string RuleId)? Route(DisclosureRequest r)
    {
        if (r.Discloser != DiscloserKind.SocialWorker || r.Purpose != DisclosurePurpose.Report || r.Recipient is not (RecipientKind.PublicProsecutor or RecipientKind.PoliceHierarchy))
        {
            return null;
        }

        var immediate = r.Has(FactKind.PersonInImminentPeril) || r.Has(FactKind.PreventableCrimeOrAssault);
        var child = r.Has(FactKind.AbuseOfMinor) || r.Has(FactKind.ChildInDangerOrAtRisk);
        return (child && !immediate ? JudicialRoute.ThroughDepartment : JudicialRoute.ThroughPoliceHierarchy, "R12");
    }
}
