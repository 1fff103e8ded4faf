using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Reporting.Statistics.Dimensions;

/// <summary>
/// The first stage: the dimensions every table of the report and of the earlier releases uses (and the month, when there are
/// releases to subtract), in one order, with each one's categories and the span of months the releases cover.
/// </summary>
/// <remarks>An inner cell takes one category of every dimension of the plan; the order of the dimensions (by key) is the order the
/// inner cells sort in, which the Gauss protector's pivots follow.</remarks>
internal sealed class DimensionPlan
{
    private DimensionPlan(ReportPeriod[] periods, YearMonth[] span, TableDimension[] dimensions, string[][] categories, TerritoryHierarchy? territories, AgeBands? bands)
    {
        Periods = periods;
        Span = span;
        Dimensions = dimensions;
        Categories = categories;
        Territories = territories;
        Bands = bands;
    }

    /// <summary>Gets the periods of the earlier releases, then this report's.</summary>
    public ReportPeriod[] Periods { get; }

    /// <summary>Gets every month from the earliest period's first to the latest's last.</summary>
    public YearMonth[] Span { get; }

    /// <summary>Gets the dimensions, by key.</summary>
    public TableDimension[] Dimensions { get; }

    /// <summary>Gets each dimension's categories.</summary>
    public string[][] Categories { get; }

    /// <summary>Gets the territory hierarchy the definitions share, if any.</summary>
    public TerritoryHierarchy? Territories { get; }

    /// <summary>Gets the age bands the definitions share, if any.</summary>
    public AgeBands? Bands { get; }

    /// <summary>The plan of a report beside the releases already published.</summary>
    public static DimensionPlan For(ReportDefinition definition, IReadOnlyList<PublishedRelease> previousReleases)
    {
        var periods = previousReleases.Select(r => r.Definition.Period).Append(definition.Period).ToArray();
        var span = MonthIndex.Span(periods);
        var source = previousReleases.Select(r => r.Definition).Append(definition).ToArray();
        var dimensions = source.SelectMany(d => d.Tables).SelectMany(t => t.Dimensions)
            .Concat(previousReleases.Count > 0 ? [new TableDimension(StatisticsDimension.Period, Granularity: PeriodGranularity.Month)] : [])
            .DistinctBy(d => d.Key).OrderBy(d => d.Key, StringComparer.Ordinal).ToArray();
        var territories = source.Select(d => d.Territories).FirstOrDefault(t => t is not null);
        var bands = source.Select(d => d.AgeBands).FirstOrDefault(b => b is not null);
        var categories = dimensions.Select(d => CategoriesOf(territories, bands, span, d)).ToArray();
        return new DimensionPlan(periods, span, dimensions, categories, territories, bands);
    }

    /// <summary>The position of a dimension in the plan.</summary>
    public int PositionOf(TableDimension dimension) => Array.FindIndex(Dimensions, x => x.Key == dimension.Key);

    /// <summary>A coder per dimension (new ones each time: a coder caches what it has met).</summary>
    public CategoryCoder[] Coders() => Dimensions.Select((d, i) => CategoryCoder.For(d, Categories[i], Span, Territories)).ToArray();

    private static string[] CategoriesOf(TerritoryHierarchy? territories, AgeBands? bands, YearMonth[] span, TableDimension dimension)
    {
#pragma warning disable CS8524 // Undefined values are refused by ReportDefinition; a new kind of dimension must list its categories here.
        return dimension.Dimension switch
        {
            StatisticsDimension.Profile => Names<ServiceProfileKind>(),
            StatisticsDimension.Channel => Names<ReferralChannel>(),
            StatisticsDimension.Situation => Names<SituationKind>(),
            StatisticsDimension.AgeGroup => Names<AgeGroup>(),
            StatisticsDimension.Sex => Names<Sex>(),
            StatisticsDimension.AgeBand => [.. bands!.Bands.Select(b => b.Code), "Unknown"],
            StatisticsDimension.Territory => [.. territories!.CodesAt(dimension.TerritoryLevel)],
            StatisticsDimension.Outcome => [.. Names<CaseOutcome>(), "Open"],
            StatisticsDimension.KnownToSocialServices => ["Yes", "No", "Unknown"],
            StatisticsDimension.Period => span.Select(m => ReportPeriod.Label(m, dimension.Granularity)).Distinct(StringComparer.Ordinal).ToArray(),
        };
#pragma warning restore CS8524
    }

    private static string[] Names<T>()
        where T : struct, Enum => Enum.GetValues<T>().Select(v => v.ToString()).ToArray();
}
