using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Reporting.Statistics.Counting;
using NodaTime;

namespace Intervention.Reporting.Statistics.Dimensions;

/// <summary>
/// Turns a record into its category of one dimension: the statistics' only mapping from a record's fields to categories. Each
/// kind of dimension has one coder, chosen by <see cref="For"/>; the tables they read are built once per report.
/// </summary>
internal abstract class CategoryCoder
{
    protected CategoryCoder(TableDimension dimension, string[] categories) => (Dimension, Categories) = (dimension, categories);

    /// <summary>Gets the dimension.</summary>
    public TableDimension Dimension { get; }

    /// <summary>Gets the dimension's categories (the index of one is its code).</summary>
    public string[] Categories { get; }

    /// <summary>The record's category, by index; for the situations, the mask of its categories.</summary>
    /// <param name="record">The record.</param>
    /// <param name="month">The record's month, by its place in the report's span.</param>
    /// <param name="position">The record's position among the records, for the message of a record that does not fit.</param>
    /// <exception cref="ArgumentException">The record's territory or age band is not a category of the dimension.</exception>
    public abstract int Code(StatisticsRecord record, int month, int position);

    /// <summary>The coder of a dimension.</summary>
    public static CategoryCoder For(TableDimension dimension, string[] categories, YearMonth[] span, TerritoryHierarchy? territories)
    {
        var index = categories.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);
#pragma warning disable CS8524 // Undefined values are refused by ReportDefinition; a new kind of dimension must be coded here.
        return dimension.Dimension switch
        {
            StatisticsDimension.Profile => new FieldCoder(dimension, categories, RecordField.Profile, ByValue<ServiceProfileKind>(index)),
            StatisticsDimension.Channel => new FieldCoder(dimension, categories, RecordField.Channel, ByValue<ReferralChannel>(index)),
            StatisticsDimension.AgeGroup => new FieldCoder(dimension, categories, RecordField.AgeGroup, ByValue<AgeGroup>(index)),
            StatisticsDimension.Sex => new FieldCoder(dimension, categories, RecordField.Sex, ByValue<Sex>(index)),
            StatisticsDimension.Outcome => new OutcomeCoder(dimension, categories, ByValue<CaseOutcome>(index)),
            StatisticsDimension.KnownToSocialServices => new KnownCoder(dimension, categories),
            StatisticsDimension.AgeBand => new AgeBandCoder(dimension, categories),
            StatisticsDimension.Territory => new TerritoryCoder(dimension, categories, territories),
            StatisticsDimension.Period => new PeriodCoder(dimension, categories, span.Select(m => index[ReportPeriod.Label(m, dimension.Granularity)]).ToArray()),
            StatisticsDimension.Situation => new SituationCoder(dimension, categories, index),
        };
#pragma warning restore CS8524
    }

    /// <summary>By enum value, the index of its category (the categories are the values' names).</summary>
    private static int[] ByValue<T>(Dictionary<string, int> index)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var map = new int[values.Max(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)) + 1];
        foreach (var value in values)
        {
            map[Convert.ToInt32(value, CultureInfo.InvariantCulture)] = index[value.ToString()];
        }

        return map;
    }
}

/// <summary>The enum fields of a record a table can cross straight (one array read each).</summary>
internal enum RecordField
{
    Profile,
    Channel,
    AgeGroup,
    Sex,
}

/// <summary>A dimension whose category is an enum field of the record.</summary>
internal sealed class FieldCoder(TableDimension dimension, string[] categories, RecordField field, int[] byValue) : CategoryCoder(dimension, categories)
{
    /// <summary>Gets the field read.</summary>
    public RecordField Field { get; } = field;

    /// <summary>Gets, by the field's value, its category.</summary>
    public int[] ByValue { get; } = byValue;

    /// <inheritdoc />
    public override int Code(StatisticsRecord record, int month, int position) => Field switch
    {
        RecordField.Profile => ByValue[(int)record.Profile],
        RecordField.Channel => ByValue[(int)record.Channel],
        RecordField.AgeGroup => ByValue[(int)record.AgeGroup],
        _ => ByValue[(int)record.Sex],
    };
}

