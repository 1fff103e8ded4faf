using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Intervention.Confidentiality.Disclosure;

namespace Intervention.Confidentiality.Law;

/// <summary>The base of the typed errors of the decision engine: a question the rules cannot answer without a human.</summary>
/// <remarks><see cref="Exception.Message"/> is in English; <see cref="MessageIn"/> gives the reader's language.</remarks>
public abstract class DisclosureRuleException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="text">The message, in French and English.</param>
    /// <param name="request">The request that could not be decided.</param>
    protected DisclosureRuleException(LocalizedText text, DisclosureRequest request)
        : base((text ?? throw new ArgumentNullException(nameof(text))).English)
    {
        Text = text;
        Request = request;
    }

    /// <summary>Gets the request that could not be decided.</summary>
    public DisclosureRequest Request { get; }

    /// <summary>Gets the message in French and English.</summary>
    public LocalizedText Text { get; }

    /// <summary>The message in a reader's language.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The French message for French cultures, the English one otherwise.</returns>
    public string MessageIn(CultureInfo culture) => Text.In(culture);
}

/// <summary>Two rules of equal rank apply and disagree, and neither declares it overrides the other: never settled silently.</summary>
public sealed class DisclosureConflictException : DisclosureRuleException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="request">The request.</param>
    /// <param name="ruleIds">The rules that disagree.</param>
    public DisclosureConflictException(DisclosureRequest request, IReadOnlyList<string> ruleIds)
        : base(
            new(
                $"Des règles de même rang sont en désaccord et aucune n'écarte les autres : {string.Join(", ", ruleIds ?? throw new ArgumentNullException(nameof(ruleIds)))}.",
                $"Rules of equal rank disagree and none overrides the others: {string.Join(", ", ruleIds)}."),
            request) => RuleIds = ruleIds;

    /// <summary>Gets the rules that disagree.</summary>
    public IReadOnlyList<string> RuleIds { get; }
}

/// <summary>No rule of the pack covers the request: a date before the pack's coverage, a discloser bound by no secrecy, or a jurisdiction without a pack.</summary>
public sealed class UncoveredDisclosureException : DisclosureRuleException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="request">The request.</param>
    /// <param name="reason">Why no rule covers it, in French and English.</param>
    /// <param name="ruleIds">The rules that have no known version on the date of the act, when that is the reason.</param>
    public UncoveredDisclosureException(DisclosureRequest request, LocalizedText reason, IReadOnlyList<string>? ruleIds = null)
        : base(reason, request)
    {
        Reason = reason.English;
        RuleIds = ruleIds ?? [];
    }

    /// <summary>Gets why no rule covers the request, in English (<see cref="DisclosureRuleException.Text"/> for both languages).</summary>
    public string Reason { get; }

    /// <summary>Gets the rules with no known version on the date of the act (their earlier wordings were not checked), when the
    /// date is the reason; empty otherwise.</summary>
    public IReadOnlyList<string> RuleIds { get; }
}

/// <summary>
/// The request names a discloser, recipient, purpose or fact the pack does not know (for example a Québec fact, or Québec's director
/// of youth protection, in a French request): answering as if it were absent could refuse what the law of the pack permits or requires
/// in its own terms, so the engine refuses to decide and names the term.
/// </summary>
public sealed class OutsideVocabularyException : DisclosureRuleException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="request">The request.</param>
    /// <param name="kind">Which vocabulary the term is missing from.</param>
    /// <param name="term">The first term the pack does not know.</param>
    /// <param name="pack">The pack's name.</param>
    /// <param name="known">The terms of that vocabulary the pack knows.</param>
    public OutsideVocabularyException(DisclosureRequest request, VocabularyKind kind, Enum term, string pack, IReadOnlyList<Enum> known)
        : base(
            new(
                $"Le jeu de règles {pack} ne connaît pas {FrenchKind(kind)} {term} : nommez-le dans ses propres termes ({string.Join(", ", known ?? throw new ArgumentNullException(nameof(known)))}).",
                $"The {pack} pack does not know the {EnglishKind(kind)} {term}: name it in its own terms ({string.Join(", ", known)})."),
            request)
    {
        Kind = kind;
        Term = term;
        Pack = pack;
        Known = Array.AsReadOnly(known.ToArray());
    }

    /// <summary>Gets which vocabulary the term is missing from.</summary>
    public VocabularyKind Kind { get; }

    /// <summary>Gets the term the pack does not know.</summary>
    public Enum Term { get; }

    /// <summary>Gets the pack's name.</summary>
    public string Pack { get; }

    /// <summary>Gets the terms of that vocabulary the pack knows (<see cref="RulePack.Facts"/>, <see cref="RulePack.Recipients"/>…).</summary>
    public IReadOnlyList<Enum> Known { get; }

#pragma warning disable CS8524 // The kind comes from the engine, always defined.
    private static string FrenchKind(VocabularyKind kind) => kind switch
    {
        VocabularyKind.Discloser => "la personne qui divulgue",
        VocabularyKind.Recipient => "le destinataire",
        VocabularyKind.Purpose => "la finalité",
        VocabularyKind.Fact => "le fait",
    };

    private static string EnglishKind(VocabularyKind kind) => kind switch
    {
        VocabularyKind.Discloser => "discloser",
        VocabularyKind.Recipient => "recipient",
        VocabularyKind.Purpose => "purpose",
        VocabularyKind.Fact => "fact",
    };
#pragma warning restore CS8524
}
