namespace Intervention.Reporting.Statistics.Dimensions;

/// <summary>
/// A small open-addressing table from a string, by reference, to its category: the territory lookup of the counting loop.
/// It stops growing at <see cref="Capacity"/> strings (a host that builds a new string per record falls back to the by-value
/// dictionary).
/// </summary>
internal sealed class ReferenceTable
{
    private const int Capacity = 1 << 14;
    private string?[] _keys = new string?[64];
    private int[] _values = new int[64];
    private int _count;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool TryGet(string key, int hash, out int value)
    {
        var keys = _keys;
        var mask = keys.Length - 1;
        var i = hash & mask;
        while (keys[i] is { } found)
        {
            if (ReferenceEquals(found, key))
            {
                value = _values[i];
                return true;
            }

            i = (i + 1) & mask;
        }

        value = 0;
        return false;
    }

    public void TryAdd(string key, int hash, int value)
    {
        if (_count >= Capacity)
        {
            return;
        }

        if ((_count + 1) * 2 > _keys.Length)
        {
            var (keys, values) = (_keys, _values);
            _keys = new string?[keys.Length * 2];
            _values = new int[keys.Length * 2];
            _count = 0;
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] is { } k)
                {
                    Insert(k, StatisticsRecord.CodeHash(k), values[i]);
                }
            }
        }

        if (!TryGet(key, hash, out _))
        {
            Insert(key, hash, value);
        }
    }

    private void Insert(string key, int hash, int value)
    {
        var mask = _keys.Length - 1;
        var i = hash & mask;
        while (_keys[i] is not null)
        {
            i = (i + 1) & mask;
        }

        _keys[i] = key;
        _values[i] = value;
        _count++;
    }
}
