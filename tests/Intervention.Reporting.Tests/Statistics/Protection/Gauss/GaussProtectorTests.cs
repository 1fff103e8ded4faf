using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intervention.Reporting.Statistics;
using Intervention.Reporting.Statistics.Protection.Gauss;

namespace Intervention.Reporting.Tests.Statistics.Protection.Gauss;

/// <summary>A small three-dimensional table with all its margins: leaf counts, and each cell as the leaves it sums.</summary>
public sealed record SmallTable(int[] Sizes, int[] Counts)
{
    /// <summary>Gets the cells (leaves and margins) in the protector's order: most margins first, then largest count.</summary>
    public IReadOnlyList<(int[] Members, int Count)> Cells()
    {
        var cells = new List<(int[] Members, int Count, int Margins)>();
        var extended = Sizes.Select(s => s + 1).ToArray();
        for (var a = 0; a < extended[0]; a++)
        {
            for (var b = 0; b < extended[1]; b++)
            {
                for (var c = 0; c < extended[2]; c++)
                {
                    int[] at = [a, b, c];
                    var members = Enumerable.Range(0, Counts.Length)
                        .Where(i => Enumerable.Range(0, 3).All(d => at[d] == Sizes[d] || at[d] == Coordinate(i, d)))
                        .Where(i => Counts[i] > 0)
                        .ToArray();
                    cells.Add((members, members.Sum(i => Counts[i]), Enumerable.Range(0, 3).Count(d => at[d] == Sizes[d])));
                }
            }
        }

        return cells.OrderByDescending(c => c.Margins).ThenByDescending(c => c.Count).Select(c => (c.Members, c.Count)).ToList();
    }

    public override string ToString() => $"{string.Join("×", Sizes)}: [{string.Join(", ", Counts)}]";

    private int Coordinate(int leaf, int dimension)
    {
        for (var d = 2; d > dimension; d--)
        {
            leaf /= Sizes[d];
        }

        return leaf % Sizes[dimension];
    }
}

public static class SmallTables
{
    public static Arbitrary<SmallTable> Tables() =>
        (from a in Gen.Choose(2, 4)
         from b in Gen.Choose(2, 4)
         from c in Gen.Choose(1, 3)
         from counts in Gen.ArrayOf(Gen.Frequency((3, Gen.Choose(0, 3)), (2, Gen.Choose(4, 20))), a * b * c)
         select new SmallTable([a, b, c], counts)).ToArbitrary();
}

public sealed class GaussProtectorTests
{
    // One pass of the threshold chain: the primaries are the non-empty cells below the threshold; what is suppressed stays so.
    private static bool[] Pass(IReadOnlyList<(int[] Members, int Count)> cells, int threshold, bool[] suppressed, GaussProtector? previous, out GaussProtector protector)
    {
        bool IsPrimary(int count) => count > 0 && count < threshold;
        protector = new GaussProtector(cells.Where(c => IsPrimary(c.Count)).Select(c => (ModularVector.Ones(c.Members), string.Join(",", c.Members), c.Count == 1)), cells.Count, previous);
        var result = cells.Select((c, i) => suppressed[i] || IsPrimary(c.Count)).ToArray();
        for (var position = 0; position < cells.Count; position++)
        {
            if (result[position])
            {
                protector.Skip(position);
            }
            else if (!protector.TryPublish(position, ModularVector.Ones(cells[position].Members)))
            {
                result[position] = true;
            }
        }

        return result;
    }

    [Property(Arbitrary = [typeof(SmallTables)], MaxTest = 300)]
    public Property A_pass_that_reuses_the_previous_passs_reductions_decides_as_one_that_recomputes_them(SmallTable table)
    {
        var cells = table.Cells();
        var none = new bool[cells.Count];
        var afterTwo = Pass(cells, 2, none, null, out var first);
        var afterThree = Pass(cells, 3, afterTwo, null, out var second);
        var reusing = Pass(cells, 3, afterTwo, first, out _);
        var reusingTwice = Pass(cells, 4, afterThree, second, out _);
        var recomputing = Pass(cells, 4, afterThree, null, out _);
        return (reusing.SequenceEqual(afterThree) && reusingTwice.SequenceEqual(recomputing))
            .Label($"threshold 3: {string.Concat(afterThree.Select(x => x ? 'x' : '.'))} recomputed, {string.Concat(reusing.Select(x => x ? 'x' : '.'))} reused");
    }

