using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Domain.Cases;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Domain.Specifications;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace Intervention.Domain.Tests.Specifications;

/// <summary>Each specification translates to SQL through EF Core (SQLite) and returns the same rows as in memory.</summary>
public sealed class EfCoreTranslationTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly IReadOnlyList<CaseRecord> _rows = SpecificationTestRows.Build();

    public EfCoreTranslationTests()
    {
        _connection.Open();
        using var context = NewContext();
        context.Database.EnsureCreated();
        context.Cases.AddRange(_rows);
        context.SaveChanges();
    }

    public static TheoryData<string> Specifications => new(SpecificationTestRows.Named.Keys);

    [Theory]
    [MemberData(nameof(Specifications))]
    public void Specification_translates_to_sql_and_returns_the_same_rows_as_in_memory(string name)
    {
        var specification = SpecificationTestRows.Named[name];
        using var context = NewContext();
        var query = specification.Apply(context.Cases.AsNoTracking());

        var sql = query.ToQueryString();
        var fromDatabase = query.ToList().Select(r => r.CaseId).ToList();
        var inMemory = specification.Evaluate(_rows).Select(r => r.CaseId).ToList();

        Assert.Contains("WHERE", sql, StringComparison.Ordinal);
        Assert.NotEmpty(inMemory);
        Assert.Equal(inMemory, fromDatabase);
    }

    public void Dispose() => _connection.Dispose();

    private CasesContext NewContext() => new(new DbContextOptionsBuilder<CasesContext>().UseSqlite(_connection).Options);

    private sealed class CasesContext(DbContextOptions<CasesContext> options) : DbContext(options)
    {
        public DbSet<CaseRecord> Cases => Set<CaseRecord>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            // How a host maps NodaTime dates: ISO text, whose order is the calendar order.
            var date = new ValueConverter<LocalDate, string>(d => LocalDatePattern.Iso.Format(d), s => LocalDatePattern.Iso.Parse(s).Value);
            var entity = modelBuilder.Entity<CaseRecord>();
            entity.HasKey(r => r.CaseId);

            // CaseRecord is immutable (get-only properties): EF Core maps what it is told and binds the constructor.
            entity.Property(r => r.PostId);
            entity.Property(r => r.Profile);
            entity.Property(r => r.Channel);
            entity.Property(r => r.State);
            entity.Property(r => r.Outcome);
            entity.Property(r => r.HouseholdId);
            entity.Property(r => r.ReceivedOn).HasConversion(date);
            entity.Property(r => r.FirstContactOn).HasConversion(date);
            entity.Property(r => r.ClosedOn).HasConversion(date);
            entity.Property(r => r.GuidanceCardReviewDue).HasConversion(date);
            entity.PrimitiveCollection(r => r.Situations);
        }
    }
}

internal static class SpecificationTestRows
{
    public static readonly LocalDate AsOf = new(2026, 6, 30);

    public static IReadOnlyDictionary<string, Specification<CaseRecord>> Named { get; } = new Dictionary<string, Specification<CaseRecord>>
    {
        ["CasesOpenedInPeriod Q2"] = new CasesOpenedInPeriod(new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2026, 6, 30))),
        ["CasesAwaitingFirstContact 7 days"] = new CasesAwaitingFirstContact(AsOf, 7),
        ["GuidanceCardsDueForReview"] = new GuidanceCardsDueForReview(AsOf),
        ["CasesByChannel day log"] = new CasesByChannel(ReferralChannel.SelfReferralFromDayLog),
        ["CasesBySituation conjugal violence"] = new CasesBySituation(SituationKind.ConjugalViolence),
        ["OpenCasesOfHousehold"] = new OpenCasesOfHousehold(PostId.From(TestData.NewGuid(1)), HouseholdId.From(TestData.NewGuid(77))),
        ["Combined: day log and conjugal violence"] = new CasesByChannel(ReferralChannel.SelfReferralFromDayLog).And(new CasesBySituation(SituationKind.ConjugalViolence)),
    };

    public static IReadOnlyList<CaseRecord> Build()
    {
        var rows = new List<CaseRecord>();
        var channels = new[] { ReferralChannel.SelfReferralFromDayLog, ReferralChannel.OfficerOrientation, ReferralChannel.PartnerReferral };
        var situations = new[] { SituationKind.ConjugalViolence, SituationKind.Precarity, SituationKind.ChildAtRisk };
        var states = Enum.GetValues<CaseState>();
        for (var i = 0; i < 60; i++)
        {
            var received = new LocalDate(2026, 1, 1).PlusDays(i * 3);
            var state = states[i % states.Length];
            var closed = state == CaseState.Closed;
            rows.Add(new CaseRecord(
                TestData.NewGuid(5000 + i),
                TestData.NewGuid(i % 4 == 0 ? 1 : 2),
                ServiceProfileKind.FrenchPoliceSocialWorker,
                channels[i % channels.Length],
                received,
                state,
                state == CaseState.Received ? null : received.PlusDays(2),
                closed ? received.PlusDays(10) : null,
                closed ? CaseOutcome.SingleInterview : null,
                i % 5 == 1 ? received.PlusYears(1).PlusDays(-200) : null,
                i % 6 == 0 ? TestData.NewGuid(77) : null,
                i % 7 == 0 ? [situations[0], situations[1]] : [situations[i % situations.Length]]));
        }

        return rows;
    }
}
