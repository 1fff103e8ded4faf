using System;
using Intervention.Domain.Intake;
using Intervention.Domain.Localization;
using Intervention.Domain.Services;
using Intervention.Domain.Tests.Intake;
using NodaTime;
using NodaTime.Testing;

namespace Intervention.Domain.Tests.Services;

public sealed class HouseholdEngagementPolicyTests
{
    private static readonly PostId Post = PostId.From(TestData.NewGuid(1));
    private static readonly HouseholdId Household = HouseholdId.From(TestData.NewGuid(77));
    private static readonly WorkerId First = WorkerId.From(TestData.NewGuid(31));
    private static readonly WorkerId Second = WorkerId.From(TestData.NewGuid(32));

    [Fact]
    [Trait("Rule", "R27")]
    public void R27_the_post_does_not_take_a_household_already_followed_under_another_hat()
    {
        var mediation = new HouseholdEngagement(Post, Household, First, WorkerCapacity.FamilyMediator);
        var proposed = new HouseholdEngagement(Post, Household, Second, WorkerCapacity.PostedSocialWorker);

        var check = HouseholdEngagementPolicy.Check(proposed, [mediation]);

        Assert.False(check.IsAllowed);
        Assert.Equal(("R27", DomainCodes.HouseholdCapacityConflict), (check.RuleId, check.Code));
        Assert.Equal(WorkerCapacity.FamilyMediator, check.Arguments["Existing"]);
        Assert.Equal(DomainCodes.HouseholdCapacityConflict, Assert.Throws<DomainRuleException>(check.ThrowIfRefused).Code);
    }

    [Fact]
    [Trait("Rule", "R27")]
    public void R27_a_hand_over_between_the_two_workers_under_the_same_hat_is_allowed()
    {
        var existing = new HouseholdEngagement(Post, Household, First, WorkerCapacity.PostedSocialWorker);

        Assert.True(HouseholdEngagementPolicy.Check(existing with { Worker = Second }, [existing]).IsAllowed);
    }

    [Fact]
    [Trait("Rule", "R27")]
    public void R27_other_posts_and_other_households_do_not_count()
    {
        var otherPost = new HouseholdEngagement(PostId.From(TestData.NewGuid(2)), Household, First, WorkerCapacity.ChildProtectionWorker);
        var otherHousehold = new HouseholdEngagement(Post, HouseholdId.From(TestData.NewGuid(78)), First, WorkerCapacity.ChildProtectionWorker);

        Assert.True(HouseholdEngagementPolicy.Check(new HouseholdEngagement(Post, Household, First, WorkerCapacity.PostedSocialWorker), [otherPost, otherHousehold]).IsAllowed);
    }

    [Fact]
    [Trait("Rule", "R27")]
    public void R27_intake_refuses_the_case_as_a_validation_error_on_the_household()
    {
        var intake = new CaseIntake(new OpenCaseRequestValidator(new FakeClock(Instant.FromUtc(2026, 3, 10, 8, 0))));
        var request = OpenCaseRequestValidatorTests.Valid() with { HouseholdId = Household.Value, WorkerId = Second.Value };

        var result = intake.Open(request, [new HouseholdEngagement(Post, Household, First, WorkerCapacity.ChildProtectionWorker)]);

        var error = Assert.Single(result.Validation.Errors);
        Assert.Equal(("HouseholdId", DomainCodes.HouseholdCapacityConflict), (error.PropertyName, error.ErrorCode));
        Assert.True(intake.Open(request, []).IsValid);
    }

    [Fact]
    [Trait("Rule", "R27")]
    public void R27_a_household_without_a_worker_is_a_validation_error()
    {
        var validator = new OpenCaseRequestValidator(new FakeClock(Instant.FromUtc(2026, 3, 10, 8, 0)));

        var error = Assert.Single(validator.Validate(OpenCaseRequestValidatorTests.Valid() with { HouseholdId = Household.Value }).Errors);

        Assert.Equal("WorkerId", error.PropertyName);
    }
}
