using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Intervention.Reporting.Statistics.Dimensions;

/// <summary>
/// Months as one number, the months since January of year 0: the statistics' only month arithmetic. Consecutive months have
/// consecutive numbers, so a period is a range and a span of periods an array indexed from its first month.
/// </summary>
internal static class MonthIndex
{
    /// <summary>The number of a month.</summary>
    public static int Of(YearMonth month) => (month.Year * 12) + month.Month - 1;

    /// <summary>The month of a number.</summary>
    public static YearMonth ToMonth(int index) => new(index / 12, (index % 12) + 1);

    /// <summary>The month so many months later.</summary>
    public static YearMonth Add(YearMonth month, int months) => ToMonth(Of(month) + months);

    /// <summary>Every month from the first month of the earliest period to the last month of the latest, in order.</summary>
    public static YearMonth[] Span(IReadOnlyCollection<ReportPeriod> periods)
    {
        var first = periods.Min(p => Of(p.First));
        var last = periods.Max(p => Of(p.First) + p.Months - 1);
        return Enumerable.Range(first, last - first + 1).Select(ToMonth).ToArray();
    }
}
