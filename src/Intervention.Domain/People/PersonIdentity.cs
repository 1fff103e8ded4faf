using System;
using NodaTime;

namespace Intervention.Domain.People;

/// <summary>
/// The identifying part of a person: names, contact, address and exact birth date. It is kept apart from the
/// case so that code which must never see identities (statistics, reports) cannot reach them by construction:
/// nothing in <see cref="Cases.Case"/> or <see cref="Participant"/> refers to this type.
/// </summary>
/// <remarks>R06, R07: activity reports exclude any nominative data, direct or indirect. The host stores identities where its own access rules apply.</remarks>
public sealed record PersonIdentity
{
    /// <summary>The longest text accepted in a field.</summary>
    public const int MaxFieldLength = 200;

    /// <summary>Creates an identity.</summary>
    /// <param name="id">The person's identifier.</param>
    /// <param name="familyName">The family name.</param>
    /// <param name="givenNames">The given names.</param>
    /// <param name="birthDate">The exact birth date, when known.</param>
    /// <param name="phone">A phone number, when given.</param>
    /// <param name="email">An e-mail address, when given.</param>
    /// <param name="address">A postal address, when given.</param>
    /// <exception cref="ArgumentException">The identifier is the default value, a name is blank, or a field is longer than <see cref="MaxFieldLength"/>.</exception>
    public PersonIdentity(PersonId id, string familyName, string givenNames, LocalDate? birthDate = null, string? phone = null, string? email = null, string? address = null)
    {
        Preconditions.CheckArgument(id != default, nameof(id), "The person identifier is required.");
        Id = id;
        FamilyName = CheckField(Preconditions.CheckNotBlank(familyName), nameof(familyName));
        GivenNames = CheckField(Preconditions.CheckNotBlank(givenNames), nameof(givenNames));
        BirthDate = birthDate;
        Phone = phone is null ? null : CheckField(phone, nameof(phone));
        Email = email is null ? null : CheckField(email, nameof(email));
        Address = address is null ? null : CheckField(address, nameof(address));
    }

    /// <summary>Gets the person's identifier.</summary>
    public PersonId Id { get; }

    /// <summary>Gets the family name.</summary>
    public string FamilyName { get; }

    /// <summary>Gets the given names.</summary>
    public string GivenNames { get; }

    /// <summary>Gets the exact birth date, when known.</summary>
    public LocalDate? BirthDate { get; }

    /// <summary>Gets the phone number, when given.</summary>
    public string? Phone { get; }

    /// <summary>Gets the e-mail address, when given.</summary>
    public string? Email { get; }

    /// <summary>Gets the postal address, when given.</summary>
    public string? Address { get; }

    /// <summary>Returns the person's age in whole years on a date, when the birth date is known.</summary>
    /// <param name="on">The date.</param>
    /// <returns>The age, or <see langword="null"/> when the birth date is unknown.</returns>
    /// <exception cref="ArgumentException"><paramref name="on"/> is before the birth date.</exception>
    public int? AgeOn(LocalDate on) => BirthDate is { } birth ? Ages.YearsBetween(birth, on) : null;

    private static string CheckField(string value, string paramName)
    {
        Preconditions.CheckArgument(value.Length <= MaxFieldLength, paramName, $"The field must be at most {MaxFieldLength} characters.");
        return value;
    }
}
