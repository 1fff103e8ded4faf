using System;
using System.Linq;
using Intervention.Domain.Cases;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Domain.Specifications;
using NodaTime;

namespace Intervention.Domain.Tests.Specifications;

public sealed class SpecificationTests
{
    private static readonly LocalDate Day = TestData.Day;

    [Fact]
    public void Cases_opened_in_a_period_include_both_ends()
    {
        var rows = new[] { Row(1, Day.PlusDays(-1)), Row(2, Day), Row(3, Day.PlusDays(30)), Row(4, Day.PlusDays(31)) };

        var found = new CasesOpenedInPeriod(new DateInterval(Day, Day.PlusDays(30))).Evaluate(rows).Select(r => r.CaseId);

        Assert.Equal([TestData.NewGuid(2), TestData.NewGuid(3)], found);
    }

    [Fact]
    public void Cases_awaiting_first_contact_for_more_than_n_days_exclude_exactly_n_days()
    {
        var asOf = Day.PlusDays(10);
        var rows = new[] { Row(1, Day.PlusDays(2)), Row(2, Day.PlusDays(3)), Row(3, Day, CaseState.FirstContactMade), Row(4, Day.PlusDays(1)) };

        var found = new CasesAwaitingFirstContact(asOf, 7).Evaluate(rows).Select(r => r.CaseId);

        Assert.Equal([TestData.NewGuid(4), TestData.NewGuid(1)], found);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CasesAwaitingFirstContact(asOf, -1));
    }

    [Fact]
    [Trait("Rule", "R36")]
    public void R36_guidance_cards_due_for_review_on_a_date_most_overdue_first_closed_cases_excluded()
    {
        var rows = new[]
        {
            Row(1, Day, review: Day.PlusDays(5)),
            Row(2, Day, review: Day.PlusDays(1)),
            Row(3, Day, review: Day.PlusDays(6)),
            Row(4, Day, CaseState.Closed, review: Day),
            Row(5, Day),
        };

        var found = new GuidanceCardsDueForReview(Day.PlusDays(5)).Evaluate(rows).Select(r => r.CaseId);

        Assert.Equal([TestData.NewGuid(2), TestData.NewGuid(1)], found);
    }

    [Fact]
    [Trait("Rule", "R36")]
    public void R36_a_real_quebec_case_appears_in_the_review_list_a_year_after_its_card()
    {
        var c = TestData.OpenCase(ServiceProfileKind.QuebecPolicePsychosocialCoordination);
        c.AssessAdmissibility(TestData.Assessment(Day, Domain.Admissibility.AdmissibilityCriterion.Recurrence));
        c.IssueGuidanceCard(Day);
        var row = CaseRecord.From(c);

        Assert.False(new GuidanceCardsDueForReview(Day.PlusYears(1).PlusDays(-1)).IsSatisfiedBy(row));
        Assert.True(new GuidanceCardsDueForReview(Day.PlusYears(1)).IsSatisfiedBy(row));
    }

    [Fact]
    public void Cases_by_channel_and_by_situation_compose_with_and()
    {
        var rows = new[]
        {
            Row(1, Day, channel: ReferralChannel.SelfReferralFromDayLog, situations: [SituationKind.ConjugalViolence, SituationKind.Precarity]),
            Row(2, Day, channel: ReferralChannel.SelfReferralFromDayLog, situations: [SituationKind.Precarity]),
            Row(3, Day, channel: ReferralChannel.OfficerOrientation, situations: [SituationKind.ConjugalViolence]),
        };

        var both = new CasesByChannel(ReferralChannel.SelfReferralFromDayLog).And(new CasesBySituation(SituationKind.ConjugalViolence));

        Assert.Equal([TestData.NewGuid(1)], both.Evaluate(rows).Select(r => r.CaseId));
        Assert.Equal(2, both.Criteria.Count);
        Assert.Equal([TestData.NewGuid(1), TestData.NewGuid(3)], new CasesBySituation(SituationKind.ConjugalViolence).Evaluate(rows).Select(r => r.CaseId));
    }

    [Fact]
    public void Skip_and_take_apply_after_ordering()
    {
        var rows = Enumerable.Range(1, 10).Select(i => Row(i, Day.PlusDays(10 - i))).ToArray();

        var page = new Paged(2, 3).Evaluate(rows).Select(r => r.CaseId);

        Assert.Equal([TestData.NewGuid(8), TestData.NewGuid(7), TestData.NewGuid(6)], page);
    }

    [Fact]
    public void Case_record_projects_a_case_without_identity()
    {
        var c = TestData.OpenCase();
        c.RecordFirstContact(Day.PlusDays(1), ActionKind.InterviewAtOffice, Receptivity.Receptive);

        var row = CaseRecord.From(c);

        Assert.Equal((c.Id.Value, CaseState.FirstContactMade, (LocalDate?)Day.PlusDays(1)), (row.CaseId, row.State, row.FirstContactOn));
        Assert.Equal(row, CaseRecord.From(c));
    }

    private sealed class Paged : Specification<CaseRecord>
    {
        public Paged(int skip, int take) => Query.OrderBy(r => r.ReceivedOn).Skip(skip).Take(take);
    }

    private static CaseRecord Row(int n, LocalDate received, CaseState state = CaseState.Received, LocalDate? review = null, ReferralChannel channel = ReferralChannel.OfficerOrientation, SituationKind[]? situations = null) =>
        new(TestData.NewGuid(n), TestData.NewGuid(1), ServiceProfileKind.FrenchPoliceSocialWorker, channel, received, state,
            state == CaseState.Received ? null : received, state == CaseState.Closed ? received : null, state == CaseState.Closed ? CaseOutcome.SingleInterview : null,
            review, null, situations ?? [SituationKind.Precarity]);
}
