using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Intervention.Reporting.Statistics.Counting;

/// <summary>Records in memory, each counting once (the counter reads a list straight, without a tuple per record).</summary>
internal sealed class PlainRecords(IEnumerable<StatisticsRecord> source) : IEnumerable<(StatisticsRecord Record, int Count, long Actions)>
{
    /// <summary>Gets the records.</summary>
    public IEnumerable<StatisticsRecord> Source { get; } = source;

    /// <inheritdoc />
    public IEnumerator<(StatisticsRecord Record, int Count, long Actions)> GetEnumerator() =>
        Source.Select(r => (r, 1, r is null ? 0L : (long)r.Actions)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
