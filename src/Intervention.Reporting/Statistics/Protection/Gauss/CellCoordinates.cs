using System;
using System.Collections.Generic;
using System.Linq;

namespace Intervention.Reporting.Statistics.Protection.Gauss;

/// <summary>
/// The coordinates the Gauss protector works in: a change of basis that makes the cells of a crossed table short vectors.
/// </summary>
/// <remarks>
/// <para>
/// A cell sums inner cells, and inner cells are combinations of one value per dimension. Over one dimension with values
/// a_1…a_n, take as basis the vector of ones u_0 (the dimension's total) and the unit vectors u_a of every value but a reference
/// one r (so e_r = u_0 − Σ u_a). Over the whole space take the tensor products of those. In that basis a cell that, in each
/// dimension, is either one value other than r or the total is a single basis vector; a cell with r in k dimensions has one entry
/// per combination of the other values of those k dimensions. The reference of each dimension is its lightest value: the cells
/// holding it are small, so they come last in the candidate order (by then the rest of their row is published, and they reduce to
/// nothing) or are primary. The published vectors are then nearly all units, and elimination barely fills. The primaries that hold
/// reference values have long residuals instead, which the protector updates in place. (The heaviest value as reference made
/// the first leaves tried long, and was slower: 351 against 254 ms on T4M.)
/// </para>
/// <para>
/// Whether a cell can be recomputed from others is a question about the spaces the cells span, so it has the same answer in any
/// basis: the protector decides exactly as it would over the inner cells themselves. Combinations of values that no record has
/// are not inner cells (they are known zeros); in this basis they are coordinates, so they are published first, as known
/// (<see cref="KnownZeros"/>). When there are more than one of them for eight inner cells, or the space is too large, the inner
/// cells are their own coordinates (<see cref="IsTensor"/> is false).
/// </para>
/// </remarks>
internal sealed class CellCoordinates
{
    private readonly int[][] _localOf = [];
    private readonly int[] _sizes = [];
    private readonly int[] _strides = [];
    private readonly int[][] _keys;
    private readonly int[][] _values = [];
    private readonly int _full;

    // Work space: the projection of a cell on each dimension (marked by local index, and listed), and each dimension's factor.
    private readonly int[][] _stamp = [];
    private readonly int[][] _setLocals = [];
    private readonly int[] _setCount = [];
    private readonly int[][] _factorLocal = [];
    private readonly bool[][] _factorNegative = [];
    private readonly int[] _factorCount = [];
    private int _stampValue;

    private CellCoordinates(int[][] keys) => _keys = keys;

    private CellCoordinates(int[][] keys, int[][] values, int[][] localOf, int[] sizes, int[] strides, int full)
        : this(keys)
    {
        _values = values;
        _localOf = localOf;
        _sizes = sizes;
        _strides = strides;
        _full = full;
        _stamp = sizes.Select(s => new int[s]).ToArray();
        _setLocals = sizes.Select(s => new int[s]).ToArray();
        _setCount = new int[sizes.Length];
        _factorLocal = sizes.Select(s => new int[s]).ToArray();
        _factorNegative = sizes.Select(s => new bool[s]).ToArray();
        _factorCount = new int[sizes.Length];
        IsTensor = true;
    }

    /// <summary>Gets whether the tensor basis is used (otherwise each inner cell is a coordinate).</summary>
    public bool IsTensor { get; }

    /// <summary>Gets coordinates in which each inner cell is its own coordinate (what <see cref="For"/> falls back to).</summary>
    public static CellCoordinates Identity(int[][] keys) => new(keys);

    /// <summary>Chooses the coordinates for these inner cells (their category values by dimension, and their weights).</summary>
    /// <param name="keys">The inner cells' category values, by dimension.</param>
    /// <param name="weights">The inner cells' weights.</param>
    /// <param name="anyEmpty">Whether to use the tensor basis however many combinations are empty (for tests: the answer is the same).</param>
    public static CellCoordinates For(int[][] keys, long[] weights, bool anyEmpty = false)
    {
        var dimensions = keys.Length == 0 ? 0 : keys[0].Length;
        if (dimensions == 0)
        {
            return new CellCoordinates(keys);
        }

        var values = new int[dimensions][];
        var localOf = new int[dimensions][];
        var sizes = new int[dimensions];
        long full = 1;
        for (var d = 0; d < dimensions; d++)
        {
            var weightOf = new SortedDictionary<int, long>();
            for (var i = 0; i < keys.Length; i++)
            {
                weightOf[keys[i][d]] = weightOf.GetValueOrDefault(keys[i][d]) + weights[i];
            }

            // The reference is the lightest value (the first on a tie); the others follow in their order, after the total.
            var lightest = weightOf.MinBy(w => w.Value).Key;
            values[d] = [.. weightOf.Keys];
            localOf[d] = new int[values[d][^1] + 1];
            Array.Fill(localOf[d], -1);
            var next = 1;
            foreach (var value in values[d])
            {
                localOf[d][value] = value == lightest ? 0 : next++;
            }

            sizes[d] = values[d].Length;
            full *= sizes[d];
            if (full > 4L * keys.Length + 4096)
            {
                return new CellCoordinates(keys);
            }
        }

        var strides = new int[dimensions];
        var stride = 1;
        for (var d = dimensions - 1; d >= 0; d--)
        {
            strides[d] = stride;
            stride *= sizes[d];
        }

        // Each empty combination is published first as a known zero, mostly as a long vector (empty combinations are those of light
        // values): beyond one for eight inner cells that costs more than it saves (T4W, 6,040 for 14,120: 251 s against 72 s).
        return !anyEmpty && (full - keys.Length) * 8 > keys.Length ? new CellCoordinates(keys) : new CellCoordinates(keys, values, localOf, sizes, strides, (int)full);
    }

