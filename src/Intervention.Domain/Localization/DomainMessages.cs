using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Intervention.Domain.Localization;

/// <summary>
/// The French and English messages of the domain package, keyed by stable codes such as
/// <c>referral.received_in_future</c>. A culture falls back to its parent (<c>fr-CA</c> → <c>fr</c>) and
/// finally to English, as FluentValidation's <c>LanguageManager</c> does.
/// </summary>
/// <remarks>
/// Placeholders are written <c>{Name}</c>. <see cref="Format"/> fills those it is given; the validators
/// leave <c>{PropertyName}</c> and <c>{PropertyValue}</c> to FluentValidation. The table is immutable:
/// hosts translate further by code, they do not mutate the catalogue.
/// </remarks>
public static class DomainMessages
{
    private static readonly FrozenDictionary<string, (string French, string English)> Catalogue =
        new Dictionary<string, (string French, string English)>(StringComparer.Ordinal)
        {
            [DomainCodes.Required] = ("Ce champ est obligatoire.", "This field is required."),
            [DomainCodes.UnknownValue] = ("« {PropertyValue} » n'est pas une valeur connue.", "'{PropertyValue}' is not a known value."),
            [DomainCodes.TextTooLong] = ("Le texte ne doit pas dépasser {MaxLength} caractères.", "The text must not exceed {MaxLength} characters."),
            [DomainCodes.ReferralReceivedInFuture] = ("La date de réception de la saisine ({ReceivedOn}) est postérieure à la date du jour ({Today}).", "The referral's date received ({ReceivedOn}) is after today ({Today})."),
            [DomainCodes.ReferralChannelNotAllowed] = ("Le service « {Profile} » n'accepte pas le mode de saisine « {Channel} ».", "The service '{Profile}' does not accept the referral channel '{Channel}'."),
            [DomainCodes.ReferralChannelWrongForce] = ("Le mode de saisine « {Channel} » n'existe pas dans ce type de poste ({Force}).", "The referral channel '{Channel}' does not exist at this kind of post ({Force})."),
            [DomainCodes.ReferralReferrerMismatch] = ("L'origine « {Referrer} » ne correspond pas au mode de saisine « {Channel} ».", "The referrer '{Referrer}' does not match the referral channel '{Channel}'."),
            [DomainCodes.ReferralPartnerRequired] = ("Le type de partenaire est obligatoire pour une saisine par un partenaire.", "The partner kind is required for a partner referral."),
            [DomainCodes.ReferralPartnerNotExpected] = ("Un type de partenaire n'est attendu que pour une saisine par un partenaire.", "A partner kind is only expected for a partner referral."),
            [DomainCodes.JsonMalformed] = ("La demande ne peut pas être lue à cet endroit (ligne {Line}, position {Position}) : ce n'est pas du JSON, un champ inconnu, ou une valeur qui n'a pas le type ou le code attendu.", "The request cannot be read here (line {Line}, position {Position}): it is not JSON, an unknown field, or a value not of the type or code expected."),
            [DomainCodes.JsonInvalidText] = ("Le texte contient un caractère invalide (demi-paire de substitution) à la position {Offset}.", "The text holds an invalid character (a lone surrogate) at offset {Offset}."),
            [DomainCodes.JsonDuplicateProperty] = ("Le champ « {Field} » est présent plusieurs fois.", "The field '{Field}' appears more than once."),
            [DomainCodes.ParticipantAgeOutOfRange] = ("La date de naissance ({BirthDate}) donnerait plus de {MaxAge} ans à la date de la saisine.", "The birth date ({BirthDate}) would make the person older than {MaxAge} at the referral date."),
            [DomainCodes.ParticipantBirthDateAfterReferral] = ("La date de naissance ({BirthDate}) est postérieure à la date de la saisine ({ReceivedOn}).", "The birth date ({BirthDate}) is after the referral date ({ReceivedOn})."),
            [DomainCodes.ParticipantAgeUnknown] = ("Indiquez la date de naissance ou, à défaut, si la personne est mineure ou majeure.", "Give the birth date or, failing that, whether the person is a minor or an adult."),
            [DomainCodes.ParticipantAgeGroupContradicts] = ("La tranche d'âge déclarée ({Declared}) contredit la date de naissance ({Computed} à la date de la saisine).", "The declared age group ({Declared}) contradicts the birth date ({Computed} on the referral date)."),
            [DomainCodes.ParticipantRoleNotServed] = ("Le service « {Profile} » ne reçoit pas de personne ayant le rôle « {Role} ».", "The service '{Profile}' does not serve a person in the role '{Role}'."),
            [DomainCodes.ParticipantDuplicate] = ("La même personne figure plusieurs fois dans la situation.", "The same person appears more than once in the case."),
            [DomainCodes.CaseParticipantsEmpty] = ("Au moins une personne concernée est obligatoire.", "At least one person concerned is required."),
            [DomainCodes.CaseSituationsEmpty] = ("Au moins une situation est obligatoire.", "At least one situation is required."),
            [DomainCodes.CaseSituationNotServed] = ("Le service « {Profile} » ne prend pas en charge la situation « {Situation} ».", "The service '{Profile}' does not handle the situation '{Situation}'."),
            [DomainCodes.CaseDuplicateSituation] = ("La situation « {Situation} » est indiquée plusieurs fois.", "The situation '{Situation}' is listed more than once."),
            [DomainCodes.DateBeforeReferral] = ("La date ({Date}) est antérieure à la réception de la saisine ({ReceivedOn}).", "The date ({Date}) is before the referral was received ({ReceivedOn})."),
            [DomainCodes.DateInFuture] = ("La date ({Date}) est postérieure à la date du jour ({Today}).", "The date ({Date}) is after today ({Today})."),
            [DomainCodes.DateBeforePreviousEvent] = ("La date ({Date}) est antérieure au dernier événement de la situation ({Last}).", "The date ({Date}) is before the case's last event ({Last})."),
            [DomainCodes.ActionAdhesionRequired] = ("L'action « {Action} » exige la pleine adhésion de la personne, qui n'a pas été recueillie (R04).", "The action '{Action}' needs the person's full adhesion, which has not been given (R04)."),
            [DomainCodes.ActionNotAllowed] = ("Le service « {Profile} » ne propose pas l'action « {Action} ».", "The service '{Profile}' does not offer the action '{Action}'."),
            [DomainCodes.ActionPartnerRequired] = ("L'action « {Action} » doit nommer le type de partenaire.", "The action '{Action}' must name the partner kind."),
            [DomainCodes.ActionPartnerNotExpected] = ("L'action « {Action} » ne vise pas de partenaire.", "The action '{Action}' has no partner."),
            [DomainCodes.FirstContactNotInterview] = ("Le premier contact est un entretien (au bureau, à domicile, par téléphone ou sur place), pas « {Action} » (R33).", "The first contact is an interview (at the office, at home, by phone or on site), not '{Action}' (R33)."),
            [DomainCodes.ActionHasOwnStep] = ("L'action « {Action} » s'enregistre par son étape propre (orientation, référence soutenue, fiche Info-social).", "The action '{Action}' is recorded through its own step (orientation, supported referral, guidance card)."),
            [DomainCodes.EmailInvalid] = ("L'adresse électronique n'est pas valide.", "The e-mail address is not valid."),
            [DomainCodes.BirthDateInFuture] = ("La date de naissance ({BirthDate}) est dans le futur.", "The birth date ({BirthDate}) is in the future."),
            [DomainCodes.CaseInvalidTransition] = ("Impossible de « {Operation} » : la situation est à l'état « {State} ».", "Cannot '{Operation}': the case is '{State}'."),
            [DomainCodes.CaseClosed] = ("La situation est close.", "The case is closed."),
            [DomainCodes.CaseOutcomeNotForClosing] = ("L'issue « {Outcome} » ne s'enregistre pas par une clôture directe.", "The outcome '{Outcome}' is not recorded by closing directly."),
            [DomainCodes.CaseAdhesionAlreadyRecorded] = ("L'adhésion de la personne est déjà recueillie.", "The person's adhesion is already recorded."),
            [DomainCodes.GuidanceCardNotSupported] = ("Le service « {Profile} » n'établit pas de fiche Info-social.", "The service '{Profile}' does not issue officer guidance cards."),
            [DomainCodes.GuidanceCardAlreadyActive] = ("Une fiche Info-social est déjà active pour cette situation.", "An officer guidance card is already active for this case."),
            [DomainCodes.GuidanceCardNone] = ("Aucune fiche Info-social active pour cette situation.", "There is no active officer guidance card for this case."),
            [DomainCodes.GuidanceCardKeepsCaseOpen] = ("Une fiche Info-social active garde le dossier ouvert tant que la police peut rencontrer la personne : retirez-la d'abord (R36).", "An active officer guidance card keeps the case open while police may meet the person: withdraw it first (R36)."),
            [DomainCodes.GuidanceCardReviewOverdue] = ("La révision annuelle de la fiche Info-social était due le {Due} (R36).", "The officer guidance card's yearly review was due on {Due} (R36)."),
            [DomainCodes.AdmissibilityRequired] = ("La référence sociale doit être jugée admissible avant le premier contact (R32).", "The social referral must be found admissible before the first contact (R32)."),
            [DomainCodes.AdmissibilityNotApplicable] = ("Le service « {Profile} » n'applique pas de critères d'admissibilité.", "The service '{Profile}' applies no admissibility criteria."),
            [DomainCodes.AdmissibilityFindingsIncomplete] = ("Chacun des cinq critères d'admissibilité doit être évalué une fois, avec un motif (R32).", "Each of the five admissibility criteria must be assessed once, with a reason (R32)."),
            [DomainCodes.HouseholdCapacityConflict] = ("Ce ménage est déjà suivi au sein du poste à un autre titre ({Existing}) : pas d'intervention sous deux casquettes (R27).", "This household is already followed within the post in another capacity ({Existing}): no intervention under two hats (R27)."),
            [DomainCodes.PostForceNotAllowed] = ("Le service « {Profile} » ne s'exerce pas dans ce type de poste ({Force}).", "The service '{Profile}' does not work in this kind of post ({Force})."),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets every message code the package defines.</summary>
    public static IReadOnlyCollection<string> Codes => Catalogue.Keys;

    /// <summary>Returns the message template for a code in a culture, with its placeholders unfilled.</summary>
    /// <param name="code">A message code, see <see cref="DomainCodes"/>.</param>
    /// <param name="culture">The culture; <c>fr</c> and its regional variants get French, every other culture English.</param>
    /// <returns>The template.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a code of this package.</exception>
    public static string Template(string code, CultureInfo culture)
    {
        Preconditions.CheckNotNull(code);
        Preconditions.CheckNotNull(culture);
        if (!Catalogue.TryGetValue(code, out var entry))
        {
            throw new ArgumentException($"'{code}' is not a message code of Intervention.Domain.", nameof(code));
        }

        return FrenchCulture.Includes(culture) ? entry.French : entry.English;
    }

    // The operations a case refuses in its state, as the messages name them.
    private static readonly Dictionary<string, (string French, string English)> Operations = new(StringComparer.Ordinal)
    {
        ["assess admissibility"] = ("évaluer l'admissibilité", "assess admissibility"),
        ["close after a single interview"] = ("clore après un entretien unique", "close after a single interview"),
        ["close as completed"] = ("clore la situation comme achevée", "close as completed"),
        ["close as oriented"] = ("clore la situation comme orientée", "close as oriented"),
        ["orient the person"] = ("orienter la personne", "orient the person"),
        ["record a refusal"] = ("enregistrer un refus", "record a refusal"),
        ["record adhesion"] = ("enregistrer l'adhésion", "record adhesion"),
        ["record an action"] = ("enregistrer une action", "record an action"),
        ["record no response"] = ("enregistrer une absence de réponse", "record no response"),
        ["record the first contact"] = ("enregistrer le premier contact", "record the first contact"),
    };

    // Every value a message quotes, in the message's language: coded values by their label, dates and instants as the language writes
    // them, operations by their name in it; a long text is cut (a message never echoes a long input whole).
    private static string Text(string name, object? value, CultureInfo culture)
    {
        var french = FrenchCulture.Includes(culture);
        var dates = NodaTime.Text.LocalDatePattern.Create("d MMMM uuuu", french ? FrenchCulture.Culture : CultureInfo.GetCultureInfo("en-GB"));
        var text = value switch
        {
            Enum coded => DomainLabels.Label(coded, culture),
            NodaTime.LocalDate date => dates.Format(date),
            NodaTime.Instant instant => dates.Format(instant.InUtc().Date) + " " + NodaTime.Text.LocalTimePattern.Create("HH:mm", CultureInfo.InvariantCulture).Format(instant.InUtc().TimeOfDay) + " UTC",
            string operation when name == "Operation" && Operations.TryGetValue(operation, out var translated) => french ? translated.French : translated.English,
            _ => Convert.ToString(value, culture) ?? string.Empty,
        };
        return Excerpts.Cut(text);
    }

    /// <summary>Returns the message for a code in a culture with the given placeholders filled; others are left as they are.</summary>
    /// <param name="code">A message code, see <see cref="DomainCodes"/>.</param>
    /// <param name="culture">The culture to translate into.</param>
    /// <param name="arguments">Values by placeholder name; may be <see langword="null"/>.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a code of this package.</exception>
    public static string Format(string code, CultureInfo culture, IReadOnlyDictionary<string, object?>? arguments)
    {
        var template = Template(code, culture);
        if (arguments is null || arguments.Count == 0)
        {
            return template;
        }

        var builder = new StringBuilder(template);
        foreach (var (name, value) in arguments)
        {
            builder.Replace("{" + name + "}", Text(name, value, culture));
        }

        return builder.ToString();
    }
}
