using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using NodaTime;

namespace Intervention.Testing;

/// <summary>
/// FsCheck generators for the domain: case recipes (built through the domain, so every case is a reachable state), cases,
/// referrals and people of every profile. Use them in a property's <c>Arbitrary</c> list or with <c>Prop.ForAll</c>.
/// </summary>
public static class DomainGenerators
{
    // Half the recipes start as most real cases do (admissible, first contact, adhesion), so the later states are reached often.
    private static readonly RecipeStep[] EngagedStart =
        [new(RecipeStepKind.AssessAdmissibility, 1, 0, true), new(RecipeStepKind.FirstContact, 2, 0, false), new(RecipeStepKind.Adhesion, 0, 0, true)];

    /// <summary>Gets a generator of people: any role, an age from 0 to 100 or unknown, any sex, any vulnerabilities.</summary>
    public static Gen<RecipePerson> People { get; } =
        from role in Gen.Elements(Enum.GetValues<PartyRole>())
        from age in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 100).Select(a => (int?)a))
        from sex in Gen.Elements(Enum.GetValues<Sex>())
        from vulnerabilities in Gen.SubListOf(Enum.GetValues<Vulnerability>())
        select new RecipePerson(role, age, sex, vulnerabilities.ToArray());

    /// <summary>Gets a generator of steps, weighted towards the common ones.</summary>
    public static Gen<RecipeStep> Steps { get; } =
        from kind in Gen.Frequency(
            (3, Gen.Constant(RecipeStepKind.FirstContact)), (3, Gen.Constant(RecipeStepKind.AssessAdmissibility)), (3, Gen.Constant(RecipeStepKind.Adhesion)),
            (2, Gen.Constant(RecipeStepKind.Action)), (2, Gen.Constant(RecipeStepKind.Orient)), (1, Gen.Constant(RecipeStepKind.Refusal)),
            (1, Gen.Constant(RecipeStepKind.NoResponse)), (2, Gen.Constant(RecipeStepKind.IssueCard)), (1, Gen.Constant(RecipeStepKind.ReviewCard)),
            (1, Gen.Constant(RecipeStepKind.WithdrawCard)), (1, Gen.Constant(RecipeStepKind.Close)))
        from days in Gen.Choose(0, 400)
        from choice in Gen.Choose(0, 50)
        from flag in Gen.Elements(true, false)
        select new RecipeStep(kind, days, choice, flag);

    /// <summary>Gets a generator of case recipes over every profile, received from 2018 to 2026.</summary>
    public static Gen<CaseRecipe> CaseRecipes { get; } = RecipesOf(Enum.GetValues<ServiceProfileKind>(), new LocalDate(2018, 1, 1), 3000);

    /// <summary>Gets a generator of cases, each built from a recipe through the domain.</summary>
    public static Gen<Case> Cases { get; } = CaseRecipes.Select(r => r.Build());

    /// <summary>A generator of case recipes of some profiles, received within some days of a first day.</summary>
    /// <param name="profiles">The profiles to draw from (at least one).</param>
    /// <param name="first">The first day a referral may be received.</param>
    /// <param name="days">How many days after it referrals may be received.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentException">No profile, or a negative number of days.</exception>
    public static Gen<CaseRecipe> RecipesOf(IReadOnlyList<ServiceProfileKind> profiles, LocalDate first, int days)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentOutOfRangeException.ThrowIfZero(profiles.Count, nameof(profiles));
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return
            from profile in Gen.Elements(profiles.ToArray())
            from gendarmerie in Gen.Elements(true, false)
            from channel in Gen.Choose(0, 20)
            from offset in Gen.Choose(0, days)
            from people in Gen.Choose(1, 4).SelectMany(n => Gen.ListOf(People, n))
            from situations in Gen.Choose(1, 3).SelectMany(n => Gen.ListOf(Gen.Choose(0, 30), n))
            from household in Gen.Elements(true, false)
            from steps in Gen.Choose(0, 14).SelectMany(n => Gen.ListOf(Steps, n))
            from engaged in Gen.Elements(true, false)
            from high in Gen.Choose(0, int.MaxValue)
            from low in Gen.Choose(0, int.MaxValue)
            let seed = ((long)high << 31) | (uint)low
            select new CaseRecipe(
                profile, gendarmerie, channel, first.PlusDays(offset), people.ToArray(), situations.ToArray(), household,
                (engaged ? EngagedStart.Concat(steps) : steps).ToArray(), seed);
    }

    /// <summary>A generator of referrals a profile accepts (any of its channels and forces), received within some days of a first day.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="first">The first day.</param>
    /// <param name="days">How many days after it.</param>
    /// <returns>The generator.</returns>
    public static Gen<Referral> Referrals(ServiceProfileKind profile, LocalDate first, int days)
    {
        var service = ServiceProfile.For(profile);
        var channels = service.Forces.SelectMany(f => service.Channels.Where(c => service.Accepts(c, f))).Distinct().Order().ToArray();
        return
            from channel in Gen.Elements(channels)
            from offset in Gen.Choose(0, Math.Max(0, days))
            from partner in Gen.Elements(Enum.GetValues<PartnerKind>())
            select new Referral(channel, first.PlusDays(offset), new Referrer(channel.ExpectedReferrer(), channel == ReferralChannel.PartnerReferral ? partner : null));
    }

    /// <summary>The arbitrary of case recipes, shrinking towards fewer steps, people and situations.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CaseRecipe> CaseRecipeArbitrary() => Arb.From(CaseRecipes, Shrink);

    /// <summary>Shrinks a recipe towards fewer steps, fewer people and fewer situations, so a counterexample reads in one line.</summary>
    /// <param name="recipe">The recipe.</param>
    /// <returns>Smaller recipes.</returns>
    public static IEnumerable<CaseRecipe> Shrink(CaseRecipe recipe)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            yield return recipe with { Steps = recipe.Steps.Where((_, j) => j != i).ToArray() };
        }

        for (var i = 0; recipe.People.Count > 1 && i < recipe.People.Count; i++)
        {
            yield return recipe with { People = recipe.People.Where((_, j) => j != i).ToArray() };
        }

        for (var i = 0; recipe.Situations.Count > 1 && i < recipe.Situations.Count; i++)
        {
            yield return recipe with { Situations = recipe.Situations.Where((_, j) => j != i).ToArray() };
        }
    }
}
