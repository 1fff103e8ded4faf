using System;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Intervention.Domain;
using Intervention.Domain.Cases;
using Intervention.Domain.Serialization;
using Intervention.Domain.Specifications;
using Microsoft.EntityFrameworkCore;

namespace Intervention.EntityFrameworkCore;

/// <summary>
/// Cases in a host's database (a context whose model applies <see cref="InterventionModel.ApplyInterventionModel"/>): each saved
/// as its <see cref="CaseSnapshot"/> in JSON, read back through <see cref="Case.FromSnapshot"/> (which checks every invariant), and
/// as its <see cref="CaseRecord"/>, which the specifications query.
/// </summary>
/// <remarks>A save writes the snapshot and the record together (one <c>SaveChanges</c>). Each snapshot row carries a version that a
/// save increments: a save that raced another on the same case fails with EF Core's <see cref="DbUpdateConcurrencyException"/>
/// rather than losing one of them. Identities are not stored here (a snapshot holds participants without identity).</remarks>
public sealed class CaseStore
{
    private static readonly JsonSerializerOptions Json = InterventionJson.CreateOptions();
    private readonly DbContext _context;

    /// <summary>Creates a store over a context.</summary>
    /// <param name="context">The host's context, with the Intervention model applied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public CaseStore(DbContext context) => _context = context ?? throw new ArgumentNullException(nameof(context));

    /// <summary>Gets the stored cases' records, for the specifications (<c>specification.Apply(store.Records)</c>), untracked.</summary>
    public IQueryable<CaseRecord> Records => _context.Set<CaseRecord>().AsNoTracking();

    /// <summary>Saves a case: adds it, or replaces what was stored of it.</summary>
    /// <param name="case">The case.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>A task that completes once the case is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    /// <exception cref="DbUpdateConcurrencyException">Another save of the same case came in between.</exception>
    public async Task SaveAsync(Case @case, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var snapshot = @case.ToSnapshot();
        var json = JsonSerializer.Serialize(snapshot, Json);
        var record = CaseRecord.From(@case);
        var rows = _context.Set<CaseSnapshotRow>();
        var row = await rows.FindAsync([snapshot.Id.Value], cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            rows.Add(new CaseSnapshotRow { CaseId = snapshot.Id.Value, PostId = snapshot.Post.Id.Value, State = snapshot.State, LastEventOn = snapshot.LastEventOn, Snapshot = json, Version = 1 });
            _context.Set<CaseRecord>().Add(record);
        }
        else
        {
            (row.PostId, row.State, row.LastEventOn, row.Snapshot, row.Version) = (snapshot.Post.Id.Value, snapshot.State, snapshot.LastEventOn, json, row.Version + 1);
            var stored = await _context.Set<CaseRecord>().FindAsync([record.CaseId], cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                _context.Set<CaseRecord>().Add(record);
            }
            else
            {
                _context.Entry(stored).CurrentValues.SetValues(record);
            }
        }

        await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a case back.</summary>
    /// <param name="id">The case.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The case, or null when none is stored under this id.</returns>
    /// <exception cref="StoredDataException">The stored snapshot is not a valid case (its JSON, or an invariant <see cref="Case.FromSnapshot"/> checks).</exception>
    public async Task<Case?> FindAsync(CaseId id, CancellationToken cancellationToken = default)
    {
        var row = await _context.Set<CaseSnapshotRow>().AsNoTracking().FirstOrDefaultAsync(r => r.CaseId == id.Value, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        try
        {
            var snapshot = JsonSerializer.Deserialize<CaseSnapshot>(row.Snapshot, Json)
                ?? throw new StoredDataException("intervention_cases", id.ToString(), $"The stored snapshot of case {id} is empty.");
            return snapshot.Id == id
                ? Case.FromSnapshot(snapshot)
                : throw new StoredDataException("intervention_cases", id.ToString(), $"The snapshot stored under case {id} is the snapshot of case {snapshot.Id}.");
        }
        catch (Exception e) when (e is JsonException or ArgumentException or DomainRuleException or InvalidOperationException or NotSupportedException)
        {
            throw new StoredDataException("intervention_cases", id.ToString(), $"The stored snapshot of case {id} is not a valid case: {e.Message}", e);
        }
    }
}
