using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Intervention.Domain.Admissibility;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;

namespace Intervention.Domain.Serialization;

/// <summary>
/// A coded value submitted by a host: either one of the enum's values or, when the text received (from JSON, a form)
/// names no value, that text kept as it was so that a validator can report it. Nothing the caller gave is dropped.
/// </summary>
/// <typeparam name="TEnum">The enum of the model.</typeparam>
/// <remarks>Validators report an unknown code with <c>value.unknown</c> and the text received. A C# caller simply assigns an enum value (implicit conversion).</remarks>
[JsonConverter(typeof(CodedJsonConverterFactory))]
public readonly record struct Coded<TEnum>
    where TEnum : struct, Enum
{
    private Coded(TEnum? value, string? text)
    {
        Value = value;
        Text = text;
    }

    /// <summary>Gets the value when it is one of the enum's defined values.</summary>
    public TEnum? Value { get; }

    /// <summary>Gets the text as received (the value's name for a known value).</summary>
    public string? Text { get; }

    /// <summary>Gets whether the value is one of the enum's defined values.</summary>
    public bool IsKnown => Value.HasValue;

    /// <summary>Wraps an enum value; an undefined numeric value is kept as unknown, with its number as text.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The coded value.</returns>
    public static Coded<TEnum> Of(TEnum value) =>
        Enum.IsDefined(value) ? new Coded<TEnum>(value, value.ToString()) : new Coded<TEnum>(null, Convert.ToString(value, CultureInfo.InvariantCulture));

    /// <summary>Parses a code by name (case-insensitive) or number; unrecognised text is kept as unknown.</summary>
    /// <param name="text">The text received.</param>
    /// <returns>The coded value.</returns>
    public static Coded<TEnum> Parse(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text) && !char.IsAsciiDigit(text[0]) && text[0] != '-'
            && Enum.TryParse<TEnum>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return new Coded<TEnum>(parsed, parsed.ToString());
        }

        return new Coded<TEnum>(null, text);
    }

    /// <summary>Wraps an enum value.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Coded<TEnum>(TEnum value) => Of(value);

    /// <inheritdoc />
    public override string ToString() => Text ?? string.Empty;
}

/// <summary>Reads and writes <see cref="Coded{TEnum}"/> for the enums of the model, as the value's name.</summary>
/// <remarks>The set of enums is closed and listed here, so that no converter is built by reflection (trimming and AOT stay safe).</remarks>
public sealed class CodedJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) => Create(typeToConvert) is not null;

    /// <inheritdoc />
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        Create(typeToConvert) ?? throw new NotSupportedException($"{typeToConvert} is not a coded value of the Intervention model.");

    private static JsonConverter? Create(Type type) =>
        type == typeof(Coded<ServiceProfileKind>) ? new CodedJsonConverter<ServiceProfileKind>()
        : type == typeof(Coded<ForceKind>) ? new CodedJsonConverter<ForceKind>()
        : type == typeof(Coded<ReferralChannel>) ? new CodedJsonConverter<ReferralChannel>()
        : type == typeof(Coded<ReferrerKind>) ? new CodedJsonConverter<ReferrerKind>()
        : type == typeof(Coded<PartnerKind>) ? new CodedJsonConverter<PartnerKind>()
        : type == typeof(Coded<PartyRole>) ? new CodedJsonConverter<PartyRole>()
        : type == typeof(Coded<AgeGroup>) ? new CodedJsonConverter<AgeGroup>()
        : type == typeof(Coded<Sex>) ? new CodedJsonConverter<Sex>()
        : type == typeof(Coded<Vulnerability>) ? new CodedJsonConverter<Vulnerability>()
        : type == typeof(Coded<SituationKind>) ? new CodedJsonConverter<SituationKind>()
        : type == typeof(Coded<ActionKind>) ? new CodedJsonConverter<ActionKind>()
        : type == typeof(Coded<CaseOutcome>) ? new CodedJsonConverter<CaseOutcome>()
        : type == typeof(Coded<AdhesionGiver>) ? new CodedJsonConverter<AdhesionGiver>()
        : type == typeof(Coded<Receptivity>) ? new CodedJsonConverter<Receptivity>()
        : type == typeof(Coded<AdmissibilityCriterion>) ? new CodedJsonConverter<AdmissibilityCriterion>()
        : type == typeof(Coded<WorkerCapacity>) ? new CodedJsonConverter<WorkerCapacity>()
        : type == typeof(Coded<Jurisdiction>) ? new CodedJsonConverter<Jurisdiction>()
        : type == typeof(Coded<CaseState>) ? new CodedJsonConverter<CaseState>()
        : type == typeof(Coded<AdhesionDecision>) ? new CodedJsonConverter<AdhesionDecision>()
        : type == typeof(Coded<Intake.CaseStepKind>) ? new CodedJsonConverter<Intake.CaseStepKind>()
        : null;
}

/// <summary>Reads a <see cref="Coded{TEnum}"/> from a JSON string or number and writes it as the text received.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
public sealed class CodedJsonConverter<TEnum> : JsonConverter<Coded<TEnum>>
    where TEnum : struct, Enum
{
    /// <inheritdoc />
    public override Coded<TEnum> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => Coded<TEnum>.Parse(reader.GetString()),
        JsonTokenType.Number when reader.TryGetInt32(out var number) && Enum.GetUnderlyingType(typeof(TEnum)) == typeof(int)
            => Coded<TEnum>.Of((TEnum)Enum.ToObject(typeof(TEnum), number)),
        _ => Coded<TEnum>.Parse(JsonTokenText(ref reader)),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Coded<TEnum> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Text);
    }

    private static string JsonTokenText(ref Utf8JsonReader reader)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.GetRawText();
    }
}
