using Intervention.Testing;
using Intervention.Testing.Shared;

namespace Intervention.Packaging.Tests;

/// <summary>The test authors' kit's public API is deliberate: it changes only with its approved file.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_testing_kit_public_api_is_approved() => ApiApproval.Verify(typeof(AnonymisationProperties).Assembly);
}
