using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Domain.Cases;

namespace Intervention.Reporting.Statistics.Counting;

/// <summary>
/// The one encoding of a set of situations as bits: bit <c>s − 1</c> for situation <c>s</c>. It is the public encoding of
/// <see cref="StatisticsRow.SituationMask"/> (what hosts store), and the one the counter reads from a record.
/// </summary>
internal static class SituationMask
{
    /// <summary>The bit of a situation.</summary>
    public static int Bit(SituationKind situation) => (int)situation - 1;

    /// <summary>The mask of a set of situations.</summary>
    public static ulong Of(IEnumerable<SituationKind> situations)
    {
        var mask = 0UL;
        foreach (var situation in situations)
        {
            mask |= 1UL << Bit(situation);
        }

        return mask;
    }

    /// <summary>The situations a mask names, in order; false when it names none or a bit no situation has.</summary>
    public static bool TryRead(ulong mask, out SituationKind[] situations)
    {
        situations = Enum.GetValues<SituationKind>().Where(s => (mask & (1UL << Bit(s))) != 0).ToArray();
        return situations.Length > 0 && Of(situations) == mask;
    }
}
