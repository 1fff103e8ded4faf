using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Intervention.Domain;
using Intervention.Domain.Admissibility;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Testing;

/// <summary>The kinds of step a generated case tries, in the order a worker might.</summary>
public enum RecipeStepKind
{
    /// <summary>Assesses admissibility on the five criteria (Québec, R32).</summary>
    AssessAdmissibility = 0,

    /// <summary>Records the first contact.</summary>
    FirstContact = 1,

    /// <summary>Records the person's adhesion.</summary>
    Adhesion = 2,

    /// <summary>Records the person's refusal.</summary>
    Refusal = 3,

    /// <summary>Records that the person did not respond.</summary>
    NoResponse = 4,

    /// <summary>Records an action.</summary>
    Action = 5,

    /// <summary>Orients the person to a partner.</summary>
    Orient = 6,

    /// <summary>Issues an officer guidance card (Québec).</summary>
    IssueCard = 7,

    /// <summary>Reviews the guidance card.</summary>
    ReviewCard = 8,

    /// <summary>Withdraws the guidance card.</summary>
    WithdrawCard = 9,

    /// <summary>Closes the case.</summary>
    Close = 10,
}

/// <summary>One step a generated case tries; the domain refuses what its rules forbid, and the recipe skips a refused step.</summary>
/// <param name="Kind">What the step does.</param>
/// <param name="DaysLater">Days after the previous step.</param>
/// <param name="Choice">Picks among the options the profile allows (interview kind, action, partner, outcome).</param>
/// <param name="Flag">A yes/no option (a criterion met, the person or their representative, a supported referral).</param>
public sealed record RecipeStep(RecipeStepKind Kind, int DaysLater, int Choice, bool Flag)
{
    /// <inheritdoc />
    public override string ToString() => $"{Kind}(+{DaysLater}d, choice {Choice}, {Flag})";
}

/// <summary>A generated person of a recipe: their role, age in years when known, sex and vulnerabilities.</summary>
/// <param name="Role">The role (mapped onto the roles the profile serves).</param>
/// <param name="Age">The age in years, when known.</param>
/// <param name="Sex">The sex recorded.</param>
/// <param name="Vulnerabilities">The vulnerabilities.</param>
public sealed record RecipePerson(PartyRole Role, int? Age, Sex Sex, IReadOnlyList<Vulnerability> Vulnerabilities)
{
    /// <inheritdoc />
    public bool Equals(RecipePerson? other) =>
        other is not null && Role == other.Role && Age == other.Age && Sex == other.Sex && Vulnerabilities.SequenceEqual(other.Vulnerabilities);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Role, Age, Sex, Vulnerabilities.Count);
}

