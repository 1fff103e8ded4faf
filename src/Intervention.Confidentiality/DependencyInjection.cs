using System;
using Intervention.Confidentiality;
using Intervention.Confidentiality.Law;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the confidentiality package in a host's service collection.</summary>
public static class InterventionConfidentialityServiceCollectionExtensions
{
    /// <summary>
    /// Registers the domain package, the rule pack of the chosen jurisdiction, the service policy and the
    /// <see cref="DisclosureEngine"/>. Calling it twice changes nothing.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Chooses the jurisdiction and the service policy, for example <c>o =&gt; o with { Policy = ServicePolicy.FrenchReferenceFramework2006 }</c>.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid (a jurisdiction with no rule pack, a pack of another jurisdiction); the message names the option.</exception>
    public static IServiceCollection AddInterventionConfidentiality(this IServiceCollection services, Func<ConfidentialityOptions, ConfidentialityOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = (configure ?? (o => o))(ConfidentialityOptions.Default) ?? throw new ArgumentException("The configuration returned no options.", nameof(configure));
        var pack = options.Validate();
        services.AddInterventionDomain();
        services.TryAddSingleton(options);
        services.TryAddSingleton(pack);
        services.TryAddSingleton(options.Policy);
        services.TryAddSingleton(provider => new DisclosureEngine(provider.GetRequiredService<RulePack>(), provider.GetRequiredService<ServicePolicy>()));
        return services;
    }
}
