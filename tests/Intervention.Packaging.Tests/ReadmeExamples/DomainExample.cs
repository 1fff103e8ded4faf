using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Intervention.Domain;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Serialization;
using Intervention.Domain.Services;
using Intervention.Domain.Specifications;
using NodaTime;

namespace Intervention.Packaging.Tests.ReadmeExamples;

/// <summary>The example of <c>src/Intervention.Domain/README.md</c>, run by <see cref="ReadmeExampleTests"/>.</summary>
public static class DomainExample
{
    /// <summary>Runs the example.</summary>
    public static string Run()
    {
        var output = new StringWriter();
        // README:start
        var post = Post.Create(PostId.From(Guid.NewGuid()), ServiceProfileKind.FrenchPoliceSocialWorker, ForceKind.FrenchPoliceStation);
        var claire = new PersonIdentity(PersonId.From(Guid.NewGuid()), "Martin", "Claire", new LocalDate(1990, 5, 17));
        var situation = Case.Open(CaseId.From(Guid.NewGuid()), post,
            new Referral(ReferralChannel.OfficerOrientation, new LocalDate(2026, 3, 2), new Referrer(ReferrerKind.Officer)),
            [Participant.FromIdentity(claire, PartyRole.Victim, new LocalDate(2026, 3, 2), Sex.Female, [])],
            [SituationKind.ConjugalViolence]);
        situation.RecordFirstContact(new LocalDate(2026, 3, 3), ActionKind.InterviewAtOffice, Receptivity.Receptive);

        // Stored or sent as its snapshot: the participants without their identity, so no name in the JSON.
        var options = InterventionJson.CreateOptions();
        var json = JsonSerializer.Serialize(situation.ToSnapshot(), options);
        var again = Case.FromSnapshot(JsonSerializer.Deserialize<CaseSnapshot>(json, options)!);   // checks every invariant

        // Specifications: in memory here, translated to SQL by EF Core (Intervention.EntityFrameworkCore).
        var records = new[] { CaseRecord.From(again) };
        var awaiting = new CasesAwaitingFirstContact(new LocalDate(2026, 3, 10), days: 5).Evaluate(records).Count();
        output.WriteLine($"{again.State}; name in JSON: {json.Contains("Martin", StringComparison.Ordinal)}; awaiting first contact: {awaiting}");
        // README:end
        return output.ToString();
    }
}
