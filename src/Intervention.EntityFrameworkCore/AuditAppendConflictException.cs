using System;
using System.Globalization;

namespace Intervention.EntityFrameworkCore;

/// <summary>Another append took the position first (two appends raced): nothing was appended, and the append may be retried.</summary>
public sealed class AuditAppendConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sequence">The position both appends wanted.</param>
    /// <param name="innerException">The database's refusal.</param>
    public AuditAppendConflictException(long sequence, Exception innerException)
        : base(string.Create(CultureInfo.InvariantCulture, $"Audit entry {sequence} was appended by someone else first: nothing was appended; try again."), innerException) =>
        Sequence = sequence;

    /// <summary>Gets the position both appends wanted.</summary>
    public long Sequence { get; }
}
