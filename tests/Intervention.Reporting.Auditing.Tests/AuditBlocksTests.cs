using System.Linq;
using Xunit;

namespace Intervention.Reporting.Auditing.Tests;

/// <summary>The auditor's program taken apart (<see cref="AuditBlocks"/>) on programs small enough to read: what it fixes, how it
/// splits, the bounds it reads without a solve, and the integer points it keeps.</summary>
public sealed class AuditBlocksTests
{
    private const double Bound = 1_000;

    // A 2 × 2 table of counts whose four cells are suppressed and whose margins are published: rows 3 and 2, columns 2 and 3, total 5.
    private static AuditConstraint[] TwoByTwo(int at) =>
    [
        Sum(3, at, at + 1),
        Sum(2, at + 2, at + 3),
        Sum(2, at, at + 2),
        Sum(3, at + 1, at + 3),
        Sum(5, at, at + 1, at + 2, at + 3),
    ];

    private static AuditConstraint Sum(double value, params int[] counts) => new(value, value, counts.Select(c => (c, 1.0)).ToArray());

    [Fact]
    public void Two_tables_that_share_no_count_are_two_blocks_and_a_count_a_published_cell_fixes_is_no_unknown()
    {
        // Counts 0 to 3 and 4 to 7 are two tables; count 8 is published alone (4), and the sum of counts 8 and 9 is 5 (so 9 is 1 once 8 is known).
        var constraints = TwoByTwo(0).Concat(TwoByTwo(4)).Append(Sum(4, 8)).Append(Sum(5, 8, 9)).ToArray();

        using var blocks = AuditBlocks.Split(10, constraints, Bound);

        Assert.Equal(2, blocks.Count);
        Assert.Equal((4.0, true), blocks.Relaxed([8], maximise: false));
        Assert.Equal((5.0, true), blocks.Relaxed([8, 9], maximise: true));
        Assert.Empty(blocks.BlocksOf([8, 9]));

        // The bounds are those of the whole program, solved at once.
        using var whole = AuditBlocks.Whole(10, constraints, Bound);
        foreach (var terms in new[] { [0], [1, 2], [3, 4], new[] { 0, 5, 9 } })
        {
            Assert.Equal(whole.Relaxed(terms, maximise: false).Value, blocks.Relaxed(terms, maximise: false).Value, 6);
            Assert.Equal(whole.Relaxed(terms, maximise: true).Value, blocks.Relaxed(terms, maximise: true).Value, 6);
        }
    }

    [Fact]
    public void A_cells_floor_and_ceiling_are_read_off_the_published_sums()
    {
        using var blocks = AuditBlocks.Split(4, TwoByTwo(0), Bound);

        // Count 0 is at least 0, and at most its column's 2 (its row says 3); counts 0 and 1 are exactly their row's 3.
        Assert.Equal(0, blocks.Reached.Floor([0]));
        Assert.Equal(2, blocks.Reached.Ceiling([0]));
        Assert.Equal(3, blocks.Reached.Ceiling([0, 1]));
        Assert.Equal(3, blocks.Reached.Floor([0, 1]));
    }

    [Fact]
    public void An_integer_bound_is_reached_only_by_a_point_the_integer_search_found()
    {
        // Every two of counts 0, 1 and 2 add up to at least 1: together at least 1.5 over real numbers, 2 over whole ones.
        AuditConstraint AtLeastOne(int a, int b) => new(1, double.PositiveInfinity, [(a, 1.0), (b, 1.0)]);
        using var blocks = AuditBlocks.Split(3, [AtLeastOne(0, 1), AtLeastOne(1, 2), AtLeastOne(0, 2)], Bound);
        Assert.Equal((1.5, false), blocks.Relaxed([0, 1, 2], maximise: false));
        Assert.False(blocks.IntegerPointReaches([0, 1, 2], 2));

        Assert.Equal(2, blocks.Integer([0, 1, 2], maximise: false));

        // The optimum's point puts the three at 2; no point at whole counts puts them at 1.
        Assert.True(blocks.IntegerPointReaches([0, 1, 2], 2));
        Assert.False(blocks.IntegerPointReaches([0, 1, 2], 1));
    }
}
