using System;
using System.Globalization;
using System.Linq;
using Intervention.Reporting.Documents;
using Intervention.Reporting.Statistics;
using NodaTime;

namespace Intervention.Reporting.Tests.Documents;

/// <summary>Input meant to break the reader comes back as a problem with its path and a short message, never as an exception.</summary>
public sealed class HostileDocumentTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static string Referral(string writtenOn = "2026-03-02", string extra = "") =>
        "{\"schemaId\":\"https://schemas.intervention.dev/officer-referral/1.0.0\",\"unit\":\"Brigade\",\"writtenOn\":\"" + writtenOn + "\",\"personId\":\"6f1c2a4e-0d1b-4f55-9a51-3c6f1e2d7a90\","
        + "\"role\":\"Victim\",\"declaredAgeGroup\":\"Adult\",\"situations\":[\"Precarity\"],\"personAgreesToBeContacted\":true" + extra + "}";

    [Fact]
    public void A_lone_surrogate_is_a_problem_not_an_exception()
    {
        var check = DocumentReader.Read(DocumentType.OfficerReferral, Referral(extra: ",\"x\u00e9\uD800\":1"), French);

        Assert.Equal([DocumentCodes.InvalidText], check.Problems.Select(p => p.Code));
        Assert.Null(check.Document);
    }

    [Fact]
    public void A_duplicate_key_is_refused_at_its_path_and_never_silently_wins()
    {
        var check = DocumentReader.Read(DocumentType.OfficerReferral, Referral(extra: ",\"unit\":\"Autre\""), French);

        Assert.Contains(check.Problems, p => p.Code == DocumentCodes.DuplicateProperty && p.Path == "unit");
        Assert.Null(check.Document);
    }

    [Fact]
    public void A_guidance_card_reviewed_on_the_last_day_is_out_of_range_not_an_overflow()
    {
        var json = "{\"schemaId\":\"https://schemas.intervention.dev/quebec-officer-guidance-card/1.0.0\",\"caseId\":\"6f1c2a4e-0d1b-4f55-9a51-3c6f1e2d7a90\",\"particulars\":\"x\","
            + "\"toFavour\":[\"x\"],\"toAvoid\":[],\"toCall\":[],\"tolerance\":\"High\",\"release\":\"Release\",\"lastReviewedOn\":\"9999-12-31\",\"nextReviewDue\":\"9999-12-31\",\"basedOnPoliceInterventionsOnly\":false}";

        var check = DocumentReader.Read(DocumentType.OfficerGuidanceCard, json, French, new LocalDate(2026, 3, 4));

        Assert.Contains(check.Problems, p => p.Code == DocumentCodes.DateOutOfRange && p.Path == "lastReviewedOn");
    }

    [Fact]
    public void A_huge_unknown_property_is_quoted_as_a_short_excerpt()
    {
        var name = new string('z', 1_000_000);
        var check = DocumentReader.Read(DocumentType.OfficerReferral, Referral(extra: ",\"" + name + "\":1"), French);

        var problem = Assert.Single(check.Problems);
        Assert.Equal(DocumentCodes.UnknownProperty, problem.Code);
        Assert.True(problem.Message.Length < 200 && problem.Path.Length < 250, problem.Message);
    }

    [Fact]
    public void Malformed_json_is_reported_in_the_language_asked_for_without_the_runtimes_text()
    {
        var check = DocumentReader.Read(DocumentType.OfficerReferral, Referral().Replace("\"Victim\"", "42", StringComparison.Ordinal), French);

        var problem = Assert.Single(check.Problems);
        Assert.Equal((DocumentCodes.Malformed, "role"), (problem.Code, problem.Path));
        Assert.StartsWith("Le document ne peut pas être lu à cet endroit", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void What_cannot_have_happened_is_refused()
    {
        var future = DocumentReader.Read(DocumentType.OfficerReferral, Referral(writtenOn: "2027-01-01"), French, new LocalDate(2026, 3, 4));
        var old = DocumentReader.Read(DocumentType.OfficerReferral, Referral(writtenOn: "1850-01-01"), French);
        var minor = DocumentReader.Read(DocumentType.OfficerReferral, Referral(extra: ",\"birthDate\":\"1950-01-01\"").Replace("\"Adult\"", "\"Minor\"", StringComparison.Ordinal), French);

        Assert.Equal([DocumentCodes.InTheFuture], future.Problems.Select(p => p.Code));
        Assert.Equal([DocumentCodes.DateOutOfRange], old.Problems.Select(p => p.Code));
        Assert.Equal([DocumentCodes.AgeGroupMismatch], minor.Problems.Select(p => p.Code));
    }

    [Fact]
    public void A_threshold_without_bound_is_refused_instead_of_running_for_ever()
    {
        Assert.Equal("k", Assert.Throws<ArgumentOutOfRangeException>(() => DisclosurePolicy.WithThreshold(int.MaxValue)).ParamName);
        Assert.Equal("roundingBase", Assert.Throws<ArgumentOutOfRangeException>(() => DisclosurePolicy.RoundTo(DisclosurePolicy.MaxThreshold + 1)).ParamName);
        Assert.Equal(DisclosurePolicy.MaxThreshold, DisclosurePolicy.WithThreshold(DisclosurePolicy.MaxThreshold).Threshold);
    }

    [Fact]
    public void Statistics_arguments_out_of_range_are_refused_where_they_enter()
    {
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => ReportPeriod.Quarter(9999, 1)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => ReportPeriod.Year(1)).ParamName);
        Assert.Equal("bands", Assert.Throws<ArgumentException>(() => new AgeBands([new AgeBand(0, 17), new AgeBand(18, null), new AgeBand(int.MaxValue, null)])).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentOutOfRangeException>(() => new ReportDefinition(
            ReportPeriod.Quarter(2026, 1), [new TableDefinition("t", [StatisticsDimension.Channel])], (CountingUnit)42, DisclosurePolicy.Insee)).ParamName);
        Assert.Equal("tables", Assert.Throws<ArgumentOutOfRangeException>(() => new ReportDefinition(
            ReportPeriod.Quarter(2026, 1), [new TableDefinition("t", [(StatisticsDimension)42])], CountingUnit.Cases, DisclosurePolicy.Insee)).ParamName);
    }

    [Fact]
    public void Worrying_information_names_a_minor_when_identity_is_allowed_and_nobody_when_it_is_not()
    {
        var example = System.IO.File.ReadAllText(System.IO.Path.Combine(Intervention.Testing.Shared.ApiApproval.TestProjectDirectory(), "..", "schema-validation", "examples", "crip-information-preoccupante.valid.json"));
        var node = System.Text.Json.Nodes.JsonNode.Parse(example)!;
        node["minors"] = new System.Text.Json.Nodes.JsonArray();
        var noMinor = DocumentReader.Read(DocumentType.ChildAtRiskReport, node.ToJsonString(), French);
        var named = System.Text.Json.Nodes.JsonNode.Parse(example)!;
        named["decision"]!["allowedData"] = new System.Text.Json.Nodes.JsonArray("SituationDetails");

        Assert.Contains(noMinor.Problems, p => p.Code == DocumentCodes.TooFew && p.Path == "minors");
        Assert.Contains(DocumentReader.Read(DocumentType.ChildAtRiskReport, named.ToJsonString(), French).Problems, p => p.Code == DocumentCodes.NotAllowedByDecision && p.Path == "minors");
    }
}
