using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Intervention.Reporting.Statistics.Dimensions;

/// <summary>The atoms of a set of periods: the months of the span grouped by the periods that contain them. Whatever subtracting one
/// release from another reveals is a sum over a union of atoms.</summary>
internal static class PeriodAtoms
{
    /// <summary>The atoms (months no period contains are never counted); with one period there is nothing to subtract, so none.</summary>
    public static IEnumerable<HashSet<YearMonth>> Of(ReportPeriod[] periods, YearMonth[] span) => periods.Length < 2
        ? []
        : span.Where(m => periods.Any(p => p.Contains(m)))
            .GroupBy(m => string.Concat(periods.Select(p => p.Contains(m) ? '1' : '0')), StringComparer.Ordinal)
            .Select(g => g.ToHashSet());
}
