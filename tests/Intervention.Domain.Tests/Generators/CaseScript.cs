using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Intervention.Domain.Admissibility;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Domain.Tests.Generators;

/// <summary>One step a worker may try on a case; refused steps are skipped, so every built case is a reachable state.</summary>
public sealed record Step(StepKind Kind, int DaysLater, int Choice, bool Flag)
{
    public override string ToString() => $"{Kind}(+{DaysLater}d, choice {Choice}, {Flag})";
}

public enum StepKind
{
    AssessAdmissibility,
    FirstContact,
    Adhesion,
    Refusal,
    NoResponse,
    Action,
    Orient,
    IssueCard,
    ReviewCard,
    WithdrawCard,
    Close,
}

/// <summary>A readable recipe for a case: the profile, the referral, the people, the situations and the steps tried.</summary>
public sealed record CaseScript(
    ServiceProfileKind Profile,
    bool Gendarmerie,
    int Channel,
    LocalDate ReceivedOn,
    IReadOnlyList<(PartyRole Role, int? Age, Sex Sex, Vulnerability[] Vulnerabilities)> People,
    IReadOnlyList<int> Situations,
    bool WithHousehold,
    IReadOnlyList<Step> Steps)
{
    public Case Build()
    {
        var profile = ServiceProfile.For(Profile);
        var force = Profile == ServiceProfileKind.FrenchPoliceSocialWorker && Gendarmerie ? ForceKind.FrenchGendarmerieUnit : profile.Forces.Min();
        var post = new Post(PostId.From(TestData.NewGuid(1 + (int)Profile)), Profile, force);
        var channels = profile.Channels.Where(c => profile.Accepts(c, force)).Order().ToArray();
        var channel = channels[Channel % channels.Length];
        var referral = new Referral(channel, ReceivedOn, new Referrer(channel.ExpectedReferrer(), channel == ReferralChannel.PartnerReferral ? PartnerKind.Health : null, Channel % 3 == 0 ? "BDRIJ 2026-0042" : null));
        var roles = profile.ServedRoles.Order().ToArray();
        var people = People.Select((p, i) => new Participant(
            PersonId.From(TestData.NewGuid(10_000 + i)),
            roles[(int)p.Role % roles.Length],
            p.Age is { } age ? (age >= Ages.AgeOfMajority ? AgeGroup.Adult : AgeGroup.Minor) : (i % 2 == 0 ? AgeGroup.Adult : AgeGroup.Minor),
            p.Age,
            p.Sex,
            p.Vulnerabilities)).ToArray();
        var situations = profile.Situations.Order().ToArray();
        var chosen = Situations.Select(s => situations[s % situations.Length]).Distinct().ToArray();
        var c = Case.Open(CaseId.From(TestData.NewGuid(99)), post, referral, people, chosen, WithHousehold ? HouseholdId.From(TestData.NewGuid(77)) : null);
        var day = ReceivedOn;
        foreach (var step in Steps)
        {
            day = day.PlusDays(step.DaysLater);
            try
            {
                Apply(c, profile, step, day);
            }
            catch (DomainRuleException)
            {
                // A refused step leaves the case as it was: that is the rule working.
            }
        }

        return c;
    }

    private static void Apply(Case c, ServiceProfile profile, Step step, LocalDate day)
    {
        var actions = profile.Actions.Where(a => !a.TargetsPartner() && a != ActionKind.OfficerGuidanceCard).Order().ToArray();
        var interviews = profile.Actions.Where(a => a.IsInterview()).Order().ToArray();
        var partners = Enum.GetValues<PartnerKind>();
        switch (step.Kind)
        {
            case StepKind.AssessAdmissibility:
                c.AssessAdmissibility(new AdmissibilityAssessment(day, Enum.GetValues<AdmissibilityCriterion>().Select(k => new CriterionFinding(k, step.Flag && (int)k == 1 + (step.Choice % 5), $"finding {k}")).ToArray()));
                break;
            case StepKind.FirstContact:
                c.RecordFirstContact(day, interviews[step.Choice % interviews.Length], (Receptivity)(1 + (step.Choice % 3)));
                break;
            case StepKind.Adhesion:
                c.RecordAdhesion(day, step.Flag ? AdhesionGiver.Person : AdhesionGiver.LegalRepresentative);
                break;
            case StepKind.Refusal:
                c.RecordRefusal(day, AdhesionGiver.Person);
                break;
            case StepKind.NoResponse:
                c.RecordNoResponse(day);
                break;
            case StepKind.Action:
                c.RecordAction(new InterventionAction(actions[step.Choice % actions.Length], day));
                break;
            case StepKind.Orient:
                c.Orient(day, partners[step.Choice % partners.Length], step.Flag && profile.Actions.Contains(ActionKind.SupportedReferral));
                break;
            case StepKind.IssueCard:
                c.IssueGuidanceCard(day);
                break;
            case StepKind.ReviewCard:
                c.ReviewGuidanceCard(day);
                break;
            case StepKind.WithdrawCard:
                c.WithdrawGuidanceCard(day);
                break;
            case StepKind.Close:
                c.Close(day, step.Flag && c.State == CaseState.Oriented ? CaseOutcome.Oriented : new[] { CaseOutcome.SingleInterview, CaseOutcome.Completed, CaseOutcome.Oriented }[step.Choice % 3]);
                break;
        }
    }

    public override string ToString() =>
        $"{Profile} (gendarmerie {Gendarmerie}) channel #{Channel} received {ReceivedOn:yyyy-MM-dd}; people [{string.Join(", ", People.Select(p => $"{p.Role}/{p.Age?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}/{p.Sex}"))}]; situations [{string.Join(", ", Situations)}]; steps [{string.Join(", ", Steps)}]";
}

