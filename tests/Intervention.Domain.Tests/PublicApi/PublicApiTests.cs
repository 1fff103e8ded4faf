using Intervention.Domain.Cases;
using Intervention.Testing.Shared;

namespace Intervention.Domain.Tests.PublicApi;

public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_file() => ApiApproval.Verify(typeof(Case).Assembly);
}
