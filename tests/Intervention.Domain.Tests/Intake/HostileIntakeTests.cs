using System.Globalization;
using System.Linq;
using Intervention.Domain.Cases;
using Intervention.Domain.Intake;
using Intervention.Domain.Localization;
using NodaTime;

namespace Intervention.Domain.Tests.Intake;

/// <summary>Input no person could have, refused as a validation failure naming the field, never thrown from deep inside.</summary>
public sealed class HostileIntakeTests
{
    private static readonly NodaTime.Testing.FakeClock Clock = new(Instant.FromUtc(2026, 3, 4, 9, 0));

    [Fact]
    public void A_participant_born_in_1800_is_refused_with_the_field_named()
    {
        var request = OpenCaseRequestValidatorTests.Valid();
        request = request with { Participants = [request.Participants![0] with { BirthDate = new LocalDate(1800, 1, 1) }, .. request.Participants.Skip(1)] };

        var result = new CaseIntake(new OpenCaseRequestValidator(Clock)).Open(request);

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Validation.Errors);
        Assert.Equal(("Participants[0].BirthDate", DomainCodes.ParticipantAgeOutOfRange), (error.PropertyName, error.ErrorCode));
    }

    [Theory]
    [InlineData("fr-FR", "Impossible de « enregistrer une action » : la situation est à l'état « Reçue ».")]
    [InlineData("en", "Cannot 'record an action': the case is 'Received'.")]
    public void A_refused_operation_is_named_in_the_language_asked_for(string culture, string expected)
    {
        var message = DomainMessages.Format(DomainCodes.CaseInvalidTransition, CultureInfo.GetCultureInfo(culture),
            new System.Collections.Generic.Dictionary<string, object?> { ["Operation"] = "record an action", ["State"] = CaseState.Received });

        Assert.Equal(expected, message);
    }

    [Fact]
    public void Dates_are_written_as_the_language_writes_them_and_long_texts_are_cut()
    {
        var french = DomainMessages.Format(DomainCodes.ParticipantBirthDateAfterReferral, CultureInfo.GetCultureInfo("fr-FR"),
            new System.Collections.Generic.Dictionary<string, object?> { ["BirthDate"] = new LocalDate(2027, 6, 1), ["ReceivedOn"] = new string('x', 10_000) });

        Assert.StartsWith("La date de naissance (1 juin 2027)", french, System.StringComparison.Ordinal);
        Assert.True(french.Length < 300, french);
    }

    public static TheoryData<int, string> ExtremeSteps()
    {
        var data = new TheoryData<int, string>();
        foreach (var kind in System.Enum.GetValues<CaseStepKind>().Select(k => (int)k).Append(0).Append(99))
        {
            foreach (var date in new[] { "0001-01-01", "9999-12-31", "2026-03-03" })
            {
                data.Add(kind, date);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExtremeSteps))]
    public void A_step_of_any_kind_on_any_date_is_a_validation_result_never_an_exception(int kind, string date)
    {
        var opened = new CaseIntake(new OpenCaseRequestValidator(Clock)).Open(OpenCaseRequestValidatorTests.Valid()).Case!;
        var json = $"{{\"kind\":{kind},\"on\":\"{date}\",\"action\":\"Accompaniment\",\"receptivity\":\"Receptive\",\"by\":\"Person\",\"partner\":\"Health\",\"outcome\":\"Completed\"}}";
        var read = IntakeJson.ReadCaseStepRequest(json, CultureInfo.GetCultureInfo("fr-FR"));

        var result = read.Request is { } request ? new CaseSteps(Clock).Apply(opened, request) : read.Problems;

        Assert.NotNull(result);
        if (date != "2026-03-03" || kind is 0 or 99)
        {
            Assert.False(result.IsValid);
        }
    }
}
