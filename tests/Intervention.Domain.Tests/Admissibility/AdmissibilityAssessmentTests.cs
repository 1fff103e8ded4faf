using System.Linq;
using Intervention.Domain.Admissibility;
using Intervention.Domain.Cases;
using Intervention.Domain.Localization;
using Intervention.Domain.Services;

namespace Intervention.Domain.Tests.Admissibility;

public sealed class AdmissibilityAssessmentTests
{
    private static readonly NodaTime.LocalDate Day = TestData.Day;

    [Theory]
    [Trait("Rule", "R32")]
    [InlineData(AdmissibilityCriterion.Recurrence)]
    [InlineData(AdmissibilityCriterion.InterventionComplexity)]
    [InlineData(AdmissibilityCriterion.ForeseeableOrImminentDanger)]
    [InlineData(AdmissibilityCriterion.PossibleHighRiskPoliceIntervention)]
    [InlineData(AdmissibilityCriterion.PartnerInvolvementNeeded)]
    public void R32_any_one_criterion_makes_a_referral_admissible(AdmissibilityCriterion criterion)
    {
        var assessment = TestData.Assessment(Day, criterion);

        Assert.True(assessment.IsAdmissible);
        Assert.Equal([criterion], assessment.MetCriteria);
    }

    [Fact]
    [Trait("Rule", "R32")]
    public void R32_a_referral_meeting_no_criterion_closes_as_not_admissible_with_its_reasons_kept()
    {
        var c = TestData.OpenCase(ServiceProfileKind.QuebecPolicePsychosocialCoordination);

        c.AssessAdmissibility(TestData.Assessment(Day));

        Assert.Equal((CaseState.Closed, CaseOutcome.NotAdmissible), (c.State, c.Outcome));
        Assert.Equal(5, c.Admissibility!.Findings.Count);
        Assert.All(c.Admissibility.Findings, f => Assert.Equal("Not observed", f.Reason));
        Assert.False(Assert.Single(TestData.Events<AdmissibilityAssessed>(c)).Admissible);
    }

    [Fact]
    [Trait("Rule", "R32")]
    public void R32_first_contact_waits_for_admissibility()
    {
        var c = TestData.OpenCase(ServiceProfileKind.QuebecPolicePsychosocialCoordination);

        var refusal = Assert.Throws<DomainRuleException>(() => c.RecordFirstContact(Day, ActionKind.InterviewAtOffice, Receptivity.Receptive));

        Assert.Equal(("R32", DomainCodes.AdmissibilityRequired), (refusal.RuleId, refusal.Code));
    }

    [Fact]
    [Trait("Rule", "R32")]
    public void R32_each_criterion_is_assessed_exactly_once()
    {
        var four = TestData.Assessment(Day).Findings.Skip(1).ToArray();
        var twice = TestData.Assessment(Day).Findings.Append(TestData.Assessment(Day).Findings[0]).ToArray();

        Assert.Equal(DomainCodes.AdmissibilityFindingsIncomplete, Assert.Throws<DomainRuleException>(() => new AdmissibilityAssessment(Day, four)).Code);
        Assert.Equal(DomainCodes.AdmissibilityFindingsIncomplete, Assert.Throws<DomainRuleException>(() => new AdmissibilityAssessment(Day, twice)).Code);
        Assert.Throws<System.ArgumentException>(() => new CriterionFinding(AdmissibilityCriterion.Recurrence, true, "  "));
    }

    [Fact]
    [Trait("Rule", "R32")]
    public void R32_only_quebec_applies_admissibility()
    {
        var c = TestData.OpenCase();

        Assert.Equal(DomainCodes.AdmissibilityNotApplicable, Assert.Throws<DomainRuleException>(() => c.AssessAdmissibility(TestData.Assessment(Day, AdmissibilityCriterion.Recurrence))).Code);
    }
}
