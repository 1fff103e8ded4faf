using System.Linq;

namespace Intervention.Reporting.Statistics.Protection.Gauss;

/// <summary>A sparse vector modulo P = 2^61 − 1: its entries' keys in ascending order and their values (zero only in a residual,
/// whose entries are zeroed in place).</summary>
internal readonly record struct ModularVector(int[] Keys, ulong[] Values)
{
    public static ModularVector Empty { get; } = new([], []);

    public int Count => Keys.Length;

    public static ModularVector Ones(int[] members)
    {
        var keys = members.Distinct().Order().ToArray();
        return new ModularVector(keys, keys.Select(_ => 1UL).ToArray());
    }
}
