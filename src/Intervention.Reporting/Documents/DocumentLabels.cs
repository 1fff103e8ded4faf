using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using Intervention.Domain.Localization;

namespace Intervention.Reporting.Documents;

/// <summary>The titles of the coded values the documents carry (enum titles of the schemas), in French and English.</summary>
/// <remarks>Looked up by <c>EnumType.Member</c>; situations, roles and age groups come from the domain's labels.</remarks>
internal static class DocumentLabels
{
    private static readonly FrozenDictionary<string, (string French, string English)> Labels = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["LiaisonSheetState.Draft"] = ("Brouillon", "Draft"),
        ["LiaisonSheetState.ValidatedWithPerson"] = ("Validée avec la personne", "Validated with the person"),
        ["LiaisonSheetState.Sent"] = ("Envoyée", "Sent"),
        ["LiaisonSheetState.Accepted"] = ("Acceptée par le partenaire", "Accepted by the partner"),
        ["LiaisonSheetState.Declined"] = ("Refusée par le partenaire", "Declined by the partner"),
        ["LiaisonSheetState.Closed"] = ("Close avec le retour du partenaire", "Closed with the partner's feedback"),

        ["PartnerKind.School"] = ("Établissement scolaire", "School"),
        ["PartnerKind.DepartmentalSocialServices"] = ("Service social départemental", "Departmental social services"),
        ["PartnerKind.MunicipalSocialServices"] = ("Centre communal ou intercommunal d'action sociale", "Municipal social-action centre"),
        ["PartnerKind.JusticeHouse"] = ("Maison de la justice et du droit", "Justice house"),
        ["PartnerKind.MunicipalPolice"] = ("Police municipale", "Municipal police"),
        ["PartnerKind.Health"] = ("Service de santé", "Health service"),
        ["PartnerKind.Community"] = ("Organisme communautaire", "Community organisation"),
        ["PartnerKind.VictimSupportAssociation"] = ("Association d'aide aux victimes", "Victim-support association"),
        ["PartnerKind.SocialLandlord"] = ("Bailleur social", "Social landlord"),
        ["PartnerKind.Judicial"] = ("Service judiciaire", "Judicial service"),
        ["PartnerKind.ChildProtection"] = ("Protection de l'enfance", "Child protection"),
        ["PartnerKind.EmergencySocialStructure"] = ("Structure d'urgence sociale", "Emergency social structure"),
        ["PartnerKind.PublicHealthAndSocialServices"] = ("Établissement de santé et de services sociaux (CISSS, CLSC)", "Health and social-services institution (CISSS, CLSC)"),
        ["PartnerKind.InternalPoliceService"] = ("Service interne de la police", "Internal police service"),

        ["OrientationReason.Housing"] = ("Logement", "Housing"),
        ["OrientationReason.FinancialDifficulty"] = ("Difficultés financières", "Financial difficulty"),
        ["OrientationReason.EducationalSupport"] = ("Soutien éducatif demandé par la famille", "Educational support"),
        ["OrientationReason.FamilySupport"] = ("Soutien familial", "Family support"),
        ["OrientationReason.Health"] = ("Santé et soins", "Health and care"),
        ["OrientationReason.VictimSupport"] = ("Accompagnement en tant que victime", "Support as a victim"),
        ["OrientationReason.AdministrativeHelp"] = ("Aide administrative et accès aux droits", "Administrative help and access to rights"),
        ["OrientationReason.Employment"] = ("Emploi et formation", "Employment and training"),

        ["DisclosureOutcome.MustNotDisclose"] = ("Secret : ne pas transmettre", "Secrecy: do not disclose"),
        ["DisclosureOutcome.MayDiscloseWithConsent"] = ("Transmission avec le consentement de la personne", "May disclose with consent"),
        ["DisclosureOutcome.MayDiscloseByLaw"] = ("Transmission permise par la loi", "May disclose by law"),
        ["DisclosureOutcome.MustActByLaw"] = ("Obligation légale d'agir", "Must act by law"),
        ["DisclosureOutcome.RequiredByServicePolicy"] = ("Imposée par la politique du service", "Required by service policy"),

        ["ConsentPurpose.ReceiveHelp"] = ("Recevoir de l'aide (adhésion)", "To receive help (adhesion)"),
        ["ConsentPurpose.ShareWithRecipients"] = ("Partager des informations avec les destinataires nommés", "To share information with the recipients named"),
        ["ConsentPurpose.AppearInStatistics"] = ("Figurer, sans identité, dans les statistiques", "To appear, without identity, in statistics"),
        ["ConsentPurpose.TransmitProtocolFile"] = ("Transmettre le dossier du protocole violences conjugales", "To send the conjugal-violence protocol file"),
        ["ConsentGiver.Person"] = ("La personne elle-même", "The person themself"),
        ["ConsentGiver.Parent"] = ("Un parent titulaire de l'autorité parentale", "A parent holding parental authority"),
        ["ConsentGiver.LegalRepresentative"] = ("Le tuteur ou un autre représentant légal", "A guardian or other legal representative"),
        ["ConsentForm.Oral"] = ("Oralement, noté par l'intervenant", "Orally, noted by the worker"),
        ["ConsentForm.Written"] = ("Par écrit", "In writing"),
        ["ConsentForm.SignedAuthorisation"] = ("Autorisation signée nommant les informations et le destinataire", "A signed authorisation naming the information and the recipient"),

