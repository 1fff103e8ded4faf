using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using NodaTime;

namespace Intervention.Domain.Services;

/// <summary>
/// One of the four services of the source documents, as a first-class profile: its jurisdiction, the
/// people it serves, the referral channels it accepts, the situations it handles and the actions it offers.
/// A case belongs to one profile and whatever the profile does not allow is refused.
/// </summary>
/// <remarks>
/// The four instances are immutable and built from the seeds: <see cref="FrenchPoliceSocialWorker"/> (R01–R04, R20),
/// <see cref="QuebecPolicePsychosocialCoordination"/> (R30–R36), <see cref="PoliceStaffPsychosocialService"/> (R40–R42)
/// and <see cref="BelgianPoliceVictimAssistance"/> (R50–R53).
/// </remarks>
public sealed class ServiceProfile
{
    private static readonly ActionKind[] Interviews =
        [ActionKind.InterviewAtOffice, ActionKind.InterviewAtHome, ActionKind.InterviewByPhone, ActionKind.InterviewOnSite];

    /// <summary>Social worker in a French police station or gendarmerie unit (ISCG).</summary>
    /// <remarks>R01 missions, R02 beneficiaries (any person, adult or minor, victim or alleged perpetrator, concerned by a matter with a social side), R03 and R20 channels.</remarks>
    public static ServiceProfile FrenchPoliceSocialWorker { get; } = new(
        ServiceProfileKind.FrenchPoliceSocialWorker,
        Jurisdiction.France,
        "Europe/Paris",
        forces: [ForceKind.FrenchPoliceStation, ForceKind.FrenchGendarmerieUnit],
        roles: [PartyRole.Victim, PartyRole.AllegedPerpetrator, PartyRole.Witness, PartyRole.Relative, PartyRole.PersonInDifficulty],
        channels:
        [
            ReferralChannel.OfficerOrientation, ReferralChannel.PreventionPartnershipOfficer, ReferralChannel.GendarmerieUnitCommander,
            ReferralChannel.SelfReferralFromDayLog, ReferralChannel.SelfReferralFromOperationsSynthesis,
            ReferralChannel.SelfReferralFromJudicialInformationMessages, ReferralChannel.OfficerLiaisonSheet, ReferralChannel.ServiceMeeting,
            ReferralChannel.FamilyViolenceReferent, ReferralChannel.ConjugalViolenceSystematicForwarding, ReferralChannel.ReceptionDeskOffer,
            ReferralChannel.PartnerReferral, ReferralChannel.PersonThemself,
        ],
        situations:
        [
            SituationKind.ConjugalViolence, SituationKind.IntraFamilyViolence, SituationKind.ChildAtRisk, SituationKind.DistressOrVulnerability,
            SituationKind.DisturbedMentalState, SituationKind.MentalHealthDisorder, SituationKind.ConjugalOrFamilyHomicideRisk,
            SituationKind.TraumaticEvent, SituationKind.RoadAccident, SituationKind.NeighbourConflict, SituationKind.Addiction,
            SituationKind.Precarity, SituationKind.JuvenileDelinquency, SituationKind.ViolenceOrOffence,
            SituationKind.ProblematicFamilyOrSocialSituation,
        ],
        actions:
        [
            .. Interviews, ActionKind.Information, ActionKind.Orientation, ActionKind.Accompaniment, ActionKind.Mediation,
            ActionKind.TechnicalAssistance, ActionKind.Support,
        ],
        requiresAdmissibility: false,
        issuesGuidanceCards: false);

