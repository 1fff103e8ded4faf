using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FluentValidation;
using Intervention.Confidentiality.Disclosure;
using Intervention.Domain.Admissibility;
using Intervention.Domain.Cases;
using Intervention.Domain.Referrals;
using Intervention.Reporting.LiaisonSheets;
using NodaTime;

namespace Intervention.Reporting.Documents;

/// <summary>The stable codes of document validation, shared by every document validator; messages in French and English.</summary>
public static class DocumentCodes
{
    /// <summary>The text holds a lone surrogate at an offset (argument 0): it is not Unicode text, so not JSON.</summary>
    public const string InvalidText = "document.invalid_text";

    /// <summary>The JSON cannot be read: not JSON, a wrong type, an unknown code (arguments: the line and the position in it).</summary>
    public const string Malformed = "document.malformed";

    /// <summary>A property the document's schema does not have (nothing the caller sends is silently dropped).</summary>
    public const string UnknownProperty = "document.unknown_property";

    /// <summary>An optional property was sent as <c>null</c>: omit it instead.</summary>
    public const string NullValue = "document.null_value";

    /// <summary>A required field is missing, a text is blank (it holds no visible character) or an identifier is empty.</summary>
    public const string Required = "document.required";

    /// <summary>A text is longer than allowed.</summary>
    public const string TooLong = "document.too_long";

    /// <summary>A list has fewer items than required.</summary>
    public const string TooFew = "document.too_few";

    /// <summary>A list has more items than allowed.</summary>
    public const string TooMany = "document.too_many";

    /// <summary>A list repeats an item.</summary>
    public const string Duplicate = "document.duplicate";

    /// <summary>A coded value is not allowed in this field.</summary>
    public const string ValueNotAllowed = "document.value_not_allowed";

    /// <summary>An e-mail address is not valid.</summary>
    public const string InvalidEmail = "document.invalid_email";

    /// <summary>The document names another schema (or version) than the one it is checked against.</summary>
    public const string SchemaMismatch = "document.schema_mismatch";

    /// <summary>A liaison sheet past "draft" without the instant the person validated it (R21, R34).</summary>
    public const string NotValidatedWithPerson = LiaisonSheetCodes.NotValidatedWithPerson;

    /// <summary>A lifecycle date required by the sheet's state is missing (sent, answered, closed) or a decline has no reason.</summary>
    public const string LifecycleIncomplete = "liaison.lifecycle_incomplete";

    /// <summary>A child at risk on a liaison sheet: the matter goes to the CRIP as worrying information (R21).</summary>
    public const string ChildAtRiskRedirect = LiaisonSheetCodes.ChildAtRiskRedirect;

    /// <summary>A field is present that the cited decision does not allow.</summary>
    public const string NotAllowedByDecision = "liaison.not_allowed_by_decision";

    /// <summary>The cited decision refuses disclosure: no document can be built from it.</summary>
    public const string DecisionRefuses = LiaisonSheetCodes.DecisionRefuses;

    /// <summary>A date or an instant outside the years a document can mention (1900 to 2199).</summary>
    public const string DateOutOfRange = "document.date_out_of_range";

    /// <summary>A date or an instant after the instant the document is checked at (the <c>asOf</c> given to the reader, or the instant a builder writes it).</summary>
    public const string InTheFuture = "document.in_the_future";

    /// <summary>A step recorded before the step it follows (written ≤ validated ≤ sent ≤ answered ≤ closed; a consent before the sheet written on it; a fact before its report).</summary>
    public const string OutOfOrder = "document.out_of_order";

    /// <summary>A birth date that disagrees with minor or adult on the document's date (a minor is under 18 on it).</summary>
    public const string AgeGroupMismatch = "document.age_group_mismatch";

    /// <summary>The same property twice in one JSON object (the reader never lets the last one silently win).</summary>
    public const string DuplicateProperty = "document.duplicate_property";

    /// <summary>A decision resting on consent cites no consent, or a decision resting on the law cites one.</summary>
    public const string ConsentCitation = "document.consent_citation";

    /// <summary>The sheet was sent, or the decision's consent is cited, after the consent lapsed.</summary>
    public const string ConsentLapsed = "document.consent_lapsed";

    /// <summary>A partner refers and the partner kind is missing.</summary>
    public const string PartnerRequired = "referral.partner_required";

