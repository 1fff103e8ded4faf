using Intervention.Reporting.Auditing;
using Intervention.Testing.Shared;

namespace Intervention.Reporting.Auditing.Tests.PublicApi;

public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_file() => ApiApproval.Verify(typeof(ReportAuditor).Assembly);
}
