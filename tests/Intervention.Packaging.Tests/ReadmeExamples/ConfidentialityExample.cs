using System.IO;
using System.Linq;
using Intervention.Confidentiality.Audit;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Domain.People;
using NodaTime;

namespace Intervention.Packaging.Tests.ReadmeExamples;

/// <summary>The example of <c>src/Intervention.Confidentiality/README.md</c>, run by <see cref="ReadmeExampleTests"/>.</summary>
public static class ConfidentialityExample
{
    /// <summary>Runs the example.</summary>
    public static string Run()
    {
        var output = new StringWriter();
        // README:start
        var engine = new DisclosureEngine(FrenchRulePack.Create(), ServicePolicy.LawOnly);
        var act = new LocalDateTime(2026, 3, 4, 9, 0).InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Paris"]);

        // A child at risk: the law in force on the day of the act decides, with its articles and a trace.
        var decision = engine.Decide(new DisclosureRequest(DiscloserKind.SocialWorker, RecipientKind.Crip, DisclosurePurpose.ChildProtection,
            [DataCategory.Identity, DataCategory.SituationDetails], [FactKind.ChildInDangerOrAtRisk], new DisclosureSubject(AgeGroup.Minor), [], act));
        output.WriteLine($"{decision.Outcome} on {string.Join(", ", decision.LegalBases.Select(b => b.RuleId))}; data allowed: {string.Join(", ", decision.AllowedData)}");

        // Every decision goes into a hash-chained audit sequence, which the host stores and verifies.
        var entry = AuditChain.Append(previous: null, decision, askedBy: "worker-17", recordedAt: act.ToInstant());
        output.WriteLine($"audit intact: {AuditChain.Verify([entry], AuditChain.HeadOf([entry]), key: null).IsValid}");
        // README:end
        return output.ToString();
    }
}
