using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intervention.Reporting.Statistics;
using Intervention.Reporting.Statistics.Protection.Gauss;
using Xunit;

namespace Intervention.Reporting.Tests.Statistics.Protection.Gauss;

/// <summary>The pieces the Gauss step weighs the reader's a priori bounds with: rationals lifted from residues, the exact search
/// for a non-negative combination of relations, and the dependencies among residuals.</summary>
public sealed class BoundPinningTests
{
    private const ulong P = Modular.P;

    private static ulong Residue(long numerator, long denominator)
    {
        static ulong Mod(BigInteger x) => (ulong)(((x % P) + P) % P);
        var inverse = (ulong)BigInteger.ModPow(Mod(denominator), P - 2, P);
        return Modular.Multiply(Mod(numerator), inverse);
    }

    [Property(MaxTest = 500)]
    public Property A_small_fraction_is_lifted_back_from_its_residue(int numerator, PositiveInt denominator)
    {
        var lifted = Rational.FromModular(Residue(numerator % 100_000, denominator.Get % 100_000 + 1), P);
        var expected = Rational.Of(numerator % 100_000, (denominator.Get % 100_000) + 1);
        return (lifted == expected).Label($"{lifted} for {expected}");
    }

    [Fact]
    public void A_residue_with_no_small_fraction_is_not_lifted()
    {
        // About half the residues are no ratio of numbers below √(P/2): this one (Wang's algorithm finds such a ratio when there is one).
        Assert.Null(Rational.FromModular(1_849_897_281_939_139_295UL, P));
        Assert.Equal(Rational.Of(43_147_825, -845_676_542), Rational.FromModular(1_312_494_765_889_401_333UL, P));
    }

    private static Dictionary<int, Rational> Relation(params (int Column, int Coefficient)[] terms) =>
        terms.ToDictionary(t => t.Column, t => Rational.Of(t.Coefficient, 1));

    [Fact]
    public void A_relation_with_mixed_signs_alone_pins_nothing()
    {
        // x₀ + x₁ − x₂ = const: the reader learns a difference, not a least value.
        Assert.Null(NonNegativeRelation.Find([Relation((1, 1), (2, -1))]));
    }

    [Fact]
    public void Two_relations_whose_sum_has_no_negative_coefficient_pin_what_they_hold()
    {
        // (x₀ + x₂ − x₃) + (x₁ + x₃) = x₀ + x₁ + x₂: three quantities at their bound, summed by what is published.
        var weights = NonNegativeRelation.Find([Relation((2, 1), (3, -1)), Relation((3, 1))]);
        Assert.NotNull(weights);
        Assert.All(weights, w => Assert.True(w.Sign >= 0));
        Assert.Contains(weights, w => w.Sign > 0);
    }

    [Fact]
    public void Two_relations_that_cancel_only_with_a_negative_weight_pin_nothing()
    {
        // x₀ − x₂ and x₁ + x₂ − 2·x₃ … every combination y₀(x₀ − x₂) + y₁(x₁ + x₂ − 2x₃) with y ≥ 0, not both 0, has a negative term.
        Assert.Null(NonNegativeRelation.Find([Relation((2, -1)), Relation((2, 1), (3, -2))]));
    }

    /// <summary>Small random relations: up to three, over up to four shared columns, coefficients in −2 … 2.</summary>
    public static Arbitrary<int[][]> Relations() => Gen.Choose(1, 3).SelectMany(k => Gen.ArrayOf(Gen.Choose(-2, 2), 4).ArrayOf(k)).ToArbitrary();

