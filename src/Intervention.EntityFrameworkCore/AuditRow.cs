using NodaTime;

namespace Intervention.EntityFrameworkCore;

/// <summary>A stored audit entry, one column per field, enums by name and lists as JSON arrays of names: read back strictly by
/// <see cref="AuditRows.ToEntry"/>, so that a value changed outside the store is reported, not thrown while reading.</summary>
internal sealed class AuditRow
{
    public long Sequence { get; set; }

    public string AskedBy { get; set; } = string.Empty;

    public string? CaseReference { get; set; }

    public string Discloser { get; set; } = string.Empty;

    public string Recipient { get; set; } = string.Empty;

    public string Purpose { get; set; } = string.Empty;

    public string DataAsked { get; set; } = "[]";

    public string Outcome { get; set; } = string.Empty;

    public string LegalBases { get; set; } = "[]";

    public string DataAllowed { get; set; } = "[]";

    public LocalDate DateOfAct { get; set; }

    public Instant RecordedAt { get; set; }

    public string PreviousHash { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;

    public OffsetDateTime ActAt { get; set; }

    public string SubjectAgeGroup { get; set; } = string.Empty;

    public bool SubjectUnderLegalProtection { get; set; }

    public string Facts { get; set; } = "[]";

    public string ConsentReferences { get; set; } = "[]";

    public string Pack { get; set; } = string.Empty;

    public string PackVersion { get; set; } = string.Empty;

    public string Policy { get; set; } = string.Empty;
}