    /// <summary>The person's birth date is unknown and minor/adult is not declared.</summary>
    public const string AgeGroupRequired = "referral.age_group_required";

    /// <summary>The parents were not told beforehand and the document does not say why (CASF L.226-2-1).</summary>
    public const string ParentsNotInformedReasonRequired = "ip.parents_not_informed_reason_required";

    /// <summary>A card's next review is not one year after its last (R36).</summary>
    public const string NextReviewMismatch = "card.next_review_mismatch";

    /// <summary>Gets the codes of the rules no JSON Schema can state, which only the validators check: a guidance card's next review one
    /// year after its last, and its review overdue on a date (R36). On every other rule the schemas and the validators agree.</summary>
    /// <remarks>Also the rules of time (<see cref="InTheFuture"/>, <see cref="OutOfOrder"/>, <see cref="AgeGroupMismatch"/>,
    /// <see cref="ConsentLapsed"/>), which compare two values, and <see cref="DuplicateProperty"/>, which a schema cannot see in a parsed value.</remarks>
    public static IReadOnlyList<string> NotExpressibleInSchema { get; } =
        Array.AsReadOnly([NextReviewMismatch, LiaisonSheets.OfficerGuidanceCardValidator.ReviewOverdue, InTheFuture, OutOfOrder, AgeGroupMismatch, ConsentLapsed, DuplicateProperty]);

    private static readonly Dictionary<string, (string French, string English)> Messages = new(StringComparer.Ordinal)
    {
        [Malformed] = ("Le document ne peut pas être lu à cet endroit (ligne {0}, position {1}) : ce n'est pas du JSON, ou la valeur n'a pas le type ou le code attendu.", "The document cannot be read here (line {0}, position {1}): it is not JSON, or the value is not of the type or code expected."),
        [InvalidText] = ("Le texte contient un caractère invalide (demi-paire de substitution) à la position {0}.", "The text holds an invalid character (a lone surrogate) at offset {0}."),
        [UnknownProperty] = ("Le champ « {0} » n'existe pas dans ce document.", "The field '{0}' does not exist in this document."),
        [NullValue] = ("Une valeur facultative est omise, jamais null.", "An optional value is omitted, never null."),
        [Required] = ("Ce champ est obligatoire.", "This field is required."),
        [TooLong] = ("Ce texte dépasse {0} caractères.", "This text is longer than {0} characters."),
        [TooFew] = ("Il faut au moins {0} élément(s).", "At least {0} item(s) are required."),
        [TooMany] = ("Il faut au plus {0} élément(s).", "At most {0} item(s) are allowed."),
        [Duplicate] = ("Un élément est répété.", "An item is repeated."),
        [ValueNotAllowed] = ("La valeur « {0} » n'est pas admise ici.", "The value '{0}' is not allowed here."),
        [InvalidEmail] = ("L'adresse électronique n'est pas valide.", "The e-mail address is not valid."),
        [SchemaMismatch] = ("Le document suit le schéma « {0} », attendu « {1} ».", "The document follows schema '{0}', expected '{1}'."),
        [LifecycleIncomplete] = ("L'état « {0} » de la fiche exige ce champ.", "The sheet's status '{0}' requires this field."),
        [NotAllowedByDecision] = ("La décision citée n'autorise pas « {0} » : ce champ ne peut pas être transmis.", "The cited decision does not allow '{0}': this field cannot be sent."),
        [DecisionRefuses] = ("La décision citée refuse la transmission.", "The cited decision refuses disclosure."),
        [DateOutOfRange] = ("Cette date n'est pas entre {0} et {1}.", "This date is not between {0} and {1}."),
        [InTheFuture] = ("Cette date ({0}) est postérieure au moment de la vérification ({1}).", "This date ({0}) is after the time of the check ({1})."),
        [OutOfOrder] = ("Cette date précède celle du champ « {0} », qu'elle doit suivre.", "This date comes before the field '{0}', which it must follow."),
        [AgeGroupMismatch] = ("La date de naissance ne correspond pas à « {0} » à la date du document.", "The birth date does not agree with '{0}' on the document's date."),
        [DuplicateProperty] = ("Le champ « {0} » est présent plusieurs fois.", "The field '{0}' appears more than once."),
        [ConsentCitation] = ("Une décision fondée sur le consentement cite ce consentement, et seulement elle.", "A decision resting on consent cites that consent, and only such a decision does."),
        [ConsentLapsed] = ("Le consentement cité a pris fin le {0}, avant cette étape.", "The consent cited lapsed on {0}, before this step."),
        [PartnerRequired] = ("Le type de partenaire est obligatoire quand un partenaire réfère (R30).", "The partner kind is required when a partner refers (R30)."),
        [AgeGroupRequired] = ("Sans date de naissance, indiquez si la personne est mineure ou majeure.", "Without a birth date, say whether the person is a minor or an adult."),
        [ParentsNotInformedReasonRequired] = ("Les parents n'ont pas été informés au préalable : dites en quoi ce serait contraire à l'intérêt de l'enfant (CASF L.226-2-1).", "The parents were not told beforehand: say why that would be against the child's interest (CASF L.226-2-1)."),
        [NextReviewMismatch] = ("La prochaine révision est due un an après la dernière, le {0} (R36).", "The next review is due one year after the last, on {0} (R36)."),
    };

