using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace Intervention.Reporting.Documents;

/// <summary>The titles and descriptions of the documents' fields, in French (fr, with Québec wording for fr-CA) and English.</summary>
/// <remarks>
/// A field is looked up by <c>document:path</c>, then by its path (<c>toCall.role</c>), then by its name (<c>role</c>); the
/// schema exporter refuses to publish a field without a text, so a new field cannot ship untitled.
/// </remarks>
internal static class DocumentTexts
{
    internal readonly record struct Text(string FrenchTitle, string FrenchDescription, string EnglishTitle, string EnglishDescription);

    private static readonly FrozenDictionary<string, Text> Texts = new Dictionary<string, Text>(StringComparer.Ordinal)
    {
        // Documents.
        ["liaison-sheet:"] = new("Fiche de liaison vers un service social partenaire", "Rédigée en accord et en toute transparence avec la personne, qui sait et valide ce qui est transmis (R21, R34). Ne contient que ce que la décision de partage autorise.", "Liaison sheet to a partner social service", "Written with the person, who knows and validates what is sent (R21, R34). Holds only what the disclosure decision allows."),
        ["officer-referral:"] = new("Fiche de liaison gendarmes/policiers vers l'intervenant social", "Une saisine de l'intervenant social par un policier ou un gendarme (R20).", "Officer-to-worker liaison sheet", "A referral of a situation to the social worker by an officer (R20)."),
        ["quebec-social-referral:"] = new("Référence sociale", "Référence d'une situation au coordonnateur psychosocial par un policier, un préposé 911 ou un partenaire, avec l'évaluation des cinq critères d'admissibilité (R30–R32).", "Social referral (Québec)", "A referral to the police psychosocial coordinator by an officer, a 911 dispatcher or a partner, with the five admissibility criteria assessed (R30–R32)."),
        ["quebec-officer-guidance-card:"] = new("Fiche Info-social", "Guide des policiers pour intervenir auprès de la personne ; révisée chaque année (R36).", "Officer guidance card (Québec)", "Guidance for officers intervening with the person; reviewed every year (R36)."),
        ["crip-information-preoccupante:"] = new("Information préoccupante à la CRIP", "Transmission à la cellule départementale de recueil des informations préoccupantes (CASF L.226-2-1) : la voie d'un enfant en danger ou en risque de l'être, à la place d'une fiche de liaison (R21).", "Worrying information to the CRIP", "Transmission to the département's child-protection referral unit (CASF L.226-2-1): the channel for a child in danger or at risk, instead of a liaison sheet (R21)."),

        // Shared.
        ["schemaId"] = new("Identifiant du schéma", "L'identifiant canonique et la version du schéma que suit ce document.", "Schema id", "The canonical id and version of the schema this document follows."),
        ["status"] = new("État", "L'étape du cycle de la fiche : brouillon, validée avec la personne, envoyée, acceptée ou refusée, close.", "Status", "The sheet's lifecycle step: draft, validated with the person, sent, accepted or declined, closed."),
        ["sheetId"] = new("Identifiant de la fiche", "Identifiant unique de la fiche.", "Sheet id", "The sheet's unique identifier."),
        ["reportId"] = new("Identifiant de l'information préoccupante", "Identifiant unique du document.", "Report id", "The document's unique identifier."),
        ["caseId"] = new("Identifiant du dossier", "Identifiant du dossier auquel la fiche se rattache.", "Case id", "The identifier of the case the card belongs to."),
        ["personId"] = new("Identifiant de la personne", "Identifiant de la personne dans le logiciel de l'unité.", "Person id", "The person's identifier in the unit's software."),
        ["writtenAt"] = new("Rédigée le", "Date et heure de rédaction.", "Written at", "When it was written."),
        ["writtenOn"] = new("Date de rédaction", "Date de rédaction.", "Written on", "The date it was written."),
        ["name"] = new("Nom", "Nom et prénom.", "Name", "Full name."),
        ["service"] = new("Service", "Service et poste de l'intervenant.", "Service", "The worker's service and post."),
        ["phone"] = new("Téléphone", "Numéro de téléphone.", "Phone", "Phone number."),
        ["email"] = new("Adresse électronique", "Adresse électronique professionnelle.", "E-mail", "Professional e-mail address."),
        ["familyName"] = new("Nom de famille", "Nom de famille.", "Family name", "Family name."),
        ["givenNames"] = new("Prénoms", "Prénoms.", "Given names", "Given names."),
        ["address"] = new("Adresse", "Adresse postale.", "Address", "Postal address."),
        ["birthDate"] = new("Date de naissance", "Date de naissance, si elle est connue.", "Birth date", "Birth date, when known."),

        // Liaison sheet.
        ["partner"] = new("Partenaire destinataire", "Le type de service vers lequel la personne est orientée.", "Receiving partner", "The kind of service the person is oriented to."),
        ["sender"] = new("Expéditeur", "Coordonnées professionnelles de l'intervenant social qui envoie la fiche.", "Sender", "The professional contact of the social worker who sends the sheet."),
        ["person"] = new("Personne orientée", "Coordonnées de la personne ; présentes seulement si la décision autorise l'identité (et les coordonnées).", "Person oriented", "The person's contact; present only when the decision allows identity (and contact details)."),
        ["person.phone"] = new("Téléphone de la personne", "Présent seulement si la décision autorise les coordonnées.", "Person's phone", "Present only when the decision allows contact details."),
        ["person.address"] = new("Adresse de la personne", "Présente seulement si la décision autorise les coordonnées.", "Person's address", "Present only when the decision allows contact details."),
        ["reasons"] = new("Motifs de l'orientation", "Les motifs codés de l'orientation (au moins un).", "Reasons for the orientation", "The coded reasons for the orientation (at least one)."),
        ["details"] = new("Précisions", "Précisions sur la situation ; présentes seulement si la décision autorise les faits.", "Details", "Details of the situation; present only when the decision allows the facts."),
        ["problems"] = new("Problématiques", "Les problématiques de la situation ; présentes seulement si la décision autorise un résumé de la situation. Un enfant en danger passe par une information préoccupante (R21).", "Problems", "The situation's problems; present only when the decision allows a summary. A child at risk goes through worrying information (R21)."),
        ["profile"] = new("Profil", "Rôle et âge (mineur ou majeur) des personnes concernées ; présent seulement si la décision autorise le contexte familial.", "Profile", "Role and age group of the people concerned; present only when the decision allows the family context."),
        ["role"] = new("Rôle", "Le rôle de la personne dans la situation.", "Role", "The person's part in the situation."),
        ["ageGroup"] = new("Mineur ou majeur", "Mineur ou majeur.", "Minor or adult", "Minor or adult."),
        ["decision"] = new("Décision de partage", "La décision sous laquelle le document a été produit : jamais un refus.", "Disclosure decision", "The decision the document was produced under: never a refusal."),
        ["outcome"] = new("Issue", "Ce que la décision permet ou impose.", "Outcome", "What the decision allows or requires."),
        ["bases"] = new("Fondements", "Les textes qui fondent la décision : code, article, alinéa et version en vigueur.", "Legal bases", "The texts the decision rests on: code, article, paragraph and the version in force."),
        ["consent"] = new("Consentement", "Le consentement sur lequel repose la décision : présent exactement quand elle repose sur un consentement.", "Consent", "The consent the decision rests on: present exactly when it rests on one."),
        ["decision.consent.purpose"] = new("Objet du consentement", "Ce à quoi la personne a consenti.", "Purpose of the consent", "What the person consented to."),
        ["givenBy"] = new("Donné par", "Qui a donné le consentement.", "Given by", "Who gave the consent."),
        ["form"] = new("Forme", "Comment le consentement a été exprimé.", "Form", "How the consent was expressed."),
        ["givenAt"] = new("Donné le", "Date et heure du consentement.", "Given at", "When the consent was given."),
        ["expiresAt"] = new("Valable jusqu'au", "Date et heure où le consentement prend fin, s'il a une durée.", "Valid until", "When the consent lapses, if it has a duration."),
        ["dateOfAct"] = new("Date de l'acte", "La date à laquelle la décision a été prise.", "Date of the act", "The date the decision was made."),
        ["allowedData"] = new("Données autorisées", "Les catégories de données que la décision autorise, strictement nécessaires.", "Allowed data", "The categories of data the decision allows, strictly necessary."),
        ["validatedWithPersonAt"] = new("Validée avec la personne le", "Quand la personne a su ce qui est transmis et l'a validé (R21, R34) ; obligatoire avant l'envoi.", "Validated with the person at", "When the person was told what is sent and validated it (R21, R34); required before sending."),
        ["sentAt"] = new("Envoyée le", "Quand la fiche a été envoyée.", "Sent at", "When the sheet was sent."),
        ["answeredAt"] = new("Réponse du partenaire le", "Quand le partenaire a accepté ou refusé l'orientation.", "Answered at", "When the partner accepted or declined."),
        ["declineReason"] = new("Motif du refus", "Pourquoi le partenaire refuse l'orientation.", "Reason for declining", "Why the partner declines the orientation."),
        ["feedback"] = new("Retour du partenaire", "Le retour du partenaire, qui permet de vérifier la pertinence de l'orientation.", "Partner's feedback", "The partner's feedback, which lets the worker check the orientation was right."),
        ["closedAt"] = new("Close le", "Quand la fiche a été close.", "Closed at", "When the sheet was closed."),

        // Officer referral.
        ["unit"] = new("Unité", "La brigade ou le commissariat de l'agent.", "Unit", "The officer's brigade or station."),
        ["officer-referral:role"] = new("Qualité de la personne", "Victime, mis en cause, témoin…", "Person's role", "Victim, alleged perpetrator, witness…"),
        ["declaredAgeGroup"] = new("Mineur ou majeur", "Obligatoire quand la date de naissance n'est pas connue.", "Minor or adult", "Required when the birth date is unknown."),
        ["situations"] = new("Situations", "Les situations constatées.", "Situations", "The situations seen."),
        ["personAgreesToBeContacted"] = new("Accord pour être contacté", "La personne accepte que l'intervenant social la contacte ; son adhésion sera recueillie au premier contact.", "Agrees to be contacted", "The person agrees that the social worker contact them; their adhesion is recorded at the first contact."),

        // Québec social referral.
        ["source"] = new("Source de la référence", "Un policier, un préposé 911 ou un partenaire (R30).", "Referral source", "An officer, a 911 dispatcher or a partner (R30)."),
        ["quebec-social-referral:partner"] = new("Partenaire référent", "Obligatoire quand la référence vient d'un partenaire.", "Referring partner", "Required when a partner refers."),
        ["receivedOn"] = new("Reçue le", "Date de réception de la référence.", "Received on", "The date the referral was received."),
        ["quebec-social-referral:situations"] = new("Situations", "Les situations de la clientèle visée (R31).", "Situations", "The situations of the target clientele (R31)."),
        ["findings"] = new("Critères d'admissibilité", "Chacun des cinq critères évalué une fois, avec sa justification ; au moins un doit être rempli (R32).", "Admissibility criteria", "Each of the five criteria assessed once, with its reason; at least one must be met (R32)."),
        ["criterion"] = new("Critère", "Le critère évalué.", "Criterion", "The criterion assessed."),
        ["met"] = new("Rempli", "Le critère est-il rempli ?", "Met", "Whether the criterion is met."),
        ["reason"] = new("Justification", "Pourquoi le critère est, ou n'est pas, rempli.", "Reason", "Why the criterion is met, or not."),

        // Québec officer guidance card.
        ["particulars"] = new("Particularités", "Les particularités de la personne utiles aux interventions policières.", "Particulars", "The person's particulars relevant to police interventions."),
        ["toFavour"] = new("Interventions à privilégier", "Au moins une.", "Interventions to favour", "At least one."),
        ["toAvoid"] = new("Interventions à éviter", "Les interventions à éviter.", "Interventions to avoid", "The interventions to avoid."),
        ["toCall"] = new("Personnes à contacter", "Proches ou professionnels que les policiers peuvent appeler.", "People to call", "Relatives or professionals officers may call."),
        ["toCall.name"] = new("Nom", "Nom de la personne à contacter.", "Name", "The name of the person to call."),
        ["toCall.role"] = new("Lien", "Proche, psychiatre, intervenant communautaire…", "Relationship", "Relative, psychiatrist, community worker…"),
        ["toCall.phone"] = new("Téléphone", "Numéro où la joindre.", "Phone", "The number to call."),
        ["tolerance"] = new("Niveau de tolérance", "Le niveau de tolérance à préconiser en cas d'infraction.", "Tolerance level", "The tolerance advised if an offence occurs."),
        ["release"] = new("Mode de libération", "Le mode de libération à préconiser en cas d'infraction.", "Release mode", "The release mode advised if an offence occurs."),
        ["lastReviewedOn"] = new("Dernière révision", "Date de la dernière révision de la fiche.", "Last reviewed on", "The date of the card's last review."),
        ["nextReviewDue"] = new("Prochaine révision", "Un an après la dernière révision (R36).", "Next review due", "One year after the last review (R36)."),
        ["basedOnPoliceInterventionsOnly"] = new("Fondée sur les seules interventions policières", "La personne a refusé ou n'a pas répondu : les recommandations reposent sur les interventions policières passées (R35).", "Based on police interventions only", "The person refused or did not answer: the advice rests on past police interventions (R35)."),

        // Worrying information.
        ["author"] = new("Auteur", "Coordonnées professionnelles de l'auteur.", "Author", "The author's professional contact."),
        ["minors"] = new("Mineurs concernés", "Chaque mineur concerné.", "Minors concerned", "Each minor concerned."),
        ["parents"] = new("Parents", "Les parents ou titulaires de l'autorité parentale.", "Parents", "The parents or guardians."),
        ["facts"] = new("Faits", "Les faits, datés, et les propos de l'enfant (au moins un).", "Facts", "The facts, dated, and the child's own words (at least one)."),
        ["on"] = new("Date", "Date des faits.", "Date", "When it happened."),
        ["description"] = new("Description", "Ce qui s'est passé.", "Description", "What happened."),
        ["childWords"] = new("Propos de l'enfant", "Les propos de l'enfant, rapportés tels quels.", "Child's words", "The child's own words, as said."),
        ["familyContext"] = new("Contexte familial", "Le contexte familial.", "Family context", "The family context."),
        ["parentsInformedBeforehand"] = new("Parents informés au préalable", "Les parents ont été informés de la transmission, sauf intérêt contraire de l'enfant (CASF L.226-2-1).", "Parents told beforehand", "The parents were told of the transmission, unless against the child's interest (CASF L.226-2-1)."),
        ["parentsNotInformedReason"] = new("Pourquoi les parents n'ont pas été informés", "Obligatoire quand ils ne l'ont pas été : en quoi les informer serait contraire à l'intérêt de l'enfant.", "Why the parents were not told", "Required when they were not: why telling them would be against the child's interest."),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Québec wording where it differs from France's.
    private static readonly FrozenDictionary<string, (string Title, string Description)> CanadianFrench = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["email"] = ("Courriel", "Adresse de courriel professionnelle."),
        ["phone"] = ("Numéro de téléphone", "Numéro de téléphone."),
        ["unit"] = ("Unité", "Le poste de police ou l'unité de l'agent."),
        ["liaison-sheet:"] = ("Fiche de liaison vers un organisme partenaire", "Rédigée avec la personne, qui sait et valide ce qui est transmis (R21, R34). Ne contient que ce que la décision de communication autorise."),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Finds the title and description of a field for a language (<c>fr</c>, <c>fr-CA</c>, <c>en</c>).</summary>
    /// <exception cref="InvalidOperationException">The field has no text: a defect, caught by the schema tests.</exception>
    internal static (string Title, string Description) For(string document, string path, string language)
    {
        var name = path[(path.LastIndexOf('.') + 1)..];
        string[] keys = path.Length == 0 ? [document + ":"] : [$"{document}:{path}", path, $"{document}:{name}", name];
        foreach (var key in keys)
        {
            if (language == "fr-CA" && CanadianFrench.TryGetValue(key, out var canadian))
            {
                return canadian;
            }

            if (Texts.TryGetValue(key, out var text))
            {
                return language == "en" ? (text.EnglishTitle, text.EnglishDescription) : (text.FrenchTitle, text.FrenchDescription);
            }
        }

        throw new InvalidOperationException($"The field '{path}' of '{document}' has no title.");
    }
}
