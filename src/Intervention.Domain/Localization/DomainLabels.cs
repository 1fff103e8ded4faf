using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;

namespace Intervention.Domain.Localization;

/// <summary>French and English labels of the model's coded values (services, kinds of unit, channels, situations, roles, actions, age groups, sexes, outcomes); fr-CA falls back to fr.</summary>
/// <remarks>Messages of the domain use them for the values they quote; the reporting package uses them for tables and forms.</remarks>
public static class DomainLabels
{
    private static readonly FrozenDictionary<string, (string French, string English)> Labels = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        // Case states (CaseState); "Oriented" is shared with the outcome of the same name.
        ["Received"] = ("Reçue", "Received"),
        ["FirstContactMade"] = ("Premier contact établi", "First contact made"),
        ["InProgress"] = ("En cours d'accompagnement", "In progress"),
        ["Closed"] = ("Close", "Closed"),
        ["FrenchPoliceSocialWorker"] = ("Intervenant social en commissariat et gendarmerie", "Police and gendarmerie social worker"),
        ["QuebecPolicePsychosocialCoordination"] = ("Coordination psychosociale policière (Québec)", "Québec police psychosocial coordination"),
        ["PoliceStaffPsychosocialService"] = ("Service psychosocial du personnel de police", "Police staff psychosocial service"),
        ["BelgianPoliceVictimAssistance"] = ("Assistance policière aux victimes (Belgique)", "Belgian police victim assistance"),
        ["OfficerOrientation"] = ("Orientation par un policier ou un gendarme", "Officer orientation"),
        ["PreventionPartnershipOfficer"] = ("Officier prévention partenariat", "Prevention partnership officer"),
        ["GendarmerieUnitCommander"] = ("Commandant d'unité de gendarmerie", "Gendarmerie unit commander"),
        ["SelfReferralFromDayLog"] = ("Auto-saisine sur main courante", "Self-referral from the day log"),
        ["SelfReferralFromOperationsSynthesis"] = ("Auto-saisine sur synthèse du CORG", "Self-referral from the CORG synthesis"),
        ["SelfReferralFromJudicialInformationMessages"] = ("Auto-saisine sur messagerie BDRIJ", "Self-referral from BDRIJ messages"),
        ["OfficerLiaisonSheet"] = ("Fiche de liaison gendarmes/policiers", "Officer liaison sheet"),
        ["ServiceMeeting"] = ("Réunion de service", "Service meeting"),
        ["FamilyViolenceReferent"] = ("Référent violences intrafamiliales", "Family-violence referent"),
        ["ConjugalViolenceSystematicForwarding"] = ("Transmission systématique des violences conjugales", "Systematic forwarding of conjugal violence"),
        ["ReceptionDeskOffer"] = ("Proposition à l'accueil", "Reception-desk offer"),
        ["PartnerReferral"] = ("Partenaire", "Partner referral"),
        ["PersonThemself"] = ("La personne elle-même", "The person themself"),
        ["EmergencyDispatcher"] = ("Préposé 911", "911 dispatcher"),
        ["StaffOwnRequest"] = ("Demande du collaborateur", "Staff member's own request"),
        ["HierarchyRequest"] = ("Demande de la hiérarchie", "Hierarchy's request"),
        ["DispatchCentreDutyLine"] = ("Permanence via la CECAL", "Dispatch-centre duty line"),
        ["ConjugalViolence"] = ("Violences conjugales", "Conjugal violence"),
        ["IntraFamilyViolence"] = ("Violences intrafamiliales", "Intra-family violence"),
        ["ChildAtRisk"] = ("Enfance en danger ou en risque", "Child at risk"),
        ["DistressOrVulnerability"] = ("Détresse, vulnérabilité", "Distress or vulnerability"),
        ["DisturbedMentalState"] = ("État mental perturbé", "Disturbed mental state"),
        ["MentalHealthDisorder"] = ("Trouble de santé mentale", "Mental-health disorder"),
        ["ConjugalOrFamilyHomicideRisk"] = ("Risque d'homicide conjugal ou familial", "Conjugal or family homicide risk"),
        ["TraumaticEvent"] = ("Événement traumatique", "Traumatic event"),
        ["RoadAccident"] = ("Accident de la route", "Road accident"),
        ["NeighbourConflict"] = ("Conflit de voisinage", "Neighbour conflict"),
        ["Addiction"] = ("Addiction", "Addiction"),
        ["Precarity"] = ("Précarité", "Precarity"),
        ["JuvenileDelinquency"] = ("Délinquance juvénile", "Juvenile delinquency"),
        ["ViolenceOrOffence"] = ("Violence ou infraction", "Violence or offence"),
        ["ProblematicFamilyOrSocialSituation"] = ("Situation familiale ou sociale problématique", "Problematic family or social situation"),
        ["HighRiskPoliceIntervention"] = ("Intervention policière à haut risque", "High-risk police intervention"),
        ["WorkRelatedDifficulty"] = ("Difficulté psychosociale ou socioprofessionnelle", "Work-related difficulty"),
        ["EconomicDifficulty"] = ("Difficulté économique", "Economic difficulty"),
        ["HealthDifficulty"] = ("Difficulté médicale", "Health difficulty"),
        ["Minor"] = ("Mineur", "Minor"),
        ["Adult"] = ("Majeur", "Adult"),
        ["NotStated"] = ("Non renseigné", "Not stated"),
        ["Female"] = ("Femme", "Female"),
        ["Male"] = ("Homme", "Male"),
        ["Other"] = ("Autre", "Other"),
        ["SingleInterview"] = ("Entretien unique", "Single interview"),
        ["Oriented"] = ("Orientation", "Oriented"),
        ["HelpRefused"] = ("Aide refusée", "Help refused"),
        ["NoResponseToContact"] = ("Sans réponse", "No response"),
        ["NotAdmissible"] = ("Non admissible", "Not admissible"),
        ["Completed"] = ("Accompagnement terminé", "Completed"),
        ["FrenchPoliceStation"] = ("Commissariat de police", "Police station"),
        ["FrenchGendarmerieUnit"] = ("Unité de gendarmerie", "Gendarmerie unit"),
        ["QuebecMunicipalPolice"] = ("Service de police municipal (Québec)", "Québec municipal police"),
        ["BelgianLocalPolice"] = ("Zone de police locale (Belgique)", "Belgian local police"),
        ["SwissCantonalPolice"] = ("Police cantonale (Suisse)", "Swiss cantonal police"),
        ["Victim"] = ("Victime", "Victim"),
        ["AllegedPerpetrator"] = ("Mis en cause", "Alleged perpetrator"),
        ["Witness"] = ("Témoin", "Witness"),
        ["Relative"] = ("Proche", "Relative"),
        ["StaffMember"] = ("Collaborateur de la police", "Police staff member"),
        ["PersonInDifficulty"] = ("Personne en difficulté", "Person in difficulty"),
        ["InterviewAtOffice"] = ("Entretien au bureau", "Interview at the office"),
        ["InterviewAtHome"] = ("Entretien à domicile", "Interview at home"),
        ["InterviewByPhone"] = ("Entretien téléphonique", "Interview by phone"),
        ["InterviewOnSite"] = ("Entretien sur place", "Interview on site"),
        ["Information"] = ("Information", "Information"),
        ["Orientation"] = ("Orientation", "Orientation"),
        ["Accompaniment"] = ("Accompagnement", "Accompaniment"),
        ["Mediation"] = ("Médiation", "Mediation"),
        ["TechnicalAssistance"] = ("Assistance technique", "Technical assistance"),
        ["Support"] = ("Écoute et soutien", "Listening and support"),
        ["FirstAssistance"] = ("Première assistance", "First assistance"),
        ["PracticalHelp"] = ("Aide pratique", "Practical help"),
        ["HearingPreparation"] = ("Préparation d'audition", "Hearing preparation"),
        ["SupportedReferral"] = ("Référence soutenue", "Supported referral"),
        ["SocialFunctioningAssessment"] = ("Évaluation du fonctionnement social", "Social functioning assessment"),
        ["InterdisciplinaryPlan"] = ("Plan d'intervention interdisciplinaire", "Interdisciplinary plan"),
        ["OfficerGuidanceCard"] = ("Fiche Info-social", "Officer guidance card"),
        ["ExpertAssessment"] = ("Expertise", "Expert assessment"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Returns the label of a code (an enum value's name); a code without a label is its own label.</summary>
    /// <param name="code">The code.</param>
    /// <param name="culture">French for <c>fr</c> and its regions, English otherwise.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Label(string code, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(culture);
        return Labels.TryGetValue(code, out var label) ? (FrenchCulture.Includes(culture) ? label.French : label.English) : code;
    }

    /// <summary>Returns the label of an enum value of the model.</summary>
    /// <param name="value">The value.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The label, or the value's name when it has none.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Label(Enum value, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Label(value.ToString(), culture);
    }
}
