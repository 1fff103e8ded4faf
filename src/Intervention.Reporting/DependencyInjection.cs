using System;
using Intervention.Confidentiality;
using Intervention.Reporting.Statistics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the reporting package in a host's service collection.</summary>
public static class InterventionReportingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the reporting package (the <see cref="ActivityReporter"/>) and what it builds on (the confidentiality and domain
    /// packages). Calling it twice changes nothing.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="confidentiality">The confidentiality options (jurisdiction, service policy), as for <c>AddInterventionConfidentiality</c>.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <remarks>Liaison sheets are registered here as they land (see the package README).</remarks>
    public static IServiceCollection AddInterventionReporting(this IServiceCollection services, Func<ConfidentialityOptions, ConfidentialityOptions>? confidentiality = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddInterventionConfidentiality(confidentiality);
        services.TryAddSingleton<ActivityReporter>();
        return services;
    }
}
