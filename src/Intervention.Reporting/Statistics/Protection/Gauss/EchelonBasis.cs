using System;
using System.Linq;
using static Intervention.Reporting.Statistics.Protection.Gauss.Modular;

namespace Intervention.Reporting.Statistics.Protection.Gauss;

/// <summary>
/// The published span in echelon form, by pivot (an inner-cell coordinate): each vector has nothing below its pivot and a pivot
/// coefficient of 1. Echelon, not reduced: earlier vectors keep their entries under later pivots, which <see cref="Reduce"/>
/// sweeps in ascending order.
/// </summary>
internal sealed class EchelonBasis
{
    // The basis by pivot, and the dense work vector of Reduce (all zeros between calls); both as long as the largest key met.
    private ModularVector?[] _basis;
    private ulong[] _work;

    /// <summary>An empty basis.</summary>
    public EchelonBasis()
        : this(new ModularVector?[64])
    {
    }

    /// <summary>A basis of given vectors, by pivot.</summary>
    public EchelonBasis(ModularVector?[] byPivot) => (_basis, _work) = (byPivot, new ulong[byPivot.Length]);

    /// <summary>Gets the length of the pivot array (beyond it, no pivot).</summary>
    public int Capacity => _basis.Length;

    /// <summary>Adds a reduced, normalised vector, at its first key.</summary>
    public void Add(ModularVector r)
    {
        Grow(r.Keys[^1]);
        _basis[r.Keys[0]] = r;
    }

    // Scaled so that the pivot's coefficient is 1.
    public static ModularVector Normalise(ModularVector r)
    {
        if (r.Values[0] == 1)
        {
            return r;
        }

        var inverse = Power(r.Values[0], P - 2);
        return new ModularVector(r.Keys, r.Values.Select(v => Multiply(v, inverse)).ToArray());
    }

    // Eliminates every pivot from the cell's vector, smallest first, on a dense work vector: a basis vector has nothing below its
    // pivot, so what it brings in lies above, and one ascending sweep suffices.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public ModularVector Reduce(ModularVector vector)
    {
        if (vector.Count == 0)
        {
            return ModularVector.Empty;
        }

        var low = vector.Keys[0];
        var high = vector.Keys[^1];
        Grow(high);
        var work = _work;
        for (var e = 0; e < vector.Count; e++)
        {
            work[vector.Keys[e]] = vector.Values[e];
        }

        for (var k = low; k <= high; k++)
        {
            var coefficient = work[k];
            if (coefficient == 0 || _basis[k] is not { } pivot)
            {
                continue;
            }

            var keys = pivot.Keys;
            var values = pivot.Values;
            for (var j = 0; j < keys.Length; j++)
            {
                // before − c·v (mod P): both terms are below P, so one subtraction of P at most brings the sum back.
                var sum = work[keys[j]] + (P - Multiply(coefficient, values[j]));
                work[keys[j]] = sum >= P ? sum - P : sum;
            }

            high = Math.Max(high, keys[^1]);
        }

        // Whatever is left lies between the first key and the last one reached: read it in order, and clear the work vector.
        var count = 0;
        for (var k = low; k <= high; k++)
        {
            count += work[k] != 0 ? 1 : 0;
        }

        var resultKeys = new int[count];
        var resultValues = new ulong[count];
        var n = 0;
        for (var k = low; k <= high; k++)
        {
            if (work[k] != 0)
            {
                resultKeys[n] = k;
                resultValues[n++] = work[k];
                work[k] = 0;
            }
        }

        return new ModularVector(resultKeys, resultValues);
    }

    private void Grow(int index)
    {
        if (index >= _work.Length)
        {
            var size = Math.Max(index + 1, _work.Length * 2);
            Array.Resize(ref _work, size);
            Array.Resize(ref _basis, size);
        }
    }
}
