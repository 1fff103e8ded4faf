using System;
using static Intervention.Reporting.Statistics.Protection.Gauss.Modular;

namespace Intervention.Reporting.Statistics.Protection.Gauss;

/// <summary>What identifies a residual up to a factor: its canonical hash (proportional residuals share it), and the exact test of
/// proportionality. Invariant: the hash is a sum of one term per non-zero entry, each taken with the residual scaled to 1 on its first
/// entry, so an update of another entry moves it by that entry's terms only.</summary>
internal static class ResidualHash
{
    // An order-independent hash of the residual scaled to 1 on its first entry (zeros left out), read through in-place updates when
    // given (positions in ascending order, and their values after): proportional residuals share it. It is a sum of one term per
    // entry, so changing an entry other than the first only moves the hash by that entry's terms.
    public static (ulong Hash, int First, ulong Scale, int Live) Canonical(ModularVector residual) => Canonical(residual, [], []);

    public static (ulong Hash, int First, ulong Scale, int Live) Canonical(ModularVector residual, ReadOnlySpan<int> positions, ReadOnlySpan<ulong> values)
    {
        var first = -1;
        var scale = 0UL;
        ulong hash = 0;
        var live = 0;
        for (int i = 0, e = 0; i < residual.Count; i++)
        {
            while (e < positions.Length && positions[e] < i)
            {
                e++;
            }

            var value = e < positions.Length && positions[e] == i ? values[e] : residual.Values[i];
            if (value == 0)
            {
                continue;
            }

            if (first < 0)
            {
                (first, scale) = (i, Power(value, P - 2));
            }

            hash += Term(residual.Keys[i], value, scale);
            live++;
        }

        return first < 0 ? (0, 0, 0, 0) : (hash, first, scale, live);
    }

    public static ulong Term(int key, ulong value, ulong scale) => 1 + Mix(((ulong)(uint)key << 32) ^ Multiply(value, scale));

    // Whether two residuals are multiples of each other (zeros skipped).
    public static bool Proportional(ModularVector a, ModularVector b)
    {
        int i = 0, j = 0;
        ulong a0 = 0, b0 = 0;
        while (true)
        {
            while (i < a.Count && a.Values[i] == 0)
            {
                i++;
            }

            while (j < b.Count && b.Values[j] == 0)
            {
                j++;
            }

            if (i == a.Count || j == b.Count)
            {
                return i == a.Count && j == b.Count && a0 != 0;
            }

            if (a.Keys[i] != b.Keys[j])
            {
                return false;
            }

            if (a0 == 0)
            {
                (a0, b0) = (a.Values[i], b.Values[j]);
            }
            else if (Multiply(a.Values[i], b0) != Multiply(b.Values[j], a0))
            {
                return false;
            }

            i++;
            j++;
        }
    }

    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
