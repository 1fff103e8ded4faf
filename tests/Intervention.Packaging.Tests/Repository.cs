using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Intervention.Packaging.Tests;

/// <summary>Where the repository is, and the dotnet command run in it.</summary>
internal static class Repository
{
    public static string Root { get; } = Metadata("RepositoryRoot");

    public static string Configuration { get; } = Metadata("Configuration");

    public static string[] Packages { get; } = ["Intervention.Domain", "Intervention.Confidentiality", "Intervention.Reporting", "Intervention.Reporting.Auditing", "Intervention.Testing", "Intervention.Testing.Auditing", "Intervention.EntityFrameworkCore"];

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>Runs dotnet with arguments in the repository; returns its exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) Dotnet(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's own MSBuild settings must not leak into the child build.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static string Metadata(string key) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"No {key} recorded at build time.");
}
