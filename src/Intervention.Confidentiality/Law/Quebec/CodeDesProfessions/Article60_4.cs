using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using static Intervention.Confidentiality.Law.Conclusions;

namespace Intervention.Confidentiality.Law.Quebec.CodeDesProfessions;

/// <summary>
/// Code des professions, art. 60.4: the professional keeps secret what comes to their knowledge in practice (al. 1); may disclose it
/// with the client's authorisation (al. 2); and may disclose it, to prevent an act of violence including suicide, when there is
/// reasonable cause to believe a serious risk of death or serious injury threatens an identifiable person or group with a sense of
/// urgency, only what is necessary, to the people exposed, their representative or those who can help (al. 3). Rows
/// <c>QC-CP-60.4-secret</c>, <c>QC-CONSENT</c> and <c>QC-CP-60.4</c> of docs/legal.md.
/// </summary>
/// <remarks>The wording read is that of Loi 2017 c. 10; the article existed before in wordings not checked, and the day of effect is to
/// confirm against LégisQuébec.</remarks>
internal static class Article60_4
{
    private const string Code = "Code des professions";

    private static readonly RuleMatch Secrecy = Refuse(
        "Le professionnel garde le secret de ce qui vient à sa connaissance dans l'exercice de sa profession.",
        "The professional keeps secret what comes to their knowledge in practice.");

    private static readonly RuleMatch DangerDisclosure = Permit(
        [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary], [Notice.RecordTheDisclosure], NoImmunity,
        "Un risque sérieux de mort ou de blessures graves, avec un sentiment d'urgence : seul le nécessaire peut être communiqué aux personnes exposées, à leur représentant ou à ceux qui peuvent leur porter secours, et la communication est consignée (date, heure, personnes exposées, destinataires, contenu). [Rédaction du 60.4 à confirmer]",
        "A serious risk of death or serious injury with a sense of urgency: only what is necessary may be told to the people exposed, their representative or those who can help, and the disclosure is recorded (date, time, who was at risk, who was told, what was disclosed). [60.4 wording to confirm]");

    private static readonly RuleMatch NoDanger = Not(
        "Pas de risque sérieux de mort ou de blessures graves avec urgence, ou le destinataire n'est ni exposé ni en mesure de porter secours (ceux qui peuvent aider comprennent les professionnels qui connaissent la personne, R35).",
        "No serious risk of death or serious injury with urgency, or the recipient is neither exposed nor able to help (those who can help include the professionals who know the person, R35).");

    private static readonly LocalizedText Oral = new(
        "Au Québec, l'autorisation de divulguer est écrite ou signée (R34) ; un consentement verbal ne lève pas le secret.",
        "In Québec the authorisation to disclose is written or signed (R34); an oral consent does not lift secrecy.");

    private static readonly LocalizedText NoInformationNamed = new("L'autorisation doit nommer les renseignements qu'elle couvre.", "The authorisation must name the information it covers.");

    private static readonly LocalizedText NoDuration = new("L'autorisation doit indiquer sa durée.", "The authorisation must state its duration.");

    /// <summary><c>QC-CP-60.4-secret</c>: the default, professional secrecy (docs/legal.md#qc-cp-604-secret).</summary>
    internal static DisclosureRule Secret() => new(
        "QC-CP-60.4-secret",
        RuleRank.Default,
        [new(Code, "60.4", "al. 1", "Secret professionnel (rédaction de 2017, c. 10)", QuebecRulePack.CoverageStart, toConfirm: true)],
        (_, _) => Secrecy,
        earlierWordingsUnchecked: true,
        summary: new(
            "Le professionnel garde le secret de ce qui vient à sa connaissance dans l'exercice de sa profession : refus (règle par défaut).",
            "The professional keeps secret what comes to their knowledge in practice: refused (the default)."));

    /// <summary><c>QC-CONSENT</c>: the client's written authorisation, naming the information, the recipient, the purpose and its duration (docs/legal.md#qc-consent).</summary>
    internal static DisclosureRule Consent() => ConsentRules.Create(
        "QC-CONSENT",
        [new(Code, "60.4", "al. 2", "Autorisation du client (rédaction de 2017, c. 10)", QuebecRulePack.CoverageStart, toConfirm: true)],
        consent => consent.Form == ConsentForm.Oral ? Oral : consent.Data.Count == 0 ? NoInformationNamed : consent.ExpiresAt is null ? NoDuration : null,
        earlierWordingsUnchecked: true,
        summary: new(
            "Autorisation écrite ou signée du client, nommant les renseignements et sa durée, en vigueur et couvrant le destinataire et la finalité : divulgation possible de ce qu'elle nomme.",
            "The client's written or signed authorisation, naming the information and its duration, in effect and covering the recipient and the purpose: what it names may be disclosed."));

    /// <summary><c>QC-CP-60.4</c>: the danger exception of al. 3 (docs/legal.md#qc-cp-604).</summary>
    internal static DisclosureRule Danger() => new(
        "QC-CP-60.4",
        RuleRank.LegalPermission,
        [new(Code, "60.4", "al. 3", "Loi 2017, c. 10", QuebecRulePack.CoverageStart, toConfirm: true)],
        (r, _) => r.Has(FactKind.SeriousRiskOfDeathOrInjury)
                  && r.Recipient is RecipientKind.PersonsAtRisk or RecipientKind.EmergencyServices or RecipientKind.PoliceHierarchy or RecipientKind.PartnerSocialService or RecipientKind.CoProfessional
            ? DangerDisclosure
            : NoDanger,
        earlierWordingsUnchecked: true,
        summary: new(
            "Motif raisonnable de croire à un risque sérieux de mort ou de blessures graves, avec urgence, vers les personnes exposées ou ceux qui peuvent les secourir : divulgation permise du nécessaire, consignée.",
            "Reasonable cause to believe in a serious risk of death or serious injury, with urgency, to the people exposed or those who can help: disclosure of what is necessary permitted, and recorded."));
}
