using System;
using System.Collections.Generic;

namespace Intervention.Reporting.Statistics.Tabulation;

/// <summary>A tabulated table: by cell (in mixed radix over the table's dimensions, the last index of each being its total), what
/// it publishes (<c>Counts</c>: cases, persons or actions), how many cases or persons contribute to it (<c>Cases</c>), and which
/// inner cells it sums (<c>Members</c>, empty when not asked for).</summary>
internal sealed record TabulatedTable(TableDefinition Definition, string[][] Categories, int[] Sizes, long[] Counts, long[] Cases, int[][] Members)
{
    // A cell is primary when its count is, or when fewer cases than the threshold contribute to it (a count of actions from one
    // case is that case's own count, however large).
    public bool IsPrimary(DisclosurePolicy policy, int cell) => policy.IsPrimary(PrimaryCount(policy.SuppressZeros, Counts[cell], Cases[cell]));

    public long Effective(bool suppressZeros, int cell) => PrimaryCount(suppressZeros, Counts[cell], Cases[cell]);

    // The count the primary rule reads: the smaller of the count and its contributing cases (equal for cases and persons), so
    // that a threshold k suppresses a cell of fewer than k actions or of actions by fewer than k cases; a zero count stays zero
    // (the zeros rule), unless cases contribute to it and zeros are published (0 actions by 1 case says that case had none).
    public static long PrimaryCount(bool suppressZeros, long count, long cases) =>
        count == 0 ? (cases == 0 || suppressZeros ? 0 : cases) : Math.Min(count, cases);

    public IReadOnlyList<string> Labels(int cell)
    {
        var labels = new string[Sizes.Length];
        for (var d = Sizes.Length - 1; d >= 0; d--)
        {
            var index = cell % Sizes[d];
            labels[d] = index == Sizes[d] - 1 ? PublishedCell.Total : Categories[d][index];
            cell /= Sizes[d];
        }

        return Array.AsReadOnly(labels);
    }

    public int MarginCount(int cell)
    {
        var margins = 0;
        for (var d = Sizes.Length - 1; d >= 0; d--)
        {
            margins += cell % Sizes[d] == Sizes[d] - 1 ? 1 : 0;
            cell /= Sizes[d];
        }

        return margins;
    }
}
