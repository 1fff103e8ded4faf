using static Intervention.Confidentiality.Law.Conclusions;
using static Intervention.Confidentiality.Law.France.FrenchTexts;

namespace Intervention.Confidentiality.Law.France.CodePenal;

/// <summary>
/// Code pénal, art. 434-3: the duty to inform the authorities of abuse of a minor or a vulnerable person, with « Sauf lorsque la loi
/// en dispose autrement, sont exceptées des dispositions qui précèdent les personnes astreintes au secret dans les conditions prévues
/// par l'article 226-13 » (wording unchanged in 2016 and 2018). Row <c>FR-CP-434-3</c> of docs/legal.md: the route for secret
/// holders is 226-14 1°.
/// </summary>
internal static class Article434_3
{
    private static readonly RuleMatch SecretHoldersExcepted = Not(
        "« Sauf lorsque la loi en dispose autrement, sont exceptées … les personnes astreintes au secret » : la voie des dépositaires du secret est le 226-14 1°.",
        "« Sauf lorsque la loi en dispose autrement, sont exceptées … les personnes astreintes au secret »: the route for secret holders is 226-14 1°.");

    /// <summary><c>FR-CP-434-3</c>: never applies to a secret holder, in each of its versions (docs/legal.md#fr-cp-434-3).</summary>
    internal static DisclosureRule FailureToReportAbuse() => new(
        "FR-CP-434-3",
        RuleRank.LegalDuty,
        [
            new(CodePenalFr, "434-3", null, "Code pénal de 1994 : mineurs de quinze ans ; dépositaires du secret exceptés", CodePenal1994, Loi2016_297),
            new(CodePenalFr, "434-3", null, "Loi 2016-297 du 14 mars 2016 (date de la loi ; jour d'effet à confirmer) : tous les mineurs ; dépositaires du secret exceptés", Loi2016_297, Loi2018_703, toConfirm: true),
            new(CodePenalFr, "434-3", null, "Loi 2018-703 du 3 août 2018 : aggravation pour les mineurs de quinze ans ; dépositaires du secret exceptés", Loi2018_703),
        ],
        (_, _) => SecretHoldersExcepted,
        earlierWordingsUnchecked: true,
        summary: new(
            "Obligation d'informer de sévices sur un mineur ou une personne vulnérable : les personnes astreintes au secret en sont exceptées, leur voie est le 226-14 1° ; ne s'applique jamais ici.",
            "Duty to inform of abuse of a minor or a vulnerable person: people bound by secrecy are excepted, their route is 226-14 1°; never applies here."));
}
