using System;
using Intervention.Domain.Cases;
using NodaTime;

namespace Intervention.EntityFrameworkCore;

/// <summary>A stored case: its snapshot as JSON (<c>InterventionJson</c>), with the columns a host filters on beside it.</summary>
internal sealed class CaseSnapshotRow
{
    public Guid CaseId { get; set; }

    public Guid PostId { get; set; }

    public CaseState State { get; set; }

    public LocalDate LastEventOn { get; set; }

    public string Snapshot { get; set; } = string.Empty;

    // Incremented at each save: two saves of one case read at the same version cannot both succeed.
    public int Version { get; set; }
}
