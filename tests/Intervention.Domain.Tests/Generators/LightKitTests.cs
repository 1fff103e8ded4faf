using System;
using System.IO;

namespace Intervention.Domain.Tests.Generators;

/// <summary>A test project that references the kit (Intervention.Testing) for its generators carries no native solver.</summary>
public sealed class LightKitTests
{
    [Fact]
    public void The_kit_brings_no_solver_into_a_test_projects_output()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "Intervention.Testing.dll")));
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "Google.OrTools.dll")));
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "Intervention.Reporting.Auditing.dll")));
        Assert.False(Directory.Exists(Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native")) && Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native"), "*ortools*").Length > 0);
    }
}
