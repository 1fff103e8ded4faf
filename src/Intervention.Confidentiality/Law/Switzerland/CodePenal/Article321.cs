using Intervention.Confidentiality.Disclosure;
using static Intervention.Confidentiality.Law.Conclusions;
using static Intervention.Confidentiality.Law.Switzerland.SwissData;

namespace Intervention.Confidentiality.Law.Switzerland.CodePenal;

/// <summary>
/// Code pénal suisse, art. 321: holders of a professional secret who reveal it are punished (ch. 1); the revelation is not punishable
/// with the consent of the person concerned or the written authorisation of the supervisory authority (ch. 2); federal and cantonal
/// rights and duties to notify are reserved (ch. 3). Rows <c>CH-CP-321</c>, <c>CH-CONSENT</c> and <c>CH-CP-321-2</c> of docs/legal.md.
/// </summary>
/// <remarks>Staff of public services are bound by official secrecy (art. 320), which these rows do not cover: the pack applies the 321
/// pattern to them and says so in the default's version. The current wording is applied from 2019-01-01 (ch. 3 in force); earlier
/// wordings are not checked.</remarks>
internal static class Article321
{
    private static readonly RuleMatch Secrecy = Refuse(
        "Les dépositaires d'un secret professionnel ou de fonction ne doivent pas le révéler.",
        "Holders of a professional or official secret must not reveal it.");

    private static readonly RuleMatch Authorised = Permit(Report, NoNotice, NoImmunity,
        "L'autorité de surveillance a autorisé la révélation par écrit (321 ch. 2).",
        "The supervisory authority authorised the disclosure in writing (321 ch. 2).");

    /// <summary><c>CH-CP-321</c>: the default, professional (and, here, official) secrecy (docs/legal.md#ch-cp-321).</summary>
    internal static DisclosureRule Secret() => new(
        "CH-CP-321",
        RuleRank.Default,
        [new("Code pénal", "321", "ch. 1", "Rédaction actuelle ; ce jeu de règles l'applique aussi au secret de fonction (art. 320)", SwissRulePack.CoverageStart)],
        (_, _) => Secrecy,
        earlierWordingsUnchecked: true,
        summary: new(
            "Le dépositaire d'un secret professionnel (ici aussi de fonction) ne le révèle pas : refus (règle par défaut).",
            "The holder of a professional (here also official) secret does not reveal it: refused (the default)."));

    /// <summary><c>CH-CONSENT</c>: the consent of the person concerned (docs/legal.md#ch-consent).</summary>
    internal static DisclosureRule Consent() => ConsentRules.Create(
        "CH-CONSENT",
        [new("Code pénal", "321", "ch. 2", "La révélation faite avec le consentement de l'intéressé n'est pas punissable", SwissRulePack.CoverageStart)],
        earlierWordingsUnchecked: true,
        summary: new(
            "Le consentement de l'intéressé, en vigueur et couvrant le destinataire, la finalité et les données : la révélation n'est pas punissable pour ce qu'il nomme.",
            "The consent of the person concerned, in effect and covering the recipient, the purpose and the data: revealing what it names is not punishable."));

    /// <summary><c>CH-CP-321-2</c>: the written authorisation of the supervisory authority (docs/legal.md#ch-cp-321-2).</summary>
    internal static DisclosureRule SupervisoryAuthority() => new(
        "CH-CP-321-2",
        RuleRank.LegalPermission,
        [new("Code pénal", "321", "ch. 2", "Autorisation écrite de l'autorité de surveillance", SwissRulePack.CoverageStart)],
        (r, _) => r.Has(FactKind.SupervisoryAuthorityAuthorisation)
            ? Authorised
            : Not("Pas d'autorisation écrite de l'autorité de surveillance.", "No written authorisation of the supervisory authority."),
        earlierWordingsUnchecked: true,
        summary: new(
            "Autorisation écrite de l'autorité de surveillance : révélation permise.",
            "The supervisory authority's written authorisation: disclosure permitted."));
}
