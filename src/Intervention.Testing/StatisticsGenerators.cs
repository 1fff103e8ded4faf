using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Reporting.Statistics;
using NodaTime;

namespace Intervention.Testing;

/// <summary>
/// Generated statistics records with the strings that must never reach a published report: the identifiers, names, contact
/// details and free text of the cases they were projected from.
/// </summary>
/// <param name="Records">The records.</param>
/// <param name="Secrets">The strings no output may contain (empty for records generated without cases).</param>
public sealed record StatisticsSample(IReadOnlyList<StatisticsRecord> Records, IReadOnlyList<string> Secrets)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Records.Count} records: " + string.Join("; ", Records.Select(r => $"{r.Channel}/{string.Join("+", r.Situations)}/{r.AgeGroup}/{r.Territory}/{r.Month:uuuu-MM}{(r.ConsentToStatistics ? string.Empty : "/no consent")}"));

    /// <inheritdoc />
    public bool Equals(StatisticsSample? other) => other is not null && Records.SequenceEqual(other.Records) && Secrets.SequenceEqual(other.Secrets, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Records.Count, Secrets.Count);
}

/// <summary>
/// FsCheck generators for statistics: records shaped like real activity (a few large categories and a long tail, the shape
/// that makes small cells and suppression work hard; cases with several situations), and samples projected from generated
/// cases with their identities, for the "no identifier in any output" property.
/// </summary>
public static class StatisticsGenerators
{
    // Every channel and every situation, the frequent ones first (they then weigh the most, see Skewed).
    private static readonly ReferralChannel[] Channels = Frequent(
        [ReferralChannel.OfficerOrientation, ReferralChannel.SelfReferralFromDayLog, ReferralChannel.PartnerReferral, ReferralChannel.PersonThemself, ReferralChannel.FamilyViolenceReferent]);

    private static readonly SituationKind[] Situations = Frequent(
        [SituationKind.ConjugalViolence, SituationKind.Precarity, SituationKind.ChildAtRisk, SituationKind.IntraFamilyViolence]);

    /// <summary>A generator of records in a period and over a hierarchy's leaves, without age bands.</summary>
    /// <param name="period">The period the records' months fall in.</param>
    /// <param name="territories">The territory hierarchy (records fall on its leaves, a few often and most rarely).</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Gen<StatisticsRecord> Records(ReportPeriod period, TerritoryHierarchy territories) => Records(period, territories, null);