        ["DataCategory.Identity"] = ("Identité", "Identity"),
        ["DataCategory.ContactDetails"] = ("Coordonnées", "Contact details"),
        ["DataCategory.SituationSummary"] = ("Résumé de la situation", "Situation summary"),
        ["DataCategory.SituationDetails"] = ("Faits datés", "Dated facts"),
        ["DataCategory.ChildStatements"] = ("Propos de l'enfant", "Child's words"),
        ["DataCategory.FamilyContext"] = ("Contexte familial", "Family context"),
        ["DataCategory.SocialAssessment"] = ("Évaluation sociale", "Social assessment"),
        ["DataCategory.HealthInformation"] = ("Informations de santé", "Health information"),
        ["DataCategory.ProtocolFile"] = ("Dossier du protocole violences conjugales", "Conjugal-violence protocol file"),
        ["DataCategory.NonIdentifyingActivity"] = ("Données d'activité non nominatives", "Non-identifying activity data"),

        ["ReferrerKind.Officer"] = ("Policier ou gendarme", "Officer"),
        ["ReferrerKind.PreventionPartnershipOfficer"] = ("Officier prévention partenariat", "Prevention partnership officer"),
        ["ReferrerKind.UnitCommander"] = ("Commandant d'unité", "Unit commander"),
        ["ReferrerKind.WorkerFromPoliceRecords"] = ("Intervenant social (auto-saisine)", "Worker, from police records"),
        ["ReferrerKind.FamilyViolenceReferent"] = ("Référent violences intrafamiliales", "Family-violence referent"),
        ["ReferrerKind.ReceptionDesk"] = ("Accueil", "Reception desk"),
        ["ReferrerKind.Partner"] = ("Partenaire", "Partner"),
        ["ReferrerKind.PersonThemself"] = ("La personne elle-même", "The person themself"),
        ["ReferrerKind.EmergencyDispatcher"] = ("Préposé 911", "911 dispatcher"),
        ["ReferrerKind.StaffMember"] = ("Collaborateur concerné", "Staff member"),
        ["ReferrerKind.Hierarchy"] = ("Hiérarchie", "Hierarchy"),
        ["ReferrerKind.DispatchCentreDutyMember"] = ("Permanence de la CECAL", "Dispatch-centre duty member"),

        ["AdmissibilityCriterion.Recurrence"] = ("Récurrence des appels ou des interventions policières", "Recurrence of police calls or interventions"),
        ["AdmissibilityCriterion.InterventionComplexity"] = ("Complexité de l'intervention", "Complexity of the intervention"),
        ["AdmissibilityCriterion.ForeseeableOrImminentDanger"] = ("Danger prévisible ou imminent", "Foreseeable or imminent danger"),
        ["AdmissibilityCriterion.PossibleHighRiskPoliceIntervention"] = ("Intervention policière possiblement à haut risque", "Possible high-risk police intervention"),
        ["AdmissibilityCriterion.PartnerInvolvementNeeded"] = ("Implication de partenaires nécessaire", "Partner involvement needed"),

        ["ToleranceLevel.Low"] = ("Faible", "Low"),
        ["ToleranceLevel.Moderate"] = ("Modérée", "Moderate"),
        ["ToleranceLevel.High"] = ("Élevée", "High"),

        ["RecommendedRelease.Release"] = ("Libération sans condition", "Release without conditions"),
        ["RecommendedRelease.ReleaseWithConditions"] = ("Libération sous conditions", "Release with conditions"),
        ["RecommendedRelease.Appearance"] = ("Comparution", "Appearance before a judge"),
        ["RecommendedRelease.HealthServices"] = ("Orientation vers les services de santé", "Health services"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Returns the title of an enum value in a language (<c>fr</c>, <c>fr-CA</c> or <c>en</c>).</summary>
    /// <exception cref="InvalidOperationException">The value has no title: a defect, caught by the schema tests.</exception>
    internal static string Title(Type enumType, string member, string language)
    {
        if (Labels.TryGetValue($"{enumType.Name}.{member}", out var label))
        {
            return language == "en" ? label.English : label.French;
        }

        if (enumType.Name is "SituationKind" or "PartyRole" or "AgeGroup")
        {
            return DomainLabels.Label(member, CultureInfo.GetCultureInfo(language));
        }

        throw new InvalidOperationException($"{enumType.Name}.{member} has no title.");
    }
}
