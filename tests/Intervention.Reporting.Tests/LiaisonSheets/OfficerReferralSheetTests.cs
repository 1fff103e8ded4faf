using System;
using Intervention.Domain;
using Intervention.Domain.Cases;
using Intervention.Domain.Intake;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Reporting.LiaisonSheets;
using NodaTime;
using NodaTime.Testing;

namespace Intervention.Reporting.Tests.LiaisonSheets;

public sealed class OfficerReferralSheetTests
{
    private static readonly Post Brigade = Post.Create(PostId.From(new Guid("00000000-0000-0000-0000-000000000002")), ServiceProfileKind.FrenchPoliceSocialWorker, ForceKind.FrenchGendarmerieUnit);
    private static readonly CaseIntake Intake = new(new OpenCaseRequestValidator(new FakeClock(Instant.FromUtc(2026, 3, 10, 8, 0))));

    [Fact]
    [Trait("Rule", "R20")]
    public void R20_an_officer_liaison_sheet_opens_a_case_through_the_intake_with_the_unit_kept()
    {
        var sheet = new OfficerReferralSheet("Brigade de Vouillé", new LocalDate(2026, 3, 2), new Guid("00000000-0000-0000-0000-000000000931"), PartyRole.Victim, new LocalDate(1979, 6, 1), null, [SituationKind.ConjugalViolence], true);

        var result = Intake.Open(sheet.ToOpenCaseRequest(new Guid("00000000-0000-0000-0000-000000000930"), Brigade));

        Assert.True(result.IsValid);
        Assert.Equal(ReferralChannel.OfficerLiaisonSheet, result.Case!.Referral.Channel);
        Assert.Equal("Brigade de Vouillé", result.Case.Referral.Referrer.Reference);
        Assert.Equal(ReferrerKind.Officer, result.Case.Referral.Referrer.Kind);
    }

    [Fact]
    [Trait("Rule", "R20")]
    public void R20_a_sheet_without_situation_or_age_is_refused_by_the_intake_not_thrown()
    {
        var sheet = new OfficerReferralSheet("Brigade de Vouillé", new LocalDate(2026, 3, 2), new Guid("00000000-0000-0000-0000-000000000931"), PartyRole.Victim, null, null, [], false);

        var result = Intake.Open(sheet.ToOpenCaseRequest(new Guid("00000000-0000-0000-0000-000000000930"), Brigade));

        Assert.False(result.IsValid);
        Assert.Contains(result.Validation.Errors, e => e.ErrorCode == "case.situations_empty");
        Assert.Contains(result.Validation.Errors, e => e.ErrorCode == "participant.age_unknown");
    }
}