/// <summary>The outcome, the last category ("Open") while the case is open.</summary>
internal sealed class OutcomeCoder(TableDimension dimension, string[] categories, int[] byValue) : CategoryCoder(dimension, categories)
{
    /// <inheritdoc />
    public override int Code(StatisticsRecord record, int month, int position) => record.Outcome is { } outcome ? byValue[(int)outcome] : Categories.Length - 1;
}

/// <summary>Whether social services knew the person: "Yes", "No", "Unknown".</summary>
internal sealed class KnownCoder(TableDimension dimension, string[] categories) : CategoryCoder(dimension, categories)
{
    /// <inheritdoc />
    public override int Code(StatisticsRecord record, int month, int position) => record.KnownToSocialServices switch { true => 0, false => 1, null => 2 };
}

/// <summary>The age band by its code, the last category ("Unknown") when the age is not known.</summary>
internal sealed class AgeBandCoder(TableDimension dimension, string[] categories) : CategoryCoder(dimension, categories)
{
    private readonly Dictionary<AgeBand, int> _byBand = [];

    /// <inheritdoc />
    public override int Code(StatisticsRecord record, int month, int position)
    {
        if (record.AgeBand is not { } band)
        {
            return Categories.Length - 1;
        }

        if (!_byBand.TryGetValue(band, out var b))
        {
            b = Array.IndexOf(Categories, band.Code);
            if (b < 0)
            {
                throw new ArgumentException($"Record {position}: '{band.Code}' is not a category of {Dimension.Key}.", "records");
            }

            _byBand[band] = b;
        }

        return b;
    }
}

/// <summary>The month's sub-period at the dimension's granularity, by the month's place in the span.</summary>
internal sealed class PeriodCoder(TableDimension dimension, string[] categories, int[] byMonth) : CategoryCoder(dimension, categories)
{
    /// <summary>Gets, by month of the span, its category.</summary>
    public int[] ByMonth { get; } = byMonth;

    /// <inheritdoc />
    public override int Code(StatisticsRecord record, int month, int position) => ByMonth[month];
}

/// <summary>The territory at the dimension's level: by the string's reference first (records usually share their territory
/// strings), then by value.</summary>
internal sealed class TerritoryCoder(TableDimension dimension, string[] categories, TerritoryHierarchy? territories) : CategoryCoder(dimension, categories)
{
    private readonly ReferenceTable _byReference = new();
    private readonly Dictionary<string, int> _byValue = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override int Code(StatisticsRecord record, int month, int position)
    {
        if (_byReference.TryGet(record.Territory, record.TerritoryHash, out var t))
        {
            return t;
        }

        if (!_byValue.TryGetValue(record.Territory, out t))
        {
            var code = territories is not null && territories.Contains(record.Territory) ? territories.At(record.Territory, Dimension.TerritoryLevel) : record.Territory;
            t = Array.IndexOf(Categories, code);
            if (t < 0)
            {
                throw new ArgumentException($"Record {position}: '{code}' is not a category of {Dimension.Key}.", "records");
            }

            _byValue[record.Territory] = t;
        }

        _byReference.TryAdd(record.Territory, record.TerritoryHash, t);
        return t;
    }
}

/// <summary>The situations: a mask with a bit per category the record's situations fall in (a record may have several).</summary>
internal sealed class SituationCoder : CategoryCoder
{
    private readonly int[] _bitOf;

    public SituationCoder(TableDimension dimension, string[] categories, Dictionary<string, int> index)
        : base(dimension, categories)
    {
        var values = Enum.GetValues<SituationKind>();
        _bitOf = new int[values.Max(v => (int)v) + 1];
        foreach (var value in values)
        {
            _bitOf[(int)value] = 1 << index[value.ToString()];
        }

        // The categories follow the situations one by one (they do: the categories are the enum's values in order): the record's
        // own mask is then the categories' mask.
        Direct = values.All(v => SituationMask.Bit(v) < 31 && index[v.ToString()] == SituationMask.Bit(v));
    }

    /// <summary>Gets whether the record's situation mask is its categories' mask as it is.</summary>
    public bool Direct { get; }

    /// <inheritdoc />
    public override int Code(StatisticsRecord record, int month, int position)
    {
        if (Direct)
        {
            return (int)record.SituationMask;
        }

        var mask = 0;
        var situations = record.Situations;
        for (var i = 0; i < situations.Count; i++)
        {
            mask |= _bitOf[(int)situations[i]];
        }

        return mask;
    }
}
