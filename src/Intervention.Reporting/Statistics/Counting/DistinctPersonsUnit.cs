using System;
using System.Collections.Generic;
using System.Linq;

namespace Intervention.Reporting.Statistics.Counting;

/// <summary>Distinct persons (<see cref="CountingUnit.DistinctPersons"/>, R25): each person counts once, by their person key.</summary>
internal sealed class DistinctPersonsUnit : CountedUnit
{
    private DistinctPersonsUnit()
    {
    }

    /// <summary>Gets the unit.</summary>
    public static DistinctPersonsUnit Instance { get; } = new();

    /// <inheritdoc />
    public override bool WeighsActions => false;

    /// <inheritdoc />
    public override string? NotPushedDownBecause => "A host's rows carry no person key: count distinct persons over records in memory.";

    /// <inheritdoc />
    public override bool OneIsOneRecord => true;

    /// <inheritdoc />
    public override bool HeaderIsGrandTotal => true;

    /// <inheritdoc />
    public override IEnumerable<(StatisticsRecord Record, int Count, long Actions)> Prepare(ReportDefinition definition, IEnumerable<(StatisticsRecord Record, int Count, long Actions)> records, IReadOnlyList<PublishedRelease> previousReleases)
    {
        if (previousReleases.Count > 0)
        {
            throw new ArgumentException(
                "Distinct persons are not additive across periods (a person seen in two quarters counts once in the year), so releases cannot be protected against each other by subtraction: publish person counts without earlier releases.",
                nameof(previousReleases));
        }

        return OnePerPerson(definition, records);
    }

    // R25: one record per person key, classified by the person's first record of the period, with the situations of all their
    // records. A person whose records all lack consent (when the definition requires it) comes out once, without consent, so the
    // report counts them once among the excluded.
    private static List<(StatisticsRecord Record, int Count, long Actions)> OnePerPerson(ReportDefinition definition, IEnumerable<(StatisticsRecord Record, int Count, long Actions)> records)
    {
        var byPerson = new Dictionary<PersonLinkKey, List<StatisticsRecord>>();
        var position = -1;
        foreach (var (record, _, _) in records)
        {
            position++;
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            if (!definition.Period.Contains(record.Month))
            {
                continue;
            }

            var person = record.Person
                ?? throw new ArgumentException($"Record {position} has no person key: counting distinct persons (R25) needs one on every record.", nameof(records));
            if (!byPerson.TryGetValue(person, out var list))
            {
                byPerson[person] = list = [];
            }

            list.Add(record);
        }

        var merged = new List<(StatisticsRecord, int, long)>(byPerson.Count);
        foreach (var (person, list) in byPerson.OrderBy(p => p.Key, Comparer<PersonLinkKey>.Create((a, b) => a.CompareTo(b))))
        {
            var kept = definition.RequireConsentToStatistics ? list.Where(r => r.ConsentToStatistics).ToList() : list;
            var pool = kept.Count > 0 ? kept : list;
            var first = pool.OrderBy(r => r, RecordOrder).First();
            var record = new StatisticsRecord(
                first.Profile, first.Channel, pool.SelectMany(r => r.Situations).ToArray(), first.AgeGroup, first.Sex, first.AgeBand, first.Territory, first.Outcome,
                first.KnownToSocialServices, kept.Count > 0 && first.ConsentToStatistics, first.Month, pool.Sum(r => r.Actions)) { Person = person };
            merged.Add((record, 1, record.Actions));
        }

        return merged;
    }

    private static readonly Comparer<StatisticsRecord> RecordOrder = Comparer<StatisticsRecord>.Create((a, b) =>
    {
        var c = a.Month.CompareTo(b.Month);
        c = c != 0 ? c : a.Profile.CompareTo(b.Profile);
        c = c != 0 ? c : a.Channel.CompareTo(b.Channel);
        c = c != 0 ? c : string.CompareOrdinal(a.Territory, b.Territory);
        c = c != 0 ? c : a.AgeGroup.CompareTo(b.AgeGroup);
        c = c != 0 ? c : a.Sex.CompareTo(b.Sex);
        c = c != 0 ? c : string.CompareOrdinal(a.AgeBand?.Code, b.AgeBand?.Code);
        c = c != 0 ? c : Nullable.Compare(a.Outcome, b.Outcome);
        c = c != 0 ? c : Nullable.Compare(a.KnownToSocialServices, b.KnownToSocialServices);
        c = c != 0 ? c : a.ConsentToStatistics.CompareTo(b.ConsentToStatistics);
        c = c != 0 ? c : a.Actions.CompareTo(b.Actions);
        return c != 0 ? c : a.Situations.Select(x => (int)x).ToArray().AsSpan().SequenceCompareTo(b.Situations.Select(x => (int)x).ToArray());
    });
}
