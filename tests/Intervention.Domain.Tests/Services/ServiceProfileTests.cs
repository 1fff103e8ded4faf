using System.Linq;
using Intervention.Domain.Cases;
using Intervention.Domain.Localization;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;

namespace Intervention.Domain.Tests.Services;

public sealed class ServiceProfileTests
{
    [Fact]
    public void There_are_four_profiles_one_per_service_each_with_its_jurisdiction()
    {
        Assert.Equal(
            [Jurisdiction.France, Jurisdiction.Quebec, Jurisdiction.Switzerland, Jurisdiction.Belgium],
            ServiceProfile.All.Select(p => p.Jurisdiction));
        Assert.All(ServiceProfile.All, p => Assert.Same(p, ServiceProfile.For(p.Kind)));
    }

    [Fact]
    [Trait("Rule", "R01")]
    public void R01_french_worker_offers_information_orientation_mediation_technical_assistance_and_support()
    {
        var profile = ServiceProfile.FrenchPoliceSocialWorker;

        Assert.Superset(
            new[] { ActionKind.Information, ActionKind.Orientation, ActionKind.Mediation, ActionKind.TechnicalAssistance, ActionKind.Support, ActionKind.Accompaniment }.ToHashSet(),
            profile.Actions.ToHashSet());
        Assert.DoesNotContain(ActionKind.OfficerGuidanceCard, profile.Actions);
    }

    [Fact]
    [Trait("Rule", "R02")]
    public void R02_french_worker_serves_victims_and_alleged_perpetrators_adult_or_minor_but_not_police_staff()
    {
        var profile = ServiceProfile.FrenchPoliceSocialWorker;

        Assert.Contains(PartyRole.Victim, profile.ServedRoles);
        Assert.Contains(PartyRole.AllegedPerpetrator, profile.ServedRoles);
        Assert.DoesNotContain(PartyRole.StaffMember, profile.ServedRoles);
        var minorPerpetrator = Case.Open(CaseId.From(TestData.NewGuid(9)), TestData.PoliceStation, TestData.Referral(ReferralChannel.OfficerOrientation), [TestData.Minor(PartyRole.AllegedPerpetrator)], [SituationKind.JuvenileDelinquency]);
        Assert.True(minorPerpetrator.ConcernsMinor);
    }

    [Fact]
    [Trait("Rule", "R02")]
    public void R02_a_french_case_for_a_staff_member_is_refused()
    {
        var refusal = Assert.Throws<DomainRuleException>(() => Case.Open(
            CaseId.From(TestData.NewGuid(9)), TestData.PoliceStation, TestData.Referral(ReferralChannel.OfficerOrientation), [TestData.Adult(PartyRole.StaffMember)], [SituationKind.Precarity]));

        Assert.Equal(DomainCodes.ParticipantRoleNotServed, refusal.Code);
        Assert.Equal("R02", refusal.RuleId);
    }

    [Theory]
    [Trait("Rule", "R03")]
    [InlineData(ReferralChannel.SelfReferralFromDayLog, ForceKind.FrenchPoliceStation)]
    [InlineData(ReferralChannel.OfficerOrientation, ForceKind.FrenchPoliceStation)]
    [InlineData(ReferralChannel.PreventionPartnershipOfficer, ForceKind.FrenchPoliceStation)]
    [InlineData(ReferralChannel.GendarmerieUnitCommander, ForceKind.FrenchGendarmerieUnit)]
    [InlineData(ReferralChannel.PartnerReferral, ForceKind.FrenchGendarmerieUnit)]
    public void R03_french_sources_of_referral_are_accepted(ReferralChannel channel, ForceKind force) =>
        Assert.True(ServiceProfile.FrenchPoliceSocialWorker.Accepts(channel, force));

    [Theory]
    [Trait("Rule", "R03")]
    [InlineData(PartnerKind.School)]
    [InlineData(PartnerKind.DepartmentalSocialServices)]
    [InlineData(PartnerKind.JusticeHouse)]
    [InlineData(PartnerKind.MunicipalPolice)]
    public void R03_outside_services_refer_through_the_partner_channel(PartnerKind partner)
    {
        var referral = TestData.Referral(ReferralChannel.PartnerReferral, partner: partner);

        var opened = Case.Open(CaseId.From(TestData.NewGuid(9)), TestData.PoliceStation, referral, [TestData.Adult()], [SituationKind.Precarity]);

        Assert.Equal(partner, opened.Referral.Referrer.Partner);
        Assert.Equal(ReferrerKind.Partner, opened.Referral.Referrer.Kind);
    }

