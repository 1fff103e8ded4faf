using Intervention.Testing;
using Intervention.Testing.Shared;

namespace Intervention.Packaging.Tests;

/// <summary>The test authors' kits' public APIs are deliberate: each changes only with its approved file.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_testing_kit_public_api_is_approved() => ApiApproval.Verify(typeof(AnonymisationProperties).Assembly);

    [Fact]
    public void The_audited_testing_kit_public_api_is_approved() => ApiApproval.Verify(typeof(Intervention.Testing.Auditing.AuditedAnonymisationProperties).Assembly);
}
