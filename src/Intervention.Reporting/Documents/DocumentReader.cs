using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using FluentValidation.Results;
using Intervention.Reporting.LiaisonSheets;
using NodaTime;

namespace Intervention.Reporting.Documents;

/// <summary>The answer of <see cref="DocumentReader.Read(DocumentType, string, CultureInfo, LocalDate?)"/>: the document when it could be read, and every problem found.</summary>
/// <param name="Type">The document type asked for.</param>
/// <param name="Document">The document (a <see cref="LiaisonSheetJson"/>, <see cref="SocialReferralJson"/>…), when the JSON could be read.</param>
/// <param name="Problems">The problems, with JSON paths (<c>sender.email</c>, <c>findings[2].reason</c>); empty when valid.</param>
public sealed record DocumentCheck(DocumentType Type, object? Document, IReadOnlyList<DocumentProblem> Problems)
{
    /// <summary>Gets whether the document was read and has no error.</summary>
    public bool IsValid => Document is not null && Problems.All(p => p.Severity != Severity.Error);

    /// <inheritdoc />
    public bool Equals(DocumentCheck? other) => other is not null && Type == other.Type && Equals(Document, other.Document) && Problems.SequenceEqual(other.Problems);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, Problems.Count);
}

/// <summary>
/// Reads, validates and writes the documents' JSON: what a host's endpoint does with a submitted document. Reading never throws on
/// bad input: unreadable JSON, a <c>null</c>, an unknown property or code comes back as a <see cref="DocumentProblem"/> with its path.
/// </summary>
public static class DocumentReader
{
    /// <summary>Reads and validates a document.</summary>
    /// <param name="type">The document expected.</param>
    /// <param name="json">The JSON text.</param>
    /// <param name="culture">The language of the messages (French for <c>fr</c> and its regions, English otherwise).</param>
    /// <param name="asOf">The date, for the checks that depend on it (a guidance card's review, R36); null to skip them.</param>
    /// <returns>The document and its problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="culture"/> is null.</exception>
    public static DocumentCheck Read(DocumentType type, string json, CultureInfo culture, LocalDate? asOf = null) => Read(type, json, culture, DocumentMoment.From(asOf));

    /// <summary>Reads and validates a document at an instant: nothing it records may be after it.</summary>
    /// <param name="type">The document expected.</param>
    /// <param name="json">The JSON text.</param>
    /// <param name="culture">The language of the messages (French for <c>fr</c> and its regions, English otherwise).</param>
    /// <param name="asOf">The instant of the check, from the host's clock.</param>
    /// <returns>The document and its problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="culture"/> is null.</exception>
    public static DocumentCheck Read(DocumentType type, string json, CultureInfo culture, Instant asOf) => Read(type, json, culture, DocumentMoment.From(asOf));

    private static DocumentCheck Read(DocumentType type, string json, CultureInfo culture, DocumentMoment? asOf)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(culture);
        var clrType = DocumentSchemas.ClrType(type);
        if (LiaisonSheets.Texts.FirstLoneSurrogate(json) is { } offset)
        {
            return new DocumentCheck(type, null, [Problem("$", DocumentCodes.InvalidText, culture, offset)]);
        }

