using Intervention.Confidentiality.Disclosure;
using Intervention.Domain.People;
using static Intervention.Confidentiality.Law.Conclusions;
using static Intervention.Confidentiality.Law.Switzerland.SwissData;

namespace Intervention.Confidentiality.Law.Switzerland.AideAuxVictimes;

/// <summary>
/// Loi fédérale sur l'aide aux victimes d'infractions (LAVI), art. 11: the staff of victim-support centres keep secret what they learn
/// (al. 1); they may disclose it with the victim's consent (al. 2); and, when the physical, psychological or sexual integrity of a
/// minor or a person under general curatorship is seriously endangered, they may inform the child-protection authority or the
/// criminal prosecution authority (al. 3). Row <c>CH-LAVI-11</c> of docs/legal.md.
/// </summary>
/// <remarks>The LAVI of 2007 is applied in its wording in force from 2019-01-01; earlier wordings are not checked.</remarks>
internal static class Article11
{
    private static readonly RuleMatch VictimSupportDanger = Permit(Report, NoNotice, NoImmunity,
        "Un danger sérieux pour un mineur ou une personne sous curatelle de portée générale : le personnel de l'aide aux victimes peut informer l'autorité de protection de l'enfant ou l'autorité de poursuite pénale sans consentement (LAVI 11 al. 3).",
        "A serious danger to a minor or a person under general curatorship: victim-support staff may inform the child-protection or criminal prosecution authority without consent (LAVI 11 al. 3).");

    /// <summary><c>CH-LAVI-11</c>: victim-support staff facing a serious danger to a minor or a person under curatorship (docs/legal.md#ch-lavi-11).</summary>
    internal static DisclosureRule VictimSupport() => new(
        "CH-LAVI-11",
        RuleRank.LegalPermission,
        [new("Loi sur l'aide aux victimes (LAVI)", "11", "al. 3", "Rédaction en vigueur le 1er janvier 2019", SwissRulePack.CoverageStart)],
        (r, _) => r.Discloser == DiscloserKind.VictimSupportWorker && r.Has(FactKind.SeriousDangerToIntegrity)
                  && (r.Subject.AgeGroup == AgeGroup.Minor || r.Subject.UnderLegalProtection)
                  && r.Recipient is RecipientKind.ChildProtectionAuthority or RecipientKind.PublicProsecutor
            ? VictimSupportDanger
            : Not(
                "Seul le personnel de l'aide aux victimes, pour un danger sérieux pour un mineur ou une personne sous curatelle de portée générale, à l'autorité de protection de l'enfant ou de poursuite ; sinon le consentement est nécessaire (al. 2).",
                "Only victim-support staff, for a serious danger to a minor or a person under general curatorship, to the child-protection or prosecution authority; otherwise consent is needed (al. 2)."),
        earlierWordingsUnchecked: true,
        summary: new(
            "Personnel de l'aide aux victimes, danger sérieux pour un mineur ou une personne sous curatelle de portée générale, vers l'autorité de protection de l'enfant ou de poursuite pénale : divulgation permise sans consentement.",
            "Victim-support staff, a serious danger to a minor or a person under general curatorship, to the child-protection or criminal prosecution authority: disclosure permitted without consent."));
}
