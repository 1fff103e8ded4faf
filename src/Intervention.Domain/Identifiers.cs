using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intervention.Domain;

/// <summary>An opaque identifier backed by a non-empty <see cref="Guid"/>, chosen by the host.</summary>
/// <typeparam name="TSelf">The identifier type.</typeparam>
/// <remarks>Identifiers are pseudonymous keys of the host's records: they never reach a statistic.</remarks>
public interface IGuidIdentifier<TSelf>
    where TSelf : struct, IGuidIdentifier<TSelf>
{
    /// <summary>Gets the underlying value.</summary>
    Guid Value { get; }

    /// <summary>Creates the identifier from its value.</summary>
    /// <param name="value">A non-empty value.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <see cref="Guid.Empty"/>.</exception>
    static abstract TSelf From(Guid value);
}

/// <summary>Writes an identifier as its GUID string and reads it back.</summary>
/// <typeparam name="T">The identifier type.</typeparam>
public sealed class GuidIdentifierJsonConverter<T> : JsonConverter<T>
    where T : struct, IGuidIdentifier<T>
{
    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !reader.TryGetGuid(out var value) || value == Guid.Empty)
        {
            throw new JsonException($"A {typeof(T).Name} must be a non-empty GUID string.");
        }

        return T.From(value);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}

/// <summary>Identifies a case.</summary>
[JsonConverter(typeof(GuidIdentifierJsonConverter<CaseId>))]
public readonly record struct CaseId : IGuidIdentifier<CaseId>
{
    private CaseId(Guid value) => Value = value;

    /// <inheritdoc />
    public Guid Value { get; }

    /// <inheritdoc />
    public static CaseId From(Guid value)
    {
        Preconditions.CheckArgument(value != Guid.Empty, nameof(value), "An identifier must not be the empty GUID.");
        return new CaseId(value);
    }

    /// <inheritdoc />
    public override string ToString() => Value.ToString("D", CultureInfo.InvariantCulture);
}

/// <summary>Identifies a person known to the host (the key of a <see cref="People.PersonIdentity"/>).</summary>
[JsonConverter(typeof(GuidIdentifierJsonConverter<PersonId>))]
public readonly record struct PersonId : IGuidIdentifier<PersonId>
{
    private PersonId(Guid value) => Value = value;

    /// <inheritdoc />
    public Guid Value { get; }

    /// <inheritdoc />
    public static PersonId From(Guid value)
    {
        Preconditions.CheckArgument(value != Guid.Empty, nameof(value), "An identifier must not be the empty GUID.");
        return new PersonId(value);
    }

    /// <inheritdoc />
    public override string ToString() => Value.ToString("D", CultureInfo.InvariantCulture);
}

/// <summary>Identifies a post: one social-worker position in a police station, gendarmerie unit or service.</summary>
[JsonConverter(typeof(GuidIdentifierJsonConverter<PostId>))]
public readonly record struct PostId : IGuidIdentifier<PostId>
{
    private PostId(Guid value) => Value = value;

    /// <inheritdoc />
    public Guid Value { get; }

    /// <inheritdoc />
    public static PostId From(Guid value)
    {
        Preconditions.CheckArgument(value != Guid.Empty, nameof(value), "An identifier must not be the empty GUID.");
        return new PostId(value);
    }

    /// <inheritdoc />
    public override string ToString() => Value.ToString("D", CultureInfo.InvariantCulture);
}

/// <summary>Identifies a household (ménage), so that a post can tell when it already works with it (R27).</summary>
[JsonConverter(typeof(GuidIdentifierJsonConverter<HouseholdId>))]
public readonly record struct HouseholdId : IGuidIdentifier<HouseholdId>
{
    private HouseholdId(Guid value) => Value = value;

    /// <inheritdoc />
    public Guid Value { get; }

    /// <inheritdoc />
    public static HouseholdId From(Guid value)
    {
        Preconditions.CheckArgument(value != Guid.Empty, nameof(value), "An identifier must not be the empty GUID.");
        return new HouseholdId(value);
    }

    /// <inheritdoc />
    public override string ToString() => Value.ToString("D", CultureInfo.InvariantCulture);
}

/// <summary>Identifies a worker (one of the professionals who may share a post).</summary>
[JsonConverter(typeof(GuidIdentifierJsonConverter<WorkerId>))]
public readonly record struct WorkerId : IGuidIdentifier<WorkerId>
{
    private WorkerId(Guid value) => Value = value;

    /// <inheritdoc />
    public Guid Value { get; }

    /// <inheritdoc />
    public static WorkerId From(Guid value)
    {
        Preconditions.CheckArgument(value != Guid.Empty, nameof(value), "An identifier must not be the empty GUID.");
        return new WorkerId(value);
    }

    /// <inheritdoc />
    public override string ToString() => Value.ToString("D", CultureInfo.InvariantCulture);
}