    /// <summary>Gets the known zeros to publish first: the combinations of values that no inner cell has.</summary>
    public IEnumerable<ModularVector> KnownZeros()
    {
        if (!IsTensor || _full == _keys.Length)
        {
            yield break;
        }

        var present = new HashSet<long>(_keys.Select(Index));
        var combination = new int[_sizes.Length];
        for (var index = 0; index < _full; index++)
        {
            var rest = index;
            for (var d = _sizes.Length - 1; d >= 0; d--)
            {
                combination[d] = _values[d][rest % _sizes[d]];
                rest /= _sizes[d];
            }

            if (!present.Contains(Index(combination)))
            {
                var stamp = ++_stampValue;
                for (var d = 0; d < _sizes.Length; d++)
                {
                    var local = _localOf[d][combination[d]];
                    _stamp[d][local] = stamp;
                    _setLocals[d][0] = local;
                    _setCount[d] = 1;
                }

                yield return Tensor(stamp);
            }
        }
    }

    /// <summary>Gets the vector of a cell that sums these inner cells.</summary>
    public ModularVector Of(int[] members)
    {
        if (members.Length == 0)
        {
            return ModularVector.Empty;
        }

        if (!IsTensor)
        {
            return ModularVector.Ones(members);
        }

        // The cell is, by construction, every inner cell whose values lie in a set per dimension: those sets are its projections,
        // marked and listed by local index (the reference's is 0).
        var stamp = ++_stampValue;
        for (var d = 0; d < _sizes.Length; d++)
        {
            var marks = _stamp[d];
            var locals = _setLocals[d];
            var localOf = _localOf[d];
            var count = 0;
            foreach (var m in members)
            {
                var local = localOf[_keys[m][d]];
                if (marks[local] != stamp)
                {
                    marks[local] = stamp;
                    locals[count++] = local;
                }
            }

            _setCount[d] = count;
        }

        return Tensor(stamp);
    }

    private long Index(int[] combination)
    {
        long index = 0;
        for (var d = 0; d < combination.Length; d++)
        {
            index = (index * (_values[d][^1] + 1)) + combination[d];
        }

        return index;
    }

    // The tensor product, over the dimensions, of the sum of the unit vectors of each set's values, in the (u_0, u_a) basis (the sets
    // are those marked with the stamp, and listed). Keys come out in ascending order: the last dimension varies fastest.
    private ModularVector Tensor(int stamp)
    {
        var total = 1;
        for (var d = 0; d < _sizes.Length; d++)
        {
            Factor(d, stamp);
            total *= _factorCount[d];
        }

        var keys = new int[total];
        var values = new ulong[total];
        var at = new int[_sizes.Length];
        for (var n = 0; n < total; n++)
        {
            var key = 0;
            var negative = false;
            for (var d = 0; d < _sizes.Length; d++)
            {
                key += _factorLocal[d][at[d]] * _strides[d];
                negative ^= _factorNegative[d][at[d]];
            }

            keys[n] = key;
            values[n] = negative ? Modular.P - 1 : 1UL;
            for (var d = _sizes.Length - 1; d >= 0 && ++at[d] == _factorCount[d]; d--)
            {
                at[d] = 0;
            }
        }

        return new ModularVector(keys, values);
    }

    // One dimension's factor, by local index in ascending order: without the reference, its values' units; with it, u_0 and minus
    // the units of the values it lacks.
    private void Factor(int d, int stamp)
    {
        var locals = _factorLocal[d];
        var negatives = _factorNegative[d];
        var count = 0;
        if (_stamp[d][0] == stamp)
        {
            (locals[count], negatives[count++]) = (0, false);
            for (var local = 1; local < _sizes[d]; local++)
            {
                if (_stamp[d][local] != stamp)
                {
                    (locals[count], negatives[count++]) = (local, true);
                }
            }
        }
        else
        {
            for (var i = 0; i < _setCount[d]; i++)
            {
                (locals[count], negatives[count++]) = (_setLocals[d][i], false);
            }

            Array.Sort(locals, 0, count);
        }

        _factorCount[d] = count;
    }
}
