using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intervention.Confidentiality.Audit;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Confidentiality.Tests.Generators;
using NodaTime;

namespace Intervention.Confidentiality.Tests.Audit;

public enum MutationKind
{
    ChangeField,
    ChangeFieldAndRehash,
    Remove,
    Swap,
    Duplicate,
}

/// <summary>A chain of audit entries and one mutation to apply to it.</summary>
public sealed record TamperedChain(IReadOnlyList<AuditEntry> Chain, MutationKind Kind, int Index, int Field)
{
    public override string ToString() => $"{Kind} at entry {Index + 1} of {Chain.Count} (field #{Field})";
}

public static class AuditArbitraries
{
    private static readonly DisclosureEngine Engine = new(FrenchRulePack.Create(), ServicePolicy.LawOnly);

    public static Arbitrary<TamperedChain> TamperedChains()
    {
        var gen =
            from requests in Gen.Choose(2, 8).SelectMany(n => Gen.ListOf(DisclosureArbitraries.Requests, n))
            from kind in Gen.Elements(Enum.GetValues<MutationKind>())
            from index in Gen.Choose(0, requests.Count - 1)
            from field in Gen.Choose(0, 14)
            select new TamperedChain(Build(requests.Select(r => r.Request)), kind, index, field);
        return Arb.From(gen);
    }

    public static IReadOnlyList<AuditEntry> Build(IEnumerable<DisclosureRequest> requests)
    {
        var chain = new List<AuditEntry>();
        var at = Instant.FromUtc(2026, 3, 2, 9, 0);
        foreach (var request in requests)
        {
            chain.Add(AuditChain.Append(chain.LastOrDefault(), Engine.Decide(request), "worker-17", at, $"case-{chain.Count}"));
            at = at.Plus(Duration.FromMinutes(5));
        }

        return chain;
    }
}

