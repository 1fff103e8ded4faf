using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Domain.Admissibility;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Reporting.LiaisonSheets;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Intervention.Reporting.Documents;

/// <summary>
/// The documents' JSON Schemas (draft 2020-12), one per document and language (fr, fr-CA, en), built from
/// <see cref="JsonSchemaExporter"/> and enriched: <c>$schema</c>, versioned <c>$id</c>, <c>title</c> and <c>description</c> on every
/// property, enums as <c>oneOf: [{const, title}]</c>, <c>format</c> (date, date-time, email, uuid), the lengths and counts the
/// validators check, and the conditional requirements as <c>allOf: [{if, then}]</c>.
/// </summary>
/// <remarks>
/// The schema and the document's validator give the same verdict on every document, except for the rules a schema cannot state
/// (a card's next review one year after the last; a review overdue on a date), which only the validators check. A property that
/// is not nullable is required; an optional property is omitted, never <c>null</c>.
/// </remarks>
public static class DocumentSchemas
{
    /// <summary>The draft of JSON Schema the schemas follow.</summary>
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    internal const int ShortText = 200;
    internal const int LongText = 4000;
    internal const int ReasonText = 500;
    internal const string NonBlank = "\\S";
    internal const string UuidPattern = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    internal const string InstantPattern = "^(19|2[01])[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$";
    internal const string DatePattern = "^(19|2[01])[0-9]{2}-[0-9]{2}-[0-9]{2}$";

    internal static readonly string[] LanguageTags = ["fr", "fr-CA", "en"];

    private static readonly DocumentSchemaInfo[] Infos =
    [
        new(DocumentType.LiaisonSheet, "liaison-sheet", "2.0.0"),
        new(DocumentType.OfficerReferral, "officer-referral", "1.0.0"),
        new(DocumentType.SocialReferral, "quebec-social-referral", "1.0.0"),
        new(DocumentType.OfficerGuidanceCard, "quebec-officer-guidance-card", "1.0.0"),
        new(DocumentType.ChildAtRiskReport, "crip-information-preoccupante", "2.0.0"),
    ];

    private static readonly JsonSerializerOptions Json = CreateOptions();

    /// <summary>Gets the published languages: <c>fr</c>, <c>fr-CA</c> and <c>en</c>.</summary>
    public static IReadOnlyList<string> Languages { get; } = Array.AsReadOnly(LanguageTags);

    /// <summary>Gets every document's schema identity.</summary>
    public static IReadOnlyList<DocumentSchemaInfo> All { get; } = Array.AsReadOnly(Infos);

    /// <summary>Gets the serializer options of the documents (read-only): camelCase, enums by name, NodaTime in ISO form, unknown
    /// properties refused, required properties enforced, optional ones omitted when absent.</summary>
    public static JsonSerializerOptions SerializerOptions => Json;

    /// <summary>Returns the identity of a document's schema.</summary>
    /// <param name="type">The document.</param>
    /// <returns>Its identity.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The type is not defined.</exception>
    public static DocumentSchemaInfo Info(DocumentType type) =>
        Array.Find(Infos, i => i.Type == type) ?? throw new ArgumentOutOfRangeException(nameof(type), type, "Not a document type.");

    /// <summary>Returns the CLR type of a document's JSON form.</summary>
    /// <param name="type">The document.</param>
    /// <returns>The type (for example <see cref="LiaisonSheetJson"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The type is not defined.</exception>
    public static Type ClrType(DocumentType type) => type switch
    {
        DocumentType.LiaisonSheet => typeof(LiaisonSheetJson),
        DocumentType.OfficerReferral => typeof(OfficerReferralJson),
        DocumentType.SocialReferral => typeof(SocialReferralJson),
        DocumentType.OfficerGuidanceCard => typeof(OfficerGuidanceCardJson),
        DocumentType.ChildAtRiskReport => typeof(ChildAtRiskReportJson),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a document type."),
    };

