using Intervention.Confidentiality.Disclosure;
using static Intervention.Confidentiality.Law.Conclusions;
using static Intervention.Confidentiality.Law.France.FrenchData;
using static Intervention.Confidentiality.Law.France.FrenchTexts;

namespace Intervention.Confidentiality.Law.France.ActionSociale;

/// <summary>
/// Code de l'action sociale et des familles, art. L.121-6-2: a social-action professional who sees a person's or a family's social,
/// educational or material difficulties worsen so that several professionals must act may inform the mayor and the président du
/// conseil départemental; the professionals working with the same person or family may share what is needed, through a coordinator.
/// Row <c>FR-CASF-L121-6-2</c> of docs/legal.md.
/// </summary>
/// <remarks>Created by Loi 2007-297; a new version is in force since 22 March 2015 (its amending text is to confirm).</remarks>
internal static class ArticleL121_6_2
{
    private static readonly RuleMatch InformMayor = Permit(Inform, NoNotice, NoImmunity,
        "Le professionnel de l'action sociale peut informer le maire et le président du conseil départemental de l'aggravation de difficultés qui appellent l'intervention de plusieurs professionnels.",
        "A social-action professional may inform the mayor and the président du conseil départemental of worsening difficulties needing several professionals.");

    private static readonly RuleMatch ShareWithCoProfessionals = Permit(Share, NoNotice, NoImmunity,
        "Les professionnels qui interviennent auprès d'une même personne ou d'une même famille peuvent partager ce qui est nécessaire, par l'intermédiaire d'un coordonnateur.",
        "Professionals working with the same person or family may share what is needed, through a coordinator.");

    private static readonly RuleMatch NoWorsening = Not(
        "Pas d'aggravation de difficultés appelant l'intervention de plusieurs professionnels de l'action sociale.",
        "No worsening difficulties needing several social-action professionals.");

    private static readonly RuleMatch OtherRecipient = Not(
        "Seuls le maire, le président du conseil départemental ou les professionnels qui interviennent auprès de la même personne.",
        "Only the mayor, the président du conseil départemental or co-professionals.");

    /// <summary><c>FR-CASF-L121-6-2</c>: informing the mayor, sharing with co-professionals (docs/legal.md#fr-casf-l121-6-2).</summary>
    internal static DisclosureRule SocialActionSharing() => new(
        "FR-CASF-L121-6-2",
        RuleRank.LegalPermission,
        [
            new(Casf, "L.121-6-2", null, "Loi 2007-297 du 5 mars 2007 relative à la prévention de la délinquance (date de la loi ; jour d'effet à confirmer)", Loi2007_297, L121_6_2Of2015, toConfirm: true),
            new(Casf, "L.121-6-2", null, "Version en vigueur depuis le 22 mars 2015 (texte modificatif à confirmer)", L121_6_2Of2015, toConfirm: true),
        ],
        (r, _) =>
        {
            if (r.Discloser != DiscloserKind.SocialWorker || !r.Has(FactKind.WorseningDifficultiesNeedingSeveralProfessionals))
            {
                return NoWorsening;
            }

            // Every recipient is named, so a new kind is a build error here (DisclosureRequest refuses undefined values).
#pragma warning disable CS8524
            return r.Recipient switch
            {
                RecipientKind.Mayor or RecipientKind.DepartmentalCouncilPresident => InformMayor,
                RecipientKind.CoProfessional => ShareWithCoProfessionals,
                RecipientKind.PublicProsecutor or RecipientKind.Crip or RecipientKind.Prefect or RecipientKind.EmergencyServices or RecipientKind.PoliceHierarchy
                    or RecipientKind.Investigators or RecipientKind.PartnerSocialService or RecipientKind.EmployingAuthority or RecipientKind.ChildProtectionProfessional
                    or RecipientKind.StaffHierarchy or RecipientKind.StaffServiceOfficerInCharge or RecipientKind.ProtocolAssociation or RecipientKind.FunderOrSteeringBody
                    or RecipientKind.YouthProtectionDirector or RecipientKind.ChildProtectionAuthority or RecipientKind.PersonsAtRisk or RecipientKind.VictimSupportAssociation
                    or RecipientKind.SchoolSocialAndHealthStaff or RecipientKind.HealthService or RecipientKind.SocialLandlord
                    => OtherRecipient,
            };
#pragma warning restore CS8524
        },
        summary: new(
            "Travailleur social, aggravation de difficultés appelant plusieurs professionnels : information permise du maire et du président du conseil départemental ; partage permis avec les professionnels qui interviennent auprès de la même personne.",
            "A social worker, worsening difficulties needing several professionals: informing the mayor and the président du conseil départemental permitted; sharing with the professionals working with the same person permitted."));
}