public sealed class AuditChainTests
{
    [Fact]
    public void An_untouched_chain_verifies_and_each_entry_points_to_the_one_before()
    {
        var chain = AuditArbitraries.Build(Gen.Sample(DisclosureArbitraries.Requests, 5).Select(r => r.Request));

        Assert.True(AuditChain.Verify(chain, chain[^1].Hash).IsValid);
        Assert.Equal(AuditChain.GenesisHash, chain[0].PreviousHash);
        Assert.All(chain.Skip(1).Zip(chain), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        Assert.Equal(new long[] { 1, 2, 3, 4, 5 }, chain.Select(e => e.Sequence));
    }

    [Property(Arbitrary = [typeof(AuditArbitraries)], MaxTest = 1000)]
    public Property The_verifier_rejects_every_single_entry_mutation(TamperedChain tampered)
    {
        var chain = tampered.Chain.ToList();
        var head = chain[^1].Hash;
        var i = tampered.Index;
        switch (tampered.Kind)
        {
            case MutationKind.ChangeField:
                chain[i] = Change(chain[i], tampered.Field);
                break;
            case MutationKind.ChangeFieldAndRehash:
                var changed = Change(chain[i], tampered.Field % 12);
                chain[i] = Rehash(changed);
                break;
            case MutationKind.Remove:
                chain.RemoveAt(i);
                break;
            case MutationKind.Swap:
                var j = i == chain.Count - 1 ? i - 1 : i + 1;
                (chain[i], chain[j]) = (chain[j], chain[i]);
                break;
            case MutationKind.Duplicate:
                chain.Insert(i + 1, chain[i]);
                break;
        }

        var result = AuditChain.Verify(chain, head);
        return (!result.IsValid).Label(result.Problem ?? "accepted");
    }

    [Fact]
    public void Without_the_head_a_removal_at_the_end_goes_unseen_which_is_why_the_head_is_kept_apart()
    {
        var chain = AuditArbitraries.Build(Gen.Sample(DisclosureArbitraries.Requests, 3).Select(r => r.Request)).ToList();
        var head = chain[^1].Hash;
        chain.RemoveAt(2);

        Assert.True(AuditChain.Verify(chain).IsValid);
        Assert.False(AuditChain.Verify(chain, head).IsValid);
    }

    [Fact]
    public void An_entry_holds_no_identity_only_the_host_references()
    {
        var names = typeof(AuditEntry).GetProperties().Select(p => p.Name).ToArray();

        Assert.DoesNotContain("FamilyName", names);
        Assert.DoesNotContain("Identity", names);
        Assert.Contains("CaseReference", names);
    }

    private static AuditEntry Change(AuditEntry e, int field) => field switch
    {
        0 => Copy(e, askedBy: e.AskedBy + "x"),
        1 => Copy(e, caseReference: (e.CaseReference ?? "") + "x"),
        2 => Copy(e, recipient: e.Recipient == RecipientKind.Crip ? RecipientKind.Mayor : RecipientKind.Crip),
        3 => Copy(e, outcome: e.Outcome == DisclosureOutcome.MustNotDisclose ? DisclosureOutcome.MayDiscloseByLaw : DisclosureOutcome.MustNotDisclose),
        4 => Copy(e, dataAllowed: e.DataAllowed.Contains(DataCategory.Identity) ? e.DataAllowed.Where(d => d != DataCategory.Identity).ToArray() : [.. e.DataAllowed, DataCategory.Identity]),
        5 => Copy(e, legalBases: [.. e.LegalBases, "FR-CP-226-14-1@forged"]),
        6 => Copy(e, dateOfAct: e.DateOfAct.PlusDays(1)),
        7 => Copy(e, recordedAt: e.RecordedAt.Minus(Duration.FromSeconds(1))),
        8 => Copy(e, purpose: e.Purpose == DisclosurePurpose.Report ? DisclosurePurpose.Orientation : DisclosurePurpose.Report),
        9 => Copy(e, discloser: e.Discloser == DiscloserKind.SocialWorker ? DiscloserKind.Physician : DiscloserKind.SocialWorker),
        10 => Copy(e, dataAsked: [.. e.DataAsked, DataCategory.ProtocolFile]),
        11 => Copy(e, sequence: e.Sequence + 1),
        12 => Copy(e, previousHash: new string('f', 64)),
        14 => Copy(e, basis: new AuditBasis(e.Basis.ActAt, e.Basis.SubjectAgeGroup, e.Basis.SubjectUnderLegalProtection, [.. e.Basis.Facts, FactKind.AbuseOfMinor],
            e.Basis.ConsentReferences, e.Basis.Pack, e.Basis.PackVersion, e.Basis.Policy)),
        _ => Copy(e, hash: new string('e', 64)),
    };

    private static AuditEntry Rehash(AuditEntry e) => Copy(e, hash: AuditChain.ComputeHash(e));

    private static AuditEntry Copy(
        AuditEntry e, long? sequence = null, string? askedBy = null, string? caseReference = null, DiscloserKind? discloser = null, RecipientKind? recipient = null,
        DisclosurePurpose? purpose = null, IReadOnlyList<DataCategory>? dataAsked = null, DisclosureOutcome? outcome = null, IReadOnlyList<string>? legalBases = null,
        IReadOnlyList<DataCategory>? dataAllowed = null, LocalDate? dateOfAct = null, Instant? recordedAt = null, string? previousHash = null, string? hash = null,
        AuditBasis? basis = null) =>
        new(sequence ?? e.Sequence, askedBy ?? e.AskedBy, caseReference ?? e.CaseReference, discloser ?? e.Discloser, recipient ?? e.Recipient, purpose ?? e.Purpose,
            dataAsked ?? e.DataAsked, outcome ?? e.Outcome, legalBases ?? e.LegalBases, dataAllowed ?? e.DataAllowed, dateOfAct ?? e.DateOfAct,
            recordedAt ?? e.RecordedAt, previousHash ?? e.PreviousHash, hash ?? e.Hash, basis ?? e.Basis);

    private static DisclosureDecision SampleDecision() => new DisclosureEngine(FrenchRulePack.Create(), ServicePolicy.LawOnly).Decide(FsCheck.Fluent.Gen.Sample(DisclosureArbitraries.Requests, 1).Single().Request);

    [Fact]
    public void A_missing_case_reference_and_the_text_nul_hash_differently()
    {
        var decision = SampleDecision();
        var none = AuditChain.Append(null, decision, "worker-1", Instant.FromUtc(2026, 3, 4, 10, 0));
        var nul = AuditChain.Append(null, decision, "worker-1", Instant.FromUtc(2026, 3, 4, 10, 0), "\0");

        Assert.NotEqual(none.Hash, nul.Hash);
        var forged = new AuditEntry(nul.Sequence, nul.AskedBy, null, nul.Discloser, nul.Recipient, nul.Purpose, nul.DataAsked, nul.Outcome, nul.LegalBases, nul.DataAllowed, nul.DateOfAct, nul.RecordedAt, nul.PreviousHash, nul.Hash, nul.Basis);
        Assert.False(AuditChain.Verify([forged]).IsValid);
    }
}