        var problems = new List<DocumentProblem>();
        try
        {
            using (var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth }))
            {
                FindNulls(parsed.RootElement, "$", problems, culture);
                CheckShape(parsed.RootElement, DocumentSchemas.SerializerOptions.GetTypeInfo(clrType), "$", problems, culture);
            }

            if (problems.Count > 0)
            {
                return new DocumentCheck(type, null, problems);
            }

            var document = JsonSerializer.Deserialize(json, DocumentSchemas.SerializerOptions.GetTypeInfo(clrType));
            if (document is null)
            {
                return new DocumentCheck(type, null, [Problem("$", DocumentCodes.NullValue, culture)]);
            }

            return new DocumentCheck(type, document, Validate(document, culture, asOf));
        }
        catch (JsonException exception)
        {
            // The runtime's own text is English and names CLR types: the problem says where, in the caller's language.
            return new DocumentCheck(type, null, [Problem(exception.Path ?? "$", DocumentCodes.Malformed, culture, (exception.LineNumber ?? 0) + 1, (exception.BytePositionInLine ?? 0) + 1)]);
        }
    }

    // Deeper than any document's shape (its deepest field is three levels down), far below the parser's own limit.
    private const int MaxDepth = 16;

    // A path quotes property names; a long one is cut, so that a problem never echoes a long input whole.
    private static string Cut(string path) => LiaisonSheets.Texts.Excerpt(path, 200);

    /// <summary>Validates a document (one of the <c>…Json</c> records) with its validator.</summary>
    /// <param name="document">The document.</param>
    /// <param name="culture">The language of the messages.</param>
    /// <param name="asOf">The date, for the checks that depend on it; null to skip them.</param>
    /// <returns>The problems, with JSON paths; empty when valid.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The object is not a document.</exception>
    public static IReadOnlyList<DocumentProblem> Validate(object document, CultureInfo culture, LocalDate? asOf = null) => Validate(document, culture, DocumentMoment.From(asOf));

    /// <summary>Validates a document at an instant: nothing it records may be after it.</summary>
    /// <param name="document">The document.</param>
    /// <param name="culture">The language of the messages.</param>
    /// <param name="asOf">The instant of the check, from the host's clock.</param>
    /// <returns>The problems, with JSON paths; empty when valid.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The object is not a document.</exception>
    public static IReadOnlyList<DocumentProblem> Validate(object document, CultureInfo culture, Instant asOf) => Validate(document, culture, DocumentMoment.From(asOf));

    private static IReadOnlyList<DocumentProblem> Validate(object document, CultureInfo culture, DocumentMoment? asOf)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(culture);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            ValidationResult result = document switch
            {
                LiaisonSheetJson sheet => new LiaisonSheetJsonValidator(asOf).Validate(sheet),
                OfficerReferralJson referral => new OfficerReferralJsonValidator(asOf).Validate(referral),
                SocialReferralJson referral => new SocialReferralJsonValidator(asOf).Validate(referral),
                OfficerGuidanceCardJson card => new OfficerGuidanceCardJsonValidator(asOf).Validate(card),
                ChildAtRiskReportJson report => new ChildAtRiskReportJsonValidator(asOf).Validate(report),
                _ => throw new ArgumentException($"{document.GetType().Name} is not a document's JSON form.", nameof(document)),
            };
            return DocumentProblem.From(result).Select(p => p with { Path = JsonPath(p.Path) }).ToArray();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>Writes a document as JSON (optional fields omitted).</summary>
    /// <param name="document">The document (one of the <c>…Json</c> records).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">The object is not a document.</exception>
    public static string Write(object document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!DocumentSchemas.All.Any(i => DocumentSchemas.ClrType(i.Type) == document.GetType()))
        {
            throw new ArgumentException($"{document.GetType().Name} is not a document's JSON form.", nameof(document));
        }

        return JsonSerializer.Serialize(document, DocumentSchemas.SerializerOptions.GetTypeInfo(document.GetType()));
    }

    // FluentValidation names C# properties (Findings[2].Reason); the documents' fields are camelCase (findings[2].reason).
    private static string JsonPath(string path) =>
        string.Join('.', path.Split('.').Select(segment => segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));

    private static void FindNulls(JsonElement element, string path, List<DocumentProblem> problems, CultureInfo culture)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                problems.Add(Problem(path, DocumentCodes.NullValue, culture));
                break;
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    var name = LiaisonSheets.Texts.Excerpt(property.Name);
                    if (!seen.Add(property.Name))
                    {
                        problems.Add(Problem($"{path}.{name}", DocumentCodes.DuplicateProperty, culture, name));
                    }

                    FindNulls(property.Value, $"{path}.{name}", problems, culture);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    FindNulls(item, $"{path}[{index++}]", problems, culture);
                }

                break;
        }
    }

    // Every missing required property and every unknown one, each at its path, before the serializer stops at the first.
    private static void CheckShape(JsonElement element, JsonTypeInfo type, string path, List<DocumentProblem> problems, CultureInfo culture)
    {
        if (type.Kind == JsonTypeInfoKind.Object && element.ValueKind == JsonValueKind.Object)
        {
            var known = type.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                if (known.TryGetValue(property.Name, out var info))
                {
                    CheckShape(property.Value, DocumentSchemas.SerializerOptions.GetTypeInfo(info.PropertyType), $"{path}.{property.Name}", problems, culture);
                }
                else
                {
                    var name = LiaisonSheets.Texts.Excerpt(property.Name);
                    problems.Add(Problem($"{path}.{name}", DocumentCodes.UnknownProperty, culture, name));
                }
            }

            foreach (var missing in type.Properties.Where(p => p.IsRequired && !element.TryGetProperty(p.Name, out _)))
            {
                problems.Add(Problem($"{path}.{missing.Name}", DocumentCodes.Required, culture));
            }
        }
        else if (type.Kind == JsonTypeInfoKind.Enumerable && element.ValueKind == JsonValueKind.Array && type.ElementType is { } elementType)
        {
            var items = DocumentSchemas.SerializerOptions.GetTypeInfo(elementType);
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                CheckShape(item, items, $"{path}[{index++}]", problems, culture);
            }
        }
    }

    private static DocumentProblem Problem(string path, string code, CultureInfo culture, params object?[] arguments) =>
        new(
            path == "$" ? string.Empty : path.StartsWith("$.", StringComparison.Ordinal) ? Cut(path[2..]) : Cut(path),
            code,
            Severity.Error,
            arguments.Select((a, i) => (Key: i.ToString(CultureInfo.InvariantCulture), Value: a)).ToDictionary(p => p.Key, p => p.Value),
            DocumentCodes.Message(code, culture, arguments));
}
