using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Intervention.Confidentiality;

/// <summary>
/// Sets of a small enum (values 1 to 30) as bit masks, with one shared, cached, ordered list per mask, so that deciding a request
/// allocates no list for data categories, notices or immunities.
/// </summary>
/// <typeparam name="TEnum">An <see cref="int"/>-backed enum with values from 1 to 30.</typeparam>
internal static class EnumSet<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
    private static readonly int Count = MaxValue() + 1;

    /// <summary>The mask of one value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Bit(TEnum value) => 1 << Unsafe.As<TEnum, int>(ref value);

    /// <summary>The mask of several values.</summary>
    public static int Mask(IReadOnlyList<TEnum> values)
    {
        var mask = 0;
        for (var i = 0; i < values.Count; i++)
        {
            mask |= Bit(values[i]);
        }

        return mask;
    }

    /// <summary>The values of a mask, in enum order, as a shared read-only list.</summary>
    public static IReadOnlyList<TEnum> List(int mask)
    {
        var cached = Cache.Lists[mask];
        if (cached is not null)
        {
            return cached;
        }

        var list = new List<TEnum>();
        foreach (var value in Values)
        {
            if ((mask & Bit(value)) != 0)
            {
                list.Add(value);
            }
        }

        // Racing callers build equal lists; either may win.
        cached = Array.AsReadOnly(list.ToArray());
        Cache.Lists[mask] = cached;
        return cached;
    }

    // Separate so that enums used only as masks (facts) never allocate the table.
    private static class Cache
    {
        internal static readonly IReadOnlyList<TEnum>?[] Lists = new IReadOnlyList<TEnum>?[1 << Count];
    }

    private static int MaxValue()
    {
        var max = 0;
        foreach (var value in Values)
        {
            var v = value;
            var number = Unsafe.As<TEnum, int>(ref v);
            if (number < 1 || number > 30)
            {
                throw new InvalidOperationException($"{typeof(TEnum).Name} has a value out of 1..30.");
            }

            max = Math.Max(max, number);
        }

        return max;
    }
}
