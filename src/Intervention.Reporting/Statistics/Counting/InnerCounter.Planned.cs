using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Reporting.Statistics.Dimensions;

namespace Intervention.Reporting.Statistics.Counting;

/// <summary>The counter's fast path over records in memory: when every dimension is read straight from the record, each becomes a
/// table of its share of the slot number.</summary>
internal sealed partial class InnerCounter
{
    // The loop over records in memory, in a method of its own so that it is compiled fully optimised from the start (it runs once
    // per report, so tiering would otherwise leave it in its on-stack-replacement form).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CountAll(ReadOnlySpan<StatisticsRecord> records)
    {
        if (_directMonth is not null && Plan() is { } plan)
        {
            // The profile, age group and sex are read only when a table crosses one of them (the loop is compiled for each case).
            if (plan.ReadsPerson)
            {
                CountPlanned<Yes>(records, plan);
            }
            else
            {
                CountPlanned<No>(records, plan);
            }

            return;
        }

        for (var i = 0; i < records.Length; i++)
        {
            var record = records[i];
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            Add(record, 1, record.Actions, i);
        }
    }

    // The dense number is a sum over the dimensions of the category's index times the dimension's stride (the product of the
    // lengths of the dimensions after it, the situations apart). When every dimension is one the counter reads straight from the
    // record (channel, profile, age group, sex, period, territory), each becomes a table of those products: by enum value, by
    // month (every period dimension summed), by territory string (every territory dimension summed, filled as strings are met).
    private sealed record CountPlan(int[] Channel, int[] Profile, int[] AgeGroup, int[] Sex, int[] Month, ReferenceTable? Territory, int[] TerritoryDimensions, int[] Strides)
    {
        public bool ReadsPerson { get; init; }
    }

    private interface IFlag
    {
        static abstract bool On { get; }
    }

    private struct Yes : IFlag
    {
        public static bool On => true;
    }

    private struct No : IFlag
    {
        public static bool On => false;
    }

    private CountPlan? Plan()
    {
        var strides = new int[_coders.Length];
        var stride = 1L;
        for (var d = _coders.Length - 1; d >= 0; d--)
        {
            if (d != _situation)
            {
                strides[d] = (int)stride;
                stride *= _lengths[d];
            }
        }

        static int[] Zeros<T>()
            where T : struct, Enum => new int[Enum.GetValues<T>().Max(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)) + 1];
        int[] channel = Zeros<ReferralChannel>(), profile = Zeros<ServiceProfileKind>(), ageGroup = Zeros<AgeGroup>(), sex = Zeros<Sex>();
        var month = new int[_inSpan.Length];
        var territories = new List<int>();
        var readsPerson = false;
        for (var d = 0; d < _coders.Length; d++)
        {
            switch (_coders[d])
            {
                case SituationCoder:
                    break;
                case PeriodCoder period:
                    for (var m = 0; m < month.Length; m++)
                    {
                        month[m] += period.ByMonth[m] * strides[d];
                    }

                    break;
                case TerritoryCoder:
                    territories.Add(d);
                    break;
                case FieldCoder field:
                    var target = field.Field switch
                    {
                        RecordField.Channel => channel,
                        RecordField.Profile => profile,
                        RecordField.AgeGroup => ageGroup,
                        _ => sex,
                    };
                    readsPerson |= field.Field != RecordField.Channel;
                    for (var v = 0; v < target.Length; v++)
                    {
                        target[v] += field.ByValue[v] * strides[d];
                    }

                    break;
                default:
                    return null;
            }
        }

        return new CountPlan(channel, profile, ageGroup, sex, month, territories.Count > 0 ? new ReferenceTable() : null, [.. territories], strides)
        {
            ReadsPerson = readsPerson,
        };
    }

    // The loop of CountAll with a plan: the same counts as Add, each dimension one table lookup.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CountPlanned<TPerson>(ReadOnlySpan<StatisticsRecord> records, CountPlan plan)
        where TPerson : struct, IFlag
    {
        var (inSpan, first, requireConsent, countActions) = (_inSpan, _firstMonth, _requireConsent, _weighsActions);
        var (channel, profile, ageGroup, sex, month, territory) = (plan.Channel, plan.Profile, plan.AgeGroup, plan.Sex, plan.Month, plan.Territory);
        var (weights, months, slots, situations) = (_directWeight!, _directMonth!, _slotsPerDense, _situations);
        var direct = situations?.Direct ?? false;
        var cases = _directCases;
        var (counted, excluded) = (_countedByMonth, _excludedByMonth);
        for (var i = 0; i < records.Length; i++)
        {
            var record = records[i];
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            var m = record.MonthNumber - first;
            if ((uint)m >= (uint)inSpan.Length || !inSpan[m])
            {
                continue;
            }

            if (requireConsent && !record.ConsentToStatistics)
            {
                excluded[m]++;
                continue;
            }

            var dense = channel[(int)record.Channel] + month[m];
            if (TPerson.On)
            {
                dense += profile[(int)record.Profile] + ageGroup[(int)record.AgeGroup] + sex[(int)record.Sex];
            }

            if (territory is not null)
            {
                if (!territory.TryGet(record.Territory, record.TerritoryHash, out var t))
                {
                    t = 0;
                    foreach (var d in plan.TerritoryDimensions)
                    {
                        t += _coders[d].Code(record, m, i) * plan.Strides[d];
                    }

                    territory.TryAdd(record.Territory, record.TerritoryHash, t);
                }

                dense += t;
            }

            var at = dense;
            if (situations is not null)
            {
                var mask = direct ? (int)record.SituationMask : situations.Code(record, m, i);
                if (!System.Numerics.BitOperations.IsPow2(mask))
                {
                    // Several situations: the general path (by dictionary).
                    Add(record, 1, record.Actions, i);
                    continue;
                }

                at = (dense * slots) + 1 + System.Numerics.BitOperations.TrailingZeroCount(mask);
            }

            if (months[at] == 0)
            {
                months[at] = record.MonthNumber + 1;
            }

            if (countActions)
            {
                weights[at] += record.Actions;
                cases![at]++;
            }
            else
            {
                weights[at]++;
            }

            counted[m]++;
        }
    }
}
