using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Intervention.Reporting.Statistics.Dimensions;
using NodaTime;

namespace Intervention.Reporting.Statistics;

/// <summary>A dimension a table may cross.</summary>
public enum StatisticsDimension
{
    /// <summary>The service.</summary>
    Profile = 1,

    /// <summary>The referral channel (R06: saisine modes).</summary>
    Channel = 2,

    /// <summary>The situations: multi-valued, a case counts in each of its situations while totals count distinct cases.</summary>
    Situation = 3,

    /// <summary>Minor or adult.</summary>
    AgeGroup = 4,

    /// <summary>The sex recorded.</summary>
    Sex = 5,

    /// <summary>The age band.</summary>
    AgeBand = 6,

    /// <summary>The territory, at a level of the hierarchy (R23).</summary>
    Territory = 7,

    /// <summary>The outcome (R06: suites données), or open.</summary>
    Outcome = 8,

    /// <summary>Whether social services already knew the person (R23).</summary>
    KnownToSocialServices = 9,

    /// <summary>The sub-period of the report (month, quarter or half-year).</summary>
    Period = 10,
}

/// <summary>How a report's period, or the period dimension, is divided.</summary>
public enum PeriodGranularity
{
    /// <summary>Calendar months.</summary>
    Month = 1,

    /// <summary>Calendar quarters.</summary>
    Quarter = 3,

    /// <summary>Calendar half-years.</summary>
    HalfYear = 6,

    /// <summary>Calendar years.</summary>
    Year = 12,
}

/// <summary>One dimension of a table, with its territory level or period granularity where relevant.</summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="TerritoryLevel">For <see cref="StatisticsDimension.Territory"/>: the hierarchy level (0 for leaves).</param>
/// <param name="Granularity">For <see cref="StatisticsDimension.Period"/>: how the report period is divided.</param>
public sealed record TableDimension(StatisticsDimension Dimension, int TerritoryLevel = 0, PeriodGranularity Granularity = PeriodGranularity.Quarter)
{
    /// <summary>Gets a stable key for this dimension (dimension, level or granularity).</summary>
    public string Key => Dimension switch
    {
        StatisticsDimension.Territory => string.Create(CultureInfo.InvariantCulture, $"Territory@{TerritoryLevel}"),
        StatisticsDimension.Period => $"Period@{Granularity}",
        _ => Dimension.ToString(),
    };

    /// <summary>Implicit conversion for dimensions that need no option.</summary>
    /// <param name="dimension">The dimension.</param>
    public static implicit operator TableDimension(StatisticsDimension dimension) => new(dimension);
}

/// <summary>A table: a cross of one to four dimensions, with all margins and the grand total.</summary>
public sealed record TableDefinition
{
    /// <summary>Creates a table.</summary>
    /// <param name="name">The table's name (a code: letters, digits, dashes).</param>
    /// <param name="dimensions">One to four dimensions, each at most once.</param>
    /// <exception cref="ArgumentException">The name is blank or the dimensions are not one to four distinct ones.</exception>
    public TableDefinition(string name, IReadOnlyList<TableDimension> dimensions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(dimensions);
        if (dimensions.Count is < 1 or > 4 || dimensions.Select(d => d.Dimension).Distinct().Count() != dimensions.Count)
        {
            throw new ArgumentException("A table crosses one to four distinct dimensions.", nameof(dimensions));
        }

        Name = name;
        Dimensions = Array.AsReadOnly(dimensions.ToArray());
    }

    /// <summary>Gets the table's name.</summary>
    public string Name { get; }

    /// <summary>Gets the dimensions.</summary>
    public IReadOnlyList<TableDimension> Dimensions { get; }

    /// <inheritdoc />
    public bool Equals(TableDefinition? other) => other is not null && Name == other.Name && Dimensions.SequenceEqual(other.Dimensions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Dimensions.Count);
}

