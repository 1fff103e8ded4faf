using System;

namespace Intervention.EntityFrameworkCore;

/// <summary>A stored row could not be read back: its content is not what this package wrote (changed outside it, or by a newer version).</summary>
public sealed class StoredDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="table">The table.</param>
    /// <param name="key">The row's key.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The error met while reading, if any.</param>
    public StoredDataException(string table, string key, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Table = table;
        Key = key;
    }

    /// <summary>Gets the table.</summary>
    public string Table { get; }

    /// <summary>Gets the row's key.</summary>
    public string Key { get; }
}