    /// <summary>
    /// A generator of records in a period and over a hierarchy's leaves that takes every value of every dimension: every service,
    /// channel, situation (one or two), age group, sex, leaf, month, outcome (or still open) and answer to "known to social
    /// services" (or unknown), and, when bands are given, every band that fits the age group (or none). The frequent values come
    /// first and weigh the most (a few large categories and a long tail); most records are of the French police social worker.
    /// </summary>
    /// <param name="period">The period the records' months fall in.</param>
    /// <param name="territories">The territory hierarchy (records fall on its leaves, a few often and most rarely).</param>
    /// <param name="ageBands">The bands records may carry (those from 18 on for adults, those before for minors), or null for none.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> or <paramref name="territories"/> is null.</exception>
    public static Gen<StatisticsRecord> Records(ReportPeriod period, TerritoryHierarchy territories, AgeBands? ageBands)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(territories);
        var leaves = territories.Leaves.Order(StringComparer.Ordinal).ToArray();
        AgeBand?[] BandsFor(AgeGroup group) =>
            [.. (ageBands?.Bands ?? []).Where(b => (b.From >= 18) == (group == AgeGroup.Adult)).Cast<AgeBand?>(), null];
        var profiles = Enum.GetValues<ServiceProfileKind>();
        var outcomes = Enum.GetValues<CaseOutcome>().Select(o => (CaseOutcome?)o).ToArray();
        return
            from profile in Gen.Frequency((12, Gen.Constant(ServiceProfileKind.FrenchPoliceSocialWorker)), (1, Gen.Elements(profiles)))
            from channel in Skewed(Channels)
            from situations in Gen.Frequency((5, Gen.Constant(1)), (1, Gen.Constant(2))).SelectMany(n => Gen.ListOf(Skewed(Situations), n))
            from territory in Skewed(leaves)
            from month in Gen.Choose(0, period.Months - 1)
            from age in Gen.Frequency((3, Gen.Constant(AgeGroup.Adult)), (1, Gen.Constant(AgeGroup.Minor)))
            from band in Gen.Elements(BandsFor(age))
            from sex in Gen.Elements(Enum.GetValues<Sex>())
            from outcome in Gen.Frequency((4, Gen.Constant<CaseOutcome?>(null)), (1, Gen.Elements(outcomes)))
            from known in Gen.Elements<bool?>(true, false, null)
            from consent in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
            from actions in Gen.Choose(0, 6)
            select new StatisticsRecord(profile, channel, situations.ToArray(), age, sex, band, territory, outcome, known, consent, period.First.PlusMonths(month), actions);
    }

    // The frequent values in their order, then every other value of the enum.
    private static T[] Frequent<T>(T[] frequent)
        where T : struct, Enum => [.. frequent, .. Enum.GetValues<T>().Except(frequent)];

    /// <summary>The arbitrary of record samples (up to a number of records), shrinking by removing records.</summary>
    /// <param name="period">The period.</param>
    /// <param name="territories">The territory hierarchy.</param>
    /// <param name="maxRecords">The largest number of records in a sample.</param>
    /// <returns>The arbitrary.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRecords"/> is negative.</exception>
    public static Arbitrary<StatisticsSample> Samples(ReportPeriod period, TerritoryHierarchy territories, int maxRecords)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRecords);
        var records = Records(period, territories);
        return Arb.From(
            Gen.Choose(0, maxRecords).SelectMany(n => Gen.ListOf(records, n)).Select(list => new StatisticsSample(list.ToArray(), [])),
            Shrink);
    }

    /// <summary>
    /// The arbitrary of samples projected from generated cases of every profile received in the period, each with its
    /// identities: the secrets are the case and person identifiers, names, birth dates, phone numbers, e-mail and postal
    /// addresses and referral references.
    /// </summary>
    /// <param name="period">The period the referrals are received in.</param>
    /// <param name="territories">The territory hierarchy.</param>
    /// <param name="maxCases">The largest number of cases in a sample.</param>
    /// <returns>The arbitrary.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxCases"/> is negative.</exception>
    public static Arbitrary<StatisticsSample> SamplesFromCases(ReportPeriod period, TerritoryHierarchy territories, int maxCases)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(territories);
        ArgumentOutOfRangeException.ThrowIfNegative(maxCases);
        var first = new LocalDate(period.First.Year, period.First.Month, 1);
        var days = Period.Between(first, first.PlusMonths(period.Months), PeriodUnits.Days).Days - 1;
        var leaves = territories.Leaves.Order(StringComparer.Ordinal).ToArray();
        var one =
            from recipe in DomainGenerators.RecipesOf(Enum.GetValues<ServiceProfileKind>(), first, days)
            from territory in Skewed(leaves)
            from consent in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
            from known in Gen.Elements<bool?>(true, false, null)
            select (recipe, territory, consent, known);
        var gen =
            from n in Gen.Choose(0, maxCases)
            from items in Gen.ListOf(one, n)
            select Project(items.ToArray());
        return Arb.From(gen, Shrink);
    }

    /// <summary>Shrinks a sample by removing one record at a time (its secrets stay: they must stay absent all the same).</summary>
    /// <param name="sample">The sample.</param>
    /// <returns>Smaller samples.</returns>
    public static IEnumerable<StatisticsSample> Shrink(StatisticsSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        for (var i = 0; i < sample.Records.Count; i++)
        {
            yield return sample with { Records = sample.Records.Where((_, j) => j != i).ToArray() };
        }
    }

    private static StatisticsSample Project((CaseRecipe Recipe, string Territory, bool Consent, bool? Known)[] items)
    {
        var records = new List<StatisticsRecord>(items.Length);
        var secrets = new List<string>();
        foreach (var (recipe, territory, consent, known) in items)
        {
            var built = recipe.Build();
            records.Add(StatisticsRecord.From(built, territory, AgeBands.Default, consent, known));
            secrets.Add(built.Id.ToString());
            secrets.Add(recipe.ReferralReference);
            foreach (var identity in recipe.Identities())
            {
                secrets.Add(identity.Id.ToString());
                secrets.Add(identity.FamilyName);
                secrets.Add(identity.GivenNames);
                secrets.AddRange(new[] { identity.Phone, identity.Email, identity.Address, identity.BirthDate?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }.OfType<string>());
            }
        }

        return new StatisticsSample(records, secrets.Distinct(StringComparer.Ordinal).ToArray());
    }

    // Category i drawn with weight ∝ (i + 1)^-1.2, as the benchmarks' shapes.
    private static Gen<T> Skewed<T>(T[] categories) =>
        Gen.Frequency(categories.Select((c, i) => ((int)Math.Round(1000 * Math.Pow(i + 1, -1.2)), Gen.Constant(c))).ToArray());
}
