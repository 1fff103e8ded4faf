using System.Linq;
using System.Reflection;
using Intervention.Domain.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace Intervention.Reporting.Tests.Packaging;

/// <summary>Dependencies point one way: Reporting → Confidentiality → Domain.</summary>
public sealed class DependencyDirectionTests
{
    private static readonly Assembly Domain = typeof(Case).Assembly;
    private static readonly Assembly Confidentiality = typeof(InterventionConfidentialityServiceCollectionExtensions).Assembly;
    private static readonly Assembly Reporting = typeof(InterventionReportingServiceCollectionExtensions).Assembly;

    [Fact]
    public void Reporting_references_confidentiality_which_references_domain_which_references_neither()
    {
        Assert.Contains("Intervention.Confidentiality", References(Reporting));
        Assert.Contains("Intervention.Domain", References(Confidentiality));
        Assert.DoesNotContain("Intervention.Reporting", References(Confidentiality));
        Assert.DoesNotContain(References(Domain), name => name.StartsWith("Intervention.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Registering_reporting_registers_the_packages_below_once()
    {
        var services = new ServiceCollection();

        services.AddInterventionReporting().AddInterventionReporting().AddInterventionConfidentiality();

        Assert.Single(services, d => d.ServiceType == typeof(NodaTime.IClock));
        Assert.Single(services, d => d.ServiceType == typeof(Intervention.Domain.Intake.CaseIntake));
    }

    private static string[] References(Assembly assembly) => assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
}
