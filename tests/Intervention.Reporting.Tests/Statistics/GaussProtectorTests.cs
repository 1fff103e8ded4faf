using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intervention.Reporting.Statistics;

namespace Intervention.Reporting.Tests.Statistics;

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
        protector = new GaussProtector(cells.Where(c => IsPrimary(c.Count)).Select(c => (c.Members, c.Count == 1)), cells.Count, previous);
        var result = cells.Select((c, i) => suppressed[i] || IsPrimary(c.Count)).ToArray();
        for (var position = 0; position < cells.Count; position++)
        {
            if (result[position])
            {
                protector.Skip(position);
            }
            else if (!protector.TryPublish(position, cells[position].Members))
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
