using System;
using NodaTime;

namespace Intervention.Domain.People;

/// <summary>Age arithmetic on calendar dates (NodaTime), shared by identities, participants and validators.</summary>
public static class Ages
{
    /// <summary>The age of majority in France, Québec, Belgium and Switzerland.</summary>
    public const int AgeOfMajority = 18;

    /// <summary>Returns the whole years between a birth date and a date (a person born on 29 February comes of age on 1 March in common years).</summary>
    /// <param name="birthDate">The birth date.</param>
    /// <param name="on">The date.</param>
    /// <returns>The age in completed years.</returns>
    /// <exception cref="ArgumentException"><paramref name="on"/> is before <paramref name="birthDate"/>.</exception>
    public static int YearsBetween(LocalDate birthDate, LocalDate on)
    {
        Preconditions.CheckArgument(on >= birthDate, nameof(on), "The date is before the birth date.");
        return Period.Between(birthDate, on, PeriodUnits.Years).Years;
    }

    /// <summary>Returns whether a person born on a date is a minor or an adult on another date.</summary>
    /// <param name="birthDate">The birth date.</param>
    /// <param name="on">The date.</param>
    /// <returns><see cref="AgeGroup.Minor"/> before the 18th birthday, <see cref="AgeGroup.Adult"/> from it.</returns>
    /// <exception cref="ArgumentException"><paramref name="on"/> is before <paramref name="birthDate"/>.</exception>
    public static AgeGroup GroupOn(LocalDate birthDate, LocalDate on) =>
        YearsBetween(birthDate, on) >= AgeOfMajority ? AgeGroup.Adult : AgeGroup.Minor;
}
