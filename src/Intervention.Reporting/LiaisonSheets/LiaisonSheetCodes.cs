using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Intervention.Reporting.LiaisonSheets;

/// <summary>The stable codes of liaison-sheet refusals, with their French and English messages (fr-CA falls back to fr).</summary>
public static class LiaisonSheetCodes
{
    /// <summary>The disclosure decision refuses the sheet (no consent, no legal basis).</summary>
    public const string DecisionRefuses = "liaison.decision_refuses";

    /// <summary>The consent the decision relied on had expired at the instant the document was built or sent (argument: the expiry).</summary>
    public const string ConsentExpired = "liaison.consent_expired";

    /// <summary>The consent the decision relied on had been withdrawn at the instant the document was built or sent (argument: the withdrawal).</summary>
    public const string ConsentWithdrawn = "liaison.consent_withdrawn";

    /// <summary>The consent the decision relied on was given after the instant the document was built or sent (argument: when it was given).</summary>
    public const string ConsentNotYetGiven = "liaison.consent_not_yet_given";

    /// <summary>No consent names the partner, or the consent the decision relied on is not among the person's consents as they stand now.</summary>
    public const string ConsentMissing = "liaison.consent_missing";

    /// <summary>The decision was taken for an act on another day than the one the document is built or sent on (arguments: the date of
    /// the act, the day of building or sending): the law in force and the consents are those of the day, so a new decision is needed.</summary>
    public const string DecisionOfAnotherDate = "liaison.decision_of_another_date";

    /// <summary>What the builder was given does not make a valid document (an empty text, an e-mail that is not one, an empty
    /// identifier, an undefined code, dates out of order): the problems say which field, as the document's reader would.</summary>
    public const string InvalidContent = "liaison.invalid_content";

    /// <summary>A child at risk: the matter goes to the CRIP as worrying information, not on a liaison sheet (R21).</summary>
    public const string ChildAtRiskRedirect = "liaison.child_at_risk_redirect";

    /// <summary>The conjugal-violence protocol file leaves only if the woman chose it (R22).</summary>
    public const string ProtocolFileNotChosen = "liaison.protocol_file_not_chosen";

    /// <summary>The decision was not asked for a liaison sheet (recipient or purpose differ).</summary>
    public const string DecisionMismatch = "liaison.decision_mismatch";

    /// <summary>The person has not been told what is sent and has not validated it (R21, R34).</summary>
    public const string NotValidatedWithPerson = "liaison.not_validated_with_person";

    /// <summary>Worrying information needs a decision to transmit to the CRIP (CASF L.226-2-1).</summary>
    public const string ChildProtectionDecisionRequired = "ip.decision_required";

    /// <summary>The parents must be told beforehand unless that is against the child's interest (CASF L.226-2-1).</summary>
    public const string ParentsNotInformed = "ip.parents_not_informed";

    /// <summary>Worrying information concerns at least one minor of the case.</summary>
    public const string NoMinor = "ip.no_minor";

    /// <summary>An operation the sheet's lifecycle does not allow in its state.</summary>
    public const string InvalidTransition = "liaison.invalid_transition";

