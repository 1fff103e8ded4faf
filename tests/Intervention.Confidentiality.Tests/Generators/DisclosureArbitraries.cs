using FsCheck;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Testing;
using NodaTime;

namespace Intervention.Confidentiality.Tests.Generators;

/// <summary>
/// The property tests' disclosure questions over the whole French coverage, with dates crowded around every amendment: the test
/// authors' kit (Intervention.Testing), so the kit is proven on us first.
/// </summary>
public static class DisclosureArbitraries
{
    public static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
    private static readonly RulePack Pack = FrenchRulePack.Create();

    private static readonly (string Name, ServicePolicy Policy)[] Policies =
    [
        ("LawOnly", ServicePolicy.LawOnly),
        ("Framework2006", ServicePolicy.FrenchReferenceFramework2006),
        ("ChildAtRiskAsPermission", new ServicePolicy([], ["FR-CASF-L226-2-1"])),
    ];

    public static Gen<DisclosureQuestion> Requests { get; } = ConfidentialityGenerators.Questions(Pack, Paris, Policies);

    public static Arbitrary<DisclosureQuestion> PolicyAndRequests() => ConfidentialityGenerators.QuestionArbitrary(Pack, Paris, Policies);

    public static Arbitrary<DisclosureQuestion> For(RulePack pack, string zone) => ConfidentialityGenerators.QuestionArbitrary(pack, DateTimeZoneProviders.Tzdb[zone]);
}
