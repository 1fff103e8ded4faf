using Intervention.Testing.Shared;

namespace Intervention.EntityFrameworkCore.Tests.PublicApi;

public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_file() => ApiApproval.Verify(typeof(InterventionModel).Assembly);
}
