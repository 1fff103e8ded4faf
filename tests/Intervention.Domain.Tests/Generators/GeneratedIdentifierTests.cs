using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intervention.Testing;

namespace Intervention.Domain.Tests.Generators;

/// <summary>The test kit's case generator never gives two cases, or two people, one identifier within a run.</summary>
public sealed class GeneratedIdentifierTests
{
    [Fact]
    public void Twenty_thousand_generated_recipes_have_distinct_case_and_person_identifiers()
    {
        var recipes = DomainGenerators.CaseRecipes.Sample(20_000, 10);

        Assert.Equal(recipes.Length, recipes.Select(r => r.CaseId).Distinct().Count());
        var people = recipes.SelectMany(r => r.PersonIds).ToArray();
        Assert.Equal(people.Length, people.Distinct().Count());
        Assert.Empty(recipes.Select(r => r.CaseId.Value).Intersect(people.Select(p => p.Value)));
    }

    [Property(MaxTest = 200)]
    public Property Recipes_of_distinct_seeds_never_share_an_identifier(long a, long b)
    {
        var recipe = DomainGenerators.CaseRecipes.Sample(1, 1).Single();
        var (first, second) = (recipe with { Seed = a }, recipe with { Seed = b });

        var shared = first.PersonIds.Select(p => p.Value).Append(first.CaseId.Value).Intersect(second.PersonIds.Select(p => p.Value).Append(second.CaseId.Value)).Any();
        return (shared == (a == b)).Label($"{a} and {b}");
    }
}
