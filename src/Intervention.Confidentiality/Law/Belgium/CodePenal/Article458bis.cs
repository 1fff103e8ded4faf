using Intervention.Confidentiality.Disclosure;
using NodaTime;
using static Intervention.Confidentiality.Law.Conclusions;

namespace Intervention.Confidentiality.Law.Belgium.CodePenal;

/// <summary>
/// Code pénal belge, art. 458bis: a secret holder who knows of one of the listed offences against a minor or a vulnerable person
/// (partner violence added on 2013-03-01) may inform the procureur du Roi when there is a serious and imminent danger to the victim's
/// mental or physical integrity that they cannot avert alone, or signs of a serious and real danger that other minors or vulnerable
/// persons be victims. Row <c>BE-CP-458bis</c> of docs/legal.md.
/// </summary>
/// <remarks>Created by the loi du 28 novembre 2000: before it, not in force.</remarks>
internal static class Article458bis
{
    private static readonly LocalDate Widened = new(2013, 3, 1);

    private static readonly RuleMatch Report = Permit(
        [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary, DataCategory.SituationDetails, DataCategory.ChildStatements, DataCategory.FamilyContext],
        NoNotice, NoImmunity,
        "Une infraction visée contre un mineur ou une personne vulnérable (ou, depuis le 2013-03-01, des violences entre partenaires) avec un danger grave et imminent que le dépositaire ne peut écarter seul, ou des indices d'un danger grave pour d'autres : le dépositaire du secret peut informer le procureur du Roi.",
        "A listed offence against a minor or a vulnerable person (or, since 2013-03-01, partner violence) with a serious imminent danger that cannot be averted alone, or signs of serious danger to others: the secret holder may inform the procureur du Roi.");

    private static readonly RuleMatch NotMet = Not(
        "Le 458bis exige une infraction visée, un danger grave et imminent ou des indices d'un danger pour d'autres, et le procureur du Roi pour destinataire.",
        "458bis needs a listed offence, a serious imminent danger or signs of danger to others, and the procureur du Roi as recipient.");

    /// <summary><c>BE-CP-458bis</c>: the exception for offences against minors and vulnerable persons (docs/legal.md#be-cp-458bis).</summary>
    internal static DisclosureRule Exception() => new(
        "BE-CP-458bis",
        RuleRank.LegalPermission,
        [
            new("Code pénal", "458bis", null, "Loi du 28 novembre 2000 : infractions contre les mineurs et les personnes vulnérables", BelgianRulePack.CoverageStart, Widened),
            new("Code pénal", "458bis", null, "Modification en vigueur le 2013-03-01 : violences entre partenaires ajoutées", Widened),
        ],
        (r, v) =>
        {
            var offence = r.Has(FactKind.AbuseOfMinor) || r.Has(FactKind.AbuseOfVulnerablePerson) || (v.InForceFrom >= Widened && r.Has(FactKind.PartnerViolence));
            var danger = r.Has(FactKind.SeriousImminentDangerCannotAvert) || r.Has(FactKind.SignsOfSeriousDangerToOthers);
            return offence && danger && r.Recipient == RecipientKind.PublicProsecutor ? Report : NotMet;
        },
        summary: new(
            "Infraction visée contre un mineur ou une personne vulnérable (depuis 2013 : violences entre partenaires) et danger grave et imminent qu'on ne peut écarter seul, ou indices de danger pour d'autres, vers le procureur du Roi : divulgation permise.",
            "A listed offence against a minor or a vulnerable person (since 2013, partner violence) with a serious imminent danger that cannot be averted alone, or signs of danger to others, to the procureur du Roi: disclosure permitted."));
}