    [Theory]
    [Trait("Rule", "R20")]
    [InlineData(ReferralChannel.OfficerOrientation)]
    [InlineData(ReferralChannel.SelfReferralFromOperationsSynthesis)]
    [InlineData(ReferralChannel.SelfReferralFromJudicialInformationMessages)]
    [InlineData(ReferralChannel.OfficerLiaisonSheet)]
    [InlineData(ReferralChannel.ServiceMeeting)]
    [InlineData(ReferralChannel.FamilyViolenceReferent)]
    [InlineData(ReferralChannel.ConjugalViolenceSystematicForwarding)]
    [InlineData(ReferralChannel.ReceptionDeskOffer)]
    [InlineData(ReferralChannel.PartnerReferral)]
    [InlineData(ReferralChannel.PersonThemself)]
    public void R20_every_gendarmerie_saisine_mode_opens_a_case(ReferralChannel channel)
    {
        var opened = Case.Open(CaseId.From(TestData.NewGuid(9)), TestData.Gendarmerie, TestData.Referral(channel), [TestData.Adult()], [SituationKind.ConjugalViolence]);

        Assert.Equal(channel, opened.Referral.Channel);
        Assert.Equal(TestData.Day, opened.Referral.ReceivedOn);
        Assert.Equal(channel.ExpectedReferrer(), opened.Referral.Referrer.Kind);
    }

    [Theory]
    [Trait("Rule", "R20")]
    [InlineData(ReferralChannel.SelfReferralFromDayLog, ForceKind.FrenchGendarmerieUnit)]
    [InlineData(ReferralChannel.SelfReferralFromOperationsSynthesis, ForceKind.FrenchPoliceStation)]
    [InlineData(ReferralChannel.SelfReferralFromJudicialInformationMessages, ForceKind.FrenchPoliceStation)]
    public void R20_day_log_belongs_to_police_stations_and_corg_bdrij_to_the_gendarmerie(ReferralChannel channel, ForceKind wrongForce)
    {
        var post = Post.Create(PostId.From(TestData.NewGuid(8)), ServiceProfileKind.FrenchPoliceSocialWorker, wrongForce);

        var refusal = Assert.Throws<DomainRuleException>(() => Case.Open(CaseId.From(TestData.NewGuid(9)), post, TestData.Referral(channel), [TestData.Adult()], [SituationKind.ConjugalViolence]));

        Assert.Equal(DomainCodes.ReferralChannelWrongForce, refusal.Code);
        Assert.True(channel.IsSelfReferral());
    }

    [Fact]
    [Trait("Rule", "R20")]
    public void R20_reception_desk_offer_carries_consent_obtained_upstream() =>
        Assert.True(TestData.Referral(ReferralChannel.ReceptionDeskOffer).ConsentObtainedUpstream);

    [Theory]
    [Trait("Rule", "R30")]
    [InlineData(ReferralChannel.OfficerOrientation, true)]
    [InlineData(ReferralChannel.EmergencyDispatcher, true)]
    [InlineData(ReferralChannel.PartnerReferral, true)]
    [InlineData(ReferralChannel.SelfReferralFromDayLog, false)]
    [InlineData(ReferralChannel.PersonThemself, false)]
    public void R30_quebec_social_referrals_come_from_an_officer_a_911_dispatcher_or_a_partner(ReferralChannel channel, bool accepted)
    {
        Assert.Equal(accepted, ServiceProfile.QuebecPolicePsychosocialCoordination.Accepts(channel, ForceKind.QuebecMunicipalPolice));
        if (!accepted)
        {
            var refusal = Assert.Throws<DomainRuleException>(() => Case.Open(CaseId.From(TestData.NewGuid(9)), TestData.Quebec, TestData.Referral(channel), [TestData.Adult()], [SituationKind.DisturbedMentalState]));
            Assert.Equal(("R30", DomainCodes.ReferralChannelNotAllowed), (refusal.RuleId, refusal.Code));
        }
    }

    [Fact]
    [Trait("Rule", "R31")]
    public void R31_quebec_targets_mental_state_homicide_risk_and_trauma_with_no_age_limit()
    {
        var profile = ServiceProfile.QuebecPolicePsychosocialCoordination;
        Assert.Equal(
            new[] { SituationKind.DisturbedMentalState, SituationKind.MentalHealthDisorder, SituationKind.ConjugalOrFamilyHomicideRisk, SituationKind.TraumaticEvent, SituationKind.HighRiskPoliceIntervention }.Order(),
            profile.Situations.Order());

        var child = Case.Open(CaseId.From(TestData.NewGuid(9)), TestData.Quebec, TestData.Referral(ReferralChannel.OfficerOrientation), [TestData.Minor(PartyRole.PersonInDifficulty)], [SituationKind.TraumaticEvent]);
        Assert.True(child.ConcernsMinor);

        var refusal = Assert.Throws<DomainRuleException>(() => Case.Open(CaseId.From(TestData.NewGuid(9)), TestData.Quebec, TestData.Referral(ReferralChannel.OfficerOrientation), [TestData.Adult()], [SituationKind.Precarity]));
        Assert.Equal(("R31", DomainCodes.CaseSituationNotServed), (refusal.RuleId, refusal.Code));
    }

