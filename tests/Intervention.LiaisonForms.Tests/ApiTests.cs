using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Intervention.LiaisonForms.Web;

namespace Intervention.LiaisonForms.Tests;

/// <summary>The demo's HTTP surface: schemas per language, and submitted documents judged with our validators.</summary>
public sealed class ApiTests(AppFixture server) : IClassFixture<AppFixture>
{
    private readonly HttpClient http = new() { BaseAddress = new Uri(server.BaseUrl) };

    [Theory]
    [InlineData("liaison-sheet", "fr", "Fiche de liaison vers un service social partenaire")]
    [InlineData("liaison-sheet", "en", "Liaison sheet to a partner social service")]
    [InlineData("quebec-social-referral", "fr-CA", "Référence sociale")]
    [InlineData("crip-information-preoccupante", "fr", "Information préoccupante à la CRIP")]
    public async Task Each_schema_is_served_in_each_language(string name, string language, string title)
    {
        var response = await http.GetAsync(new Uri($"/schemas/{name}/{Version(name)}/{language}.schema.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/schema+json", response.Content.Headers.ContentType!.MediaType);
        var schema = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(title, (string?)schema["title"]);
        Assert.Equal($"https://schemas.intervention.dev/{name}/{Version(name)}/{language}", (string?)schema["$id"]);
    }

    [Theory]
    [InlineData("/schemas/liaison-sheet/1.0.0/de.schema.json")]
    [InlineData("/schemas/liaison-sheet/1.0.0/fr.schema.json")]
    [InlineData("/schemas/liaison-sheet/3.0.0/fr.schema.json")]
    [InlineData("/schemas/nothing/1.0.0/fr.schema.json")]
    public async Task An_unknown_schema_language_or_version_is_not_found(string path)
    {
        var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_refused_document_gets_structured_errors_in_the_language_asked_for()
    {
        using var body = new StringContent("{\"schemaId\":\"https://schemas.intervention.dev/officer-referral/1.0.0\",\"extra\":true}", Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/documents/officer-referral", UriKind.Relative)) { Content = body };
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.8");

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var errors = answer["errors"]!.AsArray();
        Assert.Contains(errors, e => (string?)e!["path"] == "extra" && (string?)e["code"] == "document.unknown_property" && (string?)e["message"] == "The field 'extra' does not exist in this document.");
        Assert.Contains(errors, e => (string?)e!["path"] == "unit" && (string?)e["code"] == "document.required" && (string?)e["message"] == "This field is required.");
    }

    [Fact]
    public async Task An_accepted_document_comes_back_as_read()
    {
        const string Referral = """
            {"schemaId":"https://schemas.intervention.dev/officer-referral/1.0.0","unit":"Brigade de Chauvigny","writtenOn":"2026-03-02",
             "personId":"6f1c2a4e-0d1b-4f55-9a51-3c6f1e2d7a90","role":"Victim","declaredAgeGroup":"Adult","situations":["ConjugalViolence"],
             "personAgreesToBeContacted":true}
            """;
        using var body = new StringContent(Referral, Encoding.UTF8, "application/json");

        var response = await http.PostAsync(new Uri("/documents/officer-referral?lang=fr", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var accepted = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["accepted"]!;
        Assert.Equal("Brigade de Chauvigny", (string?)accepted["unit"]);
        Assert.Equal("ConjugalViolence", (string?)accepted["situations"]![0]);
    }

    [Fact]
    public void The_demo_refuses_to_listen_beyond_loopback()
    {
        var error = Assert.Throws<ArgumentException>(() => LiaisonFormsApp.Create("http://0.0.0.0:5080", "."));
        Assert.Equal("url", error.ParamName);
    }

    private static string Version(string name) => System.Linq.Enumerable.Single(Intervention.Reporting.Documents.DocumentSchemas.All, i => i.Name == name).Version;
}
