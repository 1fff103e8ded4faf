using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Reporting.Statistics.Dimensions;
using NodaTime;

namespace Intervention.Reporting.Statistics.Counting;

/// <summary>
/// The counting stage: counts the records into inner cells in one pass that allocates nothing per record. Each field becomes its
/// category through the plan's coders, the categories one slot number, and the slot's count is added to. Only a new inner cell
/// allocates; the result does not depend on the records' order.
/// </summary>
/// <remarks>Records outside every period of the plan are not counted; without consent (when the definition requires it) they are
/// counted apart, by month, for the header. Within an inner cell every month is counted alike: it keeps the month it was first met.</remarks>
internal sealed partial class InnerCounter
{
    private readonly CategoryCoder[] _coders;
    private readonly int _firstMonth;
    private readonly bool[] _inSpan;
    private readonly int _situation;
    private readonly SituationCoder? _situations;
    private readonly int _situationCount;
    private readonly long _denseSize;
    private readonly bool _requireConsent;
    private readonly int[] _lengths;
    private readonly bool _weighsActions;

    /// <summary>Creates the counter of a report.</summary>
    /// <param name="definition">The report's definition.</param>
    /// <param name="plan">The dimensions.</param>
    /// <param name="weighsActions">Whether a record weighs its actions (otherwise its multiplicity).</param>
    public InnerCounter(ReportDefinition definition, DimensionPlan plan, bool weighsActions)
    {
        _coders = plan.Coders();
        _firstMonth = MonthIndex.Of(plan.Span[0]);
        _inSpan = plan.Span.Select(m => plan.Periods.Any(p => p.Contains(m))).ToArray();
        _requireConsent = definition.RequireConsentToStatistics;
        _lengths = plan.Categories.Select(c => c.Length).ToArray();
        _weighsActions = weighsActions;
        _situation = Array.FindIndex(_coders, c => c is SituationCoder);
        _situations = _situation < 0 ? null : (SituationCoder)_coders[_situation];
        _situationCount = _situation < 0 ? 0 : _lengths[_situation];
        _denseSize = 1;
        for (var d = 0; d < _coders.Length; d++)
        {
            _denseSize *= d == _situation ? 1 : _lengths[d];
        }
    }

    // The counting state: a slot per inner cell met, with its weight, the month it was first met and its categories.
    // By dense number (and single situation): the weight, and the month first met plus one (0 while never met).
    private long[]? _directWeight;
    private long[]? _directCases;
    private int[]? _directMonth;
    private int _slotsPerDense;
    private readonly Dictionary<long, int> _bySlotKey = [];
    private long[] _weights = new long[256];
    private long[] _cases = new long[256];
    private readonly List<YearMonth> _months = [];
    private readonly List<int[]> _keys = [];
    private int[] _values = [];
    private long[] _countedByMonth = [];
    private long[] _excludedByMonth = [];