    private static readonly FrozenDictionary<string, (string French, string English)> Messages = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        [DecisionRefuses] = ("La décision de partage refuse la fiche de liaison : ni consentement ni base légale.", "The disclosure decision refuses the liaison sheet: no consent and no legal basis."),
        [ConsentExpired] = ("Le consentement sur lequel repose la décision a expiré le {0} : le document ne peut pas partir.", "The consent the decision rests on expired on {0}: the document cannot leave."),
        [ConsentWithdrawn] = ("Le consentement sur lequel repose la décision a été retiré le {0} : le document ne peut pas partir.", "The consent the decision rests on was withdrawn on {0}: the document cannot leave."),
        [ConsentNotYetGiven] = ("Le consentement sur lequel repose la décision n'a été donné que le {0}.", "The consent the decision rests on was given only on {0}."),
        [ConsentMissing] = ("Aucun consentement de la personne, tel qu'il est aujourd'hui, ne désigne ce partenaire.", "No consent of the person, as it stands now, names this partner."),
        [DecisionOfAnotherDate] = ("La décision a été prise pour un acte du {0}, pas du {1} : une nouvelle décision est nécessaire.", "The decision was taken for an act on {0}, not on {1}: a new decision is needed."),
        [InvalidContent] = ("Le contenu donné ne fait pas un document valide : voir les problèmes de chaque champ.", "What was given does not make a valid document: see each field's problems."),
        [ChildAtRiskRedirect] = ("Un enfant en danger ou en risque de l'être : transmettre une information préoccupante à la CRIP, pas une fiche de liaison (R21).", "A child in danger or at risk: send worrying information to the CRIP, not a liaison sheet (R21)."),
        [ProtocolFileNotChosen] = ("Le dossier du protocole violences conjugales n'est transmis que si la femme le choisit (R22).", "The conjugal-violence protocol file is sent only if the woman chooses (R22)."),
        [DecisionMismatch] = ("La décision ne porte pas sur une fiche de liaison vers un service social partenaire.", "The decision is not about a liaison sheet to a partner social service."),
        [NotValidatedWithPerson] = ("La personne doit savoir ce qui est transmis et le valider avant l'envoi (R21, R34).", "The person must know what is sent and validate it before sending (R21, R34)."),
        [ChildProtectionDecisionRequired] = ("L'information préoccupante suppose une décision de transmission à la CRIP (CASF L.226-2-1).", "Worrying information needs a decision to transmit to the CRIP (CASF L.226-2-1)."),
        [ParentsNotInformed] = ("Les parents doivent être informés au préalable, sauf si c'est contraire à l'intérêt de l'enfant (CASF L.226-2-1).", "The parents must be told beforehand unless that is against the child's interest (CASF L.226-2-1)."),
        [NoMinor] = ("L'information préoccupante concerne au moins un mineur de la situation.", "Worrying information concerns at least one minor of the case."),
        [InvalidTransition] = ("Cette étape n'est pas possible dans l'état actuel de la fiche.", "This step is not possible in the sheet's current state."),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Returns the message of a code.</summary>
    /// <param name="code">A code of this class.</param>
    /// <param name="culture">French for <c>fr</c> and its regions, English otherwise.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentException">The code is unknown.</exception>
    public static string Message(string code, CultureInfo culture) => Message(code, culture, []);

    /// <summary>Returns the message of a code, quoting values formatted in the culture (instants and dates as the culture writes them, in UTC).</summary>
    /// <param name="code">A code of this class.</param>
    /// <param name="culture">French for <c>fr</c> and its regions, English otherwise.</param>
    /// <param name="arguments">The values the message quotes.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentException">The code is unknown.</exception>
    public static string Message(string code, CultureInfo culture, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(arguments);
        if (code is null || !Messages.TryGetValue(code, out var message))
        {
            throw new ArgumentException($"'{code}' is not a liaison-sheet code.", nameof(code));
        }

        var french = FrenchCulture.Includes(culture);
        var text = french ? message.French : message.English;
        return arguments.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, arguments.Select(a => Texts.Format(a, french)).ToArray());
    }
}

/// <summary>A refused step of a liaison sheet's lifecycle, with its code and the rule behind it.</summary>
public sealed class LiaisonSheetException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">A code of <see cref="LiaisonSheetCodes"/>.</param>
    /// <param name="ruleId">The rule (for example <c>R21</c>), if any.</param>
    public LiaisonSheetException(string code, string? ruleId)
        : this(code, ruleId, [])
    {
    }

    /// <summary>Creates the exception with the values its message quotes.</summary>
    /// <param name="code">A code of <see cref="LiaisonSheetCodes"/>.</param>
    /// <param name="ruleId">The rule (for example <c>R21</c>), if any.</param>
    /// <param name="arguments">The values the message quotes (instants, dates).</param>
    public LiaisonSheetException(string code, string? ruleId, IReadOnlyList<object?> arguments)
        : base(LiaisonSheetCodes.Message(code, CultureInfo.InvariantCulture, [.. arguments ?? []]))
    {
        Code = code;
        RuleId = ruleId;
        Arguments = [.. arguments ?? []];
    }

    /// <summary>Gets the values the message quotes (for example the instant a consent was withdrawn).</summary>
    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>Returns the message in a language (the exception's own <see cref="Exception.Message"/> is in English).</summary>
    /// <param name="culture">French for <c>fr</c> and its regions, English otherwise.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string MessageIn(CultureInfo culture) => LiaisonSheetCodes.Message(Code, culture, [.. Arguments]);

    /// <summary>Gets the code.</summary>
    public string Code { get; }

    /// <summary>Gets the rule, if any.</summary>
    public string? RuleId { get; }
}