    [Theory]
    [Trait("Rule", "R40")]
    [InlineData(ReferralChannel.StaffOwnRequest)]
    [InlineData(ReferralChannel.HierarchyRequest)]
    public void R40_staff_service_receives_staff_at_their_own_or_their_hierarchys_request(ReferralChannel channel)
    {
        var opened = Case.Open(CaseId.From(TestData.NewGuid(9)), TestData.StaffService, TestData.Referral(channel), [TestData.Adult(PartyRole.StaffMember)], [SituationKind.Addiction]);

        Assert.Equal(channel, opened.Referral.Channel);
        var refusal = Assert.Throws<DomainRuleException>(() => Case.Open(CaseId.From(TestData.NewGuid(9)), TestData.StaffService, TestData.Referral(channel), [TestData.Adult(PartyRole.Victim)], [SituationKind.Addiction]));
        Assert.Equal(("R40", DomainCodes.ParticipantRoleNotServed), (refusal.RuleId, refusal.Code));
    }

    [Fact]
    [Trait("Rule", "R41")]
    public void R41_staff_service_is_reachable_through_the_dispatch_centre_duty_member()
    {
        var opened = Case.Open(CaseId.From(TestData.NewGuid(9)), TestData.StaffService, TestData.Referral(ReferralChannel.DispatchCentreDutyLine), [TestData.Adult(PartyRole.StaffMember)], [SituationKind.WorkRelatedDifficulty]);

        Assert.Equal(ReferrerKind.DispatchCentreDutyMember, opened.Referral.Referrer.Kind);
        Assert.False(ServiceProfile.FrenchPoliceSocialWorker.Channels.Contains(ReferralChannel.DispatchCentreDutyLine));
    }

    [Fact]
    [Trait("Rule", "R50")]
    public void R50_belgian_victim_assistance_serves_victims_relatives_and_witnesses_only()
    {
        var profile = ServiceProfile.BelgianPoliceVictimAssistance;

        Assert.Equal(new[] { PartyRole.Victim, PartyRole.Witness, PartyRole.Relative }.Order(), profile.ServedRoles.Order());
        Assert.Equal(
            new[] { SituationKind.ViolenceOrOffence, SituationKind.TraumaticEvent, SituationKind.RoadAccident, SituationKind.ProblematicFamilyOrSocialSituation, SituationKind.ConjugalViolence }.Order(),
            profile.Situations.Order());
        var refusal = Assert.Throws<DomainRuleException>(() => Case.Open(CaseId.From(TestData.NewGuid(9)), TestData.Belgium, TestData.Referral(ReferralChannel.OfficerOrientation), [TestData.Adult(PartyRole.AllegedPerpetrator)], [SituationKind.RoadAccident]));
        Assert.Equal(("R50", DomainCodes.ParticipantRoleNotServed), (refusal.RuleId, refusal.Code));
    }

    [Fact]
    [Trait("Rule", "R51")]
    public void R51_belgian_interviews_take_place_at_the_office_or_at_home()
    {
        var profile = ServiceProfile.BelgianPoliceVictimAssistance;

        Assert.Contains(ActionKind.InterviewAtOffice, profile.Actions);
        Assert.Contains(ActionKind.InterviewAtHome, profile.Actions);
        var c = TestData.OpenCase(ServiceProfileKind.BelgianPoliceVictimAssistance);
        var refusal = Assert.Throws<DomainRuleException>(() => c.RecordFirstContact(TestData.Day, ActionKind.InterviewOnSite, Receptivity.Receptive));
        Assert.Equal(DomainCodes.ActionNotAllowed, refusal.Code);
    }

    [Fact]
    [Trait("Rule", "R53")]
    public void R53_belgian_offers_are_listening_first_assistance_information_practical_help_orientation_and_hearing_relay() =>
        Assert.Superset(
            new[] { ActionKind.Support, ActionKind.FirstAssistance, ActionKind.Information, ActionKind.PracticalHelp, ActionKind.Orientation, ActionKind.HearingPreparation }.ToHashSet(),
            ServiceProfile.BelgianPoliceVictimAssistance.Actions.ToHashSet());

    [Fact]
    public void A_post_of_a_force_the_service_does_not_work_in_is_refused()
    {
        var refusal = Assert.Throws<DomainRuleException>(() => Post.Create(PostId.From(TestData.NewGuid(8)), ServiceProfileKind.BelgianPoliceVictimAssistance, ForceKind.FrenchPoliceStation));

        Assert.Equal(DomainCodes.PostForceNotAllowed, refusal.Code);
    }
}
