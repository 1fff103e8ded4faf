using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Intervention.Domain.People;

/// <summary>
/// A person concerned by a case, without anything that identifies them: role, minor or adult, age in years
/// at the referral date, sex and grounds of vulnerability. The identity lives in <see cref="PersonIdentity"/>.
/// </summary>
/// <remarks>R02 (adult or minor, victim or alleged perpetrator), R50 (victims, relatives, witnesses). Vulnerability follows Code pénal 226-14 1°: age, physical or mental incapacity, pregnancy.</remarks>
public sealed record Participant
{
    /// <summary>The oldest age accepted, in years.</summary>
    public const int MaxAge = 130;

    private readonly Vulnerability[] _vulnerabilities;

    /// <summary>Creates a participant.</summary>
    /// <param name="person">The person's identifier (a pseudonymous key; the identity is held elsewhere).</param>
    /// <param name="role">The role in the situation.</param>
    /// <param name="ageGroup">Minor or adult at the referral date.</param>
    /// <param name="ageInYears">The age in years at the referral date, when known; must agree with <paramref name="ageGroup"/>.</param>
    /// <param name="sex">The sex recorded.</param>
    /// <param name="vulnerabilities">The grounds of vulnerability (duplicates are merged).</param>
    /// <exception cref="ArgumentException">The identifier is the default value, or the age disagrees with the age group.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined or the age is out of range.</exception>
    public Participant(PersonId person, PartyRole role, AgeGroup ageGroup, int? ageInYears, Sex sex, IReadOnlyList<Vulnerability> vulnerabilities)
    {
        Preconditions.CheckArgument(person != default, nameof(person), "The person identifier is required.");
        Preconditions.CheckDefined(role);
        Preconditions.CheckDefined(ageGroup);
        Preconditions.CheckDefined(sex);
        Preconditions.CheckNotNull(vulnerabilities);
        if (ageInYears is { } age)
        {
            Preconditions.CheckArgumentRange(nameof(ageInYears), age, 0, MaxAge);
            Preconditions.CheckArgument((age >= Ages.AgeOfMajority) == (ageGroup == AgeGroup.Adult), nameof(ageGroup), "The age group must agree with the age in years.");
        }

        var set = SequenceEquality.CanonicalSet(vulnerabilities);
        foreach (var v in set)
        {
            Preconditions.CheckDefined(v, nameof(vulnerabilities));
        }

        Person = person;
        Role = role;
        AgeGroup = ageGroup;
        AgeInYears = ageInYears;
        Sex = sex;
        _vulnerabilities = set;
    }

    /// <summary>Gets the person's identifier.</summary>
    public PersonId Person { get; }

    /// <summary>Gets the role in the situation.</summary>
    public PartyRole Role { get; }

    /// <summary>Gets whether the person was a minor or an adult at the referral date.</summary>
    public AgeGroup AgeGroup { get; }

    /// <summary>Gets the age in years at the referral date, when the birth date was known.</summary>
    public int? AgeInYears { get; }

    /// <summary>Gets the sex recorded.</summary>
    public Sex Sex { get; }

    /// <summary>Gets the grounds of vulnerability, distinct and in enum order.</summary>
    public IReadOnlyList<Vulnerability> Vulnerabilities => Array.AsReadOnly(_vulnerabilities);

    /// <summary>Gets whether the person is a minor or has a ground of vulnerability: "une personne qui n'est pas en mesure de se protéger en raison de son âge ou de son incapacité physique ou psychique" (Code pénal 226-14 1°) or a pregnant woman.</summary>
    public bool IsMinorOrVulnerable => AgeGroup == AgeGroup.Minor || _vulnerabilities.Length > 0;

    /// <summary>Creates a participant from a person's identity, computing minor/adult and age at the referral date, then forgetting the identity.</summary>
    /// <param name="identity">The identity (only its id and birth date are read).</param>
    /// <param name="role">The role.</param>
    /// <param name="referralDate">The referral date, at which age is computed.</param>
    /// <param name="sex">The sex recorded.</param>
    /// <param name="vulnerabilities">The grounds of vulnerability.</param>
    /// <param name="declaredAgeGroup">Minor or adult when the birth date is unknown; ignored if the birth date is known and agrees, refused if it disagrees.</param>
    /// <returns>The participant.</returns>
    /// <exception cref="ArgumentException">The birth date is after the referral date, or neither a birth date nor a declared age group is available, or they disagree.</exception>
    public static Participant FromIdentity(PersonIdentity identity, PartyRole role, LocalDate referralDate, Sex sex, IReadOnlyList<Vulnerability> vulnerabilities, AgeGroup? declaredAgeGroup = null)
    {
        Preconditions.CheckNotNull(identity);
        var (group, age) = ResolveAge(identity.BirthDate, declaredAgeGroup, referralDate);
        return new Participant(identity.Id, role, group, age, sex, vulnerabilities);
    }

    /// <summary>Works out minor/adult and the age in years from a birth date or a declared group.</summary>
    internal static (AgeGroup Group, int? Age) ResolveAge(LocalDate? birthDate, AgeGroup? declared, LocalDate referralDate)
    {
        if (birthDate is { } birth)
        {
            Preconditions.CheckArgument(birth <= referralDate, nameof(birthDate), "The birth date is after the referral date.");
            var age = Ages.YearsBetween(birth, referralDate);
            var group = age >= Ages.AgeOfMajority ? AgeGroup.Adult : AgeGroup.Minor;
            Preconditions.CheckArgument(declared is null || declared == group, nameof(declared), "The declared age group contradicts the birth date.");
            return (group, age);
        }

        Preconditions.CheckArgument(declared.HasValue, nameof(declared), "Without a birth date, the age group must be declared.");
        return (declared.Value, null);
    }

    /// <inheritdoc />
    public bool Equals(Participant? other) =>
        other is not null && Person == other.Person && Role == other.Role && AgeGroup == other.AgeGroup
        && AgeInYears == other.AgeInYears && Sex == other.Sex && _vulnerabilities.AsSpan().SequenceEqual(other._vulnerabilities);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Person, Role, AgeGroup, AgeInYears, Sex, SequenceEquality.Hash(_vulnerabilities));
}