    /// <summary>Returns the message of a code in a culture (French for <c>fr</c> and its regions, English otherwise).</summary>
    /// <param name="code">A code of this class, of <see cref="LiaisonSheetCodes"/> or of the Québec validators.</param>
    /// <param name="culture">The culture.</param>
    /// <param name="arguments">The values the message quotes.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentException">The code has no message.</exception>
    public static string Message(string code, CultureInfo culture, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (code is NotValidatedWithPerson or ChildAtRiskRedirect)
        {
            // The same rule as the builder's refusal, in the same words.
            return LiaisonSheetCodes.Message(code, culture);
        }

        if (code is null || !Messages.TryGetValue(code, out var message))
        {
            throw new ArgumentException($"'{code}' is not a document code.", nameof(code));
        }

        var french = FrenchCulture.Includes(culture);
        return string.Format(CultureInfo.InvariantCulture, french ? message.French : message.English, Array.ConvertAll(arguments ?? [], a => (object)LiaisonSheets.Texts.Format(a, french)));
    }
}

/// <summary>Checks shared by the document validators; each is the twin of a schema keyword (<c>pattern</c>, <c>maxLength</c>, <c>format</c>…).</summary>
internal static partial class DocumentRules
{
    // JavaScript's \s, which the schemas' "pattern": "\\S" uses, so that both sides agree on what a blank text is.
    private const string JavaScriptWhiteSpace = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

    internal static bool HasContent(string? text) => text is not null && text.AsSpan().IndexOfAnyExcept(JavaScriptWhiteSpace) >= 0;

    // JSON Schema counts characters (code points), not UTF-16 units.
    internal static int Length(string text) => text.EnumerateRunes().Count();

    internal static string Message(string code, params object?[] arguments) => DocumentCodes.Message(code, CultureInfo.CurrentUICulture, arguments);

    // The "email" format of ajv-formats, character for character (no IgnoreCase, so that no culture folds a letter).
    [GeneratedRegex(@"^[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?\.)+[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$", RegexOptions.CultureInvariant)]
    internal static partial Regex Email();

    internal static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(HasContent).WithErrorCode(DocumentCodes.Required).WithMessage(_ => Message(DocumentCodes.Required))
            .Must(t => t is null || Length(t) <= maxLength).WithErrorCode(DocumentCodes.TooLong).WithMessage(_ => Message(DocumentCodes.TooLong, maxLength));