    /// <summary>Québec police psychosocial coordination (travailleuse sociale en service de police).</summary>
    /// <remarks>R30 entry by social referral from an officer, a 911 dispatcher or a partner; R31 target clientele, no age limit; R32 admissibility; R33 first contact; R36 officer guidance cards reviewed yearly.</remarks>
    public static ServiceProfile QuebecPolicePsychosocialCoordination { get; } = new(
        ServiceProfileKind.QuebecPolicePsychosocialCoordination,
        Jurisdiction.Quebec,
        "America/Toronto",
        forces: [ForceKind.QuebecMunicipalPolice],
        roles: [PartyRole.Victim, PartyRole.AllegedPerpetrator, PartyRole.Witness, PartyRole.Relative, PartyRole.PersonInDifficulty],
        channels: [ReferralChannel.OfficerOrientation, ReferralChannel.EmergencyDispatcher, ReferralChannel.PartnerReferral],
        situations:
        [
            SituationKind.DisturbedMentalState, SituationKind.MentalHealthDisorder, SituationKind.ConjugalOrFamilyHomicideRisk,
            SituationKind.TraumaticEvent, SituationKind.HighRiskPoliceIntervention,
        ],
        actions:
        [
            .. Interviews, ActionKind.Information, ActionKind.Orientation, ActionKind.SupportedReferral,
            ActionKind.SocialFunctioningAssessment, ActionKind.InterdisciplinaryPlan, ActionKind.OfficerGuidanceCard,
        ],
        requiresAdmissibility: true,
        issuesGuidanceCards: true);

    /// <summary>Psychosocial service for the police force's own staff (seed 000, a Swiss cantonal police directive).</summary>
    /// <remarks>R40 every employee and manager, at their own or their hierarchy's request; R41 internal number or 24/7 through the CECAL duty member; R42 the hierarchy sees no identity without consent.</remarks>
    public static ServiceProfile PoliceStaffPsychosocialService { get; } = new(
        ServiceProfileKind.PoliceStaffPsychosocialService,
        Jurisdiction.Switzerland,
        "Europe/Zurich",
        forces: [ForceKind.SwissCantonalPolice],
        roles: [PartyRole.StaffMember],
        channels: [ReferralChannel.StaffOwnRequest, ReferralChannel.HierarchyRequest, ReferralChannel.DispatchCentreDutyLine],
        situations:
        [
            SituationKind.Addiction, SituationKind.WorkRelatedDifficulty, SituationKind.EconomicDifficulty, SituationKind.HealthDifficulty,
            SituationKind.TraumaticEvent,
        ],
        actions:
        [
            ActionKind.InterviewAtOffice, ActionKind.InterviewByPhone, ActionKind.InterviewOnSite, ActionKind.Support, ActionKind.Information,
            ActionKind.Orientation, ActionKind.TechnicalAssistance, ActionKind.ExpertAssessment,
        ],
        requiresAdmissibility: false,
        issuesGuidanceCards: false);

    /// <summary>Belgian police victim-assistance service (SAPV).</summary>
    /// <remarks>R50 victims, relatives and witnesses; R51 free and confidential, at the office or at home; R52 first-line and short-term; R53 offers.</remarks>
    public static ServiceProfile BelgianPoliceVictimAssistance { get; } = new(
        ServiceProfileKind.BelgianPoliceVictimAssistance,
        Jurisdiction.Belgium,
        "Europe/Brussels",
        forces: [ForceKind.BelgianLocalPolice],
        roles: [PartyRole.Victim, PartyRole.Relative, PartyRole.Witness],
        channels: [ReferralChannel.OfficerOrientation, ReferralChannel.PersonThemself, ReferralChannel.PartnerReferral],
        situations:
        [
            SituationKind.ViolenceOrOffence, SituationKind.TraumaticEvent, SituationKind.RoadAccident,
            SituationKind.ProblematicFamilyOrSocialSituation, SituationKind.ConjugalViolence,
        ],
        actions:
        [
            ActionKind.InterviewAtOffice, ActionKind.InterviewAtHome, ActionKind.InterviewByPhone, ActionKind.Support,
            ActionKind.FirstAssistance, ActionKind.Information, ActionKind.PracticalHelp, ActionKind.Orientation, ActionKind.HearingPreparation,
        ],
        requiresAdmissibility: false,
        issuesGuidanceCards: false);

