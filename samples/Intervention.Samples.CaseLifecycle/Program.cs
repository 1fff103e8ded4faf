// A case's life in a French police station, then a Québec social referral, with Intervention.Domain.
// Run: dotnet run --project samples/Intervention.Samples.CaseLifecycle
using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Intervention.Domain;
using Intervention.Domain.Admissibility;
using Intervention.Domain.Cases;
using Intervention.Domain.Intake;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Domain.Specifications;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Intervention.Samples.CaseLifecycle;

public static class Program
{
    public static int Main() => Run(Console.Out);

    public static int Run(TextWriter output)
    {
        // The host registers the domain package; the clock is injectable (the system clock by default).
        using var services = new ServiceCollection().AddInterventionDomain().BuildServiceProvider();
        var intake = services.GetRequiredService<CaseIntake>();
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");

        // 1. A request with mistakes: every problem comes back at once, with its path and a French message.
        var wrong = new OpenCaseRequest
        {
            CaseId = Guid.NewGuid(),
            PostId = Guid.NewGuid(),
            Profile = ServiceProfileKind.FrenchPoliceSocialWorker,
            Force = ForceKind.FrenchGendarmerieUnit,
            Referral = new ReferralRequest { Channel = ReferralChannel.SelfReferralFromDayLog, ReceivedOn = new LocalDate(2026, 3, 2) },
            Participants = [new ParticipantRequest { PersonId = Guid.NewGuid(), Role = PartyRole.Victim, BirthDate = new LocalDate(2027, 1, 1) }],
            Situations = [],
        };
        foreach (var error in intake.Open(wrong).Validation.Errors)
        {
            output.WriteLine($"refusé  {error.PropertyName}: [{error.ErrorCode}] {error.ErrorMessage}");
        }

        // 2. The same referral, corrected: the worker picked it up from the police station's day log (R20).
        var request = wrong with
        {
            Force = ForceKind.FrenchPoliceStation,
            Participants = [new ParticipantRequest { PersonId = Guid.NewGuid(), Role = PartyRole.Victim, BirthDate = new LocalDate(1990, 5, 17), Sex = Sex.Female }],
            Situations = [SituationKind.ConjugalViolence, SituationKind.Precarity],
        };
        var opened = intake.Open(request);
        var frenchCase = opened.Case!;
        var day = new LocalDate(2026, 3, 3);

        // 3. First contact, then adhesion: only then may the worker accompany the person (R04).
        frenchCase.RecordFirstContact(day, ActionKind.InterviewAtOffice, Receptivity.Receptive);
        frenchCase.RecordAdhesion(day, AdhesionGiver.Person);
        frenchCase.RecordAction(new InterventionAction(ActionKind.Accompaniment, day.PlusDays(2)));
        frenchCase.Orient(day.PlusDays(7), PartnerKind.DepartmentalSocialServices);
        frenchCase.Close(day.PlusDays(30), CaseOutcome.Oriented);
        foreach (var e in frenchCase.DequeueEvents())
        {
            output.WriteLine($"event   {e.On:yyyy-MM-dd} {e.GetType().Name}");
        }

        // 4. A Québec social referral: admissible on one criterion at least (R32), then an officer guidance card (R36).
        var quebec = Case.Open(
            CaseId.From(Guid.NewGuid()),
            Post.Create(PostId.From(Guid.NewGuid()), ServiceProfileKind.QuebecPolicePsychosocialCoordination, ForceKind.QuebecMunicipalPolice),
            new Referral(ReferralChannel.EmergencyDispatcher, new LocalDate(2025, 2, 10), new Referrer(ReferrerKind.EmergencyDispatcher)),
            [new Participant(PersonId.From(Guid.NewGuid()), PartyRole.PersonInDifficulty, AgeGroup.Adult, 41, Sex.Male, [Vulnerability.MentalIncapacity])],
            [SituationKind.DisturbedMentalState]);
        quebec.AssessAdmissibility(new AdmissibilityAssessment(
            new LocalDate(2025, 2, 11),
            Enum.GetValues<AdmissibilityCriterion>().Select(c => new CriterionFinding(
                c,
                met: c == AdmissibilityCriterion.Recurrence,
                reason: c == AdmissibilityCriterion.Recurrence ? "Six police calls in three months" : "Not observed")).ToArray()));
        quebec.RecordFirstContact(new LocalDate(2025, 2, 12), ActionKind.InterviewAtHome, Receptivity.NotReceptive);
        quebec.IssueGuidanceCard(new LocalDate(2025, 2, 14));
        quebec.RecordRefusal(new LocalDate(2025, 2, 14), AdhesionGiver.Person);
        output.WriteLine($"quebec  state={quebec.State}, worker remains available={quebec.WorkerRemainsAvailable}, card review due {quebec.GuidanceCard!.NextReviewDue:yyyy-MM-dd}");

        // 5. The host's reminder list: guidance cards due for review, as a specification it can run over its database.
        var due = new GuidanceCardsDueForReview(new LocalDate(2026, 3, 1)).Evaluate([CaseRecord.From(frenchCase), CaseRecord.From(quebec)]).ToList();
        output.WriteLine($"review  {due.Count} guidance card(s) due on 2026-03-01");
        return opened.IsValid && due.Count == 1 ? 0 : 1;
    }
}