    [Property(MaxTest = 300, Arbitrary = [typeof(BoundPinningTests)])]
    public Property The_exact_search_agrees_with_a_search_over_small_weights(int[][] coefficients)
    {
        var relations = coefficients.Select(c => (IReadOnlyDictionary<int, Rational>)c.Select((v, j) => (v, j)).Where(x => x.v != 0).ToDictionary(x => x.j, x => Rational.Of(x.v, 1))).ToArray();
        var found = NonNegativeRelation.Find(relations);

        // Whatever it finds is a proof: weights ≥ 0, one > 0, and no coefficient of the combination below zero.
        var valid = found is null || (found.All(w => w.Sign >= 0) && found.Any(w => w.Sign > 0)
            && Enumerable.Range(0, 4).All(j => found.Select((w, i) => w * relations[i].GetValueOrDefault(j, Rational.Zero)).Aggregate(Rational.Zero, (a, b) => a + b).Sign >= 0));

        // And when weights 0 … 4 already give one, it finds one too.
        var grid = Enumerable.Range(0, 1 << (3 * coefficients.Length)).Select(code => Enumerable.Range(0, coefficients.Length).Select(i => (code >> (3 * i)) & 7).ToArray())
            .Where(y => y.Any(v => v > 0) && y.All(v => v <= 4));
        var small = grid.Any(y => Enumerable.Range(0, 4).All(j => y.Select((w, i) => w * coefficients[i][j]).Sum() >= 0));

        return (valid && (found is not null || !small)).Label($"found {(found is null ? "none" : string.Join(", ", found))}, small weights {(small ? "exist" : "none")}");
    }

    [Fact]
    public void Dependencies_give_each_dependent_vector_with_the_coefficients_that_cancel_it()
    {
        // v₂ = v₀ + v₁, v₃ independent, v₄ = v₃ − v₀.
        ModularVector V(params (int Key, ulong Value)[] e) => new(e.Select(x => x.Key).ToArray(), e.Select(x => x.Value).ToArray());
        var vectors = new[] { V((0, 1), (3, 1)), V((1, 1), (3, 1)), V((0, 1), (1, 1), (3, 2)), V((5, 1)), V((0, P - 1), (3, P - 1), (5, 1)) };

        var relations = BoundPinning.Dependencies(vectors);

        Assert.Equal([2, 4], relations.Select(r => r.Own));
        Assert.Equal(new Dictionary<int, ulong> { [2] = 1, [0] = P - 1, [1] = P - 1 }, relations[0].Coefficients);
        Assert.Equal(new Dictionary<int, ulong> { [4] = 1, [3] = P - 1, [0] = 1 }, relations[1].Coefficients);
    }

    // Primaries of one record each, without the insider check (the guard is what is tried here).
    private static GaussProtector Protector(int primaries) =>
        new(Enumerable.Range(0, primaries).Select(i => (ModularVector.Ones([i]), i.ToString(System.Globalization.CultureInfo.InvariantCulture), false)), 4);

    [Fact]
    public void The_guard_refuses_a_total_that_would_pin_the_single_records_it_sums()
    {
        // Three hidden cells of one record each (at least 1 when zeros are published): their published total of 3 would pin all three.
        var protector = Protector(3);
        var guard = new BoundGuard(protector, [ModularVector.Ones([0]), ModularVector.Ones([1]), ModularVector.Ones([2])], []);

        Assert.False(protector.TryPublish(0, ModularVector.Ones([0, 1, 2]), guard));
        Assert.Equal(1, guard.Refused);
    }

    [Fact]
    public void The_guard_lets_a_difference_of_single_records_be_known()
    {
        // x₀ + y and x₁ + y published (y a larger cell): the reader learns x₀ − x₁, a difference, which pins neither.
        var protector = Protector(2);
        var guard = new BoundGuard(protector, [ModularVector.Ones([0]), ModularVector.Ones([1])], []);

        Assert.True(protector.TryPublish(0, ModularVector.Ones([0, 2]), guard));
        Assert.True(protector.TryPublish(1, ModularVector.Ones([1, 2]), guard));
        Assert.Equal(0, guard.Refused);
    }

    [Fact]
    public void The_guard_refuses_the_second_relation_that_makes_a_non_negative_one_with_the_first()
    {
        // x₀ − x₁ known first (as above), then x₁ + x₂: the sum x₀ + x₂ would follow, and pin both.
        var protector = Protector(3);
        var guard = new BoundGuard(protector, [ModularVector.Ones([0]), ModularVector.Ones([1]), ModularVector.Ones([2])], []);

        Assert.True(protector.TryPublish(0, ModularVector.Ones([0, 3]), guard));
        Assert.True(protector.TryPublish(1, ModularVector.Ones([1, 3]), guard));
        Assert.False(protector.TryPublish(2, new ModularVector([1, 2], [P - 1, P - 1]), guard));
        Assert.Equal(1, guard.Refused);
    }
}
