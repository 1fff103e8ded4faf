using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Intervention.Confidentiality.Audit;
using Intervention.Confidentiality.Disclosure;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Intervention.EntityFrameworkCore;

/// <summary>
/// The audit sequence of a host's database (a context whose model applies <see cref="InterventionModel.ApplyInterventionModel"/>),
/// append-only: entries are added through <see cref="AppendAsync"/>, which checks the chain's end before it extends it, and never
/// changed or removed by this store; <see cref="VerifyAsync"/> checks the whole chain on demand (<see cref="AuditChain.Verify(IEnumerable{AuditEntry}, AuditHead?, AuditKey?)"/>).
/// </summary>
/// <remarks>
/// <para>Every field of an entry has its own column; the sequence number is the key, so two appends that raced each other cannot both
/// succeed (the second fails with <see cref="AuditAppendConflictException"/> and may be retried).</para>
/// <para>Instants are recorded to the microsecond, the precision of PostgreSQL's timestamps: <see cref="AppendAsync"/> truncates the
/// instant it is given before hashing, so that what is stored is what was hashed.</para>
/// <para>The database should also refuse <c>UPDATE</c> and <c>DELETE</c> on <c>intervention_audit</c> to the application's user; keep
/// the head (<see cref="HeadAsync"/>) apart to detect a cut at the end (see <see cref="AuditChain"/>).</para>
/// </remarks>
public sealed class AuditStore
{
    private readonly DbContext _context;
    private readonly AuditKey? _key;

    /// <summary>Creates a store over a context.</summary>
    /// <param name="context">The host's context, with the Intervention model applied.</param>
    /// <param name="key">The key of a keyed chain, or null for a plain one (every entry of a sequence uses the same).</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public AuditStore(DbContext context, AuditKey? key = null)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _key = key;
    }

    /// <summary>Appends a decision to the sequence, after checking that the stored chain ends as it should.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="askedBy">Who asked (the host's user or worker id; not the person's identity).</param>
    /// <param name="recordedAt">When the decision is recorded (from the host's clock), kept to the microsecond.</param>
    /// <param name="caseReference">The host's opaque case reference, if any.</param>
    /// <param name="cancellationToken">Cancels the append.</param>
    /// <returns>The entry appended, as stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> or <paramref name="askedBy"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="askedBy"/> is blank, or <paramref name="recordedAt"/> is before the last entry.</exception>
    /// <exception cref="AuditChainBrokenException">The last stored entries do not match their hashes or each other: nothing is appended.</exception>
    /// <exception cref="AuditAppendConflictException">Another append took the same place first: nothing is appended.</exception>
    /// <exception cref="StoredDataException">A stored entry cannot be read back.</exception>
    public async Task<AuditEntry> AppendAsync(DisclosureDecision decision, string askedBy, Instant recordedAt, string? caseReference = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentException.ThrowIfNullOrWhiteSpace(askedBy);
        var rows = _context.Set<AuditRow>();
        var lastTwo = await rows.AsNoTracking().OrderByDescending(r => r.Sequence).Take(2).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ends = lastTwo.Select(AuditRows.ToEntry).ToArray();
        if (ends.Length > 0)
        {
            var last = ends[0];
            if (!string.Equals(AuditChain.ComputeHash(last, _key), last.Hash, StringComparison.Ordinal))
            {
                throw new AuditChainBrokenException(last.Sequence, $"The last audit entry ({last.Sequence}) does not match its hash: it was changed. Nothing was appended.");
            }

            var expectedPrevious = ends.Length > 1 ? ends[1].Hash : AuditChain.GenesisHash;
            if (last.Sequence != (ends.Length > 1 ? ends[1].Sequence + 1 : 1) || !string.Equals(last.PreviousHash, expectedPrevious, StringComparison.Ordinal))
            {
                throw new AuditChainBrokenException(last.Sequence, $"The last audit entry ({last.Sequence}) does not follow the one before it. Nothing was appended.");
            }
        }

        var entry = AuditChain.Append(ends.FirstOrDefault(), decision, askedBy, ToMicroseconds(recordedAt), caseReference, _key);
        var row = AuditRows.ToRow(entry);
        rows.Add(row);
        try
        {
            await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException e)
        {
            _context.Entry(row).State = EntityState.Detached;
            throw new AuditAppendConflictException(entry.Sequence, e);
        }

        return entry;
    }

    /// <summary>Verifies the whole stored sequence, from its first entry.</summary>
    /// <param name="expectedHead">The head kept apart, or null (see <see cref="AuditChain"/> for what it adds).</param>
    /// <param name="cancellationToken">Cancels the verification.</param>
    /// <returns>Valid, or the first entry found wrong and why (an entry that cannot be read back is wrong too).</returns>
    public async Task<AuditVerification> VerifyAsync(AuditHead? expectedHead = null, CancellationToken cancellationToken = default)
    {
        var entries = new List<AuditEntry>();
        await foreach (var row in _context.Set<AuditRow>().AsNoTracking().OrderBy(r => r.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                entries.Add(AuditRows.ToEntry(row));
            }
            catch (StoredDataException e)
            {
                return new AuditVerification(false, row.Sequence, e.Message);
            }
        }

        return AuditChain.Verify(entries, expectedHead, _key);
    }

    /// <summary>Reads entries in sequence order.</summary>
    /// <param name="fromSequence">The first position to read (from 1).</param>
    /// <param name="count">How many entries at most (1 to 10,000).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The entries.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fromSequence"/> is below 1, or <paramref name="count"/> is not 1 to 10,000.</exception>
    /// <exception cref="StoredDataException">A stored entry cannot be read back.</exception>
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(long fromSequence, int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fromSequence, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 10_000);
        var rows = await _context.Set<AuditRow>().AsNoTracking().Where(r => r.Sequence >= fromSequence).OrderBy(r => r.Sequence).Take(count).ToListAsync(cancellationToken).ConfigureAwait(false);
        return Array.AsReadOnly(rows.Select(AuditRows.ToEntry).ToArray());
    }

    /// <summary>Gets the head of the stored sequence (its last entry's position and hash), to keep apart from the store.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The head, or null when the sequence is empty.</returns>
    public async Task<AuditHead?> HeadAsync(CancellationToken cancellationToken = default)
    {
        var last = await _context.Set<AuditRow>().AsNoTracking().OrderByDescending(r => r.Sequence).Select(r => new { r.Sequence, r.Hash }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return last is null ? null : new AuditHead(last.Sequence, last.Hash);
    }

    // Down to the microsecond (towards the past), the precision PostgreSQL keeps.
    private static Instant ToMicroseconds(Instant instant)
    {
        var ticks = instant.ToUnixTimeTicks();
        return Instant.FromUnixTimeTicks(ticks - (((ticks % 10) + 10) % 10));
    }
}
