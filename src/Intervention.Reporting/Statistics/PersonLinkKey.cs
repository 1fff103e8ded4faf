using System;
using System.Buffers.Binary;
using System.Security.Cryptography;
using Intervention.Domain;

namespace Intervention.Reporting.Statistics;

/// <summary>
/// A pseudonymous key that lets a report count a person once across several records (<see cref="CountingUnit.DistinctPersons"/>,
/// R25): a keyed hash (HMAC-SHA-256, 128 bits kept) of the person's identifier under the host's secret. It is compared, never shown:
/// no member returns its value and <see cref="ToString"/> hides it, so it cannot reach a report's output.
/// </summary>
/// <remarks>Immutable. Keys made under different secrets never match: use one secret for the records of one report.</remarks>
public readonly struct PersonLinkKey : IEquatable<PersonLinkKey>
{
    private readonly ulong _high;
    private readonly ulong _low;

    internal PersonLinkKey(ulong high, ulong low)
    {
        _high = high;
        _low = low;
    }

    /// <summary>Compares two keys.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another key.</param>
    /// <returns>Whether they are the same person's under the same secret.</returns>
    public static bool operator ==(PersonLinkKey left, PersonLinkKey right) => left.Equals(right);

    /// <summary>Compares two keys.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another key.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PersonLinkKey left, PersonLinkKey right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(PersonLinkKey other) => _high == other._high && _low == other._low;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PersonLinkKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_high, _low);

    /// <summary>Returns a text that hides the key.</summary>
    /// <returns><c>PersonLinkKey(hidden)</c>.</returns>
    public override string ToString() => "PersonLinkKey(hidden)";

    // A total order, so that choosing among a person's records never depends on the order they came in.
    internal int CompareTo(PersonLinkKey other) => _high != other._high ? _high.CompareTo(other._high) : _low.CompareTo(other._low);
}

/// <summary>Makes <see cref="PersonLinkKey"/>s from person identifiers under the host's secret (HMAC-SHA-256).</summary>
/// <remarks>Immutable; holds a copy of the secret. The secret stays with the host: without it, a key cannot be linked back to a person.</remarks>
public sealed class PersonLinker
{
    /// <summary>The shortest secret accepted, in bytes.</summary>
    public const int MinimumSecretLength = 16;

    private readonly byte[] _secret;

    /// <summary>Creates a linker.</summary>
    /// <param name="secret">The host's secret, at least <see cref="MinimumSecretLength"/> bytes (from a key store, not from code).</param>
    /// <exception cref="ArgumentException">The secret is shorter than <see cref="MinimumSecretLength"/> bytes.</exception>
    public PersonLinker(ReadOnlySpan<byte> secret)
    {
        if (secret.Length < MinimumSecretLength)
        {
            throw new ArgumentException($"The secret has at least {MinimumSecretLength} bytes.", nameof(secret));
        }

        _secret = secret.ToArray();
    }

    /// <summary>Returns the key of a person.</summary>
    /// <param name="person">The person's identifier.</param>
    /// <returns>The key.</returns>
    public PersonLinkKey KeyOf(PersonId person)
    {
        Span<byte> id = stackalloc byte[16];
        person.Value.TryWriteBytes(id);
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_secret, id, hash);
        return new PersonLinkKey(BinaryPrimitives.ReadUInt64BigEndian(hash), BinaryPrimitives.ReadUInt64BigEndian(hash[8..]));
    }
}
