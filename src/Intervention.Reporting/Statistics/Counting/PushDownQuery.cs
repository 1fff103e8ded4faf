using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using Intervention.Domain.Cases;
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
/// <para>A field no dimension reads is left out of the grouping key altogether (not replaced by a constant, which PostgreSQL would
/// still group by, and by sorting on disk): the record rebuilt from the group holds a neutral value there that no stage reads. The
/// groups are exactly the inner cells (by month) the in-memory counter forms, so the report is the in-memory one.</para>
/// </remarks>
internal static class PushDownQuery
{
    /// <summary>Runs the query and returns each group as a record with its count and its actions.</summary>
    public static IEnumerable<(StatisticsRecord Record, int Count, long Actions)> Run(ReportDefinition definition, DimensionPlan plan, IQueryable<StatisticsRow> rows)
    {
        var (first, last) = (plan.Span[0], plan.Span[^1]);
        var (firstYear, firstMonth, lastYear, lastMonth) = (first.Year, first.Month, last.Year, last.Month);
        var read = new Fields(plan.Dimensions.Select(d => d.Dimension).ToHashSet(), definition.RequireConsentToStatistics);
        return rows
            .Where(r => r.Year >= firstYear && r.Year <= lastYear
                && (r.Year > firstYear || r.Month >= firstMonth)
                && (r.Year < lastYear || r.Month <= lastMonth))
            .GroupBy(KeyOf(read))
            .Select(g => new { g.Key, Count = g.Count(), Actions = g.Sum(x => (long)x.Actions) })
            .ToList()
            .Select(g => (Row: read.Row(g.Key), g.Count, g.Actions))
            .OrderBy(g => g.Row.ToString(), StringComparer.Ordinal)
            .Select(g => (g.Row.ToRecord(definition.AgeBands), g.Count, g.Actions))
            .ToList();
    }

    // The grouping key: the fields the report reads and the month, and no other (a member not bound stays at its default).
    private static Expression<Func<StatisticsRow, GroupKey>> KeyOf(Fields read)
    {
        Expression<Func<StatisticsRow, GroupKey>> all = r => new GroupKey
        {
            Profile = r.Profile,
            Channel = r.Channel,
            SituationMask = r.SituationMask,
            AgeGroup = r.AgeGroup,
            Sex = r.Sex,
            AgeBand = r.AgeBand,
            Territory = r.Territory,
            Outcome = r.Outcome,
            KnownToSocialServices = r.KnownToSocialServices,
            ConsentToStatistics = r.ConsentToStatistics,
            Year = r.Year,
            Month = r.Month,
        };
        var body = (MemberInitExpression)all.Body;
        var bindings = body.Bindings.Where(b => read.Reads(b.Member.Name));
        return Expression.Lambda<Func<StatisticsRow, GroupKey>>(body.Update(body.NewExpression, bindings), all.Parameters);
    }

    // Which of a row's fields the report reads; a row rebuilt from a group, with a neutral value (a defined one, so that the record
    // rebuilt from it is valid) in every field it does not read, which no stage then reads.
    private sealed class Fields(HashSet<StatisticsDimension> dimensions, bool consent)
    {
        public bool Reads(string field) => field switch
        {
            nameof(GroupKey.Profile) => dimensions.Contains(StatisticsDimension.Profile),
            nameof(GroupKey.Channel) => dimensions.Contains(StatisticsDimension.Channel),
            nameof(GroupKey.SituationMask) => dimensions.Contains(StatisticsDimension.Situation),
            nameof(GroupKey.AgeGroup) => dimensions.Contains(StatisticsDimension.AgeGroup),
            nameof(GroupKey.Sex) => dimensions.Contains(StatisticsDimension.Sex),
            nameof(GroupKey.AgeBand) => dimensions.Contains(StatisticsDimension.AgeBand),
            nameof(GroupKey.Territory) => dimensions.Contains(StatisticsDimension.Territory),
            nameof(GroupKey.Outcome) => dimensions.Contains(StatisticsDimension.Outcome),
            nameof(GroupKey.KnownToSocialServices) => dimensions.Contains(StatisticsDimension.KnownToSocialServices),
            nameof(GroupKey.ConsentToStatistics) => consent,
            nameof(GroupKey.Year) or nameof(GroupKey.Month) => true,
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a field of the grouping key."),
        };

        public StatisticsRow Row(GroupKey key) => new(
            Reads(nameof(GroupKey.Profile)) ? key.Profile : Enum.GetValues<ServiceProfileKind>()[0],
            Reads(nameof(GroupKey.Channel)) ? key.Channel : Enum.GetValues<ReferralChannel>()[0],
            Reads(nameof(GroupKey.SituationMask)) ? key.SituationMask : 1,
            Reads(nameof(GroupKey.AgeGroup)) ? key.AgeGroup : Enum.GetValues<AgeGroup>()[0],
            Reads(nameof(GroupKey.Sex)) ? key.Sex : Enum.GetValues<Sex>()[0],
            Reads(nameof(GroupKey.AgeBand)) ? key.AgeBand : null,
            Reads(nameof(GroupKey.Territory)) ? key.Territory : "-",
            Reads(nameof(GroupKey.Outcome)) ? key.Outcome : null,
            Reads(nameof(GroupKey.KnownToSocialServices)) ? key.KnownToSocialServices : null,
            !Reads(nameof(GroupKey.ConsentToStatistics)) || key.ConsentToStatistics,
            key.Year,
            key.Month,
            0);
    }

    // A group's key as the provider returns it (mutable only for the provider to fill in; never handed out).
    private sealed class GroupKey
    {
        public ServiceProfileKind Profile { get; set; }

        public ReferralChannel Channel { get; set; }

        public int SituationMask { get; set; }

        public AgeGroup AgeGroup { get; set; }

        public Sex Sex { get; set; }

        public string? AgeBand { get; set; }

        public string Territory { get; set; } = string.Empty;

        public CaseOutcome? Outcome { get; set; }

        public bool? KnownToSocialServices { get; set; }

        public bool ConsentToStatistics { get; set; }

        public int Year { get; set; }

        public int Month { get; set; }
    }
}