/// <summary>FsCheck arbitraries for the domain, shared by the property tests.</summary>
public static class DomainArbitraries
{
    public static Arbitrary<CaseScript> CaseScripts()
    {
        var person =
            from role in Gen.Elements(Enum.GetValues<PartyRole>())
            from age in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 100).Select(a => (int?)a))
            from sex in Gen.Elements(Enum.GetValues<Sex>())
            from vulnerabilities in Gen.SubListOf(Enum.GetValues<Vulnerability>())
            select (role, age, sex, vulnerabilities.ToArray());
        var step =
            from kind in Gen.Frequency(
                (3, Gen.Constant(StepKind.FirstContact)), (3, Gen.Constant(StepKind.AssessAdmissibility)), (3, Gen.Constant(StepKind.Adhesion)),
                (2, Gen.Constant(StepKind.Action)), (2, Gen.Constant(StepKind.Orient)), (1, Gen.Constant(StepKind.Refusal)),
                (1, Gen.Constant(StepKind.NoResponse)), (2, Gen.Constant(StepKind.IssueCard)), (1, Gen.Constant(StepKind.ReviewCard)),
                (1, Gen.Constant(StepKind.WithdrawCard)), (1, Gen.Constant(StepKind.Close)))
            from days in Gen.Choose(0, 400)
            from choice in Gen.Choose(0, 50)
            from flag in Gen.Elements(true, false)
            select new Step(kind, days, choice, flag);
        var script =
            from profile in Gen.Elements(Enum.GetValues<ServiceProfileKind>())
            from gendarmerie in Gen.Elements(true, false)
            from channel in Gen.Choose(0, 20)
            from offset in Gen.Choose(0, 3000)
            from people in Gen.Choose(1, 4).SelectMany(n => Gen.ListOf(person, n))
            from situations in Gen.Choose(1, 3).SelectMany(n => Gen.ListOf(Gen.Choose(0, 30), n))
            from household in Gen.Elements(true, false)
            from steps in Gen.Choose(0, 14).SelectMany(n => Gen.ListOf(step, n))
            from engaged in Gen.Elements(true, false)
            select new CaseScript(
                profile, gendarmerie, channel, new LocalDate(2018, 1, 1).PlusDays(offset), people.ToArray(), situations.ToArray(), household,
                (engaged ? EngagedStart.Concat(steps) : steps).ToArray());
        return Arb.From(script, Shrink);
    }

    // Half the scripts start as most real cases do (admissible, first contact, adhesion), so the later states are reached often.
    private static readonly Step[] EngagedStart =
        [new(StepKind.AssessAdmissibility, 1, 0, true), new(StepKind.FirstContact, 2, 0, false), new(StepKind.Adhesion, 0, 0, true)];

    // Shrinks towards fewer steps, fewer people and fewer situations, so a counterexample reads in one line.
    private static IEnumerable<CaseScript> Shrink(CaseScript s)
    {
        for (var i = 0; i < s.Steps.Count; i++)
        {
            yield return s with { Steps = s.Steps.Where((_, j) => j != i).ToArray() };
        }

        for (var i = 0; s.People.Count > 1 && i < s.People.Count; i++)
        {
            yield return s with { People = s.People.Where((_, j) => j != i).ToArray() };
        }

        for (var i = 0; s.Situations.Count > 1 && i < s.Situations.Count; i++)
        {
            yield return s with { Situations = s.Situations.Where((_, j) => j != i).ToArray() };
        }
    }
}
