using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Domain.Cases;
using Intervention.Domain.Intake;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Serialization;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Reporting.LiaisonSheets;

/// <summary>
/// The officer-to-worker liaison sheet (fiche de liaison gendarmes/policiers → intervenant social): an incoming referral, about
/// 30 % of cases at one site (R20; seed 004). The officer names the unit, the person, the situation and whether the person
/// agreed to be contacted; the sheet becomes an <see cref="OpenCaseRequest"/> through the domain's intake.
/// </summary>
/// <param name="Unit">The officer's unit (brigade, station), a reference for the worker.</param>
/// <param name="WrittenOn">The date the officer wrote it.</param>
/// <param name="PersonId">The person's identifier in the host.</param>
/// <param name="Role">The person's role.</param>
/// <param name="BirthDate">The person's birth date, when known.</param>
/// <param name="DeclaredAgeGroup">Minor or adult when the birth date is unknown.</param>
/// <param name="Situations">The situations the officer saw.</param>
/// <param name="PersonAgreesToBeContacted">Whether the person agreed that the worker contact them.</param>
public sealed record OfficerReferralSheet(
    string Unit,
    LocalDate WrittenOn,
    Guid PersonId,
    PartyRole Role,
    LocalDate? BirthDate,
    AgeGroup? DeclaredAgeGroup,
    IReadOnlyList<SituationKind> Situations,
    bool PersonAgreesToBeContacted)
{
    /// <summary>Turns the sheet into the request that opens the case at a post (validated by the domain's <see cref="OpenCaseRequestValidator"/>).</summary>
    /// <param name="caseId">The identifier chosen for the case.</param>
    /// <param name="post">The post receiving it.</param>
    /// <returns>The request, with the channel <see cref="ReferralChannel.OfficerLiaisonSheet"/> and the unit as the referrer's reference.</returns>
    /// <remarks><see cref="PersonAgreesToBeContacted"/> stays on the sheet for the worker: the domain records the person's adhesion at the
    /// first contact (R04, R33), never from an officer's word.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="post"/> is null.</exception>
    public OpenCaseRequest ToOpenCaseRequest(Guid caseId, Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return new OpenCaseRequest
        {
            CaseId = caseId,
            PostId = post.Id.Value,
            Profile = post.ProfileKind,
            Force = post.Force,
            Referral = new ReferralRequest { Channel = ReferralChannel.OfficerLiaisonSheet, ReceivedOn = WrittenOn, Reference = Unit },
            Participants =
            [
                new ParticipantRequest
                {
                    PersonId = PersonId,
                    Role = Role,
                    BirthDate = BirthDate,
                    DeclaredAgeGroup = DeclaredAgeGroup is { } group ? Coded<AgeGroup>.Of(group) : null,
                },
            ],
            Situations = (Situations ?? []).Select(s => Coded<SituationKind>.Of(s)).ToArray(),
        };
    }

    /// <inheritdoc />
    public bool Equals(OfficerReferralSheet? other) =>
        other is not null && Unit == other.Unit && WrittenOn == other.WrittenOn && PersonId == other.PersonId && Role == other.Role && BirthDate == other.BirthDate
        && DeclaredAgeGroup == other.DeclaredAgeGroup && PersonAgreesToBeContacted == other.PersonAgreesToBeContacted && Situations.SequenceEqual(other.Situations);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, WrittenOn, PersonId);
}