    /// <summary>Counts the records (each with its multiplicity and actions).</summary>
    /// <returns>The inner cells met, and by month of the span the records counted and those left out without consent.</returns>
    /// <exception cref="ArgumentNullException">A record is null.</exception>
    /// <exception cref="ArgumentException">A record does not fit a dimension.</exception>
    public CountedCells Count(IEnumerable<(StatisticsRecord Record, int Count, long Actions)> records)
    {
        // A slot per inner cell: by array when the situations are single (the usual case) and the table is small enough,
        // by dictionary otherwise.
        _slotsPerDense = _situation < 0 ? 1 : _situationCount + 1;
        if (_denseSize * _slotsPerDense <= (1 << 20))
        {
            _directWeight = new long[_denseSize * _slotsPerDense];
            _directCases = _weighsActions ? new long[_denseSize * _slotsPerDense] : null;
            _directMonth = new int[_denseSize * _slotsPerDense];
        }

        _values = new int[_coders.Length];
        _countedByMonth = new long[_inSpan.Length];
        _excludedByMonth = new long[_inSpan.Length];
        var position = -1;
        if (records is PlainRecords { Source: IReadOnlyList<StatisticsRecord> list })
        {
            // Records in memory, each counting once: read straight from the list (from its span, for an array or a list).
            if (list is StatisticsRecord[] array)
            {
                CountAll(array);
            }
            else if (list is List<StatisticsRecord> plain)
            {
                CountAll(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(plain));
            }
            else
            {
                for (var i = 0; i < list.Count; i++)
                {
                    var record = list[i];
                    ArgumentNullException.ThrowIfNull(record, nameof(records));
                    Add(record, 1, record.Actions, i);
                }
            }
        }
        else
        {
            foreach (var (record, multiplicity, actions) in records)
            {
                position++;
                ArgumentNullException.ThrowIfNull(record, nameof(records));
                Add(record, multiplicity, actions, position);
            }
        }

        // The inner cells counted by dense number become slots too (the order of the slots does not matter: they are sorted).
        if (_directMonth is not null)
        {
            for (var at = 0; at < _directMonth.Length; at++)
            {
                if (_directMonth[at] != 0)
                {
                    Decode(at / _slotsPerDense, _situation < 0 ? 0 : 1 << ((at % _slotsPerDense) - 1));
                    var slot = NewSlot(MonthIndex.ToMonth(_directMonth[at] - 1));
                    _weights[slot] = _directWeight![at];
                    _cases[slot] = _directCases?[at] ?? _directWeight[at];
                }
            }
        }

        var inner = new Dictionary<InnerKey, (long Weight, long Cases, YearMonth Month)>(_keys.Count);
        for (var i = 0; i < _keys.Count; i++)
        {
            inner[new InnerKey(_keys[i])] = (_weights[i], _weighsActions ? _cases[i] : _weights[i], _months[i]);
        }

        return new CountedCells(inner, _countedByMonth, _excludedByMonth);
    }

    private void Add(StatisticsRecord record, int multiplicity, long actions, int position)
    {
        var month = record.MonthNumber - _firstMonth;
        if ((uint)month >= (uint)_inSpan.Length || !_inSpan[month])
        {
            return;
        }

        if (_requireConsent && !record.ConsentToStatistics)
        {
            _excludedByMonth[month] += multiplicity;
            return;
        }

        long dense = 0;
        var mask = 0;
        for (var d = 0; d < _coders.Length; d++)
        {
            if (d == _situation)
            {
                mask = _situations!.Code(record, month, position);
                continue;
            }

            dense = (dense * _lengths[d]) + _coders[d].Code(record, month, position);
        }

        var weight = _weighsActions ? actions : multiplicity;
        if (_directMonth is not null && (_situation < 0 || System.Numerics.BitOperations.IsPow2(mask)))
        {
            var at = (dense * _slotsPerDense) + (_situation < 0 ? 0 : 1 + System.Numerics.BitOperations.TrailingZeroCount(mask));
            if (_directMonth[at] == 0)
            {
                _directMonth[at] = record.MonthNumber + 1;
            }

            _directWeight![at] += weight;
            if (_directCases is not null)
            {
                _directCases[at] += multiplicity;
            }
        }
        else
        {
            if (!_bySlotKey.TryGetValue((dense << 24) | (uint)mask, out var slot))
            {
                Decode(dense, mask);
                slot = NewSlot(record.Month);
                _bySlotKey[(dense << 24) | (uint)mask] = slot;
            }

            _weights[slot] += weight;
            _cases[slot] += multiplicity;
        }

        _countedByMonth[month] += multiplicity;
    }

    // Sets the categories of the inner cell with this dense number and situation mask (into _values, which NewSlot keeps).
    private void Decode(long dense, int mask)
    {
        for (var d = _coders.Length - 1; d >= 0; d--)
        {
            if (d == _situation)
            {
                _values[d] = mask;
                continue;
            }

            _values[d] = (int)(dense % _lengths[d]);
            dense /= _lengths[d];
        }
    }

    private int NewSlot(YearMonth month)
    {
        var slot = _keys.Count;
        if (slot == _weights.Length)
        {
            Array.Resize(ref _weights, slot * 2);
            Array.Resize(ref _cases, slot * 2);
        }

        _months.Add(month);
        _keys.Add((int[])_values.Clone());
        return slot;
    }
}
