using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Confidentiality.Disclosure;
using NodaTime;

namespace Intervention.Confidentiality.Audit;

/// <summary>
/// One disclosure decision in the audit sequence: who asked, what, to whom, the outcome, its bases, the date of the act and the
/// instant recorded, what the decision rested on (<see cref="Basis"/>), chained to the previous entry by its hash. It carries no identity of the person: only the host's opaque
/// case reference.
/// </summary>
/// <remarks>Built by <see cref="AuditChain.Append"/>; the public constructor lets a host load stored entries, which <see cref="AuditChain.Verify(System.Collections.Generic.IEnumerable{AuditEntry}, AuditHead?, AuditKey?)"/> then checks.</remarks>
public sealed record AuditEntry
{
    /// <summary>Creates an entry as stored.</summary>
    /// <param name="sequence">Its position, from 1.</param>
    /// <param name="askedBy">Who asked (the host's user or worker id).</param>
    /// <param name="caseReference">The host's opaque reference of the case, if any.</param>
    /// <param name="discloser">Who holds the information.</param>
    /// <param name="recipient">Who would receive it.</param>
    /// <param name="purpose">Why.</param>
    /// <param name="dataAsked">The data categories asked for.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="legalBases">The bases, as rule id and version.</param>
    /// <param name="dataAllowed">The data categories allowed.</param>
    /// <param name="dateOfAct">The date of the act.</param>
    /// <param name="recordedAt">When the decision was recorded.</param>
    /// <param name="previousHash">The previous entry's hash, or <see cref="AuditChain.GenesisHash"/>.</param>
    /// <param name="hash">This entry's hash.</param>
    /// <param name="basis">What the decision rested on (facts, consents' references, subject, instant of the act, pack and its version,
    /// policy), so that it can be decided again (<see cref="AuditChain.Replay"/>).</param>
    /// <exception cref="ArgumentNullException">A list, a text or the basis is null.</exception>
    public AuditEntry(
        long sequence,
        string askedBy,
        string? caseReference,
        DiscloserKind discloser,
        RecipientKind recipient,
        DisclosurePurpose purpose,
        IReadOnlyList<DataCategory> dataAsked,
        DisclosureOutcome outcome,
        IReadOnlyList<string> legalBases,
        IReadOnlyList<DataCategory> dataAllowed,
        LocalDate dateOfAct,
        Instant recordedAt,
        string previousHash,
        string hash,
        AuditBasis basis)
    {
        Basis = basis ?? throw new ArgumentNullException(nameof(basis));
        Sequence = sequence;
        AskedBy = askedBy ?? throw new ArgumentNullException(nameof(askedBy));
        CaseReference = caseReference;
        Discloser = discloser;
        Recipient = recipient;
        Purpose = purpose;
        DataAsked = Array.AsReadOnly((dataAsked ?? throw new ArgumentNullException(nameof(dataAsked))).ToArray());
        Outcome = outcome;
        LegalBases = Array.AsReadOnly((legalBases ?? throw new ArgumentNullException(nameof(legalBases))).ToArray());
        DataAllowed = Array.AsReadOnly((dataAllowed ?? throw new ArgumentNullException(nameof(dataAllowed))).ToArray());
        DateOfAct = dateOfAct;
        RecordedAt = recordedAt;
        PreviousHash = previousHash ?? throw new ArgumentNullException(nameof(previousHash));
        Hash = hash ?? throw new ArgumentNullException(nameof(hash));
    }

    /// <summary>Gets the entry's position, from 1.</summary>
    public long Sequence { get; }

    /// <summary>Gets who asked.</summary>
    public string AskedBy { get; }

    /// <summary>Gets the host's opaque case reference.</summary>
    public string? CaseReference { get; }

    /// <summary>Gets who holds the information.</summary>
    public DiscloserKind Discloser { get; }

    /// <summary>Gets who would receive it.</summary>
    public RecipientKind Recipient { get; }

    /// <summary>Gets why.</summary>
    public DisclosurePurpose Purpose { get; }

    /// <summary>Gets the data categories asked for.</summary>
    public IReadOnlyList<DataCategory> DataAsked { get; }

    /// <summary>Gets the outcome.</summary>
    public DisclosureOutcome Outcome { get; }

    /// <summary>Gets the bases, as <c>rule id @ version</c>.</summary>
    public IReadOnlyList<string> LegalBases { get; }

    /// <summary>Gets the data categories allowed.</summary>
    public IReadOnlyList<DataCategory> DataAllowed { get; }

    /// <summary>Gets the date of the act.</summary>
    public LocalDate DateOfAct { get; }

    /// <summary>Gets when the decision was recorded.</summary>
    public Instant RecordedAt { get; }

    /// <summary>Gets the previous entry's hash.</summary>
    public string PreviousHash { get; }

    /// <summary>Gets this entry's hash (SHA-256, or HMAC-SHA-256 for a keyed chain; hexadecimal).</summary>
    public string Hash { get; }

    /// <summary>Gets what the decision rested on.</summary>
    public AuditBasis Basis { get; }

    internal AuditEntry WithHash(string hash) =>
        new(Sequence, AskedBy, CaseReference, Discloser, Recipient, Purpose, DataAsked, Outcome, LegalBases, DataAllowed, DateOfAct, RecordedAt, PreviousHash, hash, Basis);

    /// <inheritdoc />
    public bool Equals(AuditEntry? other) =>
        other is not null && Sequence == other.Sequence && AskedBy == other.AskedBy && CaseReference == other.CaseReference
        && Discloser == other.Discloser && Recipient == other.Recipient && Purpose == other.Purpose && Outcome == other.Outcome
        && DataAsked.SequenceEqual(other.DataAsked) && LegalBases.SequenceEqual(other.LegalBases) && DataAllowed.SequenceEqual(other.DataAllowed)
        && DateOfAct == other.DateOfAct && RecordedAt == other.RecordedAt && PreviousHash == other.PreviousHash && Hash == other.Hash && Basis == other.Basis;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Sequence, Hash);
}
