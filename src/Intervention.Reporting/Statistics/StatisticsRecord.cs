using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Reporting.Statistics.Dimensions;
using NodaTime;

namespace Intervention.Reporting.Statistics;

/// <summary>
/// One case as statistics see it: coded fields only, by construction. No name, no identifier, no free text, no date finer
/// than the month: nothing here can identify a person (R06, R07).
/// </summary>
/// <remarks>Built from a <see cref="Case"/> with <see cref="From"/>, or mapped by the host from its own rows.</remarks>
public sealed record StatisticsRecord
{
    private readonly SituationKind[] _situations;

    /// <summary>Creates a record.</summary>
    /// <param name="profile">The service.</param>
    /// <param name="channel">The referral channel.</param>
    /// <param name="situations">The situations (at least one; duplicates merged).</param>
    /// <param name="ageGroup">Minor or adult (of the main person concerned).</param>
    /// <param name="sex">The sex recorded.</param>
    /// <param name="ageBand">The age band, or <see langword="null"/> when the age is unknown.</param>
    /// <param name="territory">The territory's leaf code.</param>
    /// <param name="outcome">The outcome, once closed.</param>
    /// <param name="knownToSocialServices">Whether sector social workers already followed the person (R21, R23), when known.</param>
    /// <param name="consentToStatistics">Whether the person agreed to appear in statistics.</param>
    /// <param name="month">The month the referral was received.</param>
    /// <param name="actions">The number of actions performed.</param>
    /// <exception cref="ArgumentException">No situation, a blank territory, or a negative number of actions.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public StatisticsRecord(
        ServiceProfileKind profile,
        ReferralChannel channel,
        IReadOnlyList<SituationKind> situations,
        AgeGroup ageGroup,
        Sex sex,
        AgeBand? ageBand,
        string territory,
        CaseOutcome? outcome,
        bool? knownToSocialServices,
        bool consentToStatistics,
        YearMonth month,
        int actions)
    {
        ArgumentNullException.ThrowIfNull(situations);
        ArgumentException.ThrowIfNullOrWhiteSpace(territory);
        ArgumentOutOfRangeException.ThrowIfNegative(actions);
        Defined(profile);
        Defined(channel);
        Defined(ageGroup);
        Defined(sex);
        if (outcome is { } o)
        {
            Defined(o);
        }

        _situations = situations.Select(Defined).Distinct().Order().ToArray();
        if (_situations.Length == 0)
        {
            throw new ArgumentException("A record has at least one situation.", nameof(situations));
        }

        Profile = profile;
        Channel = channel;
        AgeGroup = ageGroup;
        Sex = sex;
        AgeBand = ageBand;
        Territory = territory;
        Outcome = outcome;
        KnownToSocialServices = knownToSocialServices;
        ConsentToStatistics = consentToStatistics;
        Month = month;
        Actions = actions;
        MonthNumber = MonthIndex.Of(month);
        TerritoryHash = CodeHash(territory);
        SituationMask = Counting.SituationMask.Of(_situations);
    }

    /// <summary>Gets the service.</summary>
    public ServiceProfileKind Profile { get; }

    /// <summary>Gets the referral channel.</summary>
    public ReferralChannel Channel { get; }

    /// <summary>Gets the situations, distinct and in order.</summary>
    public IReadOnlyList<SituationKind> Situations => _situations;

    /// <summary>Gets minor or adult.</summary>
    public AgeGroup AgeGroup { get; }

    /// <summary>Gets the sex recorded.</summary>
    public Sex Sex { get; }

    /// <summary>Gets the age band, when the age is known.</summary>
    public AgeBand? AgeBand { get; }

    /// <summary>Gets the territory's leaf code.</summary>
    public string Territory { get; }

    /// <summary>Gets the outcome, once closed.</summary>
    public CaseOutcome? Outcome { get; }

    /// <summary>Gets whether social services already knew the person, when known.</summary>
    public bool? KnownToSocialServices { get; }

    /// <summary>Gets whether the person agreed to appear in statistics.</summary>
    public bool ConsentToStatistics { get; }

    /// <summary>Gets the month the referral was received.</summary>
    public YearMonth Month { get; }

    /// <summary>Gets the number of actions performed.</summary>
    public int Actions { get; }

    /// <summary>Gets the month as a number of months since year 0 (what the counter reads, rather than the month's fields).</summary>
    internal int MonthNumber { get; }

    /// <summary>Gets a cheap hash of the territory code (see <see cref="CodeHash"/>), taken once here rather than once per report.</summary>
    internal int TerritoryHash { get; }

    /// <summary>A cheap hash of a non-empty code: its length and four of its characters, the last two among them, where codes such as
    /// INSEE's differ most (the counter's table compares by reference, so a collision only costs a probe).</summary>
    internal static int CodeHash(string code)
    {
        var h = ((uint)code.Length * 0x9E3779B1u) ^ ((uint)code[^1] * 0x85EBCA77u) ^ ((uint)code[code.Length / 2] * 0xC2B2AE3Du)
            ^ ((uint)code[0] * 0x27D4EB2Fu) ^ ((uint)code[Math.Max(0, code.Length - 2)] * 0x165667B1u);
        return (int)((h ^ (h >> 15)) & int.MaxValue);
    }

    /// <summary>Gets the situations as bits (<see cref="Counting.SituationMask"/>, the encoding of <see cref="StatisticsRow.SituationMask"/>):
    /// what the counter reads, rather than walking the list.</summary>
    internal ulong SituationMask { get; }

    /// <summary>Gets the person's pseudonymous key, which lets <see cref="CountingUnit.DistinctPersons"/> count them once (R25); set it
    /// with <c>with { Person = linker.KeyOf(personId) }</c>. It is compared, never published.</summary>
    public PersonLinkKey? Person { get; init; }

    /// <summary>Projects a case: the first participant's age group, sex and age band, the month of referral, the situations, the outcome.</summary>
    /// <param name="source">The case.</param>
    /// <param name="territory">The territory leaf code the host attaches (the commune or the unit of the case).</param>
    /// <param name="bands">The age bands.</param>
    /// <param name="consentToStatistics">Whether the person agreed to appear in statistics.</param>
    /// <param name="knownToSocialServices">Whether social services already knew the person, when known.</param>
    /// <returns>The record; nothing of the case's identity reaches it (the case holds none).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static StatisticsRecord From(Case source, string territory, AgeBands bands, bool consentToStatistics, bool? knownToSocialServices = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(bands);
        var main = source.Participants[0];
        return new StatisticsRecord(
            source.Post.ProfileKind,
            source.Referral.Channel,
            source.Situations,
            main.AgeGroup,
            main.Sex,
            main.AgeInYears is { } age ? bands.Of(age) : null,
            territory,
            source.Outcome,
            knownToSocialServices,
            consentToStatistics,
            new YearMonth(source.Referral.ReceivedOn.Year, source.Referral.ReceivedOn.Month),
            source.Actions.Count);
    }

    /// <inheritdoc />
    public bool Equals(StatisticsRecord? other) =>
        other is not null && Profile == other.Profile && Channel == other.Channel && AgeGroup == other.AgeGroup && Sex == other.Sex
        && AgeBand == other.AgeBand && Territory == other.Territory && Outcome == other.Outcome && KnownToSocialServices == other.KnownToSocialServices
        && ConsentToStatistics == other.ConsentToStatistics && Month == other.Month && Actions == other.Actions && Person == other.Person && _situations.AsSpan().SequenceEqual(other._situations);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Profile, Channel, Territory, Month, _situations.Length);

    private static T Defined<T>(T value)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined {typeof(T).Name}.");
}
