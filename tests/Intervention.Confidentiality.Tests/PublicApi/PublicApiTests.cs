using Intervention.Testing.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Intervention.Confidentiality.Tests.PublicApi;

public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_file() =>
        ApiApproval.Verify(typeof(InterventionConfidentialityServiceCollectionExtensions).Assembly);
}
