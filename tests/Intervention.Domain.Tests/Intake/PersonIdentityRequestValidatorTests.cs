using System.Linq;
using Intervention.Domain.Intake;
using Intervention.Domain.Localization;
using NodaTime;
using NodaTime.Testing;

namespace Intervention.Domain.Tests.Intake;

public sealed class PersonIdentityRequestValidatorTests
{
    private static readonly PersonIdentityRequestValidator Validator = new(new FakeClock(Instant.FromUtc(2026, 3, 10, 8, 0)));

    private static PersonIdentityRequest Valid() => new()
    {
        PersonId = TestData.NewGuid(901),
        FamilyName = "Martin",
        GivenNames = "Claire",
        BirthDate = new LocalDate(1990, 5, 17),
        Email = "claire.martin@example.org",
    };

    [Fact]
    public void A_valid_identity_becomes_a_PersonIdentity_whose_age_is_computed_on_a_date()
    {
        Assert.True(Validator.Validate(Valid()).IsValid);
        var identity = Valid().ToIdentity();

        Assert.Equal(35, identity.AgeOn(new LocalDate(2026, 3, 2)));
        Assert.Equal(People.AgeGroup.Minor, People.Ages.GroupOn(new LocalDate(2008, 3, 3), new LocalDate(2026, 3, 2)));
        Assert.Equal(People.AgeGroup.Adult, People.Ages.GroupOn(new LocalDate(2008, 3, 2), new LocalDate(2026, 3, 2)));
    }

    [Fact]
    public void Every_identity_problem_is_reported_at_once()
    {
        var request = Valid() with { FamilyName = " ", GivenNames = new string('x', 201), BirthDate = new LocalDate(2026, 3, 12), Email = "not-an-address" };

        var codes = Validator.Validate(request).Errors.Select(e => (e.PropertyName, e.ErrorCode)).Order().ToArray();

        Assert.Equal(
            new[]
            {
                ("BirthDate", DomainCodes.BirthDateInFuture),
                ("Email", DomainCodes.EmailInvalid),
                ("FamilyName", DomainCodes.Required),
                ("GivenNames", DomainCodes.TextTooLong),
            },
            codes);
    }
}
