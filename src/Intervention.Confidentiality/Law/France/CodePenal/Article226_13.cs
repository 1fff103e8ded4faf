using static Intervention.Confidentiality.Law.Conclusions;
using static Intervention.Confidentiality.Law.France.FrenchTexts;

namespace Intervention.Confidentiality.Law.France.CodePenal;

/// <summary>
/// Code pénal, art. 226-13: « La révélation d'une information à caractère secret par une personne qui en est dépositaire soit par
/// état ou par profession, soit en raison d'une fonction ou d'une mission temporaire » is punished by one year and €15,000.
/// Rows <c>FR-CP-226-13</c> and <c>FR-CONSENT</c> of docs/legal.md.
/// </summary>
/// <remarks>In force since the Code pénal of 1994; the secrecy of the former code (art. 378) is not encoded, so the pack does not
/// answer before 1 March 1994 on this rule's account.</remarks>
internal static class Article226_13
{
    private static readonly RuleMatch Secrecy = Refuse(
        "La personne tient l'information de sa profession ou de sa mission : le secret est la règle.",
        "The discloser holds the information by profession or mission: secrecy is the rule.");

    /// <summary><c>FR-CP-226-13</c>: the default, secrecy (docs/legal.md#fr-cp-226-13).</summary>
    internal static DisclosureRule Secret() => new(
        "FR-CP-226-13",
        RuleRank.Default,
        [new(CodePenalFr, "226-13", null, "Code pénal de 1994 (loi 92-683 du 22 juillet 1992)", CodePenal1994)],
        (_, _) => Secrecy,
        earlierWordingsUnchecked: true,
        summary: new(
            "Quiconque détient une information à caractère secret par état, profession, fonction ou mission temporaire ne la révèle pas : refus (règle par défaut).",
            "Whoever holds secret information by state, profession, function or temporary mission does not reveal it: refused (the default)."));

    /// <summary><c>FR-CONSENT</c>: the person's (or the legal representative's) consent lifts secrecy for what it covers: there is no
    /// revelation of a secret to whom its holder chose to tell it (docs/legal.md#fr-consent).</summary>
    internal static DisclosureRule Consent() => ConsentRules.Create(
        "FR-CONSENT",
        [new(CodePenalFr, "226-13", "consentement", "Code pénal de 1994 (loi 92-683 du 22 juillet 1992)", CodePenal1994)],
        earlierWordingsUnchecked: true,
        summary: new(
            "Un consentement en vigueur, donné par la personne ou son représentant légal, qui nomme le destinataire, la finalité et les données : divulgation possible de ce qu'il nomme.",
            "A consent in effect, given by the person or their legal representative, naming the recipient, the purpose and the data: what it names may be disclosed."));
}
