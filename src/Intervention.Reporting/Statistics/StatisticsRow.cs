using System;
using System.Linq;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Reporting.Statistics;

/// <summary>
/// A <see cref="StatisticsRecord"/> flattened for a host's database: the situations as a bit mask (bit <c>s − 1</c> for
/// situation <c>s</c>), the age band as its code, the month as year and month numbers. Coded fields only.
/// </summary>
/// <remarks>Hosts map it with their ORM (every property, plus a key of their own) and pass the query to
/// <see cref="ActivityReporter.Produce(ReportDefinition, System.Linq.IQueryable{StatisticsRow}, System.Collections.Generic.IReadOnlyList{PublishedRelease}?)"/>.</remarks>
public sealed record StatisticsRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="profile">The service.</param>
    /// <param name="channel">The referral channel.</param>
    /// <param name="situationMask">The situations as a bit mask (bit <c>s − 1</c> for situation <c>s</c>).</param>
    /// <param name="ageGroup">Minor or adult.</param>
    /// <param name="sex">The sex recorded.</param>
    /// <param name="ageBand">The age band's code, or <see langword="null"/>.</param>
    /// <param name="territory">The territory's leaf code.</param>
    /// <param name="outcome">The outcome, once closed.</param>
    /// <param name="knownToSocialServices">Whether social services already knew the person, when known.</param>
    /// <param name="consentToStatistics">Whether the person agreed to appear in statistics.</param>
    /// <param name="year">The year the referral was received.</param>
    /// <param name="month">The month (1–12) the referral was received.</param>
    /// <param name="actions">The number of actions.</param>
    public StatisticsRow(
        ServiceProfileKind profile,
        ReferralChannel channel,
        int situationMask,
        AgeGroup ageGroup,
        Sex sex,
        string? ageBand,
        string territory,
        CaseOutcome? outcome,
        bool? knownToSocialServices,
        bool consentToStatistics,
        int year,
        int month,
        int actions)
    {
        Profile = profile;
        Channel = channel;
        SituationMask = situationMask;
        AgeGroup = ageGroup;
        Sex = sex;
        AgeBand = ageBand;
        Territory = territory;
        Outcome = outcome;
        KnownToSocialServices = knownToSocialServices;
        ConsentToStatistics = consentToStatistics;
        Year = year;
        Month = month;
        Actions = actions;
    }

    /// <summary>Gets the service.</summary>
    public ServiceProfileKind Profile { get; }

    /// <summary>Gets the referral channel.</summary>
    public ReferralChannel Channel { get; }

    /// <summary>Gets the situations as a bit mask.</summary>
    public int SituationMask { get; }

    /// <summary>Gets minor or adult.</summary>
    public AgeGroup AgeGroup { get; }

    /// <summary>Gets the sex recorded.</summary>
    public Sex Sex { get; }

    /// <summary>Gets the age band's code.</summary>
    public string? AgeBand { get; }

    /// <summary>Gets the territory's leaf code.</summary>
    public string Territory { get; }

    /// <summary>Gets the outcome.</summary>
    public CaseOutcome? Outcome { get; }

    /// <summary>Gets whether social services already knew the person.</summary>
    public bool? KnownToSocialServices { get; }

    /// <summary>Gets whether the person agreed to appear in statistics.</summary>
    public bool ConsentToStatistics { get; }

    /// <summary>Gets the year received.</summary>
    public int Year { get; }

    /// <summary>Gets the month received.</summary>
    public int Month { get; }

    /// <summary>Gets the number of actions.</summary>
    public int Actions { get; }

    /// <summary>Flattens a record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static StatisticsRow From(StatisticsRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new StatisticsRow(
            record.Profile, record.Channel, (int)Counting.SituationMask.Of(record.Situations), record.AgeGroup, record.Sex,
            record.AgeBand?.Code, record.Territory, record.Outcome, record.KnownToSocialServices, record.ConsentToStatistics, record.Month.Year, record.Month.Month, record.Actions);
    }

    /// <summary>Turns the row back into a record.</summary>
    /// <param name="bands">The age bands its code comes from (required when the row has an age band).</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException">The mask names no situation or an unknown one, the age band is not one of <paramref name="bands"/>, or the month is invalid.</exception>
    public StatisticsRecord ToRecord(AgeBands? bands)
    {
        if (SituationMask <= 0 || !Counting.SituationMask.TryRead((ulong)SituationMask, out var situations))
        {
            throw new ArgumentException($"The situation mask {SituationMask} names no or unknown situations.", nameof(SituationMask));
        }

        AgeBand? band = null;
        if (AgeBand is not null)
        {
            band = bands?.Bands.FirstOrDefault(b => b.Code == AgeBand) ?? throw new ArgumentException($"The age band '{AgeBand}' is not one of the definition's.", nameof(AgeBand));
        }

        if (Month is < 1 or > 12)
        {
            throw new ArgumentException($"The month {Month} is not 1 to 12.", nameof(Month));
        }

        return new StatisticsRecord(Profile, Channel, situations, AgeGroup, Sex, band, Territory, Outcome, KnownToSocialServices, ConsentToStatistics, new YearMonth(Year, Month), Actions);
    }
}
