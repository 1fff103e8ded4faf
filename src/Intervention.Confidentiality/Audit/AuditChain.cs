using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Intervention.Confidentiality.Disclosure;
using NodaTime;
using NodaTime.Text;

namespace Intervention.Confidentiality.Audit;

/// <summary>The result of verifying an audit sequence.</summary>
/// <param name="IsValid">Whether the sequence is intact.</param>
/// <param name="FirstInvalidSequence">The position of the first entry found wrong, if any.</param>
/// <param name="Problem">What is wrong, if anything.</param>
public sealed record AuditVerification(bool IsValid, long? FirstInvalidSequence, string? Problem);

/// <summary>
/// An append-only, tamper-evident sequence of audit entries: each entry carries the hash of the previous one, so a change,
/// removal or reordering anywhere breaks the chain. The host stores the entries; this type never does I/O.
/// </summary>
/// <remarks>
/// Removing entries at the end of a sequence leaves a shorter valid chain: to detect it, keep the last hash (the head) apart,
/// for example in a second store or a signed note, and pass it to <see cref="Verify"/>.
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
    /// <returns>The new entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> or <paramref name="askedBy"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="askedBy"/> is blank, or <paramref name="recordedAt"/> is before the previous entry.</exception>
    public static AuditEntry Append(AuditEntry? previous, DisclosureDecision decision, string askedBy, Instant recordedAt, string? caseReference = null)
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
            decision.Outcome, bases, decision.AllowedData, decision.DateOfAct, recordedAt, previousHash, string.Empty);
        return new AuditEntry(
            unsigned.Sequence, unsigned.AskedBy, unsigned.CaseReference, unsigned.Discloser, unsigned.Recipient, unsigned.Purpose, unsigned.DataAsked,
            unsigned.Outcome, unsigned.LegalBases, unsigned.DataAllowed, unsigned.DateOfAct, unsigned.RecordedAt, unsigned.PreviousHash, ComputeHash(unsigned));
    }

    /// <summary>Verifies a whole sequence, from its first entry.</summary>
    /// <param name="entries">The entries, in stored order.</param>
    /// <param name="expectedHead">The hash of the last entry kept apart, to detect removals at the end; optional.</param>
    /// <returns>Valid, or the first entry found wrong and why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or an entry is null.</exception>
    public static AuditVerification Verify(IEnumerable<AuditEntry> entries, string? expectedHead = null)
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

            if (!string.Equals(entry.Hash, ComputeHash(entry), StringComparison.Ordinal))
            {
                return new(false, entry.Sequence, "The entry's content does not match its hash: it was changed.");
            }

            if (entry.RecordedAt < previousRecorded)
            {
                return new(false, entry.Sequence, "The entry was recorded before the one it follows.");
            }

            previousHash = entry.Hash;
            previousRecorded = entry.RecordedAt;
            expectedSequence++;
        }

        if (expectedHead is not null && !string.Equals(expectedHead, previousHash, StringComparison.Ordinal))
        {
            return new(false, expectedSequence, "The last entry is not the expected head: entries were removed or added at the end.");
        }

        return new(true, null, null);
    }

    /// <summary>Computes an entry's hash over every field but the hash itself, in a canonical, culture-invariant form.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The SHA-256 hash, lowercase hexadecimal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public static string ComputeHash(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = new StringBuilder();
        Field(text, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(text, entry.AskedBy);
        OptionalField(text, entry.CaseReference);
        Field(text, entry.Discloser.ToString());
        Field(text, entry.Recipient.ToString());
        Field(text, entry.Purpose.ToString());
        Field(text, string.Join(",", entry.DataAsked));
        Field(text, entry.Outcome.ToString());
        Field(text, string.Join("|", entry.LegalBases.Select(b => b.Length.ToString(CultureInfo.InvariantCulture) + ":" + b)));
        Field(text, string.Join(",", entry.DataAllowed));
        Field(text, LocalDatePattern.Iso.Format(entry.DateOfAct));
        Field(text, InstantPattern.ExtendedIso.Format(entry.RecordedAt));
        Field(text, entry.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    // An absent value is written without a length ("-;"), so it can never be mistaken for any text, "\0" included.
    private static void OptionalField(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append("-;");
        }
        else
        {
            Field(text, value);
        }
    }

    // Each field is prefixed by its length, so no two different entries share a canonical text.
    private static void Field(StringBuilder text, string value) =>
        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
}
