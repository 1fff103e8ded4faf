using System.Linq;
using System.Text.Json;
using Intervention.Domain.Intake;
using Intervention.Domain.Localization;
using Intervention.Domain.Serialization;
using NodaTime;
using NodaTime.Testing;

namespace Intervention.Domain.Tests.Intake;

public sealed class NullInputTests
{
    private static readonly OpenCaseRequestValidator Validator = new(new FakeClock(Instant.FromUtc(2026, 3, 10, 8, 0)));

    [Fact]
    public void A_null_participant_or_a_json_null_is_a_validation_error_not_a_crash()
    {
        var withNull = OpenCaseRequestValidatorTests.Valid() with { Participants = [OpenCaseRequestValidatorTests.Valid().Participants![0], null!] };
        var fromJson = JsonSerializer.Deserialize<OpenCaseRequest>("{\"referral\":null,\"participants\":[null],\"situations\":null}", InterventionJson.CreateOptions())!;

        var nullElement = Validator.Validate(withNull).Errors;
        var jsonNulls = new CaseIntake(Validator).Open(fromJson);

        Assert.Equal(("Participants[1]", DomainCodes.Required), (nullElement.Single().PropertyName, nullElement.Single().ErrorCode));
        Assert.False(jsonNulls.IsValid);
        Assert.Contains(jsonNulls.Validation.Errors, e => e.PropertyName == "Participants[0]" && e.ErrorCode == DomainCodes.Required);
    }
}
