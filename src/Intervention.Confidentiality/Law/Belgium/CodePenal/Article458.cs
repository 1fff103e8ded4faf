using static Intervention.Confidentiality.Law.Conclusions;

namespace Intervention.Confidentiality.Law.Belgium.CodePenal;

/// <summary>
/// Code pénal belge, art. 458: holders of secrets by state or profession who reveal them are punished, except when called to testify
/// in court or before a parliamentary inquiry and when the law, a decree or an ordinance obliges or authorises them to make the
/// secret known. The victim's consent lifts it for what it covers. Rows <c>BE-CP-458</c> and <c>BE-CONSENT</c> of docs/legal.md.
/// </summary>
/// <remarks>The article dates from the Code pénal of 1867; the wording read is the current one, applied from 2000-11-28 (when 458bis
/// came into force), and the earlier wordings are not checked.</remarks>
internal static class Article458
{
    private static readonly RuleMatch Secrecy = Refuse(
        "Les dépositaires, par état ou par profession, des secrets qu'on leur confie ne peuvent les révéler (458).",
        "Holders of secrets by state or profession must not reveal them (458).");

    /// <summary><c>BE-CP-458</c>: the default, professional secrecy (docs/legal.md#be-cp-458).</summary>
    internal static DisclosureRule Secret() => new(
        "BE-CP-458",
        RuleRank.Default,
        [new("Code pénal", "458", null, "Rédaction actuelle", BelgianRulePack.CoverageStart)],
        (_, _) => Secrecy,
        earlierWordingsUnchecked: true,
        summary: new(
            "Le dépositaire d'un secret par état ou par profession ne le révèle pas : refus (règle par défaut).",
            "The holder of a secret by state or profession does not reveal it: refused (the default)."));

    /// <summary><c>BE-CONSENT</c>: the victim's consent lifts secrecy for what it covers (docs/legal.md#be-consent).</summary>
    internal static DisclosureRule Consent() => ConsentRules.Create(
        "BE-CONSENT",
        [new("Code pénal", "458", "consentement", "Le consentement de la victime lève le secret pour ce qu'il couvre", BelgianRulePack.CoverageStart, toConfirm: true)],
        earlierWordingsUnchecked: true,
        summary: new(
            "Un consentement de la victime en vigueur qui couvre le destinataire, la finalité et les données : divulgation possible de ce qu'il nomme.",
            "The victim's consent in effect covering the recipient, the purpose and the data: what it names may be disclosed."));
}
