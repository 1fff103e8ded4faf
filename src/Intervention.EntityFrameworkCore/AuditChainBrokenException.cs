using System;

namespace Intervention.EntityFrameworkCore;

/// <summary>The stored audit chain does not end as it should (its last entry was changed, or does not follow the one before):
/// <see cref="AuditStore.AppendAsync"/> appends nothing to it. Verify the whole chain (<see cref="AuditStore.VerifyAsync"/>) and
/// investigate.</summary>
public sealed class AuditChainBrokenException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sequence">The entry found wrong.</param>
    /// <param name="message">What is wrong.</param>
    public AuditChainBrokenException(long sequence, string message)
        : base(message) => Sequence = sequence;

    /// <summary>Gets the position of the entry found wrong.</summary>
    public long Sequence { get; }
}
