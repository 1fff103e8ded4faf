using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using FluentValidation.Results;
using Intervention.Domain.Cases;
using Intervention.Domain.Intake;
using Intervention.Domain.Localization;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Serialization;
using Intervention.Domain.Services;
using NodaTime;
using NodaTime.Testing;

namespace Intervention.Domain.Tests.Intake;

public sealed class OpenCaseRequestValidatorTests
{
    // 2026-03-10 09:00 in Paris.
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 3, 10, 8, 0));
    private static readonly OpenCaseRequestValidator Validator = new(Clock);

    public static OpenCaseRequest Valid() => new()
    {
        CaseId = TestData.NewGuid(900),
        PostId = TestData.NewGuid(1),
        Profile = ServiceProfileKind.FrenchPoliceSocialWorker,
        Force = ForceKind.FrenchPoliceStation,
        Referral = new ReferralRequest { Channel = ReferralChannel.SelfReferralFromDayLog, ReceivedOn = new LocalDate(2026, 3, 2), Reference = "MC 2026/118" },
        Participants =
        [
            new ParticipantRequest { PersonId = TestData.NewGuid(901), Role = PartyRole.Victim, BirthDate = new LocalDate(1990, 5, 17), Sex = Sex.Female },
            new ParticipantRequest { PersonId = TestData.NewGuid(902), Role = PartyRole.Relative, BirthDate = new LocalDate(2015, 1, 3), Vulnerabilities = [Vulnerability.MentalIncapacity] },
        ],
        Situations = [SituationKind.ConjugalViolence, SituationKind.ChildAtRisk],
    };

    [Fact]
    public void A_valid_request_has_no_error() => Assert.True(Validator.Validate(Valid()).IsValid);

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_property_path()
    {
        var request = Valid() with
        {
            CaseId = Guid.Empty,
            Referral = new ReferralRequest { Channel = ReferralChannel.SelfReferralFromDayLog, ReceivedOn = new LocalDate(2026, 3, 11) },
            Participants = [Valid().Participants![0] with { BirthDate = new LocalDate(2026, 4, 1) }],
            Situations = [],
        };

        var errors = Validator.Validate(request).Errors;

        Assert.Equal(
            new[]
            {
                ("CaseId", DomainCodes.Required),
                ("Referral.ReceivedOn", DomainCodes.ReferralReceivedInFuture),
                ("Participants[0].BirthDate", DomainCodes.ParticipantBirthDateAfterReferral),
                ("Situations", DomainCodes.CaseSituationsEmpty),
            }.Order(),
            errors.Select(e => (e.PropertyName, e.ErrorCode)).Order());
    }

    [Fact]
    public void A_referral_dated_tomorrow_in_the_services_time_zone_is_in_the_future()
    {
        // 23:30 UTC on 9 March is already 10 March in Paris, but still 9 March in Québec.
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 9, 23, 30));
        var french = Valid() with { Referral = Valid().Referral! with { ReceivedOn = new LocalDate(2026, 3, 10) } };
        var quebec = french with
        {
            Profile = ServiceProfileKind.QuebecPolicePsychosocialCoordination,
            Force = ForceKind.QuebecMunicipalPolice,
            Referral = french.Referral! with { Channel = ReferralChannel.EmergencyDispatcher, Reference = null },
            Participants = [french.Participants![0] with { Role = PartyRole.PersonInDifficulty }],
            Situations = [SituationKind.DisturbedMentalState],
        };

        Assert.True(new OpenCaseRequestValidator(clock).Validate(french).IsValid);
        var error = Assert.Single(new OpenCaseRequestValidator(clock).Validate(quebec).Errors);
        Assert.Equal(DomainCodes.ReferralReceivedInFuture, error.ErrorCode);
    }

    [Fact]
    public void An_unknown_enum_value_from_json_is_a_named_validation_error_quoting_the_value()
    {
        var json = """
            {
              "caseId": "00000000-0000-0000-0000-000000000900", "postId": "00000000-0000-0000-0000-000000000001",
              "profile": "FrenchPoliceSocialWorker", "force": "Commissariat",
              "referral": { "channel": "SelfReferralFromDayLog", "receivedOn": "2026-03-02" },
              "participants": [ { "personId": "00000000-0000-0000-0000-000000000901", "role": "Victim", "declaredAgeGroup": "Adult", "sex": "Unicorn" } ],
              "situations": [ "ConjugalViolence", "Haunting" ]
            }
            """;
        var request = JsonSerializer.Deserialize<OpenCaseRequest>(json, InterventionJson.CreateOptions())!;

        var errors = WithCulture("en", () => Validator.Validate(request).Errors);

        Assert.All(errors, e => Assert.Equal(DomainCodes.UnknownValue, e.ErrorCode));
        Assert.Equal(new[] { "Force", "Participants[0].Sex", "Situations[1]" }, errors.Select(e => e.PropertyName).Order());
        Assert.Contains(errors, e => e.ErrorMessage == "'Haunting' is not a known value.");
        Assert.Contains(errors, e => e.ErrorMessage == "'Commissariat' is not a known value.");
    }

    [Theory]
    [InlineData("fr-FR", "Au moins une situation est obligatoire.")]
    [InlineData("fr-CA", "Au moins une situation est obligatoire.")]
    [InlineData("en-GB", "At least one situation is required.")]
    [InlineData("de-DE", "At least one situation is required.")]
    public void Messages_are_french_for_fr_and_fr_CA_and_english_otherwise(string culture, string expected)
    {
        var errors = WithCulture(culture, () => Validator.Validate(Valid() with { Situations = [] }).Errors);

        Assert.Equal(expected, Assert.Single(errors).ErrorMessage);
    }

    [Fact]
    public void Message_arguments_are_filled_and_kept_as_custom_state()
    {
        var request = Valid() with { Referral = Valid().Referral! with { ReceivedOn = new LocalDate(2026, 3, 12) } };

        var error = Assert.Single(WithCulture("en", () => Validator.Validate(request).Errors));

        Assert.Contains("(12 March 2026)", error.ErrorMessage, StringComparison.Ordinal);
        var arguments = Assert.IsAssignableFrom<System.Collections.Generic.IReadOnlyDictionary<string, object?>>(error.CustomState);
        Assert.Equal(new LocalDate(2026, 3, 10), arguments["Today"]);
    }

    [Theory]
    [Trait("Rule", "R20")]
    [InlineData(ReferralChannel.SelfReferralFromOperationsSynthesis, DomainCodes.ReferralChannelWrongForce)]
    [InlineData(ReferralChannel.EmergencyDispatcher, DomainCodes.ReferralChannelNotAllowed)]
    public void R20_a_channel_the_post_cannot_receive_is_refused(ReferralChannel channel, string code)
    {
        var error = Assert.Single(Validator.Validate(Valid() with { Referral = Valid().Referral! with { Channel = channel } }).Errors);

        Assert.Equal(("Referral.Channel", code), (error.PropertyName, error.ErrorCode));
    }

    [Fact]
    public void Messages_name_coded_values_with_their_french_or_english_label()
    {
        var request = Valid() with { Force = ForceKind.FrenchGendarmerieUnit };

        var french = WithCulture("fr-CA", () => Validator.Validate(request).Errors.Single().ErrorMessage);
        var english = WithCulture("en", () => Validator.Validate(request).Errors.Single().ErrorMessage);

        Assert.Contains("« Auto-saisine sur main courante »", french, StringComparison.Ordinal);
        Assert.Contains("'Self-referral from the day log'", english, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partner_referral_names_its_partner_and_other_channels_do_not()
    {
        var withoutPartner = Validator.Validate(Valid() with { Referral = Valid().Referral! with { Channel = ReferralChannel.PartnerReferral } });
        var unexpected = Validator.Validate(Valid() with { Referral = Valid().Referral! with { Partner = PartnerKind.School } });

        Assert.Equal(DomainCodes.ReferralPartnerRequired, Assert.Single(withoutPartner.Errors).ErrorCode);
        Assert.Equal(DomainCodes.ReferralPartnerNotExpected, Assert.Single(unexpected.Errors).ErrorCode);
    }

    [Fact]
    [Trait("Rule", "R02")]
    public void R02_participants_are_checked_one_by_one()
    {
        var request = Valid() with
        {
            Participants =
            [
                new ParticipantRequest { PersonId = TestData.NewGuid(901), Role = PartyRole.StaffMember, DeclaredAgeGroup = AgeGroup.Adult },
                new ParticipantRequest { PersonId = TestData.NewGuid(902), Role = PartyRole.Victim },
                new ParticipantRequest { PersonId = TestData.NewGuid(903), Role = PartyRole.Victim, BirthDate = new LocalDate(2015, 1, 1), DeclaredAgeGroup = AgeGroup.Adult },
            ],
        };

        var errors = Validator.Validate(request).Errors.Select(e => (e.PropertyName, e.ErrorCode)).ToArray();

        Assert.Equal(
            new[]
            {
                ("Participants[0].Role", DomainCodes.ParticipantRoleNotServed),
                ("Participants[1].DeclaredAgeGroup", DomainCodes.ParticipantAgeUnknown),
                ("Participants[2].DeclaredAgeGroup", DomainCodes.ParticipantAgeGroupContradicts),
            },
            errors);
    }

    [Fact]
    public void The_same_person_twice_and_the_same_situation_twice_are_refused()
    {
        var person = Valid().Participants![0];
        var errors = Validator.Validate(Valid() with { Participants = [person, person], Situations = [SituationKind.Precarity, SituationKind.Precarity] }).Errors;

        Assert.Equal(new[] { DomainCodes.ParticipantDuplicate, DomainCodes.CaseDuplicateSituation }.Order(), errors.Select(e => e.ErrorCode).Order());
    }

    [Fact]
    public void A_missing_referral_and_null_lists_are_reported_not_thrown()
    {
        var errors = Validator.Validate(new OpenCaseRequest()).Errors.Select(e => (e.PropertyName, e.ErrorCode)).ToArray();

        Assert.Contains(("Referral", DomainCodes.Required), errors);
        Assert.Contains(("Participants", DomainCodes.CaseParticipantsEmpty), errors);
        Assert.Contains(("Situations", DomainCodes.CaseSituationsEmpty), errors);
        Assert.Contains(("Profile", DomainCodes.UnknownValue), errors);
    }

    [Fact]
    public void Intake_opens_the_case_from_a_valid_request_without_keeping_birth_dates()
    {
        var result = new CaseIntake(Validator).Open(Valid());

        Assert.True(result.IsValid);
        var opened = result.Case!;
        Assert.Equal(new[] { (AgeGroup.Adult, (int?)35), (AgeGroup.Minor, (int?)11) }, opened.Participants.Select(p => (p.AgeGroup, p.AgeInYears)));
        Assert.Equal([SituationKind.ConjugalViolence, SituationKind.ChildAtRisk], opened.Situations);
        Assert.Equal("MC 2026/118", opened.Referral.Referrer.Reference);
        Assert.True(opened.Participants[1].IsMinorOrVulnerable);
    }

    [Fact]
    public void Intake_refuses_an_invalid_request_without_throwing()
    {
        var result = new CaseIntake(Validator).Open(Valid() with { Situations = [] });

        Assert.False(result.IsValid);
        Assert.Null(result.Case);
        Assert.Equal(DomainCodes.CaseSituationsEmpty, Assert.Single(result.Validation.Errors).ErrorCode);
    }

    private static T WithCulture<T>(string culture, Func<T> action)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
