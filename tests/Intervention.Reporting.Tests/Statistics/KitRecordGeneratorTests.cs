using System;
using System.Linq;
using FsCheck.Fluent;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Reporting.Statistics;

namespace Intervention.Reporting.Tests.Statistics;

/// <summary>The test kit's record generator takes every value of every dimension, so properties over it reach them all.</summary>
public sealed class KitRecordGeneratorTests
{
    [Fact]
    public void Ten_thousand_generated_records_take_every_value_of_every_dimension()
    {
        var period = ReportPeriod.Quarter(2026, 1);
        var records = Intervention.Testing.StatisticsGenerators.Records(period, StatisticsGenerators.Territories, AgeBands.Default).Sample(10_000, 20);

        Assert.Equal(Enum.GetValues<ServiceProfileKind>().Order(), records.Select(r => r.Profile).Distinct().Order());
        Assert.Equal(Enum.GetValues<ReferralChannel>().Order(), records.Select(r => r.Channel).Distinct().Order());
        Assert.Equal(Enum.GetValues<SituationKind>().Order(), records.SelectMany(r => r.Situations).Distinct().Order());
        Assert.Equal(Enum.GetValues<AgeGroup>().Order(), records.Select(r => r.AgeGroup).Distinct().Order());
        Assert.Equal(Enum.GetValues<Sex>().Order(), records.Select(r => r.Sex).Distinct().Order());
        Assert.Equal(Enum.GetValues<CaseOutcome>().Select(o => (CaseOutcome?)o).Append(null).Order(), records.Select(r => r.Outcome).Distinct().Order());
        Assert.Equal(new bool?[] { null, false, true }, records.Select(r => r.KnownToSocialServices).Distinct().Order());
        Assert.Equal(StatisticsGenerators.Territories.Leaves.Order(StringComparer.Ordinal), records.Select(r => r.Territory).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(Enumerable.Range(0, 3).Select(m => period.First.PlusMonths(m)), records.Select(r => r.Month).Distinct().Order());
        Assert.Equal(AgeBands.Default.Bands.Select(b => b.Code).Append(null).Order(), records.Select(r => r.AgeBand?.Code).Distinct().Order());
        Assert.Contains(records, r => r.Situations.Count == 2);
        Assert.Contains(records, r => !r.ConsentToStatistics);
        Assert.All(records.Where(r => r.AgeBand is not null), r => Assert.Equal(r.AgeGroup == AgeGroup.Adult, r.AgeBand!.From >= 18));
    }
}
