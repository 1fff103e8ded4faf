using System;
using FluentValidation;
using Intervention.Domain.Localization;
using Intervention.Domain.People;
using NodaTime;

namespace Intervention.Domain.Intake;

/// <summary>A person's identity as a host submits it; validated by <see cref="PersonIdentityRequestValidator"/>, then turned into a <see cref="PersonIdentity"/>.</summary>
public sealed record PersonIdentityRequest
{
    /// <summary>Gets the person's identifier in the host.</summary>
    public Guid PersonId { get; init; }

    /// <summary>Gets the family name.</summary>
    public string? FamilyName { get; init; }

    /// <summary>Gets the given names.</summary>
    public string? GivenNames { get; init; }

    /// <summary>Gets the birth date, when known.</summary>
    public LocalDate? BirthDate { get; init; }

    /// <summary>Gets a phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets an e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Gets a postal address.</summary>
    public string? Address { get; init; }

    /// <summary>Creates the identity from a request that <see cref="PersonIdentityRequestValidator"/> found valid.</summary>
    /// <returns>The identity.</returns>
    /// <exception cref="ArgumentException">The request was not validated first and is invalid.</exception>
    public PersonIdentity ToIdentity() =>
        new(Domain.PersonId.From(PersonId), FamilyName!, GivenNames!, BirthDate, Phone, Email, Address);
}

/// <summary>Validates a <see cref="PersonIdentityRequest"/>: identifier and names required, lengths, e-mail, birth date not in the future.</summary>
/// <remarks>An identity belongs to no service, so "today" is taken at the earliest time zone (UTC+14): only a date in the future everywhere is refused.</remarks>
public sealed class PersonIdentityRequestValidator : AbstractValidator<PersonIdentityRequest>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="clock">The clock that says what today is.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public PersonIdentityRequestValidator(IClock clock)
    {
        Preconditions.CheckNotNull(clock);
        var max = PersonIdentity.MaxFieldLength;
        RuleFor(x => x.PersonId).NotEqual(Guid.Empty).WithDomainCode(DomainCodes.Required);
        RuleFor(x => x.FamilyName).NotEmpty().WithDomainCode(DomainCodes.Required);
        RuleFor(x => x.GivenNames).NotEmpty().WithDomainCode(DomainCodes.Required);
        foreach (var field in new System.Linq.Expressions.Expression<Func<PersonIdentityRequest, string?>>[] { x => x.FamilyName, x => x.GivenNames, x => x.Phone, x => x.Email, x => x.Address })
        {
            RuleFor(field).MaximumLength(max).WithDomainCode(DomainCodes.TextTooLong, (_, _) => OpenCaseRequestValidator.Args(("MaxLength", max)));
        }

        RuleFor(x => x.Phone).NotEmpty().When(x => x.Phone is not null).WithDomainCode(DomainCodes.Required);
        RuleFor(x => x.Address).NotEmpty().When(x => x.Address is not null).WithDomainCode(DomainCodes.Required);
        RuleFor(x => x.Email).EmailAddress().When(x => x.Email is not null).WithDomainCode(DomainCodes.EmailInvalid);
        RuleFor(x => x.Email).NotEmpty().When(x => x.Email is not null).WithDomainCode(DomainCodes.EmailInvalid);
        RuleFor(x => x.BirthDate)
            .Must(birth => birth!.Value <= clock.GetCurrentInstant().InZone(DateTimeZone.ForOffset(Offset.FromHours(14))).Date)
            .When(x => x.BirthDate.HasValue)
            .WithDomainCode(DomainCodes.BirthDateInFuture, (_, birth) => OpenCaseRequestValidator.Args(("BirthDate", birth)));
    }
}
