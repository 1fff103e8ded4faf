using Intervention.Confidentiality.Disclosure;
using static Intervention.Confidentiality.Law.Conclusions;
using static Intervention.Confidentiality.Law.France.FrenchData;
using static Intervention.Confidentiality.Law.France.FrenchTexts;

namespace Intervention.Confidentiality.Law.France.ActionSociale;

/// <summary>
/// Code de l'action sociale et des familles, art. L.226-2-2: professionals bound by secrecy who carry out or contribute to child
/// protection may share among themselves what is strictly necessary to assess a situation and decide and carry out protection
/// measures; parents, guardian and the child (according to age and maturity) are told beforehand unless that is against the child's
/// interest. Row <c>FR-CASF-L226-2-2</c> of docs/legal.md.
/// </summary>
/// <remarks>The purpose is part of the condition: sharing is for <see cref="DisclosurePurpose.ChildProtectionAssessment"/>, and
/// <see cref="DisclosurePurpose.ChildProtection"/> (a report) does not open it.</remarks>
internal static class ArticleL226_2_2
{
    private static readonly RuleMatch Share = Permit(ChildProtection, [Notice.InformParentsBeforehand, Notice.InformChildByAgeAndMaturity], NoImmunity,
        "Les professionnels soumis au secret en protection de l'enfance peuvent partager ce qui est strictement nécessaire pour évaluer une situation, décider et mettre en œuvre des mesures de protection ; parents et enfant en sont informés au préalable.",
        "Professionals bound by secrecy in child protection may share what is strictly necessary to assess a situation or decide and carry out protection measures; parents and child are told beforehand.");

    private static readonly RuleMatch ShareFamilyNotTold = Permit(ChildProtection, NoNotice, NoImmunity,
        "Les professionnels soumis au secret en protection de l'enfance peuvent partager ce qui est strictement nécessaire pour évaluer une situation, décider et mettre en œuvre des mesures de protection ; informer la famille serait contraire à l'intérêt de l'enfant.",
        "Professionals bound by secrecy in child protection may share what is strictly necessary to assess a situation or decide and carry out protection measures; telling the family would be against the child's interest.");

    /// <summary><c>FR-CASF-L226-2-2</c>: the shared secret of child protection (docs/legal.md#fr-casf-l226-2-2).</summary>
    internal static DisclosureRule ChildProtectionSharing() => new(
        "FR-CASF-L226-2-2",
        RuleRank.LegalPermission,
        [new(Casf, "L.226-2-2", null, "Loi 2007-293 du 5 mars 2007 (date de la loi ; jour d'effet à confirmer)", Loi2007_293, toConfirm: true)],
        (r, _) => r.Discloser is DiscloserKind.SocialWorker or DiscloserKind.Physician or DiscloserKind.HealthProfessional
                  && r.Has(FactKind.ChildProtectionAssessmentNeeded) && r.Recipient == RecipientKind.ChildProtectionProfessional && r.Purpose == DisclosurePurpose.ChildProtectionAssessment
            ? (r.Has(FactKind.InformingParentsAgainstChildInterest) ? ShareFamilyNotTold : Share)
            : Not(
                "Pas un partage entre professionnels de la protection de l'enfance pour évaluer ou protéger un enfant.",
                "Not a sharing between child-protection professionals to assess or protect a child."),
        summary: new(
            "Professionnels soumis au secret en protection de l'enfance, pour évaluer une situation ou décider et mettre en œuvre une mesure (finalité d'évaluation), entre eux : partage permis du strict nécessaire ; parents et enfant informés au préalable sauf intérêt contraire.",
            "Professionals bound by secrecy in child protection, to assess a situation or decide and carry out a measure (assessment purpose), among themselves: sharing of what is strictly necessary permitted; parents and child told beforehand unless against the child's interest."));
}