    private ServiceProfile(
        ServiceProfileKind kind,
        Jurisdiction jurisdiction,
        string timeZoneId,
        ForceKind[] forces,
        PartyRole[] roles,
        ReferralChannel[] channels,
        SituationKind[] situations,
        ActionKind[] actions,
        bool requiresAdmissibility,
        bool issuesGuidanceCards)
    {
        Kind = kind;
        Jurisdiction = jurisdiction;
        TimeZone = DateTimeZoneProviders.Tzdb[timeZoneId];
        Forces = forces.ToFrozenSet();
        ServedRoles = roles.ToFrozenSet();
        Channels = channels.ToFrozenSet();
        Situations = situations.ToFrozenSet();
        Actions = actions.ToFrozenSet();
        RequiresAdmissibility = requiresAdmissibility;
        IssuesGuidanceCards = issuesGuidanceCards;
    }

    /// <summary>Gets the four profiles, in the order of <see cref="ServiceProfileKind"/>.</summary>
    public static IReadOnlyList<ServiceProfile> All { get; } =
        [FrenchPoliceSocialWorker, QuebecPolicePsychosocialCoordination, PoliceStaffPsychosocialService, BelgianPoliceVictimAssistance];

    /// <summary>Gets which of the four services this is.</summary>
    public ServiceProfileKind Kind { get; }

    /// <summary>Gets the legal order the service works under.</summary>
    public Jurisdiction Jurisdiction { get; }

    /// <summary>Gets the time zone in which the service's dates are reckoned (what "today" means for a referral date).</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Gets the kinds of post the service works in.</summary>
    public IReadOnlySet<ForceKind> Forces { get; }

    /// <summary>Gets the roles of the people the service serves.</summary>
    public IReadOnlySet<PartyRole> ServedRoles { get; }

    /// <summary>Gets the referral channels the service accepts.</summary>
    public IReadOnlySet<ReferralChannel> Channels { get; }

    /// <summary>Gets the situations the service handles.</summary>
    public IReadOnlySet<SituationKind> Situations { get; }

    /// <summary>Gets the actions the service offers.</summary>
    public IReadOnlySet<ActionKind> Actions { get; }

    /// <summary>Gets whether a referral must be found admissible before the first contact (Québec, R32).</summary>
    public bool RequiresAdmissibility { get; }

    /// <summary>Gets whether the service issues officer guidance cards reviewed yearly (Québec, R36).</summary>
    public bool IssuesGuidanceCards { get; }

    /// <summary>Gets the age of majority in the service's jurisdiction: 18 in France, Québec, Belgium and Switzerland.</summary>
    public int AgeOfMajority => People.Ages.AgeOfMajority;

    /// <summary>Gets the profile of a service.</summary>
    /// <param name="kind">The service.</param>
    /// <returns>Its profile.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static ServiceProfile For(ServiceProfileKind kind) => kind switch
    {
        ServiceProfileKind.FrenchPoliceSocialWorker => FrenchPoliceSocialWorker,
        ServiceProfileKind.QuebecPolicePsychosocialCoordination => QuebecPolicePsychosocialCoordination,
        ServiceProfileKind.PoliceStaffPsychosocialService => PoliceStaffPsychosocialService,
        ServiceProfileKind.BelgianPoliceVictimAssistance => BelgianPoliceVictimAssistance,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown service profile."),
    };

    /// <summary>Whether the service accepts a referral channel at a kind of post (the channel must also exist there).</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="force">The kind of post that received the referral.</param>
    /// <returns><see langword="true"/> when both the profile and the post allow the channel.</returns>
    public bool Accepts(ReferralChannel channel, ForceKind force)
    {
        if (!Channels.Contains(channel))
        {
            return false;
        }

        var restricted = channel.RestrictedToForces();
        return restricted.Count == 0 || ((IList<ForceKind>)restricted).Contains(force);
    }

    /// <inheritdoc />
    public override string ToString() => Kind.ToString();
}
