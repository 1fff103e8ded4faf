using System.Globalization;
using System.Linq;
using System.Text.Json;
using Intervention.Domain.Intake;
using Intervention.Domain.Localization;
using Intervention.Domain.Serialization;
using NodaTime;

namespace Intervention.Domain.Tests.Intake;

/// <summary>Intake requests read from JSON: every problem at its JSON path, in the language asked for, never an exception.</summary>
public sealed class IntakeJsonTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly NodaTime.Testing.FakeClock Clock = new(Instant.FromUtc(2026, 3, 4, 9, 0));
    private static readonly CaseIntake Intake = new(new OpenCaseRequestValidator(Clock));

    private static string ValidJson() => JsonSerializer.Serialize(OpenCaseRequestValidatorTests.Valid(), InterventionJson.CreateOptions());

    [Fact]
    public void A_valid_request_opens_its_case_from_json()
    {
        var result = Intake.Open(ValidJson(), French);

        Assert.True(result.IsValid, string.Join("; ", result.Validation.Errors.Select(e => $"{e.PropertyName} {e.ErrorCode}")));
    }

    [Fact]
    public void Validation_problems_carry_the_json_path_and_the_language_asked_for()
    {
        var json = ValidJson().Replace("\"1990-05-17\"", "\"1800-01-01\"", System.StringComparison.Ordinal);

        var error = Assert.Single(Intake.Open(json, French).Validation.Errors);

        Assert.Equal(("participants[0].birthDate", DomainCodes.ParticipantAgeOutOfRange), (error.PropertyName, error.ErrorCode));
        Assert.StartsWith("La date de naissance (1 janvier 1800)", error.ErrorMessage, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{", DomainCodes.JsonMalformed, "")]
    [InlineData("[]", DomainCodes.JsonMalformed, "")]
    [InlineData("{\"caseId\":42}", DomainCodes.JsonMalformed, "caseId")]
    [InlineData("{\"nonsense\":1}", DomainCodes.JsonMalformed, "nonsense")]
    [InlineData("{\"caseId\":\"6f1c2a4e-0d1b-4f55-9a51-3c6f1e2d7a90\",\"caseId\":\"6f1c2a4e-0d1b-4f55-9a51-3c6f1e2d7a91\"}", DomainCodes.JsonDuplicateProperty, "caseId")]
    [InlineData("{\"referral\":{\"receivedOn\":\"2026-02-30\"}}", DomainCodes.JsonMalformed, "referral.receivedOn")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", DomainCodes.JsonMalformed, "")]
    public void Unreadable_json_is_a_problem_at_its_path(string json, string code, string path)
    {
        var result = Intake.Open(json, French);

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Validation.Errors);
        Assert.Equal((path, code), (error.PropertyName, error.ErrorCode));
        Assert.DoesNotContain("System.", error.ErrorMessage, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_surrogate_is_a_problem_not_an_exception()
    {
        var error = Assert.Single(IntakeJson.ReadCaseStepRequest("{\"kind\":\"\uDC00\"}", CultureInfo.GetCultureInfo("en")).Problems.Errors);

        Assert.Equal(DomainCodes.JsonInvalidText, error.ErrorCode);
        Assert.Equal("The text holds an invalid character (a lone surrogate) at offset 9.", error.ErrorMessage);
    }
}
