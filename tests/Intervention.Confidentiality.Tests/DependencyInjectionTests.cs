using System;
using Intervention.Confidentiality.Law;
using Intervention.Domain.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Intervention.Confidentiality.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void Registering_confidentiality_registers_the_domain_once_even_when_called_twice()
    {
        var services = new ServiceCollection();

        services.AddInterventionConfidentiality().AddInterventionConfidentiality();

        Assert.Single(services, d => d.ServiceType == typeof(NodaTime.IClock));
        Assert.Single(services, d => d.ServiceType == typeof(Intervention.Domain.Intake.CaseIntake));
        Assert.Single(services, d => d.ServiceType == typeof(DisclosureEngine));
    }

    [Fact]
    public void The_options_choose_the_jurisdiction_and_the_service_policy()
    {
        using var provider = new ServiceCollection()
            .AddInterventionConfidentiality(o => o with { Policy = ServicePolicy.FrenchReferenceFramework2006 })
            .BuildServiceProvider();

        var engine = provider.GetRequiredService<DisclosureEngine>();

        Assert.Equal(Jurisdiction.France, engine.Pack.Jurisdiction);
        Assert.Same(ServicePolicy.FrenchReferenceFramework2006, engine.Policy);
    }

    [Fact]
    public void An_unknown_jurisdiction_is_refused_at_registration_naming_the_option()
    {
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddInterventionConfidentiality(o => o with { Jurisdiction = (Jurisdiction)99 }));

        Assert.Equal("Jurisdiction", error.ParamName);
    }
}
