using System;
using System.Linq;
using System.Threading.Tasks;
using Intervention.Confidentiality.Audit;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Domain.People;
using System.Threading;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;

namespace Intervention.EntityFrameworkCore.Tests;

/// <summary>The append-only audit store, on SQLite and on PostgreSQL: what is appended verifies, what is changed behind it does not.</summary>
public sealed class AuditStoreTests
{
    private static readonly DisclosureEngine Engine = new(FrenchRulePack.Create(), ServicePolicy.LawOnly);
    private static readonly ZonedDateTime Act = new LocalDateTime(2026, 3, 4, 9, 0).InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Paris"]);

    private static DisclosureDecision[] Decisions() =>
    [
        Engine.Decide(new DisclosureRequest(DiscloserKind.SocialWorker, RecipientKind.Investigators, DisclosurePurpose.Report,
            [DataCategory.SituationDetails], [], new DisclosureSubject(AgeGroup.Adult), [], Act)),
        Engine.Decide(new DisclosureRequest(DiscloserKind.SocialWorker, RecipientKind.Crip, DisclosurePurpose.ChildProtection,
            [DataCategory.Identity, DataCategory.SituationDetails], [FactKind.ChildInDangerOrAtRisk], new DisclosureSubject(AgeGroup.Minor), [], Act)),
        Engine.Decide(new DisclosureRequest(DiscloserKind.SocialWorker, RecipientKind.PartnerSocialService, DisclosurePurpose.Orientation,
            [DataCategory.Identity, DataCategory.SituationSummary], [], new DisclosureSubject(AgeGroup.Adult),
            [new Consent(ConsentPurpose.ShareWithRecipients, ConsentGiver.Person, ConsentForm.SignedAuthorisation, Act.ToInstant().Minus(Duration.FromHours(1)),
                [RecipientKind.PartnerSocialService], [DataCategory.Identity, DataCategory.SituationSummary], null)], Act)),
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task Appended_entries_verify_read_back_equal_and_replay(string kind)
    {
        using var database = TestDatabase.Open(kind);
        using var context = database.NewContext();
        var store = new AuditStore(context);
        var appended = new AuditEntry[9];
        for (var i = 0; i < appended.Length; i++)
        {
            // An instant with nanoseconds: the store keeps microseconds, and hashes what it keeps.
            var at = Act.ToInstant().Plus(Duration.FromMinutes(i)).Plus(Duration.FromNanoseconds(1_234_567));
            appended[i] = await store.AppendAsync(Decisions()[i % 3], $"worker-{i % 2}", at, i % 2 == 0 ? $"case-{i}" : null);
            Assert.Equal(0, appended[i].RecordedAt.ToUnixTimeTicks() % 10);
        }

        using var reading = database.NewContext();
        var readBack = new AuditStore(reading);
        Assert.Equal(new AuditVerification(true, null, null), await readBack.VerifyAsync(await readBack.HeadAsync()));
        Assert.Equal(appended, await readBack.ReadAsync(1, 100));
        Assert.Equal(appended.Select(AuditChain.ComputeHash), (await readBack.ReadAsync(1, 100)).Select(e => e.Hash));
        Assert.Equal(new AuditHead(9, appended[^1].Hash), await readBack.HeadAsync());
        var consents = Decisions()[2].Request.Consents;
        Assert.True(AuditChain.Replay((await readBack.ReadAsync(3, 1))[0], Engine, consents).IsSame);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task A_field_changed_in_the_database_breaks_verification_and_further_appends(string kind)
    {
        using var database = TestDatabase.Open(kind);
        using (var context = database.NewContext())
        {
            var store = new AuditStore(context);
            for (var i = 0; i < 4; i++)
            {
                await store.AppendAsync(Decisions()[i % 3], "worker", Act.ToInstant().Plus(Duration.FromMinutes(i)));
            }

            await context.Database.ExecuteSqlRawAsync("UPDATE intervention_audit SET \"AskedBy\" = 'someone else' WHERE \"Sequence\" = 2");
        }

        using (var context = database.NewContext())
        {
            var verification = await new AuditStore(context).VerifyAsync();
            Assert.False(verification.IsValid);
            Assert.Equal(2, verification.FirstInvalidSequence);

            await context.Database.ExecuteSqlRawAsync("UPDATE intervention_audit SET \"AskedBy\" = 'forged' WHERE \"Sequence\" = 4");
            var broken = await Assert.ThrowsAsync<AuditChainBrokenException>(() => new AuditStore(context).AppendAsync(Decisions()[0], "worker", Act.ToInstant().Plus(Duration.FromHours(1))));
            Assert.Equal(4, broken.Sequence);
            Assert.Equal(4, (await new AuditStore(context).HeadAsync())!.Sequence);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task A_value_no_version_of_this_package_writes_is_reported_not_thrown(string kind)
    {
        using var database = TestDatabase.Open(kind);
        using var context = database.NewContext();
        var store = new AuditStore(context);
        await store.AppendAsync(Decisions()[0], "worker", Act.ToInstant());
        await context.Database.ExecuteSqlRawAsync("UPDATE intervention_audit SET \"Facts\" = '[\"NotAFact\"]'");

        var verification = await store.VerifyAsync();

        Assert.False(verification.IsValid);
        Assert.Equal(1, verification.FirstInvalidSequence);
        Assert.Contains("NotAFact", verification.Problem, StringComparison.Ordinal);
        await Assert.ThrowsAsync<StoredDataException>(() => store.ReadAsync(1, 1));

        await context.Database.ExecuteSqlRawAsync("UPDATE intervention_audit SET \"Facts\" = '[]', \"Outcome\" = '7'");
        Assert.Contains("'7' is not a DisclosureOutcome", (await store.VerifyAsync()).Problem, StringComparison.Ordinal);
        await Assert.ThrowsAsync<StoredDataException>(() => store.AppendAsync(Decisions()[0], "worker", Act.ToInstant().Plus(Duration.FromHours(1))));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task Two_appends_that_race_cannot_both_take_the_same_place(string kind)
    {
        using var database = TestDatabase.Open(kind);
        using (var context = database.NewContext())
        {
            await new AuditStore(context).AppendAsync(Decisions()[0], "worker", Act.ToInstant());
        }

        // The second append has read the end of the chain when, just before it saves, the first one appends: the key refuses it.
        var racer = new RaceBeforeSave(async () =>
        {
            using var first = database.NewContext();
            await new AuditStore(first).AppendAsync(Decisions()[1], "first", Act.ToInstant().Plus(Duration.FromMinutes(1)));
        });
        using (var second = database.NewContext(racer))
        {
            var conflict = await Assert.ThrowsAsync<AuditAppendConflictException>(() => new AuditStore(second).AppendAsync(Decisions()[2], "second", Act.ToInstant().Plus(Duration.FromMinutes(2))));
            Assert.Equal(2, conflict.Sequence);
        }

        using var reading = database.NewContext();
        Assert.True((await new AuditStore(reading).VerifyAsync()).IsValid);
        var head = await new AuditStore(reading).HeadAsync();
        Assert.Equal(2, head!.Sequence);
        Assert.Equal("first", (await new AuditStore(reading).ReadAsync(2, 1))[0].AskedBy);
    }

    [Fact]
    public void The_store_refuses_what_it_cannot_use_with_the_argument_named()
    {
        using var database = TestDatabase.Open("sqlite");
        using var context = database.NewContext();
        var store = new AuditStore(context);

        Assert.Equal("askedBy", Assert.ThrowsAny<ArgumentException>(() => store.AppendAsync(Decisions()[0], " ", Act.ToInstant()).GetAwaiter().GetResult()).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => store.ReadAsync(1, 0).GetAwaiter().GetResult()).ParamName);
        Assert.Throws<ArgumentNullException>(() => new AuditStore(null!));
    }

    // Runs an action once, when the context is about to save.
    private sealed class RaceBeforeSave(Func<Task> action) : SaveChangesInterceptor
    {
        private Func<Task>? _action = action;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, System.Threading.CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref _action, null) is { } run)
            {
                await run();
            }

            return result;
        }
    }
}
