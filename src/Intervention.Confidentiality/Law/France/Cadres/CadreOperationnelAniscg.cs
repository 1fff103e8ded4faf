using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using static Intervention.Confidentiality.Law.Conclusions;
using static Intervention.Confidentiality.Law.France.FrenchData;
using static Intervention.Confidentiality.Law.France.FrenchTexts;

namespace Intervention.Confidentiality.Law.France.Cadres;

/// <summary>
/// The ANISCG operational framework for social workers in police and gendarmerie services: R21, a child in danger or at risk is not
/// oriented by liaison sheet (the worrying information goes to the CRIP); R22, the file of the violence-against-women protocol
/// belongs to the woman. Rows <c>R21</c>, <c>R22</c> and <c>R22-file</c> of docs/legal.md.
/// </summary>
/// <remarks>The document bears no date (it follows the 2012 survey of the posts): its rules are applied at every date the pack covers
/// and are marked to confirm until the date it was adopted is known.</remarks>
internal static class CadreOperationnelAniscg
{
    private static readonly RuleMatch ProtocolRefused = Refuse(
        "Le dossier du protocole violences conjugales appartient à la femme : rien n'est transmis à l'association sauf si elle le choisit.",
        "The conjugal-violence protocol file belongs to the woman: nothing is sent to the association unless she chooses.");

    private static readonly RuleMatch LiaisonSheetRefused = Refuse(
        "Un enfant en danger ou en risque ne s'oriente pas par fiche de liaison : l'information préoccupante va à la CRIP.",
        "A child in danger or at risk is not oriented by liaison sheet: the worrying information goes to the CRIP.",
        Notice.TransmitToCripInstead);

    /// <summary><c>R22</c>: nothing of the protocol file leaves unless the woman chose to send it (docs/legal.md#r22).</summary>
    internal static DisclosureRule ProtocolFileRefused() => new(
        "R22",
        RuleRank.RoleProhibition,
        [LegalReference.UndatedSource(CadreOperationnel, "protocole violences faites aux femmes", null, "Le dossier appartient à la femme ; rien n'est transmis sauf si elle le choisit")],
        (r, _) => (r.Recipient == RecipientKind.ProtocolAssociation || r.Purpose == DisclosurePurpose.ProtocolTransmission) && r.CoveringConsent(ConsentPurpose.TransmitProtocolFile) is null
            ? ProtocolRefused
            : Not("Pas le dossier du protocole, ou la femme a choisi de le transmettre.", "Not the protocol file, or the woman chose to send it."),
        summary: new(
            "Association du protocole ou transmission du dossier du protocole, sans le consentement de la femme à le transmettre : refus (règle de rôle).",
            "The protocol association, or transmitting the protocol file, without the woman's consent to transmit it: refused (role rule)."));

    /// <summary><c>R21</c>: no liaison sheet for a child in danger or at risk (docs/legal.md#r21).</summary>
    internal static DisclosureRule ChildAtRiskNotByLiaisonSheet() => new(
        "R21",
        RuleRank.RoleProhibition,
        [LegalReference.UndatedSource(CadreOperationnel, "fiches de liaison", null, "Une fiche de liaison seulement en l'absence d'information préoccupante, qui va à la CRIP")],
        (r, _) => r.Purpose == DisclosurePurpose.Orientation && (r.Has(FactKind.ChildInDangerOrAtRisk) || r.Has(FactKind.AbuseOfMinor))
            ? LiaisonSheetRefused
            : Not("Pas d'enfant en risque dans une orientation.", "No child at risk in an orientation."),
        summary: new(
            "Orientation (fiche de liaison) d'un enfant en danger, en risque ou victime de sévices : refus ; l'information préoccupante va à la CRIP (règle de rôle).",
            "Orientation (liaison sheet) of a child in danger, at risk or abused: refused; the worrying information goes to the CRIP (role rule)."));

    /// <summary><c>R22-file</c>: whatever the basis, the protocol file itself is withheld without the woman's consent to transmit it (docs/legal.md#r22-file).</summary>
    internal static DataLimit ProtocolFileLimit() => new(
        "R22-file",
        LegalReference.UndatedSource(CadreOperationnel, "protocole violences faites aux femmes", null, "Le dossier appartient à la femme"),
        r => r.Asks(DataCategory.ProtocolFile) && r.CoveringConsent(ConsentPurpose.TransmitProtocolFile) is null ? AllButProtocolFile : null,
        Summary: new(
            "Le dossier du protocole n'est jamais communiqué sans le consentement de la femme à le transmettre, quel que soit le fondement.",
            "The protocol file never leaves without the woman's consent to transmit it, whatever the basis."));
}
