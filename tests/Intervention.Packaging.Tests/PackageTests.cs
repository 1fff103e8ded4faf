using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Xml.Linq;

namespace Intervention.Packaging.Tests;

/// <summary>Packs every library (from the build the tests ran on) and inspects what a NuGet user would receive.</summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Folder = Directory.CreateTempSubdirectory("intervention-packages-").FullName;
        foreach (var name in Repository.Packages)
        {
            var (code, output) = Repository.Dotnet("pack", Repository.Path("src", name, name + ".csproj"), "-c", Repository.Configuration, "--no-build", "--no-restore", "-o", Folder, "-p:NuGetAudit=false");
            Log[name] = output;
            Codes[name] = code;
        }
    }

    public string Folder { get; }

    public Dictionary<string, string> Log { get; } = [];

    public Dictionary<string, int> Codes { get; } = [];

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

public sealed class PackageTests(PackageFixture packages) : IClassFixture<PackageFixture>
{
    private static readonly XNamespace Nuspec = "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd";

    // What each package may depend on among ours, and the third-party packages it must bring.
    public static TheoryData<string, string[], string[]> Expected => new()
    {
        { "Intervention.Domain", [], ["NodaTime", "FluentValidation", "Microsoft.Extensions.DependencyInjection.Abstractions"] },
        { "Intervention.Confidentiality", ["Intervention.Domain"], [] },
        { "Intervention.Reporting", ["Intervention.Confidentiality"], [] },
        { "Intervention.Reporting.Auditing", ["Intervention.Reporting"], ["Google.OrTools"] },
        { "Intervention.Testing", ["Intervention.Reporting"], ["FsCheck"] },
        { "Intervention.Testing.Auditing", ["Intervention.Testing", "Intervention.Reporting.Auditing"], [] },
        { "Intervention.EntityFrameworkCore", ["Intervention.Reporting"], ["Microsoft.EntityFrameworkCore.Relational"] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_package_carries_its_readme_licence_repository_xml_docs_and_symbols_and_depends_only_downwards(string name, string[] ours, string[] theirs)
    {
        Assert.True(packages.Codes[name] == 0, packages.Log[name]);
        var nupkg = Path.Combine(packages.Folder, $"{name}.0.1.0.nupkg");
        using var zip = ZipFile.OpenRead(nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        var nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var metadata = nuspec.Root!.Element(Nuspec + "metadata")!;

        Assert.Equal("README.md", metadata.Element(Nuspec + "readme")?.Value);
        Assert.Contains("README.md", entries);
        Assert.Equal("Apache-2.0", metadata.Element(Nuspec + "license")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element(Nuspec + "description")?.Value));
        Assert.StartsWith("https://", metadata.Element(Nuspec + "repository")?.Attribute("url")?.Value, StringComparison.Ordinal);
        Assert.Contains($"lib/net10.0/{name}.dll", entries);
        Assert.Contains($"lib/net10.0/{name}.xml", entries);

        var dependencies = metadata.Element(Nuspec + "dependencies")!.Descendants(Nuspec + "dependency").Select(d => d.Attribute("id")!.Value).ToArray();
        Assert.Equal(ours.Order(), dependencies.Where(d => d.StartsWith("Intervention.", StringComparison.Ordinal)).Order());
        Assert.All(theirs, t => Assert.Contains(t, dependencies));

        // Symbols: a snupkg with the portable PDB, which records the source files and embeds those git does not track.
        using var symbols = ZipFile.OpenRead(Path.ChangeExtension(nupkg, ".snupkg"));
        var pdb = symbols.Entries.Single(e => e.FullName == $"lib/net10.0/{name}.pdb");
        using var stream = new MemoryStream();
        pdb.Open().CopyTo(stream);
        stream.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(stream);
        Assert.NotEmpty(provider.GetMetadataReader().Documents);
    }

    [Fact]
    public void The_packages_validate_and_every_library_but_the_solver_the_test_kit_and_the_storage_is_aot_compatible()
    {
        foreach (var name in Repository.Packages)
        {
            Assert.True(packages.Codes[name] == 0, packages.Log[name]);
            Assert.DoesNotContain("warning", packages.Log[name], StringComparison.OrdinalIgnoreCase);
        }

        var props = File.ReadAllText(Repository.Path("src", "Directory.Build.props"));
        Assert.Contains("<EnablePackageValidation>true</EnablePackageValidation>", props, StringComparison.Ordinal);
        Assert.Contains("<IsAotCompatible>true</IsAotCompatible>", props, StringComparison.Ordinal);
        Assert.All(
            Repository.Packages.Where(n => n is not "Intervention.Reporting.Auditing" and not "Intervention.Testing" and not "Intervention.Testing.Auditing" and not "Intervention.EntityFrameworkCore"),
            n => Assert.DoesNotContain("<IsAotCompatible>false", File.ReadAllText(Repository.Path("src", n, n + ".csproj")), StringComparison.Ordinal));
    }

    [Fact]
    public void Packing_at_the_root_packs_every_library_and_nothing_else_without_a_warning()
    {
        var folder = Directory.CreateTempSubdirectory("intervention-root-pack-").FullName;
        try
        {
            var (code, output) = Repository.Dotnet("pack", Repository.Path("Intervention.sln"), "-c", Repository.Configuration, "--no-build", "--no-restore", "-o", folder, "-p:NuGetAudit=false");

            Assert.True(code == 0, output);
            Assert.DoesNotContain("warning", output, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(Repository.Packages.Select(p => $"{p}.0.1.0.nupkg").Order(StringComparer.Ordinal), Directory.GetFiles(folder, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
