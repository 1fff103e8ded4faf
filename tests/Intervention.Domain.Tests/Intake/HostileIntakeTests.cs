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
}
