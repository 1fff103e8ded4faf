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
/// The request names a fact the pack does not know (for example a Québec fact in a French request): answering as if it were absent
/// could refuse what the law of the pack permits or requires on a fact of its own, so the engine refuses to decide.
/// </summary>
public sealed class FactOutsideVocabularyException : DisclosureRuleException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="request">The request.</param>
    /// <param name="fact">The first fact the pack does not know.</param>
    /// <param name="pack">The pack's name.</param>
    /// <param name="known">The facts the pack knows.</param>
    public FactOutsideVocabularyException(DisclosureRequest request, FactKind fact, string pack, IReadOnlyList<FactKind> known)
        : base(
            new(
                $"Le jeu de règles {pack} ne connaît pas le fait {fact} : nommez les faits dans ses propres termes ({string.Join(", ", known ?? throw new ArgumentNullException(nameof(known)))}).",
                $"The {pack} pack does not know the fact {fact}: name the facts in its own terms ({string.Join(", ", known)})."),
            request)
    {
        Fact = fact;
        Pack = pack;
        Known = Array.AsReadOnly(known.ToArray());
    }

    /// <summary>Gets the fact the pack does not know.</summary>
    public FactKind Fact { get; }

    /// <summary>Gets the pack's name.</summary>
    public string Pack { get; }

    /// <summary>Gets the facts the pack knows (<see cref="RulePack.Facts"/>).</summary>
    public IReadOnlyList<FactKind> Known { get; }
}
