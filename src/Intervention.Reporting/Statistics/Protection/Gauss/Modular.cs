using System;

namespace Intervention.Reporting.Statistics.Protection.Gauss;

/// <summary>Arithmetic modulo the prime P = 2^61 − 1, the Gauss step's field: every value is below P.</summary>
internal static class Modular
{
    /// <summary>The prime.</summary>
    public const ulong P = (1UL << 61) - 1;

    // a·b mod P for a, b < P = 2^61 − 1: the 122-bit product splits at bit 61, and 2^61 ≡ 1 (mod P), so the two halves add.
    public static ulong Multiply(ulong a, ulong b)
    {
        var high = Math.BigMul(a, b, out var low);
        var sum = (low & P) + ((low >> 61) | (high << 3));
        return sum >= P ? sum - P : sum;
    }

    // a^(P − 2) = 1/a (mod P), P being prime (Fermat).
    public static ulong Inverse(ulong a) => Power(a, P - 2);

    public static ulong Power(ulong a, ulong e)
    {
        ulong result = 1;
        while (e > 0)
        {
            if ((e & 1) == 1)
            {
                result = Multiply(result, a);
            }

            a = Multiply(a, a);
            e >>= 1;
        }

        return result;
    }
}
