using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Intervention.Domain.Admissibility;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Referrals;
using Intervention.Domain.Services;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Intervention.Domain.Serialization;

/// <summary>
/// System.Text.Json settings for the model: NodaTime values in ISO form (<c>2026-11-23</c>, <c>2026-11-23T10:00:00Z</c>), enums by name,
/// identifiers as GUID strings, camelCase properties. A <see cref="Case"/> travels as its <see cref="CaseSnapshot"/>.
/// </summary>
public static class InterventionJson
{
    /// <summary>Creates a new options object configured for the model (the caller may add to it).</summary>
    /// <returns>The options.</returns>
    public static JsonSerializerOptions CreateOptions() => Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>Configures an existing options object for the model: NodaTime converters (TZDB), enum names, and camelCase enum-name tolerance on reading.</summary>
    /// <param name="options">The options to configure.</param>
    /// <returns>The same options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new JsonStringEnumConverter<ServiceProfileKind>());
        options.Converters.Add(new JsonStringEnumConverter<Jurisdiction>());
        options.Converters.Add(new JsonStringEnumConverter<ForceKind>());
        options.Converters.Add(new JsonStringEnumConverter<ReferralChannel>());
        options.Converters.Add(new JsonStringEnumConverter<ReferrerKind>());
        options.Converters.Add(new JsonStringEnumConverter<PartnerKind>());
        options.Converters.Add(new JsonStringEnumConverter<PartyRole>());
        options.Converters.Add(new JsonStringEnumConverter<AgeGroup>());
        options.Converters.Add(new JsonStringEnumConverter<Sex>());
        options.Converters.Add(new JsonStringEnumConverter<Vulnerability>());
        options.Converters.Add(new JsonStringEnumConverter<SituationKind>());
        options.Converters.Add(new JsonStringEnumConverter<ActionKind>());
        options.Converters.Add(new JsonStringEnumConverter<CaseState>());
        options.Converters.Add(new JsonStringEnumConverter<CaseOutcome>());
        options.Converters.Add(new JsonStringEnumConverter<AdhesionGiver>());
        options.Converters.Add(new JsonStringEnumConverter<AdhesionDecision>());
        options.Converters.Add(new JsonStringEnumConverter<Receptivity>());
        options.Converters.Add(new JsonStringEnumConverter<AdmissibilityCriterion>());
        options.Converters.Add(new JsonStringEnumConverter<WorkerCapacity>());
        options.Converters.Add(new JsonStringEnumConverter<Intake.CaseStepKind>());
        return options;
    }
}
