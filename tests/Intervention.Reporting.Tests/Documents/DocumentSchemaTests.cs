using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Intervention.Reporting.Documents;
using Intervention.Reporting.LiaisonSheets;
using Intervention.Samples.LiaisonSchemas;
using Intervention.Testing.Shared;
using NodaTime;

namespace Intervention.Reporting.Tests.Documents;

public sealed class DocumentSchemaTests(Ajv ajv) : IClassFixture<Ajv>
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static TheoryData<DocumentType, string> Schemas()
    {
        var data = new TheoryData<DocumentType, string>();
        foreach (var type in Enum.GetValues<DocumentType>())
        {
            foreach (var language in DocumentSchemas.Languages)
            {
                data.Add(type, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Every_schema_is_draft_2020_12_with_a_versioned_id_and_a_title_and_description_on_every_property(DocumentType type, string language)
    {
        var schema = DocumentSchemas.Export(type, language);
        var info = DocumentSchemas.Info(type);

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.Equal($"https://schemas.intervention.dev/{info.Name}/{info.Version}/{language}", (string?)schema["$id"]);
        Assert.Equal(info.CanonicalId, (string?)schema["properties"]!["schemaId"]!["const"]);
        var properties = Properties(schema, string.Empty).ToList();
        Assert.NotEmpty(properties);
        Assert.All(properties, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)p.Schema["title"]), p.Path);
            Assert.False(string.IsNullOrWhiteSpace((string?)p.Schema["description"]), p.Path);
        });
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Enums_are_labelled_one_of_consts_and_no_bare_enum_or_ref_is_left(DocumentType type, string language)
    {
        var schema = DocumentSchemas.Export(type, language);
        var nodes = Nodes(schema).ToList();

        var choices = nodes.Where(n => n["oneOf"] is not null).SelectMany(n => n["oneOf"]!.AsArray()).ToList();
        Assert.NotEmpty(choices);
        Assert.All(choices, c => Assert.False(string.IsNullOrWhiteSpace((string?)c!["title"]), c!.ToJsonString()));
        Assert.DoesNotContain(nodes, n => n.ContainsKey("$ref"));
        Assert.DoesNotContain(nodes.Where(n => n.ContainsKey("properties") && n["properties"]!["status"]?["enum"] is null), n => n.ContainsKey("enum"));
        if (language != "en")
        {
            // French titles are French: the labels of coded values differ from their code in most cases.
            Assert.True(choices.Count(c => (string?)c!["title"] != (string?)c["const"]) > choices.Count * 0.8, "untranslated enum titles");
        }
    }

    [Fact]
    public void French_and_english_schemas_differ_only_in_their_annotations()
    {
        foreach (var type in Enum.GetValues<DocumentType>())
        {
            var french = Strip(DocumentSchemas.Export(type, "fr"));
            var english = Strip(DocumentSchemas.Export(type, "en"));
            var canadian = Strip(DocumentSchemas.Export(type, "fr-CA"));
            Assert.Equal(french, english);
            Assert.Equal(french, canadian);
        }

        Assert.Equal("Courriel", (string?)DocumentSchemas.Export(DocumentType.LiaisonSheet, "fr-CA")["properties"]!["sender"]!["properties"]!["email"]!["title"]);
        Assert.Equal("Adresse électronique", (string?)DocumentSchemas.Export(DocumentType.LiaisonSheet, "fr")["properties"]!["sender"]!["properties"]!["email"]!["title"]);
    }

    [Fact]
    public void Field_ids_are_stable_within_a_major_version()
    {
        var text = new StringBuilder();
        foreach (var info in DocumentSchemas.All)
        {
            var schema = DocumentSchemas.Export(info.Type, "en");
            text.Append(info.CanonicalId).Append('\n');
            foreach (var (path, node) in Properties(schema, string.Empty))
            {
                var required = IsRequired(schema, path) ? " (required)" : string.Empty;
                text.Append("  ").Append(path).Append(": ").Append(Describe(node)).Append(required).Append('\n');
            }
        }

        ApiApproval.VerifyText(Path.Combine("Documents", "DocumentFields"), text.ToString());
    }

    [Fact]
    public void An_unknown_language_is_refused_with_the_argument_named()
    {
        var error = Assert.Throws<ArgumentException>(() => DocumentSchemas.Export(DocumentType.LiaisonSheet, "de"));
        Assert.Equal("language", error.ParamName);
    }

    [Fact]
    [Trait("Rule", "R21")]
    public void R21_a_liaison_sheet_naming_a_child_at_risk_is_refused_by_the_schema_and_the_validator_and_points_to_the_crip()
    {
        var sample = Sample();
        var sheet = sample with
        {
            Problems = [Intervention.Domain.Cases.SituationKind.ChildAtRisk],
            Decision = sample.Decision with { AllowedData = [.. sample.Decision.AllowedData, Intervention.Confidentiality.Disclosure.DataCategory.SituationSummary] },
        };
        var json = DocumentReader.Write(sheet);

        var check = DocumentReader.Read(DocumentType.LiaisonSheet, json, French);

        Assert.False(ajv.Validate(DocumentSchemas.Info(DocumentType.LiaisonSheet).SchemaId("fr"), json).Valid);
        var problem = Assert.Single(check.Problems);
        Assert.Equal((LiaisonSheetCodes.ChildAtRiskRedirect, "problems[0]"), (problem.Code, problem.Path));
        Assert.Contains("information préoccupante", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R34")]
    public void R34_a_sheet_marked_sent_without_the_persons_validation_is_refused_with_a_french_or_english_message()
    {
        var json = DocumentReader.Write(Sample() with { ValidatedWithPersonAt = null });

        var french = DocumentReader.Read(DocumentType.LiaisonSheet, json, French);
        var english = DocumentReader.Read(DocumentType.LiaisonSheet, json, English);

        Assert.False(ajv.Validate(DocumentSchemas.Info(DocumentType.LiaisonSheet).SchemaId("en"), json).Valid);
        Assert.Equal(("validatedWithPersonAt", LiaisonSheetCodes.NotValidatedWithPerson), (french.Problems.Single().Path, french.Problems.Single().Code));
        Assert.StartsWith("La personne doit savoir", french.Problems.Single().Message, StringComparison.Ordinal);
        Assert.StartsWith("The person must know", english.Problems.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_the_decision_does_not_allow_cannot_travel_on_the_sheet()
    {
        var sheet = Sample();
        var json = DocumentReader.Write(sheet with { Decision = sheet.Decision with { AllowedData = [Intervention.Confidentiality.Disclosure.DataCategory.SituationSummary] } });

        var check = DocumentReader.Read(DocumentType.LiaisonSheet, json, English);

        Assert.False(ajv.Validate(DocumentSchemas.Info(DocumentType.LiaisonSheet).SchemaId("en"), json).Valid);
        Assert.Equal(
            [("person", DocumentCodes.NotAllowedByDecision), ("person", DocumentCodes.NotAllowedByDecision)],
            check.Problems.Select(p => (p.Path, p.Code)).ToArray());
    }

    [Fact]
    public void A_refusing_decision_is_never_cited_by_a_document()
    {
        var sheet = Sample();
        var json = DocumentReader.Write(sheet with { Decision = sheet.Decision with { Outcome = Intervention.Confidentiality.Disclosure.DisclosureOutcome.MustNotDisclose } });

        Assert.Equal(DocumentCodes.DecisionRefuses, DocumentReader.Read(DocumentType.LiaisonSheet, json, English).Problems.Single().Code);
        Assert.False(ajv.Validate(DocumentSchemas.Info(DocumentType.LiaisonSheet).SchemaId("en"), json).Valid);
    }

    [Theory]
    [InlineData("{", "")]
    [InlineData("{\"schemaId\":null}", "schemaId")]
    [InlineData("[]", "")]
    public void Unreadable_json_comes_back_as_a_problem_with_its_path_never_an_exception(string json, string path)
    {
        var check = DocumentReader.Read(DocumentType.OfficerReferral, json, English);

        Assert.False(check.IsValid);
        Assert.Null(check.Document);
        Assert.Equal(path, check.Problems[0].Path);
    }

    [Fact]
    public void An_unknown_property_or_a_code_in_the_wrong_case_is_reported_not_dropped()
    {
        var json = DocumentReader.Write(Sample());

        var extra = DocumentReader.Read(DocumentType.LiaisonSheet, json.Replace("\"partner\":", "\"extra\":1,\"partner\":", StringComparison.Ordinal), English);
        var lower = DocumentReader.Read(DocumentType.LiaisonSheet, json.Replace("\"Housing\"", "\"housing\"", StringComparison.Ordinal), English);

        Assert.Equal((DocumentCodes.UnknownProperty, "extra"), (extra.Problems.Single().Code, extra.Problems.Single().Path));
        Assert.Contains("extra", extra.Problems.Single().Message, StringComparison.Ordinal);
        Assert.Equal((DocumentCodes.Malformed, "reasons[0]"), (lower.Problems.Single().Code, lower.Problems.Single().Path));
    }

    [Fact]
    public void Every_missing_required_field_is_reported_at_its_path_and_field_names_are_case_sensitive()
    {
        var json = DocumentReader.Write(Sample()).Replace("\"sheetId\":", "\"SheetId\":", StringComparison.Ordinal).Replace("\"name\":\"Intervenante sociale\",", string.Empty, StringComparison.Ordinal);

        var check = DocumentReader.Read(DocumentType.LiaisonSheet, json, French);

        Assert.Equal(
            [("SheetId", DocumentCodes.UnknownProperty), ("sender.name", DocumentCodes.Required), ("sheetId", DocumentCodes.Required)],
            check.Problems.Select(p => (p.Path, p.Code)).OrderBy(p => p.Path, StringComparer.Ordinal).ToArray());
        Assert.False(ajv.Validate(DocumentSchemas.Info(DocumentType.LiaisonSheet).SchemaId("fr"), json).Valid);
    }

    [Fact]
    public void The_schemas_sample_writes_every_schema_and_accepts_its_sheet()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"intervention-schemas-{Guid.NewGuid():N}");
        using var output = new StringWriter();
        try
        {
            Assert.Equal(0, Program.Run(folder, output));
            Assert.Equal(15, Directory.GetFiles(folder, "*.schema.json", SearchOption.AllDirectories).Length);
            Assert.True(File.Exists(Path.Combine(folder, "liaison-sheet", "2.0.0", "fr-CA.schema.json")));
            Assert.Contains("valid: True", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("[liaison.not_validated_with_person]", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static LiaisonSheetJson Sample() => new()
    {
        SchemaId = DocumentSchemas.Info(DocumentType.LiaisonSheet).CanonicalId,
        SheetId = Guid.Parse("a1b2c3d4-e5f6-4a5b-9c8d-7e6f5a4b3c2d"),
        WrittenAt = Instant.FromUtc(2026, 3, 4, 9, 0),
        Status = LiaisonSheetState.Sent,
        Partner = Intervention.Domain.Referrals.PartnerKind.DepartmentalSocialServices,
        Sender = new SenderContact("Intervenante sociale", "Commissariat de Poitiers", null, "intervenante@example.org"),
        Person = new PersonContact("Martin", "Claire", "06 00 00 00 00", null),
        Reasons = [OrientationReason.Housing],
        Decision = new DecisionCitation(
            Intervention.Confidentiality.Disclosure.DisclosureOutcome.MayDiscloseWithConsent, ["FR-CONSENT (2026)"], new LocalDate(2026, 3, 4),
            [Intervention.Confidentiality.Disclosure.DataCategory.Identity, Intervention.Confidentiality.Disclosure.DataCategory.ContactDetails],
            new ConsentCitation(Intervention.Confidentiality.Consents.ConsentPurpose.ShareWithRecipients, Intervention.Confidentiality.Consents.ConsentGiver.Person,
                Intervention.Confidentiality.Consents.ConsentForm.SignedAuthorisation, Instant.FromUtc(2026, 3, 3, 9, 0), null)),
        ValidatedWithPersonAt = Instant.FromUtc(2026, 3, 4, 9, 10),
        SentAt = Instant.FromUtc(2026, 3, 4, 9, 15),
    };

    private static IEnumerable<(string Path, JsonObject Schema)> Properties(JsonObject schema, string path)
    {
        var target = schema["items"] as JsonObject ?? schema;
        if (target["properties"] is not JsonObject properties)
        {
            yield break;
        }

        foreach (var (name, value) in properties)
        {
            var child = path.Length == 0 ? name : $"{path}.{name}";
            yield return (child, (JsonObject)value!);
            foreach (var nested in Properties((JsonObject)value!, child))
            {
                yield return nested;
            }
        }
    }

    private static IEnumerable<JsonObject> Nodes(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            yield return obj;
            foreach (var (_, value) in obj)
            {
                if (value is not null)
                {
                    foreach (var nested in Nodes(value))
                    {
                        yield return nested;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                if (item is not null)
                {
                    foreach (var nested in Nodes(item))
                    {
                        yield return nested;
                    }
                }
            }
        }
    }

    private static bool IsRequired(JsonObject schema, string path)
    {
        var node = schema;
        var names = path.Split('.');
        for (var i = 0; i < names.Length - 1; i++)
        {
            node = (JsonObject)node["properties"]![names[i]]!;
            node = node["items"] as JsonObject ?? node;
        }

        return node["required"] is JsonArray required && required.Any(r => (string?)r == names[^1]);
    }

    private static string Describe(JsonObject node)
    {
        var type = node["type"]?.ToJsonString().Trim('"') ?? (node.ContainsKey("const") ? "const" : "any");
        var format = node["format"] is { } f ? $" {f}" : string.Empty;
        var items = node["items"] is JsonObject i ? $" of {i["type"]?.ToJsonString().Trim('"')}{(i["format"] is { } g ? $" {g}" : string.Empty)}" : string.Empty;
        return type + format + items;
    }

    private static string Strip(JsonNode node)
    {
        var copy = node.DeepClone();
        foreach (var obj in Nodes(copy).ToList())
        {
            obj.Remove("title");
            obj.Remove("description");
            obj.Remove("$id");
        }

        return copy.ToJsonString();
    }
}