/// <summary>The period a report covers: a month, quarter, half-year or year (R06: quarterly reports; R07: yearly review).</summary>
public sealed record ReportPeriod
{
    private ReportPeriod(YearMonth first, int months, PeriodGranularity granularity)
    {
        // The years a statistics report can be about (as the documents' dates): an earlier or later one is a typing error.
        ArgumentOutOfRangeException.ThrowIfLessThan(first.Year, FirstYear, "year");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(first.Year, LastYear, "year");
        First = first;
        Months = months;
        Granularity = granularity;
    }

    /// <summary>The first year a period may start in.</summary>
    public const int FirstYear = 1900;

    /// <summary>The last year a period may start in.</summary>
    public const int LastYear = 2199;

    /// <summary>Gets the first month.</summary>
    public YearMonth First { get; }

    /// <summary>Gets the number of months.</summary>
    public int Months { get; }

    /// <summary>Gets the kind of period.</summary>
    public PeriodGranularity Granularity { get; }

    /// <summary>Gets the period's code, for example <c>2026-Q1</c>.</summary>
    public string Code => Label(First, Granularity);

    /// <summary>A calendar month.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is not <see cref="FirstYear"/> to <see cref="LastYear"/>.</exception>
    public static ReportPeriod Month(YearMonth month) => new(month, 1, PeriodGranularity.Month);

    /// <summary>A calendar quarter.</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">1 to 4.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quarter"/> is not 1 to 4, or the year is not <see cref="FirstYear"/> to <see cref="LastYear"/>.</exception>
    public static ReportPeriod Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new(new YearMonth(year, ((quarter - 1) * 3) + 1), 3, PeriodGranularity.Quarter);
    }

    /// <summary>A calendar half-year.</summary>
    /// <param name="year">The year.</param>
    /// <param name="half">1 or 2.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="half"/> is not 1 or 2, or the year is not <see cref="FirstYear"/> to <see cref="LastYear"/>.</exception>
    public static ReportPeriod HalfYear(int year, int half)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(half, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(half, 2);
        return new(new YearMonth(year, half == 1 ? 1 : 7), 6, PeriodGranularity.HalfYear);
    }

    /// <summary>A calendar year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is not <see cref="FirstYear"/> to <see cref="LastYear"/>.</exception>
    public static ReportPeriod Year(int year) => new(new YearMonth(year, 1), 12, PeriodGranularity.Year);

    /// <summary>Whether a month falls in the period.</summary>
    /// <param name="month">The month.</param>
    /// <returns><see langword="true"/> when within.</returns>
    public bool Contains(YearMonth month)
    {
        var index = MonthIndex.Of(month) - MonthIndex.Of(First);
        return index >= 0 && index < Months;
    }

    /// <summary>The codes of the sub-periods of a granularity within this period.</summary>
    /// <param name="granularity">The granularity (not coarser than the period).</param>
    /// <returns>The codes, in time order.</returns>
    public IReadOnlyList<string> SubPeriods(PeriodGranularity granularity)
    {
        var step = (int)granularity;
        var codes = new List<string>();
        for (var m = 0; m < Months; m += step)
        {
            codes.Add(Label(MonthIndex.Add(First, m), granularity));
        }

        return codes.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The code of a month's sub-period at a granularity.</summary>
    /// <param name="month">The month.</param>
    /// <param name="granularity">The granularity.</param>
    /// <returns>The code, for example <c>2026-03</c>, <c>2026-Q1</c>, <c>2026-H1</c>, <c>2026</c>.</returns>
    public static string Label(YearMonth month, PeriodGranularity granularity) => granularity switch
    {
        PeriodGranularity.Month => string.Create(CultureInfo.InvariantCulture, $"{month.Year:D4}-{month.Month:D2}"),
        PeriodGranularity.Quarter => string.Create(CultureInfo.InvariantCulture, $"{month.Year:D4}-Q{((month.Month - 1) / 3) + 1}"),
        PeriodGranularity.HalfYear => string.Create(CultureInfo.InvariantCulture, $"{month.Year:D4}-H{((month.Month - 1) / 6) + 1}"),
        _ => month.Year.ToString("D4", CultureInfo.InvariantCulture),
    };
}