    [Fact]
    public void The_reused_pass_is_checked_against_a_table_where_the_decisions_do_change()
    {
        // A 2×2×1 table whose cell of 2 becomes primary at threshold 3: the second pass diverges from the first, and must still agree
        // with a pass that recomputes everything.
        var table = new SmallTable([2, 2, 1], [1, 2, 9, 8]);
        var cells = table.Cells();
        var afterTwo = Pass(cells, 2, new bool[cells.Count], null, out var first);
        var afterThree = Pass(cells, 3, afterTwo, null, out _);
        Assert.NotEqual(afterTwo, afterThree);
        Assert.Equal(afterThree, Pass(cells, 3, afterTwo, first, out _));
    }
}

public sealed class CellCoordinatesTests
{
    // The whole threshold chain (2, 3, 4) over a small table, with the cells written in the given coordinates; what is suppressed.
    private static bool[] Chain(SmallTable table, bool tensor, out CellCoordinates coordinates, bool anyEmpty = true)
    {
        var present = Enumerable.Range(0, table.Counts.Length).Where(i => table.Counts[i] > 0).ToArray();
        var inner = present.Select((leaf, k) => (leaf, k)).ToDictionary(x => x.leaf, x => x.k);
        var keys = present.Select(leaf => new[] { leaf / (table.Sizes[1] * table.Sizes[2]), leaf / table.Sizes[2] % table.Sizes[1], leaf % table.Sizes[2] }).ToArray();
        coordinates = tensor ? CellCoordinates.For(keys, present.Select(leaf => (long)table.Counts[leaf]).ToArray(), anyEmpty) : CellCoordinates.Identity(keys);
        var of = coordinates;
        var cells = table.Cells().Select(c => (Members: c.Members.Select(m => inner[m]).ToArray(), c.Count)).ToList();
        var vectors = cells.Select(c => of.Of(c.Members)).ToList();
        var zeros = coordinates.KnownZeros().ToList();
        var suppressed = new bool[cells.Count];
        GaussProtector? previous = null;
        for (var threshold = 2; threshold <= 4; threshold++)
        {
            bool IsPrimary(int count) => count > 0 && count < threshold;
            var protector = new GaussProtector(
                cells.Select((c, i) => (c, i)).Where(x => IsPrimary(x.c.Count)).Select(x => (vectors[x.i], string.Join(",", x.c.Members.Order()), x.c.Count == 1)),
                cells.Count,
                previous);
            foreach (var zero in zeros)
            {
                protector.ForcePublish(zero);
            }

            for (var position = 0; position < cells.Count; position++)
            {
                suppressed[position] |= IsPrimary(cells[position].Count);
                if (suppressed[position])
                {
                    protector.Skip(position);
                }
                else if (!protector.TryPublish(position, vectors[position]))
                {
                    suppressed[position] = true;
                }
            }

            previous = protector;
        }

        return suppressed;
    }

    [Property(Arbitrary = [typeof(SmallTables)], MaxTest = 400)]
    public Property The_protector_decides_the_same_in_the_tensor_basis_as_over_the_inner_cells(SmallTable table)
    {
        var overInnerCells = Chain(table, tensor: false, out _);
        var inTensorBasis = Chain(table, tensor: true, out var coordinates);
        return overInnerCells.SequenceEqual(inTensorBasis)
            .Label($"{(coordinates.IsTensor ? "tensor" : "identity")}: {string.Concat(overInnerCells.Select(x => x ? 'x' : '.'))} over the inner cells, {string.Concat(inTensorBasis.Select(x => x ? 'x' : '.'))} in the tensor basis");
    }

    [Fact]
    public void A_table_with_few_empty_combinations_uses_the_tensor_basis_and_publishes_them_as_known_zeros()
    {
        // 4 × 3 × 2 = 24 combinations, 2 of them without records (no more than one for eight inner cells).
        var table = new SmallTable([4, 3, 2], [9, 0, 7, 3, 12, 1, 6, 5, 8, 2, 6, 4, 9, 7, 3, 3, 12, 1, 0, 5, 8, 2, 6, 4]);
        Chain(table, tensor: true, out var coordinates, anyEmpty: false);
        Assert.True(coordinates.IsTensor);
        Assert.Equal(2, coordinates.KnownZeros().Count());
    }

    [Fact]
    public void A_table_with_many_empty_combinations_falls_back_to_the_inner_cells()
    {
        // 12 combinations, 2 empty: more than one for eight inner cells.
        var table = new SmallTable([3, 2, 2], [9, 0, 7, 3, 12, 1, 0, 5, 8, 2, 6, 4]);
        Chain(table, tensor: true, out var coordinates, anyEmpty: false);
        Assert.False(coordinates.IsTensor);
        Assert.Empty(coordinates.KnownZeros());
    }

