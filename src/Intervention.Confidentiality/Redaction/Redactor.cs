using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Confidentiality.Disclosure;
using Intervention.Domain.Cases;
using Intervention.Domain.People;

namespace Intervention.Confidentiality.Redaction;

/// <summary>
/// Produces the view of a case a viewer may see. The viewer's rights come from a <see cref="DisclosureDecision"/> for that viewer
/// (partner with consent, service officer, hierarchy, funder…); the worker handling the case gets <see cref="WorkerView"/>.
/// Identity fields never appear in a view whose decision does not allow <see cref="DataCategory.Identity"/>.
/// </summary>
public static class Redactor
{
    private static readonly DataCategory[] Everything = Enum.GetValues<DataCategory>();

    /// <summary>Returns the view a decision allows.</summary>
    /// <param name="source">The case.</param>
    /// <param name="identities">The identities the host holds for the case's people (those of other people are ignored).</param>
    /// <param name="decision">The decision for this viewer.</param>
    /// <returns>The redacted view.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CaseView ViewFor(Case source, IReadOnlyCollection<PersonIdentity> identities, DisclosureDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return Build(source, identities, decision.AllowsDisclosure ? decision.AllowedData : []);
    }

    /// <summary>Returns the full view of the worker handling the case (their own file).</summary>
    /// <param name="source">The case.</param>
    /// <param name="identities">The identities the host holds for the case's people.</param>
    /// <returns>The full view.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CaseView WorkerView(Case source, IReadOnlyCollection<PersonIdentity> identities) => Build(source, identities, Everything);

    private static CaseView Build(Case source, IReadOnlyCollection<PersonIdentity> identities, IReadOnlyList<DataCategory> allowed)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(identities);
        var summary = allowed.Contains(DataCategory.SituationSummary);
        var details = allowed.Contains(DataCategory.SituationDetails);
        var identity = allowed.Contains(DataCategory.Identity);
        var contact = allowed.Contains(DataCategory.ContactDetails);
        var family = allowed.Contains(DataCategory.FamilyContext) || summary;
        var byId = identities.Where(i => i is not null).GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First());
        var participants = identity || contact || family
            ? source.Participants.Select(p =>
            {
                byId.TryGetValue(p.Person, out var who);
                return new ParticipantView(
                    family ? p.Role : null,
                    family ? p.AgeGroup : null,
                    identity ? who?.FamilyName : null,
                    identity ? who?.GivenNames : null,
                    identity ? who?.BirthDate : null,
                    contact ? who?.Phone : null,
                    contact ? who?.Email : null,
                    contact ? who?.Address : null);
            }).ToArray()
            : [];
        return new CaseView(
            source.Post.ProfileKind,
            summary ? source.Situations : null,
            summary ? source.Referral.Channel : null,
            summary ? source.State : null,
            details ? source.Referral.ReceivedOn : null,
            details ? source.Actions : null,
            summary ? source.Outcome : null,
            participants);
    }
}
