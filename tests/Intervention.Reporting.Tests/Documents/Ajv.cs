using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intervention.Reporting.Documents;
using Intervention.Testing.Shared;

namespace Intervention.Reporting.Tests.Documents;

/// <summary>AJV's verdict on one document.</summary>
public sealed record AjvVerdict(bool Valid, string Errors);

/// <summary>
/// AJV 8 (draft 2020-12, with ajv-formats), the reference validator, in one long-lived Node process loaded with every exported
/// schema in every language (tests/schema-validation; `npm ci` there installs it, as .ci/run does).
/// </summary>
public sealed class Ajv : IDisposable
{
    private readonly Process node;
    private readonly string schemasFile;
    private readonly object gate = new();

    public Ajv()
    {
        var folder = Path.GetFullPath(Path.Combine(ApiApproval.TestProjectDirectory(), "..", "schema-validation"));
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "ajv")))
        {
            throw new InvalidOperationException($"AJV is not installed: run `npm ci` in {folder} (.ci/run does).");
        }

        var schemas = new JsonArray();
        foreach (var info in DocumentSchemas.All)
        {
            foreach (var language in DocumentSchemas.Languages)
            {
                schemas.Add((JsonNode)DocumentSchemas.Export(info.Type, language));
            }
        }

        schemasFile = Path.Combine(Path.GetTempPath(), $"intervention-schemas-{Guid.NewGuid():N}.json");
        File.WriteAllText(schemasFile, schemas.ToJsonString());
        var start = new ProcessStartInfo("node", ["validate.mjs", schemasFile])
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        node = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        node.ErrorDataReceived += (_, _) => { };
        node.BeginErrorReadLine();
    }

    /// <summary>Validates a document's JSON text against the schema with this <c>$id</c>.</summary>
    public AjvVerdict Validate(string schemaId, string json)
    {
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return new AjvVerdict(false, "not JSON");
        }

        var line = new JsonObject { ["schema"] = schemaId, ["document"] = document }.ToJsonString();
        lock (gate)
        {
            node.StandardInput.WriteLine(line);
            node.StandardInput.Flush();
            var answer = node.StandardOutput.ReadLine() ?? throw new InvalidOperationException("AJV stopped.");
            var verdict = JsonNode.Parse(answer)!;
            if (verdict["failure"] is { } failure)
            {
                throw new InvalidOperationException($"AJV failed: {failure}");
            }

            var errors = string.Join("; ", verdict["errors"]!.AsArray().Select(e => $"{e!["instancePath"]} {e["keyword"]}: {e["message"]}"));
            return new AjvVerdict(verdict["valid"]!.GetValue<bool>(), errors);
        }
    }

    public void Dispose()
    {
        try
        {
            node.StandardInput.Close();
            if (!node.WaitForExit(5000))
            {
                node.Kill();
            }
        }
        finally
        {
            node.Dispose();
            File.Delete(schemasFile);
        }
    }
}
