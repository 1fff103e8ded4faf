using System.Linq;
using FluentValidation;
using Intervention.Domain.Intake;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Intervention.Domain.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void Registers_validators_intake_and_a_clock_once_even_when_called_twice()
    {
        var services = new ServiceCollection();

        services.AddInterventionDomain().AddInterventionDomain();

        Assert.Single(services, d => d.ServiceType == typeof(IClock));
        Assert.Single(services, d => d.ServiceType == typeof(IValidator<OpenCaseRequest>));
        Assert.Single(services, d => d.ServiceType == typeof(CaseIntake));
        using var provider = services.BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<CaseIntake>());
    }

    [Fact]
    public void A_clock_registered_by_the_host_is_the_one_used()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 1, 0, 0));
        using var provider = new ServiceCollection().AddSingleton<IClock>(clock).AddInterventionDomain().BuildServiceProvider();

        var result = provider.GetRequiredService<CaseIntake>().Open(Intake.OpenCaseRequestValidatorTests.Valid());

        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.Equal("referral.received_in_future", result.Validation.Errors.Single().ErrorCode);
    }
}
