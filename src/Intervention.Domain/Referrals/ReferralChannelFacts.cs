using System;
using System.Collections.Generic;
using Intervention.Domain.Services;

namespace Intervention.Domain.Referrals;

/// <summary>Facts about each <see cref="ReferralChannel"/>: where it exists and who refers through it.</summary>
public static class ReferralChannelFacts
{
    private static readonly ForceKind[] PoliceStation = [ForceKind.FrenchPoliceStation];
    private static readonly ForceKind[] Gendarmerie = [ForceKind.FrenchGendarmerieUnit];

    /// <summary>
    /// The kinds of post where the channel exists, or an empty list when it exists wherever the service profile accepts it.
    /// </summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The kinds of post.</returns>
    /// <remarks>R03, R20: the day log and the "prévention partenariat" officer belong to police stations; the CORG synthesis, the BDRIJ messages and unit commanders to the gendarmerie.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is not defined.</exception>
    public static IReadOnlyList<ForceKind> RestrictedToForces(this ReferralChannel channel) => channel switch
    {
        ReferralChannel.SelfReferralFromDayLog or ReferralChannel.PreventionPartnershipOfficer => PoliceStation,
        ReferralChannel.SelfReferralFromOperationsSynthesis or ReferralChannel.SelfReferralFromJudicialInformationMessages
            or ReferralChannel.GendarmerieUnitCommander => Gendarmerie,
        ReferralChannel.OfficerOrientation or ReferralChannel.OfficerLiaisonSheet or ReferralChannel.ServiceMeeting
            or ReferralChannel.FamilyViolenceReferent or ReferralChannel.ConjugalViolenceSystematicForwarding
            or ReferralChannel.ReceptionDeskOffer or ReferralChannel.PartnerReferral or ReferralChannel.PersonThemself
            or ReferralChannel.EmergencyDispatcher or ReferralChannel.StaffOwnRequest or ReferralChannel.HierarchyRequest
            or ReferralChannel.DispatchCentreDutyLine => [],
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown referral channel."),
    };

    /// <summary>Who refers through the channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The kind of referrer the channel implies.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is not defined.</exception>
    public static ReferrerKind ExpectedReferrer(this ReferralChannel channel) => channel switch
    {
        ReferralChannel.OfficerOrientation or ReferralChannel.OfficerLiaisonSheet or ReferralChannel.ServiceMeeting
            or ReferralChannel.ConjugalViolenceSystematicForwarding => ReferrerKind.Officer,
        ReferralChannel.PreventionPartnershipOfficer => ReferrerKind.PreventionPartnershipOfficer,
        ReferralChannel.GendarmerieUnitCommander => ReferrerKind.UnitCommander,
        ReferralChannel.SelfReferralFromDayLog or ReferralChannel.SelfReferralFromOperationsSynthesis
            or ReferralChannel.SelfReferralFromJudicialInformationMessages => ReferrerKind.WorkerFromPoliceRecords,
        ReferralChannel.FamilyViolenceReferent => ReferrerKind.FamilyViolenceReferent,
        ReferralChannel.ReceptionDeskOffer => ReferrerKind.ReceptionDesk,
        ReferralChannel.PartnerReferral => ReferrerKind.Partner,
        ReferralChannel.PersonThemself => ReferrerKind.PersonThemself,
        ReferralChannel.EmergencyDispatcher => ReferrerKind.EmergencyDispatcher,
        ReferralChannel.StaffOwnRequest => ReferrerKind.StaffMember,
        ReferralChannel.HierarchyRequest => ReferrerKind.Hierarchy,
        ReferralChannel.DispatchCentreDutyLine => ReferrerKind.DispatchCentreDutyMember,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown referral channel."),
    };

    /// <summary>Whether the worker picked the situation up from police records (auto-saisine; R20).</summary>
    /// <param name="channel">The channel.</param>
    /// <returns><see langword="true"/> for the day log, the CORG synthesis and the BDRIJ messages.</returns>
    public static bool IsSelfReferral(this ReferralChannel channel) =>
        channel is ReferralChannel.SelfReferralFromDayLog or ReferralChannel.SelfReferralFromOperationsSynthesis
            or ReferralChannel.SelfReferralFromJudicialInformationMessages;

    /// <summary>Whether the person's consent to meet the worker was obtained before the referral (R20: reception desk offer).</summary>
    /// <param name="channel">The channel.</param>
    /// <returns><see langword="true"/> for the reception-desk offer and for the person's or staff member's own request.</returns>
    public static bool ConsentObtainedUpstream(this ReferralChannel channel) =>
        channel is ReferralChannel.ReceptionDeskOffer or ReferralChannel.PersonThemself or ReferralChannel.StaffOwnRequest;
}
