using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intervention.Confidentiality.Audit;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.France;
using Intervention.Confidentiality.Tests.Generators;
using NodaTime;

namespace Intervention.Confidentiality.Tests.Audit;

/// <summary>Each row of the table in <see cref="AuditChain"/>'s documentation and the README: what a plain or keyed chain detects, with
/// and without the head kept apart. The rows that say "not detected" are asserted too: they are the documented limits.</summary>
public sealed class AuditDetectionTests
{
    public enum Tampering
    {
        ChangeField,
        ChangeAndRechain,
        RemoveInTheMiddle,
        TruncateTheEnd,
        ForgeAnAppend,
    }

    private static readonly DisclosureEngine Engine = new(FrenchRulePack.Create(), ServicePolicy.LawOnly);
    private static readonly AuditKey Key = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private static List<AuditEntry> Chain(AuditKey? key)
    {
        var chain = new List<AuditEntry>();
        foreach (var request in Gen.Sample(DisclosureArbitraries.Requests, 5).Select(r => r.Request))
        {
            chain.Add(AuditChain.Append(chain.LastOrDefault(), Engine.Decide(request), "worker-17", Instant.FromUtc(2026, 3, 2, 9, chain.Count), $"case-{chain.Count}", key));
        }

        return chain;
    }

    // What someone with write access to the store, but not the key, can do.
    private static List<AuditEntry> Tamper(List<AuditEntry> chain, Tampering tampering)
    {
        var result = chain.ToList();
        switch (tampering)
        {
            case Tampering.ChangeField:
                result[1] = Rebuilt(result[1], result[1].PreviousHash, askedBy: "someone-else", hash: result[1].Hash);
                break;
            case Tampering.ChangeAndRechain:
                result[1] = Rebuilt(result[1], result[1].PreviousHash, askedBy: "someone-else");
                for (var i = 2; i < result.Count; i++)
                {
                    result[i] = Rebuilt(result[i], result[i - 1].Hash);
                }

                break;
            case Tampering.RemoveInTheMiddle:
                result.RemoveAt(2);
                break;
            case Tampering.TruncateTheEnd:
                result.RemoveRange(3, 2);
                break;
            case Tampering.ForgeAnAppend:
                result.Add(AuditChain.Append(result[^1], Engine.Decide(Gen.Sample(DisclosureArbitraries.Requests, 1).Single().Request), "forger", result[^1].RecordedAt, null));
                break;
        }

        return result;
    }

    // An entry with another previous hash (and possibly another asker), its plain hash recomputed unless one is given.
    private static AuditEntry Rebuilt(AuditEntry e, string previousHash, string? askedBy = null, string? hash = null)
    {
        var copy = new AuditEntry(e.Sequence, askedBy ?? e.AskedBy, e.CaseReference, e.Discloser, e.Recipient, e.Purpose, e.DataAsked, e.Outcome, e.LegalBases, e.DataAllowed,
            e.DateOfAct, e.RecordedAt, previousHash, string.Empty, e.Basis);
        var h = hash ?? AuditChain.ComputeHash(copy);
        return new AuditEntry(copy.Sequence, copy.AskedBy, copy.CaseReference, copy.Discloser, copy.Recipient, copy.Purpose, copy.DataAsked, copy.Outcome, copy.LegalBases,
            copy.DataAllowed, copy.DateOfAct, copy.RecordedAt, copy.PreviousHash, h, copy.Basis);
    }

    [Theory]
    //          tampering                        plain  plain+head  keyed  keyed+head
    [InlineData(Tampering.ChangeField,           true,  true,       true,  true)]
    [InlineData(Tampering.ChangeAndRechain,      false, true,       true,  true)]
    [InlineData(Tampering.RemoveInTheMiddle,     true,  true,       true,  true)]
    [InlineData(Tampering.TruncateTheEnd,        false, true,       false, true)]
    [InlineData(Tampering.ForgeAnAppend,         false, true,       true,  true)]
    public void Each_row_of_the_detection_table_holds(Tampering tampering, bool plain, bool plainWithHead, bool keyed, bool keyedWithHead)
    {
        var plainChain = Chain(null);
        var keyedChain = Chain(Key);
        var plainHead = AuditChain.HeadOf(plainChain);
        var keyedHead = AuditChain.HeadOf(keyedChain);
        var plainTampered = Tamper(plainChain, tampering);
        var keyedTampered = Tamper(keyedChain, tampering);

        Assert.True(AuditChain.Verify(plainChain, plainHead, null).IsValid && AuditChain.Verify(keyedChain, keyedHead, Key).IsValid);
        Assert.Equal(plain, !AuditChain.Verify(plainTampered, null, null).IsValid);
        Assert.Equal(plainWithHead, !AuditChain.Verify(plainTampered, plainHead, null).IsValid);
        Assert.Equal(keyed, !AuditChain.Verify(keyedTampered, null, Key).IsValid);
        Assert.Equal(keyedWithHead, !AuditChain.Verify(keyedTampered, keyedHead, Key).IsValid);
    }

    [Fact]
    public void A_keyed_chain_does_not_verify_under_another_key_nor_as_a_plain_one()
    {
        var chain = Chain(Key);

        Assert.False(AuditChain.Verify(chain, null, new AuditKey(new byte[32])).IsValid);
        Assert.False(AuditChain.Verify(chain, null, null).IsValid);
        Assert.Throws<ArgumentException>(() => new AuditKey(new byte[31]));
    }

    [Property(Arbitrary = [typeof(DisclosureArbitraries)], MaxTest = 300)]
    public Property An_audited_decision_decided_again_with_its_consents_has_the_same_outcome(Intervention.Testing.DisclosureQuestion question)
    {
        var request = question.Request;
        var entry = AuditChain.Append(null, Engine.Decide(request), "worker-17", Instant.FromUtc(2027, 1, 1, 0, 0));

        var replay = AuditChain.Replay(entry, Engine, request.Consents);

        return replay.IsSame.Label(replay.Problem ?? "");
    }

    [Fact]
    public void A_replay_refuses_other_consents_another_pack_version_or_another_policy()
    {
        // A first consent not already withdrawn at its giving, so that withdrawing it there changes it (a sample drew one that was,
        // and the replay rightly found the same consents: fresh-clone CI at 68d54c5).
        var request = Gen.Sample(DisclosureArbitraries.Requests, 40).Select(r => r.Request).First(r => r.Consents.Count > 0 && r.Consents[0].WithdrawnAt != r.Consents[0].GivenAt);
        var entry = AuditChain.Append(null, Engine.Decide(request), "worker-17", Instant.FromUtc(2027, 1, 1, 0, 0));
        var withdrawn = request.Consents.Select((c, i) => i == 0 ? c.WithdrawnOn(c.GivenAt) : c).ToArray();

        Assert.Equal(FrenchRulePack.Create().Version, entry.Basis.PackVersion);
        Assert.False(AuditChain.Replay(entry, Engine, withdrawn).IsSame);
        Assert.False(AuditChain.Replay(entry, new DisclosureEngine(FrenchRulePack.Create(), ServicePolicy.FrenchReferenceFramework2006), request.Consents).IsSame);
        Assert.False(AuditChain.Replay(entry, new DisclosureEngine(Intervention.Confidentiality.Law.Belgium.BelgianRulePack.Create(), ServicePolicy.LawOnly), request.Consents).IsSame);
        Assert.Equal(request.Consents.Select(AuditBasis.ConsentReference), entry.Basis.ConsentReferences);
    }
}
