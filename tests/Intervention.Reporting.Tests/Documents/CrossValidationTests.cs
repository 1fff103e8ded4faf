using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intervention.Reporting.Documents;

namespace Intervention.Reporting.Tests.Documents;

/// <summary>
/// The exported schemas and our validators are one contract: AJV (draft 2020-12, the integrators' validator) and
/// <see cref="DocumentReader"/> give the same verdict on every document, valid or not, in every language.
/// </summary>
public sealed class CrossValidationTests(Ajv ajv) : IClassFixture<Ajv>
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [Property(Arbitrary = [typeof(DocumentGenerators)], MaxTest = 3000)]
    public Property AJV_and_our_validators_agree_on_every_document(DocumentCase document, byte languageSeed)
    {
        var language = DocumentSchemas.Languages[languageSeed % DocumentSchemas.Languages.Count];
        var theirs = ajv.Validate(DocumentSchemas.Info(document.Type).SchemaId(language), document.Json);
        var ours = DocumentReader.Read(document.Type, document.Json, French);
        var oursOnSchemaRules = ours.Document is not null && ours.Problems.All(p => DocumentCodes.NotExpressibleInSchema.Contains(p.Code));
        return (theirs.Valid == oursOnSchemaRules).Label(
            $"AJV {(theirs.Valid ? "accepts" : $"refuses ({theirs.Errors})")}; ours {(ours.IsValid ? "accepts" : $"refuses ({string.Join("; ", ours.Problems.Select(p => $"{p.Path} {p.Code}"))})")}");
    }

    [Fact]
    [Trait("Rule", "R36")]
    public void R36_the_rules_no_schema_can_state_are_the_validators_alone_and_named()
    {
        var card = (OfficerGuidanceCardJson)Gen.Sample(DocumentGenerators.Valid(DocumentType.OfficerGuidanceCard), 1).Single();
        var shifted = DocumentReader.Write(card with { NextReviewDue = card.NextReviewDue.PlusDays(1) });

        Assert.True(ajv.Validate(DocumentSchemas.Info(DocumentType.OfficerGuidanceCard).SchemaId("fr-CA"), shifted).Valid);
        Assert.Equal([DocumentCodes.NextReviewMismatch], DocumentReader.Read(DocumentType.OfficerGuidanceCard, shifted, French).Problems.Select(p => p.Code));
        var overdue = DocumentReader.Read(DocumentType.OfficerGuidanceCard, DocumentReader.Write(card), French, asOf: card.NextReviewDue.PlusDays(1));
        Assert.Equal([Intervention.Reporting.LiaisonSheets.OfficerGuidanceCardValidator.ReviewOverdue], overdue.Problems.Select(p => p.Code));
        Assert.Empty(DocumentReader.Read(DocumentType.OfficerGuidanceCard, DocumentReader.Write(card), French, asOf: card.NextReviewDue).Problems);
    }

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in System.IO.Directory.GetFiles(ExampleFolder, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(System.IO.Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_document_gets_its_expected_verdict_from_AJV_in_every_language_and_from_our_validators(string file)
    {
        // <schema name>.<valid|invalid>.<what>.json
        var parts = file.Split('.');
        var type = DocumentSchemas.All.Single(i => i.Name == parts[0]).Type;
        var expected = parts[1] switch { "valid" => true, "invalid" => false, _ => throw new InvalidOperationException(file) };
        var json = System.IO.File.ReadAllText(System.IO.Path.Combine(ExampleFolder, file));

        var ours = DocumentReader.Read(type, json, French);

        Assert.True(expected == ours.IsValid, $"ours: {string.Join("; ", ours.Problems.Select(p => $"{p.Path} {p.Code}"))}");
        Assert.All(DocumentSchemas.Languages, language =>
        {
            var theirs = ajv.Validate(DocumentSchemas.Info(type).SchemaId(language), json);
            Assert.True(expected == theirs.Valid, $"AJV ({language}): {theirs.Errors}");
        });
    }

    [Fact]
    public void Every_document_has_a_valid_and_an_invalid_example()
    {
        var files = System.IO.Directory.GetFiles(ExampleFolder, "*.json").Select(f => System.IO.Path.GetFileName(f)).ToList();
        Assert.All(DocumentSchemas.All, info =>
        {
            Assert.Contains(files, f => f.StartsWith($"{info.Name}.valid.", StringComparison.Ordinal));
            Assert.Contains(files, f => f.StartsWith($"{info.Name}.invalid.", StringComparison.Ordinal));
        });
    }

    private static string ExampleFolder =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(Intervention.Testing.Shared.ApiApproval.TestProjectDirectory(), "..", "schema-validation", "examples"));

    [Fact]
    public void The_generated_cases_exercise_both_verdicts_and_every_document_type()
    {
        var cases = Gen.Sample(DocumentGenerators.Cases().Generator, 400);
        var verdicts = cases.Select(c => (c.Type, DocumentReader.Read(c.Type, c.Json, French).IsValid)).ToList();

        Assert.All(Enum.GetValues<DocumentType>(), t => Assert.Contains((t, true), verdicts));
        Assert.All(Enum.GetValues<DocumentType>(), t => Assert.Contains((t, false), verdicts));
    }

    [Property(MaxTest = 300)]
    public Property A_valid_document_round_trips_through_JSON_and_its_schema_accepts_it(byte typeSeed, byte languageSeed)
    {
        var types = Enum.GetValues<DocumentType>();
        var type = types[typeSeed % types.Length];
        var language = DocumentSchemas.Languages[languageSeed % DocumentSchemas.Languages.Count];
        return Prop.ForAll(DocumentGenerators.Valid(type).ToArbitrary(), document =>
        {
            var json = DocumentReader.Write(document);
            var read = DocumentReader.Read(type, json, French);
            var verdict = ajv.Validate(DocumentSchemas.Info(type).SchemaId(language), json);
            return (read.IsValid && Equals(read.Document, document) && verdict.Valid)
                .Label($"read valid {read.IsValid} ({string.Join("; ", read.Problems.Select(p => $"{p.Path} {p.Code}"))}), equal {Equals(read.Document, document)}, AJV {verdict.Valid} ({verdict.Errors}): {json}");
        });
    }
}
