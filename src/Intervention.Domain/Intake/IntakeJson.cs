using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FluentValidation.Results;
using Intervention.Domain.Localization;
using Intervention.Domain.Serialization;

namespace Intervention.Domain.Intake;

/// <summary>The answer of reading an intake request from JSON: the request, when it could be read, or every problem found.</summary>
/// <typeparam name="T">The request type.</typeparam>
/// <param name="Request">The request, when read.</param>
/// <param name="Problems">The problems, each with its JSON path (<c>participants[0].birthDate</c>), a code of <see cref="DomainCodes"/> and a
/// message in the language asked for; empty when read.</param>
public sealed record IntakeRead<T>(T? Request, ValidationResult Problems)
    where T : class
{
    /// <summary>Gets whether the request was read.</summary>
    public bool IsRead => Request is not null;
}

/// <summary>
/// Reads the intake requests (<see cref="OpenCaseRequest"/>, <see cref="CaseStepRequest"/>, <see cref="PersonIdentityRequest"/>) from JSON
/// as a form or an API sends them. Reading never throws on bad input: text that is not Unicode, JSON that is not JSON or too deep, a
/// duplicate or unknown property, a value of the wrong type comes back as a problem at its JSON path, in the language asked for,
/// quoting at most a short excerpt of the input. Validation of the request read is the validator's (see <see cref="CaseIntake.Open(string, CultureInfo, IEnumerable{Services.HouseholdEngagement}?)"/>).
/// </summary>
public static class IntakeJson
{
    // Deeper than any request's shape, far below the parser's own limit.
    private const int MaxDepth = 16;

    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>Reads a request to open a case.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="culture">The language of the messages (French for <c>fr</c> and its regions, English otherwise).</param>
    /// <returns>The request, or the problems.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IntakeRead<OpenCaseRequest> ReadOpenCaseRequest(string json, CultureInfo culture) => Read(json, culture, IntakeJsonContext.Default.OpenCaseRequest);

    /// <summary>Reads a lifecycle step.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="culture">The language of the messages.</param>
    /// <returns>The request, or the problems.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IntakeRead<CaseStepRequest> ReadCaseStepRequest(string json, CultureInfo culture) => Read(json, culture, IntakeJsonContext.Default.CaseStepRequest);

    /// <summary>Reads an identity.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="culture">The language of the messages.</param>
    /// <returns>The request, or the problems.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IntakeRead<PersonIdentityRequest> ReadPersonIdentityRequest(string json, CultureInfo culture) => Read(json, culture, IntakeJsonContext.Default.PersonIdentityRequest);

    /// <summary>Turns a validator's property path (<c>Participants[0].BirthDate</c>) into the JSON path of the same field (<c>participants[0].birthDate</c>).</summary>
    /// <param name="propertyPath">The path.</param>
    /// <returns>The JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="propertyPath"/> is null.</exception>
    public static string JsonPath(string propertyPath)
    {
        ArgumentNullException.ThrowIfNull(propertyPath);
        return string.Join('.', propertyPath.Split('.').Select(s => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..]));
    }

    private static IntakeRead<T> Read<T>(string json, CultureInfo culture, JsonTypeInfo<T> generated)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(culture);
        var type = (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
        if (Excerpts.FirstLoneSurrogate(json) is { } offset)
        {
            return Refused<T>(string.Empty, DomainCodes.JsonInvalidText, culture, ("Offset", offset));
        }

        try
        {
            var problems = new List<ValidationFailure>();
            using (var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth }))
            {
                FindDuplicates(parsed.RootElement, string.Empty, problems, culture);
            }

            if (problems.Count > 0)
            {
                return new IntakeRead<T>(null, new ValidationResult(problems));
            }

            var request = JsonSerializer.Deserialize(json, type);
            return request is null
                ? Refused<T>(string.Empty, DomainCodes.JsonMalformed, culture, ("Line", 1), ("Position", 1))
                : new IntakeRead<T>(request, new ValidationResult());
        }
        catch (JsonException exception)
        {
            var path = exception.Path is { } p ? Excerpts.Cut(p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : p.TrimStart('$')) : string.Empty;
            return Refused<T>(path, DomainCodes.JsonMalformed, culture, ("Line", (exception.LineNumber ?? 0) + 1), ("Position", (exception.BytePositionInLine ?? 0) + 1));
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = InterventionJson.Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = IntakeJsonContext.Default,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            MaxDepth = MaxDepth,
        });
        options.MakeReadOnly();
        return options;
    }

    private static IntakeRead<T> Refused<T>(string path, string code, CultureInfo culture, params (string Name, object? Value)[] arguments)
        where T : class
    {
        var values = arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);
        return new IntakeRead<T>(null, new ValidationResult([new ValidationFailure(path, DomainMessages.Format(code, culture, values)) { ErrorCode = code, CustomState = values }]));
    }

    private static void FindDuplicates(JsonElement element, string path, List<ValidationFailure> problems, CultureInfo culture)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                var name = Excerpts.Cut(property.Name);
                var child = path.Length == 0 ? name : $"{path}.{name}";
                if (!seen.Add(property.Name))
                {
                    var values = new Dictionary<string, object?> { ["Field"] = name };
                    problems.Add(new ValidationFailure(child, DomainMessages.Format(DomainCodes.JsonDuplicateProperty, culture, values)) { ErrorCode = DomainCodes.JsonDuplicateProperty, CustomState = values });
                }

                FindDuplicates(property.Value, child, problems, culture);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                FindDuplicates(item, $"{path}[{index++}]", problems, culture);
            }
        }
    }
}

/// <summary>Source-generated metadata of the intake requests (trimming and AOT safe).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(OpenCaseRequest))]
[JsonSerializable(typeof(CaseStepRequest))]
[JsonSerializable(typeof(PersonIdentityRequest))]
internal sealed partial class IntakeJsonContext : JsonSerializerContext;
