using System;
using System.IO;
using System.Reflection;
using System.Linq;
using PublicApiGenerator;

namespace Intervention.Testing.Shared;

/// <summary>Compares an assembly's public API with its checked-in approved file (PublicApiGenerator).</summary>
internal static class ApiApproval
{
    /// <summary>Fails when the public API of <paramref name="assembly"/> differs from <c>PublicApi/{name}.approved.txt</c> in the test project.</summary>
    public static void Verify(Assembly assembly)
    {
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
            AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection"],
        }).Replace("\r\n", "\n", StringComparison.Ordinal);
        VerifyText(Path.Combine("PublicApi", assembly.GetName().Name!), api);
    }

    /// <summary>Fails when <paramref name="text"/> differs from <c>{relativeName}.approved.txt</c> in the test project (writes <c>.received.txt</c> beside it).</summary>
    public static void VerifyText(string relativeName, string text)
    {
        var api = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var directory = Path.Combine(TestProjectDirectory(), Path.GetDirectoryName(relativeName)!);
        var name = Path.GetFileName(relativeName);
        var approvedPath = Path.Combine(directory, $"{name}.approved.txt");
        var receivedPath = Path.Combine(directory, $"{name}.received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (approved == api)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, api);
        Assert.Fail($"{name} changed. Compare {receivedPath} with {approvedPath}; if the change is deliberate, copy the received file over the approved one and explain it in the commit message.");
    }

    // This file is compiled into each test project, so its own assembly is the test assembly.
    /// <summary>The test project's folder, recorded at build time.</summary>
    public static string TestProjectDirectory()
    {
        var directory = typeof(ApiApproval).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == "TestProjectDirectory")?.Value;
        if (directory is null || !Directory.Exists(directory))
        {
            throw new InvalidOperationException(
                $"The test project directory recorded at build time ('{directory}') does not exist; rebuild the tests on this machine.");
        }

        return directory;
    }
}
