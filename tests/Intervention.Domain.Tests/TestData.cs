using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Domain.Tests;

/// <summary>Builders for the tests: valid posts, referrals, people and cases of each profile.</summary>
internal static class TestData
{
    public static readonly LocalDate Day = new(2026, 3, 2);

    public static Guid NewGuid(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    public static Post PoliceStation { get; } = Post.Create(PostId.From(NewGuid(1)), ServiceProfileKind.FrenchPoliceSocialWorker, ForceKind.FrenchPoliceStation);

    public static Post Gendarmerie { get; } = Post.Create(PostId.From(NewGuid(2)), ServiceProfileKind.FrenchPoliceSocialWorker, ForceKind.FrenchGendarmerieUnit);

    public static Post Quebec { get; } = Post.Create(PostId.From(NewGuid(3)), ServiceProfileKind.QuebecPolicePsychosocialCoordination, ForceKind.QuebecMunicipalPolice);

    public static Post StaffService { get; } = Post.Create(PostId.From(NewGuid(4)), ServiceProfileKind.PoliceStaffPsychosocialService, ForceKind.SwissCantonalPolice);

    public static Post Belgium { get; } = Post.Create(PostId.From(NewGuid(5)), ServiceProfileKind.BelgianPoliceVictimAssistance, ForceKind.BelgianLocalPolice);

    public static Post PostOf(ServiceProfileKind kind) => kind switch
    {
        ServiceProfileKind.FrenchPoliceSocialWorker => PoliceStation,
        ServiceProfileKind.QuebecPolicePsychosocialCoordination => Quebec,
        ServiceProfileKind.PoliceStaffPsychosocialService => StaffService,
        _ => Belgium,
    };

    public static Referral Referral(ReferralChannel channel, LocalDate? on = null, PartnerKind? partner = null) =>
        new(channel, on ?? Day, new Referrer(channel.ExpectedReferrer(), channel == ReferralChannel.PartnerReferral ? partner ?? PartnerKind.School : null));

    public static Participant Adult(PartyRole role = PartyRole.Victim, int n = 100) =>
        new(PersonId.From(NewGuid(n)), role, AgeGroup.Adult, 34, Sex.Female, []);

    public static Participant Minor(PartyRole role = PartyRole.Victim, int n = 101) =>
        new(PersonId.From(NewGuid(n)), role, AgeGroup.Minor, 12, Sex.Male, []);

    public static ReferralChannel DefaultChannel(ServiceProfileKind kind) => kind switch
    {
        ServiceProfileKind.PoliceStaffPsychosocialService => ReferralChannel.StaffOwnRequest,
        _ => ReferralChannel.OfficerOrientation,
    };

    public static PartyRole DefaultRole(ServiceProfileKind kind) =>
        kind == ServiceProfileKind.PoliceStaffPsychosocialService ? PartyRole.StaffMember : PartyRole.Victim;

    public static SituationKind DefaultSituation(ServiceProfileKind kind) => kind switch
    {
        ServiceProfileKind.FrenchPoliceSocialWorker => SituationKind.ConjugalViolence,
        ServiceProfileKind.QuebecPolicePsychosocialCoordination => SituationKind.DisturbedMentalState,
        ServiceProfileKind.PoliceStaffPsychosocialService => SituationKind.WorkRelatedDifficulty,
        _ => SituationKind.RoadAccident,
    };

    public static Case OpenCase(ServiceProfileKind kind = ServiceProfileKind.FrenchPoliceSocialWorker, int n = 1000, LocalDate? on = null)
    {
        var post = PostOf(kind);
        return Case.Open(
            CaseId.From(NewGuid(n)),
            post,
            Referral(DefaultChannel(kind), on),
            [Adult(DefaultRole(kind))],
            [DefaultSituation(kind)]);
    }

    public static Domain.Admissibility.AdmissibilityAssessment Assessment(LocalDate on, params Domain.Admissibility.AdmissibilityCriterion[] met) =>
        new(on, Enum.GetValues<Domain.Admissibility.AdmissibilityCriterion>().Select(c => new Domain.Admissibility.CriterionFinding(c, met.Contains(c), met.Contains(c) ? "Observed in police reports" : "Not observed")).ToArray());

    public static IReadOnlyList<T> Events<T>(Case c) => c.DequeueEvents().OfType<T>().ToArray();
}
