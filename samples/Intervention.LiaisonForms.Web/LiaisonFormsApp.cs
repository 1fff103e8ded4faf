using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Intervention.Reporting.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Intervention.LiaisonForms.Web;

/// <summary>
/// The integrator's demo: serves every document's JSON Schema per language, validates a submitted document with our validators and
/// answers either the accepted document or structured, localised errors (path, code, message). Bound to 127.0.0.1 only.
/// </summary>
public static class LiaisonFormsApp
{
    /// <summary>Builds the app.</summary>
    /// <param name="url">The address to listen on, on 127.0.0.1 (port 0 lets the system choose).</param>
    /// <param name="webRoot">The folder of the built page (wwwroot).</param>
    /// <returns>The app, not started.</returns>
    public static WebApplication Create(string url, string webRoot)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || address.Host != "127.0.0.1")
        {
            throw new ArgumentException("The demo listens on 127.0.0.1 only.", nameof(url));
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { WebRootPath = webRoot, EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.UseDefaultFiles();
        app.UseStaticFiles();

        // GET /schemas: the list; GET /schemas/liaison-sheet/2.0.0/fr.schema.json: one schema in one language.
        app.MapGet("/schemas", () => Results.Json(
            DocumentSchemas.All.Select(i => new { type = i.Type.ToString(), name = i.Name, version = i.Version, canonicalId = i.CanonicalId, languages = DocumentSchemas.Languages })));
        app.MapGet("/schemas/{name}/{version}/{file}", (string name, string version, string file) =>
        {
            var info = DocumentSchemas.All.SingleOrDefault(i => i.Name == name && i.Version == version);
            var language = file.EndsWith(".schema.json", StringComparison.Ordinal) ? file[..^".schema.json".Length] : null;
            return info is null || language is null || !DocumentSchemas.Languages.Contains(language)
                ? Results.NotFound()
                : Results.Text(DocumentSchemas.ExportText(info.Type, language), "application/schema+json", Encoding.UTF8);
        });

        // POST /documents/liaison-sheet?lang=fr: validated with our validators; 200 with the document, or 422 with the problems.
        app.MapPost("/documents/{name}", async (string name, HttpRequest request) =>
        {
            var info = DocumentSchemas.All.SingleOrDefault(i => i.Name == name);
            if (info is null)
            {
                return Results.NotFound();
            }

            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var json = await reader.ReadToEndAsync().ConfigureAwait(false);
            var culture = Culture(request);
            var check = DocumentReader.Read(info.Type, json, culture);
            if (check.IsValid)
            {
                return Results.Text(
                    $"{{\"accepted\":{DocumentReader.Write(check.Document!)}}}", "application/json", Encoding.UTF8);
            }

            var errors = check.Problems.Select(p => new { path = p.Path, code = p.Code, message = p.Message }).ToArray();
            return Results.Json(new { language = culture.Name, errors }, statusCode: StatusCodes.Status422UnprocessableEntity);
        });

        return app;
    }

    // ?lang=fr-CA first, then Accept-Language; French by default (the demo's users are French-speaking).
    private static CultureInfo Culture(HttpRequest request)
    {
        var asked = request.Query["lang"].FirstOrDefault()
            ?? request.Headers.AcceptLanguage.FirstOrDefault()?.Split(',')[0].Split(';')[0].Trim();
        return asked is "en" or "en-GB" or "en-US" or "en-CA" ? CultureInfo.GetCultureInfo("en")
            : asked is "fr-CA" ? CultureInfo.GetCultureInfo("fr-CA")
            : CultureInfo.GetCultureInfo("fr");
    }
}
