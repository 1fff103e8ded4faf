using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Reporting.Statistics.Dimensions;
using NodaTime;

namespace Intervention.Reporting.Statistics.Publishing;

/// <summary>
/// Whether a report's header count (records counted, records left out without consent) may be published beside the same count
/// in earlier releases: a header is a cell of a one-dimension table over months, and subtracting two releases' headers (a half-year's
/// from a quarter's) publishes its count over the months one covers and the other does not.
/// </summary>
/// <remarks>
/// The months are grouped into atoms (the months the same periods cover). A set of atoms whose count the releases published so far
/// do not determine, and that publishing this header would determine, must not hold a small count (1 to k − 1, or 0 when zeros are
/// suppressed). Determined means: its indicator lies in the span of the published periods' indicators, decided exactly by
/// elimination modulo a prime larger than every determinant such small 0/1 matrices have.
/// </remarks>
internal static class HeaderProtection
{
    // Periods a header is compared over; beyond this many atoms (2^12 sets), a header beside earlier releases is withheld.
    private const int MaxAtoms = 12;
    private const long Prime = 1_000_000_007;

    /// <summary>Whether the header may be published.</summary>
    /// <param name="policy">The current report's policy.</param>
    /// <param name="current">The current report's period.</param>
    /// <param name="earlier">The periods of earlier releases that published this header exactly.</param>
    /// <param name="span">The months of every period, in order.</param>
    /// <param name="byMonth">The header's count in each month of <paramref name="span"/>.</param>
    public static bool MayPublish(DisclosurePolicy policy, ReportPeriod current, IReadOnlyList<ReportPeriod> earlier, YearMonth[] span, long[] byMonth)
    {
        var total = span.Select((m, i) => current.Contains(m) ? byMonth[i] : 0).Sum();
        if (policy.IsPrimary(total))
        {
            return false;
        }

        if (earlier.Count == 0)
        {
            return true;
        }

        var periods = earlier.Append(current).ToArray();
        var atoms = PeriodAtoms.Of(periods, span)
            .Select(atom => (Months: atom.Order().ToArray(), Count: span.Select((m, i) => atom.Contains(m) ? byMonth[i] : 0).Sum()))
            .ToArray();
        if (atoms.Length > MaxAtoms)
        {
            return false;
        }

        long[] Indicator(ReportPeriod period) => atoms.Select(a => period.Contains(a.Months[0]) ? 1L : 0L).ToArray();
        var known = earlier.Select(Indicator).ToList();
        var withCurrent = known.Append(Indicator(current)).ToList();
        var rankKnown = Rank(known, atoms.Length);
        var rankWith = Rank(withCurrent, atoms.Length);
        for (var set = 1; set < 1 << atoms.Length; set++)
        {
            var count = 0L;
            var vector = new long[atoms.Length];
            for (var a = 0; a < atoms.Length; a++)
            {
                if ((set & (1 << a)) != 0)
                {
                    vector[a] = 1;
                    count += atoms[a].Count;
                }
            }

            if (policy.IsPrimary(count) && Rank([.. withCurrent, vector], atoms.Length) == rankWith && Rank([.. known, vector], atoms.Length) != rankKnown)
            {
                return false;
            }
        }

        return true;
    }

    private static int Rank(List<long[]> rows, int columns)
    {
        var matrix = rows.Select(r => (long[])r.Clone()).ToArray();
        var rank = 0;
        for (var column = 0; column < columns && rank < matrix.Length; column++)
        {
            var pivot = Array.FindIndex(matrix, rank, r => r[column] % Prime != 0);
            if (pivot < 0)
            {
                continue;
            }

            (matrix[rank], matrix[pivot]) = (matrix[pivot], matrix[rank]);
            var inverse = Power(matrix[rank][column], Prime - 2);
            for (var r = 0; r < matrix.Length; r++)
            {
                if (r != rank && matrix[r][column] != 0)
                {
                    var factor = matrix[r][column] * inverse % Prime;
                    for (var c = 0; c < columns; c++)
                    {
                        matrix[r][c] = (((matrix[r][c] - (factor * matrix[rank][c])) % Prime) + Prime) % Prime;
                    }
                }
            }

            rank++;
        }

        return rank;
    }

    private static long Power(long value, long exponent)
    {
        var result = 1L;
        value %= Prime;
        while (exponent > 0)
        {
            if ((exponent & 1) != 0)
            {
                result = result * value % Prime;
            }

            value = value * value % Prime;
            exponent >>= 1;
        }

        return result;
    }
}
