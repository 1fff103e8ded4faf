using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Reporting.Statistics.Dimensions;

namespace Intervention.Reporting.Statistics.Counting;

/// <summary>
/// The query a host's database runs for a report: the rows of the months the report and its releases span, grouped by the fields
/// the report's dimensions read (and consent, when the report requires it) and by month, with their count and their actions.
/// </summary>
/// <remarks>
/// <para>The period filter compares the year and the month separately (<c>Year BETWEEN first AND last</c>, refined at both ends
/// by the month), so that an index on <c>(Year, Month)</c> serves it.</para>
/// <para>A field no dimension reads is left out of the grouping: the key then holds a constant in its place, which the provider
/// does not group by, and the record rebuilt from the group holds a neutral value there that no stage reads. The groups are
/// exactly the inner cells (by month) the in-memory counter forms, so the report is the in-memory one.</para>
/// </remarks>
internal static class PushDownQuery
{
    /// <summary>Runs the query and returns each group as a record with its count and its actions.</summary>
    public static IEnumerable<(StatisticsRecord Record, int Count, long Actions)> Run(ReportDefinition definition, DimensionPlan plan, IQueryable<StatisticsRow> rows)
    {
        var (first, last) = (plan.Span[0], plan.Span[^1]);
        var (firstYear, firstMonth, lastYear, lastMonth) = (first.Year, first.Month, last.Year, last.Month);
        var read = plan.Dimensions.Select(d => d.Dimension).ToHashSet();
        var key = Neutralised(
            r => new { r.Profile, r.Channel, r.SituationMask, r.AgeGroup, r.Sex, r.AgeBand, r.Territory, r.Outcome, r.KnownToSocialServices, r.ConsentToStatistics, r.Year, r.Month },
            read,
            definition.RequireConsentToStatistics);
        return rows
            .Where(r => r.Year >= firstYear && r.Year <= lastYear
                && (r.Year > firstYear || r.Month >= firstMonth)
                && (r.Year < lastYear || r.Month <= lastMonth))
            .GroupBy(key)
            .Select(g => new { g.Key, Count = g.Count(), Actions = g.Sum(x => (long)x.Actions) })
            .ToList()
            .OrderBy(g => g.Key.ToString(), StringComparer.Ordinal)
            .Select(g => (
                new StatisticsRow(g.Key.Profile, g.Key.Channel, g.Key.SituationMask, g.Key.AgeGroup, g.Key.Sex, g.Key.AgeBand, g.Key.Territory, g.Key.Outcome, g.Key.KnownToSocialServices, g.Key.ConsentToStatistics, g.Key.Year, g.Key.Month, 0).ToRecord(definition.AgeBands),
                g.Count,
                g.Actions))
            .ToList();
    }

    // The grouping key (every field, in StatisticsRow's order) with the fields the report does not read replaced by a neutral
    // constant: a defined value, so that the record rebuilt from the group is valid.
    private static Expression<Func<StatisticsRow, TKey>> Neutralised<TKey>(Expression<Func<StatisticsRow, TKey>> all, HashSet<StatisticsDimension> read, bool consent)
    {
        var body = (NewExpression)all.Body;
        Expression Kept(int i, bool keep, object? neutral) => keep ? body.Arguments[i] : Expression.Constant(neutral, body.Arguments[i].Type);
        var arguments = new[]
        {
            Kept(0, read.Contains(StatisticsDimension.Profile), Enum.GetValues<ServiceProfileKind>()[0]),
            Kept(1, read.Contains(StatisticsDimension.Channel), Enum.GetValues<ReferralChannel>()[0]),
            Kept(2, read.Contains(StatisticsDimension.Situation), 1),
            Kept(3, read.Contains(StatisticsDimension.AgeGroup), Enum.GetValues<AgeGroup>()[0]),
            Kept(4, read.Contains(StatisticsDimension.Sex), Enum.GetValues<Sex>()[0]),
            Kept(5, read.Contains(StatisticsDimension.AgeBand), null),
            Kept(6, read.Contains(StatisticsDimension.Territory), "-"),
            Kept(7, read.Contains(StatisticsDimension.Outcome), null),
            Kept(8, read.Contains(StatisticsDimension.KnownToSocialServices), null),
            Kept(9, consent, true),
            body.Arguments[10],
            body.Arguments[11],
        };
        return Expression.Lambda<Func<StatisticsRow, TKey>>(body.Update(arguments), all.Parameters);
    }
}
