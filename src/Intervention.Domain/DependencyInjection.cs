using System;
using FluentValidation;
using Intervention.Domain;
using Intervention.Domain.Intake;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the domain package in a host's service collection.</summary>
public static class InterventionDomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers the validators of what hosts submit, <see cref="CaseIntake"/>, <see cref="CaseSteps"/>, and an injectable <see cref="IClock"/>
    /// (the system clock unless the host registered its own first). Calling it twice changes nothing.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddInterventionDomain(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton<IValidator<OpenCaseRequest>, OpenCaseRequestValidator>();
        services.TryAddSingleton<IValidator<PersonIdentityRequest>, PersonIdentityRequestValidator>();
        services.TryAddSingleton<CaseIntake>();
        services.TryAddSingleton<CaseSteps>();
        return services;
    }
}
