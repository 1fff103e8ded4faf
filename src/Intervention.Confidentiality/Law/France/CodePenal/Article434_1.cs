using static Intervention.Confidentiality.Law.Conclusions;
using static Intervention.Confidentiality.Law.France.FrenchTexts;

namespace Intervention.Confidentiality.Law.France.CodePenal;

/// <summary>
/// Code pénal, art. 434-1: the duty to inform the authorities of a crime whose effects can still be prevented binds everyone, but
/// « sont également exceptées des dispositions du premier alinéa les personnes astreintes au secret dans les conditions prévues par
/// l'article 226-13 ». Row <c>FR-CP-434-1</c> of docs/legal.md: kept so the trace shows why it does not bind the worker.
/// </summary>
internal static class Article434_1
{
    private static readonly RuleMatch SecretHoldersExcepted = Not(
        "Le 434-1 oblige chacun sauf les personnes astreintes au secret de l'article 226-13 : pas cette personne.",
        "434-1 binds everyone except people bound by secrecy under 226-13: not this discloser.");

    /// <summary><c>FR-CP-434-1</c>: never applies to a secret holder (docs/legal.md#fr-cp-434-1).</summary>
    internal static DisclosureRule FailureToReportCrime() => new(
        "FR-CP-434-1",
        RuleRank.LegalDuty,
        [new(CodePenalFr, "434-1", null, "Code pénal de 1994 : les personnes astreintes au secret sont exceptées", CodePenal1994)],
        (_, _) => SecretHoldersExcepted,
        earlierWordingsUnchecked: true,
        summary: new(
            "Obligation d'informer d'un crime dont on peut prévenir les effets : les personnes astreintes au secret en sont exceptées ; ne s'applique jamais à la personne qui divulgue ici.",
            "Duty to inform of a crime whose effects can be prevented: people bound by secrecy are excepted; never applies to the discloser here."));
}
