using System.Collections.Generic;
using NodaTime;

namespace Intervention.Reporting.Statistics.Counting;

/// <summary>What the counter found: each inner cell met with its weight (what cells publish), the cases contributing to it and the
/// month it was first met; and by month of the span the records counted and those left out without consent.</summary>
internal sealed record CountedCells(Dictionary<InnerKey, (long Weight, long Cases, YearMonth Month)> Inner, long[] CountedByMonth, long[] ExcludedByMonth);
