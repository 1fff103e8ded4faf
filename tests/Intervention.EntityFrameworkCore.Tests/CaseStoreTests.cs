using System;
using System.Linq;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using Intervention.Domain;
using Intervention.Domain.Cases;
using Intervention.Domain.Referrals;
using Intervention.Domain.Specifications;
using Intervention.Testing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Intervention.EntityFrameworkCore.Tests;

/// <summary>Cases stored as snapshots and records, on SQLite and on PostgreSQL.</summary>
public sealed class CaseStoreTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task Stored_cases_come_back_equal_and_the_specifications_run_on_their_records(string kind)
    {
        using var database = TestDatabase.Open(kind);
        var cases = DomainGenerators.Cases.Sample(60, 7).DistinctBy(c => c.Id).ToArray();
        using (var context = database.NewContext())
        {
            var store = new CaseStore(context);
            foreach (var c in cases)
            {
                await store.SaveAsync(c);
            }
        }

        using var reading = database.NewContext();
        var readBack = new CaseStore(reading);
        foreach (var c in cases)
        {
            var found = await readBack.FindAsync(c.Id);
            Assert.NotNull(found);
            Assert.Equal(c.ToSnapshot(), found.ToSnapshot());
        }

        var records = cases.Select(CaseRecord.From).ToArray();
        Specification<CaseRecord>[] specifications =
        [
            new CasesBySituation(SituationKind.ConjugalViolence),
            new CasesByChannel(records[0].Channel),
            new CasesOpenedInPeriod(new DateInterval(new LocalDate(2019, 1, 1), new LocalDate(2023, 12, 31))),
            new CasesAwaitingFirstContact(new LocalDate(2026, 1, 1), 10),
        ];
        foreach (var specification in specifications)
        {
            var fromDatabase = specification.Apply(readBack.Records).Select(r => r.CaseId).ToList();
            Assert.Equal(specification.Evaluate(records).Select(r => r.CaseId).OrderBy(id => id), fromDatabase.OrderBy(id => id));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task Saving_a_case_again_replaces_its_snapshot_and_its_record(string kind)
    {
        using var database = TestDatabase.Open(kind);
        var opened = DomainGenerators.Cases.Sample(300, 11).First(c => c.State == CaseState.FirstContactMade && c.ToSnapshot().GuidanceCard is null);
        using (var context = database.NewContext())
        {
            await new CaseStore(context).SaveAsync(opened);
        }

        var later = Case.FromSnapshot(opened.ToSnapshot());
        later.Close(opened.ToSnapshot().LastEventOn.PlusDays(3), CaseOutcome.SingleInterview);
        using (var context = database.NewContext())
        {
            await new CaseStore(context).SaveAsync(later);
        }

        using var reading = database.NewContext();
        var store = new CaseStore(reading);
        Assert.Equal(later.ToSnapshot(), (await store.FindAsync(later.Id))!.ToSnapshot());
        var record = Assert.Single(store.Records.Where(r => r.CaseId == later.Id.Value).ToList());
        Assert.Equal(CaseState.Closed, record.State);
        Assert.Equal(CaseRecord.From(later), record);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task A_snapshot_changed_outside_the_store_is_refused_with_the_case_named(string kind)
    {
        using var database = TestDatabase.Open(kind);
        var c = DomainGenerators.Cases.Sample(1, 3).Single();
        using (var context = database.NewContext())
        {
            await new CaseStore(context).SaveAsync(c);
            await context.Database.ExecuteSqlRawAsync("UPDATE intervention_cases SET \"Snapshot\" = {0}", "{\"id\": 42}");
        }

        using var reading = database.NewContext();
        var error = await Assert.ThrowsAsync<StoredDataException>(() => new CaseStore(reading).FindAsync(c.Id));
        Assert.Equal("intervention_cases", error.Table);
        Assert.Equal(c.Id.ToString(), error.Key);
        Assert.Null(await new CaseStore(reading).FindAsync(CaseId.From(Guid.NewGuid())));
    }
}
