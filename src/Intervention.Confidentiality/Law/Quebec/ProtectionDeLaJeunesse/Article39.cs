using Intervention.Confidentiality.Disclosure;
using static Intervention.Confidentiality.Law.Conclusions;

namespace Intervention.Confidentiality.Law.Quebec.ProtectionDeLaJeunesse;

/// <summary>
/// Loi sur la protection de la jeunesse, art. 39: every professional who by the very nature of their profession gives care or any
/// other form of assistance to children, and every police officer, « est tenu de signaler sans délai la situation au directeur » when
/// they have reasonable cause to believe a child's security or development is or may be compromised (al. 1); everyone, for sexual or
/// physical abuse (al. 2). Row <c>QC-LPJ-39</c> of docs/legal.md.
/// </summary>
/// <remarks>As amended by 2017 c. 18 and 2022 c. 11, whose days of effect are to confirm, as is whether the duty applies « même à ceux
/// liés par le secret professionnel » (older texts said so; the versions read had no such clause). The pack reads it as binding secret
/// holders, and its trace says so.</remarks>
internal static class Article39
{
    private static readonly RuleMatch Report = Duty(
        [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary, DataCategory.SituationDetails, DataCategory.ChildStatements, DataCategory.FamilyContext, DataCategory.SocialAssessment],
        NoNotice,
        "Motif raisonnable de croire que la sécurité ou le développement d'un enfant est ou peut être compromis : la situation doit être signalée sans délai au directeur de la protection de la jeunesse. [Que cela lie les personnes tenues au secret est à confirmer ; ce jeu de règles le lit ainsi.]",
        "Reasonable cause to believe a child's security or development is or may be compromised: the situation must be reported without delay to the director of youth protection. [Whether this binds secret holders is to confirm; this pack reads it so.]");

    /// <summary><c>QC-LPJ-39</c>: the duty to report to the director of youth protection (docs/legal.md#qc-lpj-39).</summary>
    internal static DisclosureRule YouthProtection() => new(
        "QC-LPJ-39",
        RuleRank.LegalDuty,
        [new("Loi sur la protection de la jeunesse", "39", "al. 1 et 2", "Modifiée par 2017, c. 18 et 2022, c. 11 (dates à confirmer)", QuebecRulePack.CoverageStart, toConfirm: true)],
        (r, _) => (r.Has(FactKind.ChildInDangerOrAtRisk) || r.Has(FactKind.AbuseOfMinor)) && r.Recipient == RecipientKind.YouthProtectionDirector
            ? Report
            : Not(
                "Pas d'enfant dont la sécurité ou le développement est ou peut être compromis signalé au directeur de la protection de la jeunesse.",
                "No child whose security or development is or may be compromised reported to the director of youth protection."),
        earlierWordingsUnchecked: true,
        summary: new(
            "Motif raisonnable de croire que la sécurité ou le développement d'un enfant est ou peut être compromis, vers le directeur de la protection de la jeunesse : obligation de signaler sans délai.",
            "Reasonable cause to believe a child's security or development is or may be compromised, to the director of youth protection: duty to report without delay."));
}
