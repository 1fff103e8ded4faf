using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using NodaTime;
using NodaTime.Text;

namespace Intervention.Confidentiality.Audit;

/// <summary>The result of verifying an audit sequence.</summary>
/// <param name="IsValid">Whether the sequence is intact.</param>
/// <param name="FirstInvalidSequence">The position of the first entry found wrong, if any.</param>
/// <param name="Problem">What is wrong, if anything.</param>
public sealed record AuditVerification(bool IsValid, long? FirstInvalidSequence, string? Problem);

/// <summary>The last entry of a sequence, kept apart from it (a second store, a signed note) to detect what the chain alone cannot:
/// removals at the end, and a sequence rewritten whole.</summary>
/// <param name="Sequence">The last entry's position.</param>
/// <param name="Hash">The last entry's hash.</param>
public sealed record AuditHead(long Sequence, string Hash);

/// <summary>The result of deciding an audited decision again.</summary>
/// <param name="IsSame">Whether the decision taken again has the entry's outcome, bases and data allowed.</param>
/// <param name="Decision">The decision taken again, when it could be.</param>
/// <param name="Problem">Why it could not be, or how it differs.</param>
public sealed record AuditReplay(bool IsSame, DisclosureDecision? Decision, string? Problem);

/// <summary>
/// An append-only, tamper-evident sequence of audit entries: each entry carries the hash of the previous one, so a change, removal or
/// reordering anywhere breaks the chain. The host stores the entries; this type never does I/O.
/// </summary>
/// <remarks>
/// <para>The hash is SHA-256 over a canonical text where every field is prefixed by its length (an absent one is written apart), or,
/// for a keyed chain, HMAC-SHA-256 under the host's <see cref="AuditKey"/>. What each form detects:</para>
/// <list type="table">
/// <listheader><term>change to the stored entries</term><description>plain chain · plain chain and head kept apart · keyed chain · keyed chain and head</description></listheader>
/// <item><term>a field of an entry changed, nothing else</term><description>detected · detected · detected · detected</description></item>
/// <item><term>a field changed and every hash after it recomputed (re-chaining)</term><description>not detected · detected · detected · detected</description></item>
/// <item><term>an entry removed, added or moved in the middle</term><description>detected · detected · detected · detected</description></item>
/// <item><term>entries removed at the end (truncation)</term><description>not detected · detected · not detected · detected</description></item>
/// <item><term>entries forged and appended at the end</term><description>not detected · detected · detected · detected</description></item>
/// </list>
/// <para>Whoever holds the key can forge a keyed chain: keep it out of the store's reach. Without the head, nothing tells a sequence cut
/// after entry n from one that ended there.</para>
/// </remarks>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Appends a decision to the sequence.</summary>
    /// <param name="previous">The last entry of the sequence, or <see langword="null"/> for the first.</param>
    /// <param name="decision">The decision.</param>
    /// <param name="askedBy">Who asked (the host's user or worker id; not the person's identity).</param>
    /// <param name="recordedAt">When the decision is recorded (from the host's injected clock).</param>
    /// <param name="caseReference">The host's opaque case reference, if any.</param>
    /// <param name="key">The host's key for a keyed chain (HMAC-SHA-256), or null for a plain one; every entry of a sequence uses the same.</param>
    /// <returns>The new entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> or <paramref name="askedBy"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="askedBy"/> is blank, or <paramref name="recordedAt"/> is before the previous entry.</exception>
    public static AuditEntry Append(AuditEntry? previous, DisclosureDecision decision, string askedBy, Instant recordedAt, string? caseReference = null, AuditKey? key = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentException.ThrowIfNullOrWhiteSpace(askedBy);
        if (previous is not null && recordedAt < previous.RecordedAt)
        {
            throw new ArgumentException("An audit sequence is recorded in time order.", nameof(recordedAt));
        }

        var sequence = (previous?.Sequence ?? 0) + 1;
        var previousHash = previous?.Hash ?? GenesisHash;
        var bases = decision.LegalBases.Select(b => $"{b.RuleId}@{b.Reference.Version}").ToArray();
        var unsigned = new AuditEntry(
            sequence, askedBy, caseReference, decision.Request.Discloser, decision.Recipient, decision.Request.Purpose, decision.Request.Data,
            decision.Outcome, bases, decision.AllowedData, decision.DateOfAct, recordedAt, previousHash, string.Empty, AuditBasis.Of(decision));
        return unsigned.WithHash(ComputeHash(unsigned, key));
    }

    /// <summary>Returns the head of a sequence: its last entry's position and hash, to keep apart from the entries.</summary>
    /// <param name="entries">The entries, in stored order.</param>
    /// <returns>The head, or null for an empty sequence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    public static AuditHead? HeadOf(IEnumerable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.LastOrDefault() is { } last ? new AuditHead(last.Sequence, last.Hash) : null;
    }

    /// <summary>Verifies a whole plain sequence, from its first entry.</summary>
    /// <param name="entries">The entries, in stored order.</param>
    /// <param name="expectedHead">The hash of the last entry kept apart, to detect removals at the end; optional.</param>
    /// <returns>Valid, or the first entry found wrong and why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or an entry is null.</exception>
    public static AuditVerification Verify(IEnumerable<AuditEntry> entries, string? expectedHead = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        return Verify(list, expectedHead is null ? null : new AuditHead(list.Count, expectedHead), null);
    }

    /// <summary>Verifies a whole sequence, plain or keyed, from its first entry, against the head kept apart when there is one.</summary>
    /// <param name="entries">The entries, in stored order.</param>
    /// <param name="expectedHead">The head kept apart (<see cref="HeadOf"/> when the last entry was appended), or null; see the table of
    /// <see cref="AuditChain"/> for what it adds.</param>
    /// <param name="key">The key of a keyed chain, or null for a plain one.</param>
    /// <returns>Valid, or the first entry found wrong and why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or an entry is null.</exception>
    public static AuditVerification Verify(IEnumerable<AuditEntry> entries, AuditHead? expectedHead, AuditKey? key)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var previousHash = GenesisHash;
        var expectedSequence = 1L;
        var previousRecorded = Instant.MinValue;
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(entries));
            if (entry.Sequence != expectedSequence)
            {
                return new(false, entry.Sequence, $"Expected entry {expectedSequence}, found {entry.Sequence}: an entry was removed, added or moved.");
            }

            if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
            {
                return new(false, entry.Sequence, "The previous hash does not match the entry before: the chain was broken.");
            }

            if (!string.Equals(entry.Hash, ComputeHash(entry, key), StringComparison.Ordinal))
            {
                return new(false, entry.Sequence, key is null ? "The entry's content does not match its hash: it was changed." : "The entry's content does not match its keyed hash: it was changed or forged.");
            }

            if (entry.RecordedAt < previousRecorded)
            {
                return new(false, entry.Sequence, "The entry was recorded before the one it follows.");
            }

            previousHash = entry.Hash;
            previousRecorded = entry.RecordedAt;
            expectedSequence++;
        }

        if (expectedHead is not null && (expectedHead.Sequence != expectedSequence - 1 || !string.Equals(expectedHead.Hash, previousHash, StringComparison.Ordinal)))
        {
            return new(false, expectedSequence, "The last entry is not the head kept apart: entries were removed, added or rewritten at the end.");
        }

        return new(true, null, null);
    }

    /// <summary>Computes an entry's plain hash over every field but the hash itself, in a canonical, culture-invariant form.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The SHA-256 hash, lowercase hexadecimal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public static string ComputeHash(AuditEntry entry) => ComputeHash(entry, null);

    /// <summary>Computes an entry's hash, plain or keyed.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="key">The key of a keyed chain, or null for the plain SHA-256.</param>
    /// <returns>The hash, lowercase hexadecimal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public static string ComputeHash(AuditEntry entry, AuditKey? key)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var bytes = Encoding.UTF8.GetBytes(CanonicalText(entry));
        return Convert.ToHexStringLower(key is null ? SHA256.HashData(bytes) : key.Sign(bytes));
    }

    /// <summary>Decides an audited decision again, with the engine and the consents it rested on, and says whether the outcome, the bases
    /// and the data allowed are the same.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="engine">An engine with the pack (same name and version) and the policy the entry records.</param>
    /// <param name="consents">The consents given with the request, as the host keeps them; their references must be the entry's.</param>
    /// <returns>The replay: the same decision, or why not.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AuditReplay Replay(AuditEntry entry, DisclosureEngine engine, IReadOnlyList<Consent> consents)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(consents);
        var basis = entry.Basis;
        if (engine.Pack.Name != basis.Pack || engine.Pack.Version != basis.PackVersion)
        {
            return new(false, null, $"The entry was decided under pack '{basis.Pack}' version {basis.PackVersion}, not '{engine.Pack.Name}' version {engine.Pack.Version}.");
        }

        if (AuditBasis.PolicyText(engine.Policy) != basis.Policy)
        {
            return new(false, null, $"The entry was decided under policy '{basis.Policy}'.");
        }

        if (!consents.Select(AuditBasis.ConsentReference).SequenceEqual(basis.ConsentReferences, StringComparer.Ordinal))
        {
            return new(false, null, "The consents given are not the ones the entry references.");
        }

        var request = new DisclosureRequest(
            entry.Discloser, entry.Recipient, entry.Purpose, entry.DataAsked, basis.Facts, new DisclosureSubject(basis.SubjectAgeGroup, basis.SubjectUnderLegalProtection),
            consents, basis.ActAt.InFixedZone());
        var decision = engine.Decide(request);
        var bases = decision.LegalBases.Select(b => $"{b.RuleId}@{b.Reference.Version}");
        var same = decision.Outcome == entry.Outcome && bases.SequenceEqual(entry.LegalBases, StringComparer.Ordinal) && decision.AllowedData.SequenceEqual(entry.DataAllowed);
        return new(same, decision, same ? null : $"Decided again: {decision.Outcome} on [{string.Join(", ", decision.LegalBases.Select(b => b.RuleId))}], recorded: {entry.Outcome}.");
    }

    private static string CanonicalText(AuditEntry entry)
    {
        var text = new StringBuilder();
        Canonical.Field(text, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Canonical.Field(text, entry.AskedBy);
        Canonical.OptionalField(text, entry.CaseReference);
        Canonical.Field(text, entry.Discloser.ToString());
        Canonical.Field(text, entry.Recipient.ToString());
        Canonical.Field(text, entry.Purpose.ToString());
        Canonical.List(text, entry.DataAsked.Select(d => d.ToString()));
        Canonical.Field(text, entry.Outcome.ToString());
        Canonical.List(text, entry.LegalBases);
        Canonical.List(text, entry.DataAllowed.Select(d => d.ToString()));
        Canonical.Field(text, LocalDatePattern.Iso.Format(entry.DateOfAct));
        Canonical.Field(text, InstantPattern.ExtendedIso.Format(entry.RecordedAt));
        Canonical.Field(text, entry.PreviousHash);
        entry.Basis.Write(text);
        return text.ToString();
    }
}

/// <summary>The host's secret key of a keyed audit chain (HMAC-SHA-256): at least 32 bytes, copied on creation.</summary>
/// <remarks>Keep it out of the store's reach (a secret manager, an HSM): whoever holds it can rewrite the chain.</remarks>
public sealed class AuditKey
{
    private readonly byte[] _key;

    /// <summary>Creates a key.</summary>
    /// <param name="key">The secret bytes, at least 32.</param>
    /// <exception cref="ArgumentException">The key is shorter than 32 bytes.</exception>
    public AuditKey(ReadOnlySpan<byte> key)
    {
        if (key.Length < 32)
        {
            throw new ArgumentException("An audit key has at least 32 bytes.", nameof(key));
        }

        _key = key.ToArray();
    }

    internal byte[] Sign(byte[] data) => HMACSHA256.HashData(_key, data);
}