    internal static void OptionalText<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> property, int maxLength)
    {
        var value = property.Compile();
        validator.RuleFor(property).Text(maxLength).When(d => value(d) is not null);
    }

    internal static IRuleBuilderOptions<T, IReadOnlyList<TItem>> Count<T, TItem>(this IRuleBuilder<T, IReadOnlyList<TItem>> rule, int min, int max = int.MaxValue) =>
        rule.Must(l => l is null || l.Count >= min).WithErrorCode(DocumentCodes.TooFew).WithMessage(_ => Message(DocumentCodes.TooFew, min))
            .Must(l => l is null || l.Count <= max).WithErrorCode(DocumentCodes.TooMany).WithMessage(_ => Message(DocumentCodes.TooMany, max));

    internal static IRuleBuilderOptions<T, IReadOnlyList<TItem>> Distinct<T, TItem>(this IRuleBuilder<T, IReadOnlyList<TItem>> rule) =>
        rule.Must(l => l is null || l.Distinct().Count() == l.Count).WithErrorCode(DocumentCodes.Duplicate).WithMessage(_ => Message(DocumentCodes.Duplicate));

    internal static IRuleBuilderOptions<T, TEnum> AllowedIn<T, TEnum>(this IRuleBuilder<T, TEnum> rule, IReadOnlyCollection<TEnum> allowed)
        where TEnum : struct, Enum =>
        rule.Must(allowed.Contains).WithErrorCode(DocumentCodes.ValueNotAllowed).WithMessage((_, v) => Message(DocumentCodes.ValueNotAllowed, v));

    internal static IRuleBuilderOptions<T, TEnum> Defined<T, TEnum>(this IRuleBuilder<T, TEnum> rule)
        where TEnum : struct, Enum =>
        rule.Must(v => Enum.IsDefined(v)).WithErrorCode(DocumentCodes.ValueNotAllowed).WithMessage((_, v) => Message(DocumentCodes.ValueNotAllowed, v));

    internal static IRuleBuilderOptions<T, Guid> NotEmptyId<T>(this IRuleBuilder<T, Guid> rule) =>
        rule.Must(g => g != Guid.Empty).WithErrorCode(DocumentCodes.Required).WithMessage(_ => Message(DocumentCodes.Required));

    internal static IRuleBuilderOptions<T, string> Schema<T>(this IRuleBuilder<T, string> rule, DocumentType type) =>
        rule.Must(s => s == DocumentSchemas.Info(type).CanonicalId).WithErrorCode(DocumentCodes.SchemaMismatch)
            .WithMessage((_, s) => Message(DocumentCodes.SchemaMismatch, s, DocumentSchemas.Info(type).CanonicalId));
}

/// <summary>Validates a sender's or author's professional contact.</summary>
internal sealed class SenderContactValidator : AbstractValidator<SenderContact>
{
    public SenderContactValidator()
    {
        RuleFor(c => c.Name).Text(DocumentSchemas.ShortText);
        RuleFor(c => c.Service).Text(DocumentSchemas.ShortText);
        this.OptionalText(c => c.Phone, DocumentSchemas.ShortText);
        RuleFor(c => c.Email)
            .Must(e => e is null || DocumentRules.Email().IsMatch(e)).WithErrorCode(DocumentCodes.InvalidEmail).WithMessage(_ => DocumentRules.Message(DocumentCodes.InvalidEmail))
            .Must(e => e is null || DocumentRules.Length(e) <= DocumentSchemas.ShortText).WithErrorCode(DocumentCodes.TooLong).WithMessage(_ => DocumentRules.Message(DocumentCodes.TooLong, DocumentSchemas.ShortText));
    }
}

/// <summary>Validates a decision citation: never a refusal, at least one basis and one category.</summary>
internal sealed class DecisionCitationValidator : AbstractValidator<DecisionCitation>
{
    public DecisionCitationValidator()
    {
        RuleFor(d => d.Outcome).Must(DocumentConstraints.PublishingOutcomes.Contains).WithErrorCode(DocumentCodes.DecisionRefuses).WithMessage(_ => DocumentRules.Message(DocumentCodes.DecisionRefuses));
        RuleFor(d => d.Bases).Count(1);
        RuleForEach(d => d.Bases).Text(DocumentSchemas.ShortText);
        RuleFor(d => d.AllowedData).Count(1).Distinct();
        RuleForEach(d => d.AllowedData).Defined();
        RuleFor(d => d.Consent).Must((d, c) => !DocumentConstraints.PublishingOutcomes.Contains(d.Outcome) || (c is not null) == (d.Outcome == DisclosureOutcome.MayDiscloseWithConsent))
            .WithErrorCode(DocumentCodes.ConsentCitation).WithMessage(_ => DocumentRules.Message(DocumentCodes.ConsentCitation));
        RuleFor(d => d.Consent!).ChildRules(c =>
        {
            c.RuleFor(x => x.Purpose).Defined();
            c.RuleFor(x => x.GivenBy).Defined();
            c.RuleFor(x => x.Form).Defined();
            c.Timed(x => x.GivenAt, null);
            c.Timed(x => x.ExpiresAt, null);
            c.NotBefore(x => x.ExpiresAt, x => x.GivenAt, "givenAt");
        }).When(d => d.Consent is not null);
        this.Dated(d => d.DateOfAct, null);
    }
}