    [Fact]
    public void In_the_tensor_basis_a_cell_without_the_reference_values_is_one_coordinate_and_one_with_them_is_longer()
    {
        // Values 0 and 1 in one dimension, 0, 1 and 2 in the other; the lightest (the references) are 0 and 0.
        int[][] keys = [[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2]];
        var coordinates = CellCoordinates.For(keys, [1, 1, 1, 5, 5, 9]);
        Assert.Equal(1, coordinates.Of([5]).Count);
        Assert.Equal(1, coordinates.Of([3, 4, 5]).Count);
        Assert.Equal(2, coordinates.Of([4, 5]).Count);
        Assert.Equal(1, coordinates.Of([0, 1, 2, 3, 4, 5]).Count);
        Assert.Equal(3, coordinates.Of([3]).Count);
        Assert.Equal(6, coordinates.Of([0]).Count);
    }
}

public sealed class ThresholdChainTests
{
    // The chain over a small table up to threshold 5, in the tensor basis (with its known zeros) or over the inner cells, resuming
    // later passes from a full one's kept state, or recomputing every pass.
    private static bool[] Chain(SmallTable table, bool tensor, bool resume, out ThresholdChain chain, int keepEvery = 1)
    {
        var present = Enumerable.Range(0, table.Counts.Length).Where(i => table.Counts[i] > 0).ToArray();
        var inner = present.Select((leaf, k) => (leaf, k)).ToDictionary(x => x.leaf, x => x.k);
        var keys = present.Select(leaf => new[] { leaf / (table.Sizes[1] * table.Sizes[2]), leaf / table.Sizes[2] % table.Sizes[1], leaf % table.Sizes[2] }).ToArray();
        var coordinates = tensor ? CellCoordinates.For(keys, present.Select(leaf => (long)table.Counts[leaf]).ToArray(), anyEmpty: true) : CellCoordinates.Identity(keys);
        var cells = table.Cells().Select(c => (Members: c.Members.Select(m => inner[m]).ToArray(), c.Count)).ToList();
        chain = new ThresholdChain
        {
            Candidates = cells.Select(c => (coordinates.Of(c.Members), (long)c.Count, c.Members.Length == 0)).ToList(),
            IdentityOf = p => string.Join(",", cells[p].Members.Order()),
            Known = coordinates.KnownZeros().ToList(),
            Threshold = 5,
            Resume = resume,
            Reuse = resume,
            KeepEvery = keepEvery,
        };
        return chain.Run(new bool[cells.Count]);
    }

    private static string Pattern(bool[] suppressed) => string.Concat(suppressed.Select(x => x ? 'x' : '.'));

    [Property(Arbitrary = [typeof(SmallTables)], MaxTest = 500)]
    public Property Later_passes_that_resume_from_a_kept_state_decide_as_passes_that_recompute_everything(SmallTable table, bool tensor, PositiveInt keepEvery)
    {
        var recomputed = Chain(table, tensor, resume: false, out _);
        var resumed = Chain(table, tensor, resume: true, out var chain, 1 + (keepEvery.Get % 8));
        return recomputed.SequenceEqual(resumed)
            .Label($"{Pattern(recomputed)} recomputed, {Pattern(resumed)} resumed; passes {string.Join(" ", chain.Passes.Select(p => $"{p.Threshold}@{p.Start}"))}");
    }

    [Fact]
    public void Generated_tables_do_resume_later_passes_part_way_and_do_pass_over_kept_states_that_would_decide_otherwise()
    {
        // The property above is only worth something if every path runs: over a fixed sample of generated tables, some later pass
        // resumes part way through the order, and some has to pass over a kept state where one of its new primaries is already
        // revealed (or proportional to a singleton's residual), resuming from an earlier one.
        var tables = SmallTables.Tables().Generator.Sample(60, 200);
        var partWay = 0;
        var passedOver = 0;
        foreach (var table in tables)
        {
            Chain(table, tensor: true, resume: true, out var chain);
            partWay += chain.Passes.Count(p => p.Resumed && p.Start > 0);
            passedOver += chain.Passes.Count(p => p.Resumed && p.Rejected > 0);
        }

        Assert.True(partWay > 0, "no later pass resumed part way");
        Assert.True(passedOver > 0, "no later pass passed over a kept state");
    }

    [Fact]
    public void A_pass_whose_new_primary_a_kept_state_already_reveals_resumes_from_an_earlier_one()
    {
        // 2×2×1 with leaves 1, 2, 9, 8: at threshold 2 the leaf of 2 is published once its row and column are, so at threshold 3,
        // where it is primary, the states kept after that reveal it: the pass resumes from an earlier one, and decides as a pass that
        // recomputes everything.
        var table = new SmallTable([2, 2, 1], [1, 2, 9, 8]);
        var resumed = Chain(table, tensor: false, resume: true, out var chain);
        Assert.Equal(Chain(table, tensor: false, resume: false, out _), resumed);
        Assert.Contains(chain.Passes, p => p.Threshold == 3 && p.Resumed && p.Rejected > 0);
    }
}