    /// <summary>Exports a document's schema in a language.</summary>
    /// <param name="type">The document.</param>
    /// <param name="language"><c>fr</c>, <c>fr-CA</c> or <c>en</c>.</param>
    /// <returns>A new schema object (the caller may change it).</returns>
    /// <exception cref="ArgumentException">The language is not published.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The type is not defined.</exception>
    public static JsonObject Export(DocumentType type, string language)
    {
        var info = Info(type);
        var id = info.SchemaId(language);
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Transform(context, node, language),
        };
        var generated = (JsonObject)Json.GetTypeInfo(ClrType(type)).GetJsonSchemaAsNode(exporter);
        Inline(generated, generated);
        var schema = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = id,
        };
        var (title, description) = DocumentTexts.For(info.Name, string.Empty, language);
        schema["title"] = title;
        schema["description"] = description;
        foreach (var property in generated.ToArray())
        {
            generated.Remove(property.Key);
            schema[property.Key] = property.Value;
        }

        Annotate(schema, info.Name, string.Empty, language);
        ((JsonObject)schema["properties"]!)["schemaId"] = Titled(new JsonObject { ["const"] = info.CanonicalId }, info.Name, "schemaId", language);
        DocumentConstraints.Apply(type, schema, language);
        return schema;
    }

    /// <summary>Exports a document's schema in a language, as indented JSON text.</summary>
    /// <param name="type">The document.</param>
    /// <param name="language"><c>fr</c>, <c>fr-CA</c> or <c>en</c>.</param>
    /// <returns>The schema's text.</returns>
    /// <exception cref="ArgumentException">The language is not published.</exception>
    public static string ExportText(DocumentType type, string language) =>
        Export(type, language).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            RespectNullableAnnotations = true,
            PropertyNameCaseInsensitive = false,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = DocumentJsonContext.Default.WithAddedModifier(RequireNonNullable),
        };
        options.Converters.Add(NodaConverters.LocalDateConverter);
        options.Converters.Add(NodaConverters.InstantConverter);
        options.Converters.Add(new ExactEnumConverter<LiaisonSheetState>());
        options.Converters.Add(new ExactEnumConverter<PartnerKind>());
        options.Converters.Add(new ExactEnumConverter<OrientationReason>());
        options.Converters.Add(new ExactEnumConverter<SituationKind>());
        options.Converters.Add(new ExactEnumConverter<PartyRole>());
        options.Converters.Add(new ExactEnumConverter<AgeGroup>());
        options.Converters.Add(new ExactEnumConverter<DisclosureOutcome>());
        options.Converters.Add(new ExactEnumConverter<DataCategory>());
        options.Converters.Add(new ExactEnumConverter<ReferrerKind>());
        options.Converters.Add(new ExactEnumConverter<AdmissibilityCriterion>());
        options.Converters.Add(new ExactEnumConverter<ToleranceLevel>());
        options.Converters.Add(new ExactEnumConverter<RecommendedRelease>());
        options.Converters.Add(new ExactEnumConverter<ConsentPurpose>());
        options.Converters.Add(new ExactEnumConverter<ConsentGiver>());
        options.Converters.Add(new ExactEnumConverter<ConsentForm>());
        options.MakeReadOnly();
        return options;
    }

    // One rule for every document: a property that is not nullable is required; a nullable one is optional.
    private static void RequireNonNullable(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            var nullableValue = Nullable.GetUnderlyingType(property.PropertyType) is not null;
            property.IsRequired = !nullableValue && (property.PropertyType.IsValueType || !property.IsSetNullable);
        }
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode node, string language)
    {
        if (Scalar(context.TypeInfo.Type, language) is { } scalar)
        {
            return scalar;
        }

        // A list of values written by a custom converter gets no "items" from the exporter.
        if (context.TypeInfo.Kind == JsonTypeInfoKind.Enumerable && node is JsonObject list && context.TypeInfo.ElementType is { } element
            && Scalar(element, language) is { } items)
        {
            list["items"] = items;
        }

        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && node is JsonObject shape && shape.ContainsKey("properties"))
        {
            // The exporter takes every constructor parameter for required; the documents' rule is the serializer's (IsRequired).
            var required = context.TypeInfo.Properties.Where(p => p.IsRequired).Select(p => (JsonNode)p.Name!).ToArray();
            shape.Remove("required");
            if (required.Length > 0)
            {
                shape["required"] = new JsonArray(required);
            }
        }

        if (node is JsonObject obj && obj["type"] is JsonArray types)
        {
            // Optional values are omitted, never null.
            var kept = types.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToArray();
            obj["type"] = kept.Length == 1 ? kept[0] : new JsonArray(kept.Select(k => (JsonNode)k!).ToArray());
        }

        return node;
    }

    // Values written by custom converters (NodaTime, identifiers, enums by exact name), which the exporter leaves open.
    private static JsonObject? Scalar(Type declared, string language)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (type == typeof(LocalDate))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = DatePattern };
        }

        if (type == typeof(Instant))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "date-time", ["pattern"] = InstantPattern };
        }

        if (type == typeof(Guid))
        {
            return new JsonObject
            {
                ["type"] = "string",
                ["format"] = "uuid",
                ["pattern"] = UuidPattern,
                ["not"] = new JsonObject { ["const"] = Guid.Empty.ToString() },
            };
        }

        if (type.IsEnum)
        {
            var values = new JsonArray();
            foreach (var name in Enum.GetNames(type))
            {
                values.Add((JsonNode)new JsonObject { ["const"] = name, ["title"] = DocumentLabels.Title(type, name, language) });
            }

            return new JsonObject { ["type"] = "string", ["oneOf"] = values };
        }

        return null;
    }

    // The exporter writes a type met twice (minors and parents) once and points to it with "$ref"; each field gets its own copy,
    // so that it carries its own title and constraints (the documents have no recursive type).
    private static void Inline(JsonNode node, JsonObject root)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, value) in obj.ToArray())
            {
                if (value is JsonObject child && child["$ref"] is JsonValue reference)
                {
                    var target = reference.GetValue<string>().TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries)
                        .Aggregate((JsonNode)root, (current, segment) => current[segment]!);
                    obj[name] = target.DeepClone();
                }

                if (obj[name] is { } replaced)
                {
                    Inline(replaced, root);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                if (item is not null)
                {
                    Inline(item, root);
                }
            }
        }
    }

    // Adds the title and description of every property, recursively (through items too).
    private static void Annotate(JsonObject schema, string document, string path, string language)
    {
        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (name, value) in properties)
            {
                var child = path.Length == 0 ? name : $"{path}.{name}";
                if (value is JsonObject property)
                {
                    Titled(property, document, child, language);
                    Annotate(property, document, child, language);
                }
            }
        }

        if (schema["items"] is JsonObject items)
        {
            Annotate(items, document, path, language);
        }
    }

    private static JsonObject Titled(JsonObject property, string document, string path, string language)
    {
        var (title, description) = DocumentTexts.For(document, path, language);
        property.Insert(0, "title", title);
        property.Insert(1, "description", description);
        return property;
    }
}
