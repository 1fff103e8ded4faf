using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using BenchmarkDotNet.Attributes;

namespace Intervention.Benchmarks;

/// <summary>
/// The T4M shape's Produce, by two builds of the whole benchmark in one BenchmarkDotNet run: "before" from the directory named by
/// the environment variable BEFORE_BUILD (an earlier commit's `dotnet build -c Release benchmarks/Intervention.Benchmarks -o DIR`),
/// "after" from this build. Each is loaded in an assembly load context of its own, so both versions of the packages run side by
/// side, in the benchmark's own process: the measure that a change of shape left the speed alone. Run with
/// <c>BEFORE_BUILD=/tmp/old dotnet run -c Release --project benchmarks/Intervention.Benchmarks -- --filter '*BeforeAfter*'</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[InProcess]
[WarmupCount(2)]
[IterationCount(9)]
public class BeforeAfterBenchmarks
{
    private Func<int> _produce = () => 0;

    /// <summary>Gets or sets the build measured.</summary>
    [Params("before", "after")]
    public string Build { get; set; } = "after";

    /// <summary>Loads the build and prepares the T4M records in it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var directory = Build == "after"
            ? AppContext.BaseDirectory
            : Environment.GetEnvironmentVariable("BEFORE_BUILD") ?? throw new InvalidOperationException("Set BEFORE_BUILD to the directory of the earlier build.");
        var main = Path.Combine(directory, "Intervention.Benchmarks.dll");
        var context = new BuildContext(main);
        var type = context.LoadFromAssemblyPath(main).GetType(typeof(StatisticsBenchmarks).FullName!, throwOnError: true)!;
        var instance = Activator.CreateInstance(type)!;
        type.GetProperty(nameof(StatisticsBenchmarks.Shape))!.SetValue(instance, "T4M");
        type.GetMethod(nameof(StatisticsBenchmarks.Setup))!.Invoke(instance, null);
        _produce = type.GetMethod(nameof(StatisticsBenchmarks.Produce))!.CreateDelegate<Func<int>>(instance);
    }

    /// <summary>ActivityReporter.Produce on T4M (counts, margins, suppression).</summary>
    [Benchmark(Description = "T4M ActivityReporter.Produce")]
    public int Produce() => _produce();

    private sealed class BuildContext(string main) : AssemblyLoadContext(isCollectible: false)
    {
        private readonly AssemblyDependencyResolver _resolver = new(main);

        protected override Assembly? Load(AssemblyName assemblyName) =>
            _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }
}