/// <summary>
/// A readable recipe for a case: the profile, the referral, the people, the situations and the steps tried. <see cref="Build"/>
/// opens the case through the domain and applies the steps; a step the rules refuse is skipped, so every built case is a state
/// the domain can reach, and a failing property prints the recipe in one line.
/// </summary>
/// <param name="Profile">The service profile.</param>
/// <param name="Gendarmerie">For the French profile: a gendarmerie unit rather than a police station.</param>
/// <param name="Channel">Picks the referral channel among those the profile and force accept.</param>
/// <param name="ReceivedOn">The day the referral was received.</param>
/// <param name="People">The people concerned (the first is the main person).</param>
/// <param name="Situations">Picks the situations among those the profile handles.</param>
/// <param name="WithHousehold">Whether the case belongs to a household.</param>
/// <param name="Steps">The steps tried, in order.</param>
/// <param name="Seed">Distinguishes the identifiers of cases built from otherwise equal recipes: the case's and its people's
/// identifiers carry all of its 64 bits, so recipes of distinct seeds never share one.</param>
public sealed record CaseRecipe(
    ServiceProfileKind Profile,
    bool Gendarmerie,
    int Channel,
    LocalDate ReceivedOn,
    IReadOnlyList<RecipePerson> People,
    IReadOnlyList<int> Situations,
    bool WithHousehold,
    IReadOnlyList<RecipeStep> Steps,
    long Seed = 0)
{
    /// <summary>A reference the gendarmerie's message system gives; it is free text the statistics must never show.</summary>
    public string ReferralReference => $"BDRIJ {ReceivedOn.Year}-{1000 + (Bits % 9000)}";

    /// <summary>The case's identifier (derived from the seed).</summary>
    public CaseId CaseId => CaseId.From(Identifier(1, 0, Bits));

    /// <summary>The identifier of each person, in order (derived from the seed).</summary>
    public IReadOnlyList<PersonId> PersonIds => People.Select((_, i) => PersonId.From(Identifier(2, i, Bits))).ToArray();

    // The seed's 64 bits, as an unsigned number.
    private ulong Bits => unchecked((ulong)Seed);

    /// <summary>Opens the case and applies every step the domain accepts.</summary>
    /// <returns>The case.</returns>
    public Case Build()
    {
        var profile = ServiceProfile.For(Profile);
        var force = Profile == ServiceProfileKind.FrenchPoliceSocialWorker && Gendarmerie ? ForceKind.FrenchGendarmerieUnit : profile.Forces.Min();
        var post = Post.Create(PostId.From(Identifier(1 + (int)Profile)), Profile, force);
        var channels = profile.Channels.Where(c => profile.Accepts(c, force)).Order().ToArray();
        var channel = channels[Math.Abs(Channel) % channels.Length];
        var referral = new Referral(channel, ReceivedOn, new Referrer(channel.ExpectedReferrer(), channel == ReferralChannel.PartnerReferral ? PartnerKind.Health : null, Channel % 3 == 0 ? ReferralReference : null));
        var roles = profile.ServedRoles.Order().ToArray();
        var ids = PersonIds;
        var people = People.Select((p, i) => new Participant(
            ids[i],
            roles[(int)p.Role % roles.Length],
            p.Age is { } age ? (age >= Ages.AgeOfMajority ? AgeGroup.Adult : AgeGroup.Minor) : (i % 2 == 0 ? AgeGroup.Adult : AgeGroup.Minor),
            p.Age,
            p.Sex,
            p.Vulnerabilities)).ToArray();
        var situations = profile.Situations.Order().ToArray();
        var chosen = Situations.Select(s => situations[Math.Abs(s) % situations.Length]).Distinct().ToArray();
        var c = Case.Open(CaseId, post, referral, people, chosen, WithHousehold ? HouseholdId.From(Identifier(77)) : null);
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

    /// <summary>Builds an identity for each person, with names, contact and birth date: what statistics must never show.</summary>
    /// <returns>The identities, in the order of <see cref="People"/>.</returns>
    public IReadOnlyList<PersonIdentity> Identities() => PersonIds.Select((id, i) => new PersonIdentity(
        id,
        $"Nomfamille{Bits}x{i}",
        $"Prenom{Bits}x{i}",
        People[i].Age is { } age ? ReceivedOn.PlusYears(-age).PlusDays(-(int)(Bits % 300)) : null,
        $"+33 6 {10 + (Bits % 89):D2} {i:D2} 00 00",
        $"personne{Bits}x{i}@example.org",
        $"{1 + i} rue du Secret {Bits}")).ToArray();

    /// <inheritdoc />
    public override string ToString() =>
        $"{Profile} (gendarmerie {Gendarmerie}) channel #{Channel} received {ReceivedOn:uuuu-MM-dd}; people [{string.Join(", ", People.Select(p => $"{p.Role}/{p.Age?.ToString(CultureInfo.InvariantCulture) ?? "?"}/{p.Sex}"))}]; situations [{string.Join(", ", Situations)}]; steps [{string.Join(", ", Steps)}]";

    /// <inheritdoc />
    public bool Equals(CaseRecipe? other) =>
        other is not null && Profile == other.Profile && Gendarmerie == other.Gendarmerie && Channel == other.Channel && ReceivedOn == other.ReceivedOn
        && People.SequenceEqual(other.People) && Situations.SequenceEqual(other.Situations) && WithHousehold == other.WithHousehold
        && Steps.SequenceEqual(other.Steps) && Seed == other.Seed;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Profile, Channel, ReceivedOn, People.Count, Steps.Count, Seed);

    internal static Guid Identifier(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    // Kind 1 for cases, 2 for people (with the person's index), then the 64 bits of the seed: distinct seeds, distinct identifiers.
    private static Guid Identifier(int kind, int index, ulong bits) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{kind:x8}-{index:x4}-0000-{bits >> 48:x4}-{bits & 0xffff_ffff_ffff:x12}"));

    private static void Apply(Case c, ServiceProfile profile, RecipeStep step, LocalDate day)
    {
        var actions = profile.Actions.Where(a => !a.TargetsPartner() && a != ActionKind.OfficerGuidanceCard).Order().ToArray();
        var interviews = profile.Actions.Where(a => a.IsInterview()).Order().ToArray();
        var partners = Enum.GetValues<PartnerKind>();
        var choice = Math.Abs(step.Choice);
        switch (step.Kind)
        {
            case RecipeStepKind.AssessAdmissibility:
                c.AssessAdmissibility(new AdmissibilityAssessment(day, Enum.GetValues<AdmissibilityCriterion>().Select(k => new CriterionFinding(k, step.Flag && (int)k == 1 + (choice % 5), $"finding {k}")).ToArray()));
                break;
            case RecipeStepKind.FirstContact:
                c.RecordFirstContact(day, interviews[choice % interviews.Length], (Receptivity)(1 + (choice % 3)));
                break;
            case RecipeStepKind.Adhesion:
                c.RecordAdhesion(day, step.Flag ? AdhesionGiver.Person : AdhesionGiver.LegalRepresentative);
                break;
            case RecipeStepKind.Refusal:
                c.RecordRefusal(day, AdhesionGiver.Person);
                break;
            case RecipeStepKind.NoResponse:
                c.RecordNoResponse(day);
                break;
            case RecipeStepKind.Action:
                c.RecordAction(new InterventionAction(actions[choice % actions.Length], day));
                break;
            case RecipeStepKind.Orient:
                c.Orient(day, partners[choice % partners.Length], step.Flag && profile.Actions.Contains(ActionKind.SupportedReferral));
                break;
            case RecipeStepKind.IssueCard:
                c.IssueGuidanceCard(day);
                break;
            case RecipeStepKind.ReviewCard:
                c.ReviewGuidanceCard(day);
                break;
            case RecipeStepKind.WithdrawCard:
                c.WithdrawGuidanceCard(day);
                break;
            case RecipeStepKind.Close:
                c.Close(day, step.Flag && c.State == CaseState.Oriented ? CaseOutcome.Oriented : new[] { CaseOutcome.SingleInterview, CaseOutcome.Completed, CaseOutcome.Oriented }[choice % 3]);
                break;
        }
    }
}
