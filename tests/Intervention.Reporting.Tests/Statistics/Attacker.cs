using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using Intervention.Reporting.Statistics;

namespace Intervention.Reporting.Tests.Statistics;

/// <summary>
/// An independent check of complementary suppression, written apart from the library: the unknowns are the counts of the inner
/// cells (every combination of categories met, the situation set kept whole); a suppressed cell is exactly recoverable when its
/// vector lies in the span of the published cells' vectors, decided by exact integer (fraction-free) elimination.
/// </summary>
internal static class Attacker
{
    public static IReadOnlyList<string> RecoverablePrimaryCells(ReportDefinition definition, IReadOnlyList<StatisticsRecord> records, StatisticsReport report, bool insiders = false)
    {
        var kept = records.Where(r => definition.Period.Contains(r.Month) && (!definition.RequireConsentToStatistics || r.ConsentToStatistics)).ToArray();
        var innerKeys = kept.Select(r => InnerKey(definition, r)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var keyOf = kept.Select(r => Array.IndexOf(innerKeys, InnerKey(definition, r))).ToArray();
        var published = new List<BigInteger[]>();
        var primaries = new List<(string Name, BigInteger[] Vector)>();
        foreach (var table in report.Tables)
        {
            var tableDefinition = definition.Tables.Single(t => t.Name == table.Name);
            foreach (var cell in table.Cells)
            {
                var vector = new BigInteger[innerKeys.Length];
                for (var i = 0; i < kept.Length; i++)
                {
                    if (Matches(definition, tableDefinition, cell, kept[i]))
                    {
                        vector[keyOf[i]] = BigInteger.One;
                    }
                }

                if (report.IsPrimary(table.Name, cell))
                {
                    primaries.Add(($"{table.Name}:{string.Join("/", cell.Categories)}", vector));
                }
                else if (!cell.IsSuppressed)
                {
                    published.Add(vector);
                }
            }
        }

        var echelon = Echelon(published);
        var found = primaries.Where(p => p.Vector.Any(v => !v.IsZero) && InSpan(echelon, p.Vector)).Select(p => p.Name).ToList();
        if (insiders)
        {
            // The one contributor of a singleton (a primary cell whose true count is 1) knows its value.
            var weights = innerKeys.Select(key => (BigInteger)kept.Count(r => InnerKey(definition, r) == key)).ToArray();
            foreach (var singleton in primaries.Where(p => p.Vector.Select((v, i) => v * weights[i]).Aggregate(BigInteger.Zero, BigInteger.Add) == 1))
            {
                var view = Echelon([.. published, singleton.Vector]);
                found.AddRange(primaries.Where(p => !p.Vector.SequenceEqual(singleton.Vector) && p.Vector.Any(v => !v.IsZero) && InSpan(view, p.Vector)).Select(p => $"{p.Name} (insider of {singleton.Name})"));
            }
        }

        return found;
    }

    /// <summary>The same check over several releases published from the same records: inner cells also split by month, each release's cells restricted to its period.</summary>
    public static IReadOnlyList<string> RecoverablePrimaryCells(IReadOnlyList<(ReportDefinition Definition, StatisticsReport Report)> releases, IReadOnlyList<StatisticsRecord> records)
    {
        var (kept, innerKeys, keyOf) = InnerCellsByMonth(releases, records);
        var published = new List<BigInteger[]>();
        var primaries = new List<(string Name, BigInteger[] Vector)>();
        foreach (var (definition, report) in releases)
        {
            foreach (var table in report.Tables)
            {
                var tableDefinition = definition.Tables.Single(t => t.Name == table.Name);
                foreach (var cell in table.Cells)
                {
                    var vector = new BigInteger[innerKeys.Length];
                    for (var i = 0; i < kept.Length; i++)
                    {
                        if (definition.Period.Contains(kept[i].Month) && Matches(definition, tableDefinition, cell, kept[i]))
                        {
                            vector[keyOf[i]] = BigInteger.One;
                        }
                    }

                    if (report.IsPrimary(table.Name, cell))
                    {
                        primaries.Add(($"{report.Period}:{table.Name}:{string.Join("/", cell.Categories)}", vector));
                    }
                    else if (!cell.IsSuppressed)
                    {
                        published.Add(vector);
                    }
                }
            }
        }

        var echelon = Echelon(published);
        return primaries.Where(p => p.Vector.Any(v => !v.IsZero) && InSpan(echelon, p.Vector)).Select(p => p.Name).ToList();
    }

    /// <summary>
    /// Subtraction across releases, whatever their order: every cell's part over each set of months the same releases cover (a
    /// quarter of a half-year published before it) whose true count is small (1 to k − 1) and that the published cells of all the
    /// releases determine exactly. Also every release's own small suppressed cells.
    /// </summary>
    public static IReadOnlyList<string> RecoverableSmallParts(IReadOnlyList<(ReportDefinition Definition, StatisticsReport Report)> releases, IReadOnlyList<StatisticsRecord> records, int threshold)
    {
        var (kept, innerKeys, keyOf) = InnerCellsByMonth(releases, records);
        var signature = kept.Select(r => string.Concat(releases.Select(x => x.Definition.Period.Contains(r.Month) ? '1' : '0'))).ToArray();
        var published = new List<BigInteger[]>();
        var candidates = new List<(string Name, BigInteger[] Vector, long Count)>();
        foreach (var (definition, report) in releases)
        {
            foreach (var table in report.Tables)
            {
                var tableDefinition = definition.Tables.Single(t => t.Name == table.Name);
                foreach (var cell in table.Cells)
                {
                    var members = Enumerable.Range(0, kept.Length).Where(i => definition.Period.Contains(kept[i].Month) && Matches(definition, tableDefinition, cell, kept[i])).ToArray();
                    BigInteger[] VectorOf(IEnumerable<int> rows)
                    {
                        var vector = new BigInteger[innerKeys.Length];
                        foreach (var i in rows)
                        {
                            vector[keyOf[i]] = BigInteger.One;
                        }

                        return vector;
                    }

                    var name = $"{report.Period}:{table.Name}:{string.Join("/", cell.Categories)}";
                    if (cell.IsSuppressed)
                    {
                        candidates.Add((name, VectorOf(members), members.Length));
                    }
                    else
                    {
                        published.Add(VectorOf(members));
                    }

                    foreach (var part in members.GroupBy(i => signature[i]).Where(g => g.Count() < members.Length))
                    {
                        candidates.Add(($"{name} over months {part.Key}", VectorOf(part), part.Count()));
                    }
                }
            }
        }

        var echelon = Echelon(published);
        return candidates.Where(c => c.Count > 0 && c.Count < threshold && InSpan(echelon, c.Vector)).Select(c => c.Name).Distinct().ToList();
    }

    // Across releases: the records kept (in some release's period, with consent), the inner cells by month, and each record's.
    private static (StatisticsRecord[] Kept, string[] InnerKeys, int[] KeyOf) InnerCellsByMonth(IReadOnlyList<(ReportDefinition Definition, StatisticsReport Report)> releases, IReadOnlyList<StatisticsRecord> records)
    {
        var kept = records.Where(r => releases.Any(x => x.Definition.Period.Contains(r.Month)) && r.ConsentToStatistics).ToArray();
        var dims = releases.SelectMany(x => x.Definition.Tables).SelectMany(t => t.Dimensions).DistinctBy(d => d.Key).ToArray();
        var territories = releases.Select(x => x.Definition.Territories).FirstOrDefault(t => t is not null);
        string Key(StatisticsRecord r) => r.Month + "|" + string.Join("|", dims.Select(d => d.Dimension switch
        {
            StatisticsDimension.Channel => r.Channel.ToString(),
            StatisticsDimension.Situation => string.Join("+", r.Situations),
            StatisticsDimension.Territory => territories!.At(r.Territory, d.TerritoryLevel),
            StatisticsDimension.Period => ReportPeriod.Label(r.Month, d.Granularity),
            StatisticsDimension.AgeGroup => r.AgeGroup.ToString(),
            _ => throw new NotSupportedException(d.Key),
        }));
        var innerKeys = kept.Select(Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return (kept, innerKeys, kept.Select(r => Array.IndexOf(innerKeys, Key(r))).ToArray());
    }

    /// <summary>The true count of a cell, recomputed from the records.</summary>
    public static long Truth(ReportDefinition definition, IReadOnlyList<StatisticsRecord> records, string tableName, PublishedCell cell)
    {
        var table = definition.Tables.Single(t => t.Name == tableName);
        return records.Where(r => definition.Period.Contains(r.Month) && (!definition.RequireConsentToStatistics || r.ConsentToStatistics))
            .Where(r => Matches(definition, table, cell, r)).Sum(r => definition.Unit == CountingUnit.Actions ? r.Actions : 1L);
    }

    private static bool Matches(ReportDefinition definition, TableDefinition table, PublishedCell cell, StatisticsRecord r)
    {
        for (var d = 0; d < table.Dimensions.Count; d++)
        {
            var category = cell.Categories[d];
            if (category == PublishedCell.Total)
            {
                continue;
            }

            var dimension = table.Dimensions[d];
            var ok = dimension.Dimension switch
            {
                StatisticsDimension.Channel => r.Channel.ToString() == category,
                StatisticsDimension.Situation => r.Situations.Any(s => s.ToString() == category),
                StatisticsDimension.Territory => definition.Territories!.At(r.Territory, dimension.TerritoryLevel) == category,
                StatisticsDimension.Period => ReportPeriod.Label(r.Month, dimension.Granularity) == category,
                StatisticsDimension.AgeGroup => r.AgeGroup.ToString() == category,
                _ => throw new NotSupportedException(dimension.Key),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static string InnerKey(ReportDefinition definition, StatisticsRecord r) => string.Join("|", definition.Tables.SelectMany(t => t.Dimensions).DistinctBy(d => d.Key).OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.Dimension switch
    {
        StatisticsDimension.Channel => r.Channel.ToString(),
        StatisticsDimension.Situation => string.Join("+", r.Situations),
        StatisticsDimension.Territory => definition.Territories!.At(r.Territory, d.TerritoryLevel),
        StatisticsDimension.Period => ReportPeriod.Label(r.Month, d.Granularity),
        StatisticsDimension.AgeGroup => r.AgeGroup.ToString(),
        _ => throw new NotSupportedException(d.Key),
    }));

    // Exact integer Gaussian elimination: rows in echelon form, each with its pivot column.
    private static List<(int Pivot, BigInteger[] Row)> Echelon(List<BigInteger[]> rows)
    {
        var echelon = new List<(int Pivot, BigInteger[] Row)>();
        foreach (var original in rows)
        {
            var row = Reduce(echelon, (BigInteger[])original.Clone());
            var pivot = Array.FindIndex(row, v => !v.IsZero);
            if (pivot >= 0)
            {
                echelon.Add((pivot, row));
            }
        }

        return echelon;
    }

    private static bool InSpan(List<(int Pivot, BigInteger[] Row)> echelon, BigInteger[] vector) =>
        Reduce(echelon, (BigInteger[])vector.Clone()).All(v => v.IsZero);

    // Eliminates every pivot column of the echelon rows from v, in the order the rows were added (each row is already clear of the earlier pivots).
    private static BigInteger[] Reduce(List<(int Pivot, BigInteger[] Row)> echelon, BigInteger[] v)
    {
        foreach (var (pivot, row) in echelon)
        {
            if (v[pivot].IsZero)
            {
                continue;
            }

            var factor = v[pivot];
            var lead = row[pivot];
            var gcd = BigInteger.Zero;
            for (var j = 0; j < v.Length; j++)
            {
                v[j] = (v[j] * lead) - (row[j] * factor);
                gcd = BigInteger.GreatestCommonDivisor(gcd, v[j]);
            }

            if (gcd > 1)
            {
                for (var j = 0; j < v.Length; j++)
                {
                    v[j] /= gcd;
                }
            }
        }

        return v;
    }
}
