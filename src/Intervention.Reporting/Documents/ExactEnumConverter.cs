using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intervention.Reporting.Documents;

/// <summary>
/// Reads and writes an enum by its exact name, as the schemas' <c>const</c> values spell it: <c>"housing"</c> or <c>"1"</c> is not
/// <c>Housing</c> (System.Text.Json's own converter ignores case, which a JSON Schema validator would not).
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class ExactEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A {typeof(TEnum).Name} is written as one of its names.");
        }

        var text = reader.GetString();
        if (text is { Length: > 0 } && char.IsAsciiLetterUpper(text[0]) && Enum.TryParse<TEnum>(text, ignoreCase: false, out var value)
            && Enum.IsDefined(value) && value.ToString() == text)
        {
            return value;
        }

        throw new JsonException($"'{text}' is not a {typeof(TEnum).Name}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        if (!Enum.IsDefined(value))
        {
            throw new JsonException($"{value} is not a defined {typeof(TEnum).Name}.");
        }

        writer.WriteStringValue(value.ToString());
    }
}
