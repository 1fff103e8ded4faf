using System;
using System.Linq;
using System.Text.Json.Nodes;
using Intervention.Confidentiality.Disclosure;
using Intervention.Domain.Admissibility;
using Intervention.Domain.Cases;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using Intervention.Reporting.LiaisonSheets;

namespace Intervention.Reporting.Documents;

/// <summary>
/// The constraints the exporter adds to the generated schemas: lengths, counts, allowed values and conditional requirements.
/// Each one has its twin in the document's validator (<see cref="LiaisonSheetJsonValidator"/> and its siblings); the cross-validation tests hold them together.
/// </summary>
internal static class DocumentConstraints
{
    internal static readonly DisclosureOutcome[] PublishingOutcomes =
        [DisclosureOutcome.MayDiscloseWithConsent, DisclosureOutcome.MayDiscloseByLaw, DisclosureOutcome.MustActByLaw, DisclosureOutcome.RequiredByServicePolicy];

    internal static readonly ReferrerKind[] QuebecSources = [ReferrerKind.Officer, ReferrerKind.EmergencyDispatcher, ReferrerKind.Partner];

    internal static SituationKind[] QuebecSituations => ServiceProfile.QuebecPolicePsychosocialCoordination.Situations.Order().ToArray();

    internal static void Apply(DocumentType type, JsonObject schema, string language)
    {
        switch (type)
        {
            case DocumentType.LiaisonSheet:
                Contact(schema, "sender");
                Text(schema, "person/familyName", DocumentSchemas.ShortText);
                Text(schema, "person/givenNames", DocumentSchemas.ShortText);
                Text(schema, "person/phone", DocumentSchemas.ShortText);
                Text(schema, "person/address", DocumentSchemas.ShortText);
                Items(schema, "reasons", min: 1, unique: true);
                Text(schema, "details", DocumentSchemas.LongText);
                Items(schema, "problems", unique: true);
                Decision(schema);
                Text(schema, "declineReason", DocumentSchemas.LongText);
                Text(schema, "feedback", DocumentSchemas.LongText);
                var validated = new[] { "ValidatedWithPerson", "Sent", "Accepted", "Declined", "Closed" };
                Conditions(
                    schema,
                    [
                    When(StatusIn(validated), Required("validatedWithPersonAt")),
                    When(StatusIn(validated[1..]), Required("sentAt")),
                    When(StatusIn(validated[2..]), Required("answeredAt")),
                    When(StatusIn("Declined"), Required("declineReason")),
                    When(StatusIn("Closed"), Required("feedback", "closedAt")),
                    When(
                        new JsonObject { ["required"] = Names("problems"), ["properties"] = new JsonObject { ["problems"] = Contains(new JsonObject { ["const"] = nameof(SituationKind.ChildAtRisk) }) } },
                        new JsonObject { ["not"] = new JsonObject() }),
                    When(Present("person"), Allows(DataCategory.Identity)),
                    When(
                        new JsonObject
                        {
                            ["required"] = Names("person"),
                            ["properties"] = new JsonObject { ["person"] = new JsonObject { ["anyOf"] = new JsonArray(Required("phone"), Required("address")) } },
                        },
                        Allows(DataCategory.ContactDetails)),
                    .. ConsentIffOutcome(),
                    When(Present("details"), Allows(DataCategory.SituationDetails)),
                    When(Present("problems"), Allows(DataCategory.SituationSummary)),
                    When(Present("profile"), Allows(DataCategory.FamilyContext)),
                    ]);
                break;

            case DocumentType.OfficerReferral:
                Text(schema, "unit", DocumentSchemas.ShortText);
                Items(schema, "situations", min: 1, unique: true);
                Conditions(schema, When(new JsonObject { ["not"] = Required("birthDate") }, Required("declaredAgeGroup")));
                break;

            case DocumentType.SocialReferral:
                Restrict(At(schema, "source"), QuebecSources.Select(s => s.ToString()));
                Items(schema, "situations", min: 1, unique: true);
                Restrict((JsonObject)At(schema, "situations")["items"]!, QuebecSituations.Select(s => s.ToString()));
                Items(schema, "findings", min: 5, max: 5);
                Text(schema, "findings/reason", DocumentSchemas.ReasonText);
                Conditions(
                    schema,
                    [
                        When(new JsonObject { ["properties"] = new JsonObject { ["source"] = new JsonObject { ["const"] = nameof(ReferrerKind.Partner) } } }, Required("partner")),
                        .. Enum.GetNames<AdmissibilityCriterion>().Select(c => new JsonObject
                        {
                            ["properties"] = new JsonObject { ["findings"] = Contains(new JsonObject { ["properties"] = new JsonObject { ["criterion"] = new JsonObject { ["const"] = c } } }) },
                        }),
                        new JsonObject
                        {
                            ["properties"] = new JsonObject { ["findings"] = Contains(new JsonObject { ["properties"] = new JsonObject { ["met"] = new JsonObject { ["const"] = true } } }) },
                        },
                    ]);
                break;

            case DocumentType.OfficerGuidanceCard:
                Text(schema, "particulars", DocumentSchemas.LongText);
                Items(schema, "toFavour", min: 1);
                ItemText(schema, "toFavour", DocumentSchemas.LongText);
                ItemText(schema, "toAvoid", DocumentSchemas.LongText);
                Text(schema, "toCall/name", DocumentSchemas.ShortText);
                Text(schema, "toCall/role", DocumentSchemas.ShortText);
                Text(schema, "toCall/phone", DocumentSchemas.ShortText);
                break;

            case DocumentType.ChildAtRiskReport:
                Contact(schema, "author");
                foreach (var people in new[] { "minors", "parents" })
                {
                    Text(schema, $"{people}/familyName", DocumentSchemas.ShortText);
                    Text(schema, $"{people}/givenNames", DocumentSchemas.ShortText);
                    Text(schema, $"{people}/address", DocumentSchemas.ShortText);
                }

                Items(schema, "facts", min: 1);
                Text(schema, "facts/description", DocumentSchemas.LongText);
                Text(schema, "facts/childWords", DocumentSchemas.LongText);
                Text(schema, "familyContext", DocumentSchemas.LongText);
                Text(schema, "parentsNotInformedReason", DocumentSchemas.LongText);
                Decision(schema);
                Conditions(
                    schema,
                    [
                    When(new JsonObject { ["properties"] = new JsonObject { ["parentsInformedBeforehand"] = new JsonObject { ["const"] = false } } }, Required("parentsNotInformedReason")),
                    .. ConsentIffOutcome(),
                    new JsonObject
                    {
                        ["if"] = Allows(DataCategory.Identity),
                        ["then"] = new JsonObject { ["properties"] = new JsonObject { ["minors"] = new JsonObject { ["minItems"] = 1 } } },
                        ["else"] = new JsonObject
                        {
                            ["properties"] = new JsonObject { ["minors"] = new JsonObject { ["maxItems"] = 0 }, ["parents"] = new JsonObject { ["maxItems"] = 0 } },
                        },
                    },
                    ]);
                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "Not a document type.");
        }
    }

    private static void Contact(JsonObject schema, string path)
    {
        Text(schema, $"{path}/name", DocumentSchemas.ShortText);
        Text(schema, $"{path}/service", DocumentSchemas.ShortText);
        Text(schema, $"{path}/phone", DocumentSchemas.ShortText);
        var email = At(schema, $"{path}/email");
        email["format"] = "email";
        email["maxLength"] = DocumentSchemas.ShortText;
    }

    private static void Decision(JsonObject schema)
    {
        Restrict(At(schema, "decision/outcome"), PublishingOutcomes.Select(o => o.ToString()));
        Items(schema, "decision/bases", min: 1);
        ItemText(schema, "decision/bases", DocumentSchemas.ShortText);
        Items(schema, "decision/allowedData", min: 1, unique: true);
    }

    // The decision cites a consent exactly when it rests on one (the validators' DocumentCodes.ConsentCitation): two conditions at the
    // document's level, as the others are, so that form renderers that fill subschemas from "else" branches meet none.
    private static JsonObject[] ConsentIffOutcome()
    {
        static JsonObject OnDecision(JsonObject decision) => new() { ["properties"] = new JsonObject { ["decision"] = decision } };
        // The condition names the outcome as required, so that it holds only once an outcome is chosen (a form renderer evaluates it
        // on a half-filled form too).
        JsonObject WithConsent() => OnDecision(new JsonObject
        {
            ["required"] = Names("outcome"),
            ["properties"] = new JsonObject { ["outcome"] = new JsonObject { ["const"] = nameof(DisclosureOutcome.MayDiscloseWithConsent) } },
        });
        return [When(WithConsent(), OnDecision(Required("consent"))), When(OnDecision(Required("consent")), WithConsent())];
    }

    // Walks property names, stepping through array items.
    private static JsonObject At(JsonObject schema, string path)
    {
        var node = schema;
        foreach (var name in path.Split('/'))
        {
            if (node["items"] is JsonObject items)
            {
                node = items;
            }

            node = (JsonObject)node["properties"]![name]!;
        }

        return node;
    }

    private static void Text(JsonObject schema, string path, int maxLength)
    {
        var node = At(schema, path);
        node["pattern"] = DocumentSchemas.NonBlank;
        node["maxLength"] = maxLength;
    }

    private static void ItemText(JsonObject schema, string path, int maxLength)
    {
        var items = (JsonObject)At(schema, path)["items"]!;
        items["pattern"] = DocumentSchemas.NonBlank;
        items["maxLength"] = maxLength;
    }

    private static void Items(JsonObject schema, string path, int? min = null, int? max = null, bool unique = false)
    {
        var node = At(schema, path);
        if (min is { } low)
        {
            node["minItems"] = low;
        }

        if (max is { } high)
        {
            node["maxItems"] = high;
        }

        if (unique)
        {
            node["uniqueItems"] = true;
        }
    }

    private static void Restrict(JsonObject node, System.Collections.Generic.IEnumerable<string> allowed)
    {
        var keep = allowed.ToHashSet(StringComparer.Ordinal);
        var values = (JsonArray)node["oneOf"]!;
        node["oneOf"] = new JsonArray(values.Where(v => keep.Contains(v!["const"]!.GetValue<string>())).Select(v => v!.DeepClone()).ToArray());
    }

    private static void Conditions(JsonObject schema, params JsonObject[] conditions) =>
        schema["allOf"] = new JsonArray(conditions.Select(c => (JsonNode)c).ToArray());

    private static JsonObject When(JsonObject condition, JsonObject then) => new() { ["if"] = condition, ["then"] = then };

    private static JsonObject Required(params string[] names) => new() { ["required"] = Names(names) };

    private static JsonObject Present(string name) => Required(name);

    private static JsonArray Names(params string[] names) => new(names.Select(n => (JsonNode)n!).ToArray());

    private static JsonObject Contains(JsonObject item) => new() { ["contains"] = item };

    private static JsonObject StatusIn(params string[] states) =>
        new() { ["properties"] = new JsonObject { ["status"] = new JsonObject { ["enum"] = Names(states) } } };

    private static JsonObject Allows(DataCategory category) =>
        new()
        {
            ["properties"] = new JsonObject
            {
                ["decision"] = new JsonObject
                {
                    ["properties"] = new JsonObject { ["allowedData"] = Contains(new JsonObject { ["const"] = category.ToString() }) },
                },
            },
        };
}
