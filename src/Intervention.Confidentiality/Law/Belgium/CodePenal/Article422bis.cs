using Intervention.Confidentiality.Disclosure;
using static Intervention.Confidentiality.Law.Conclusions;

namespace Intervention.Confidentiality.Law.Belgium.CodePenal;

/// <summary>
/// Code pénal belge, art. 422bis (abstention coupable): whoever abstains from helping, or from getting help for, a person exposed to
/// great danger is punished; 458bis leaves this duty intact. Row <c>BE-CP-422bis</c> of docs/legal.md.
/// </summary>
/// <remarks>The article dates from 1961; the current wording is applied and the earlier ones are not checked.</remarks>
internal static class Article422bis
{
    private static readonly RuleMatch Assist = Duty(
        [DataCategory.Identity, DataCategory.ContactDetails, DataCategory.SituationSummary], NoNotice,
        "Une personne exposée à un péril grave doit être secourue ou du secours doit être procuré (422bis), nonobstant le secret.",
        "A person in great danger must be helped or help must be called (422bis), secrecy notwithstanding.");

    /// <summary><c>BE-CP-422bis</c>: the duty to assist a person in great danger (docs/legal.md#be-cp-422bis).</summary>
    internal static DisclosureRule DutyToAssist() => new(
        "BE-CP-422bis",
        RuleRank.LegalDuty,
        [new("Code pénal", "422bis", null, "Rédaction actuelle (abstention coupable)", BelgianRulePack.CoverageStart, toConfirm: true)],
        (r, _) => r.Has(FactKind.PersonInImminentPeril) && r.Recipient is RecipientKind.EmergencyServices or RecipientKind.PoliceHierarchy
            ? Assist
            : Not("Pas de personne exposée à un péril grave, ou le destinataire ne peut la secourir.", "No person in great danger, or the recipient cannot help."),
        earlierWordingsUnchecked: true,
        summary: new(
            "Personne exposée à un péril grave, vers les secours ou la police : obligation de secourir ou de procurer du secours, secret compris.",
            "A person exposed to great danger, to the emergency services or the police: duty to help or to get help, secrecy notwithstanding."));
}
