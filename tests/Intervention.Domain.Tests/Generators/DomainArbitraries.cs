using FsCheck;
using Intervention.Testing;

namespace Intervention.Domain.Tests.Generators;

/// <summary>The property tests' arbitraries: the test authors' kit (Intervention.Testing), so the kit is proven on us first.</summary>
public static class DomainArbitraries
{
    public static Arbitrary<CaseRecipe> CaseScripts() => DomainGenerators.CaseRecipeArbitrary();
}
