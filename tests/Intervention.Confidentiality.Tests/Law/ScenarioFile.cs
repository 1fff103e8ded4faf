using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Domain.People;
using Intervention.Domain.Serialization;
using NodaTime;

namespace Intervention.Confidentiality.Tests.Law;

/// <summary>A legal scenario as data: facts and date in, expected decision out, and where the expectation comes from.</summary>
public sealed record Scenario(
    string Id,
    string Description,
    string Source,
    DiscloserKind Discloser,
    RecipientKind Recipient,
    DisclosurePurpose Purpose,
    IReadOnlyList<DataCategory> Data,
    IReadOnlyList<FactKind> Facts,
    ScenarioSubject Subject,
    IReadOnlyList<Consent> Consents,
    LocalDate Date,
    LocalTime Time,
    string Policy,
    ScenarioExpectation Expected)
{
    public DisclosureRequest ToRequest(DateTimeZone zone) =>
        new(Discloser, Recipient, Purpose, Data, Facts, new DisclosureSubject(Subject.AgeGroup, Subject.UnderLegalProtection), Consents, Date.At(Time).InZoneLeniently(zone));

    public ServicePolicy ToPolicy() => Policy switch
    {
        "LawOnly" => ServicePolicy.LawOnly,
        "Framework2006" => ServicePolicy.FrenchReferenceFramework2006,
        "ChildAtRiskAsPermission" => new ServicePolicy([], ["FR-CASF-L226-2-1"]),
        _ => throw new InvalidDataException($"Unknown policy '{Policy}' in scenario {Id}."),
    };

    public override string ToString() => $"{Id}: {Description}";
}

public sealed record ScenarioSubject(AgeGroup AgeGroup, bool UnderLegalProtection);

public sealed record ScenarioExpectation(
    string? Error,
    DisclosureOutcome? Outcome,
    IReadOnlyList<string>? Bases,
    bool ConsentRequired,
    IReadOnlyList<Notice>? Notices,
    IReadOnlyList<DataCategory>? AllowedData,
    JudicialRoute? Route,
    IReadOnlyList<Liability>? Immunities,
    IReadOnlyList<string>? Paragraphs);

public sealed record ScenarioFile(string Jurisdiction, string TimeZone, IReadOnlyList<Scenario> Scenarios)
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static ScenarioFile Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Law", name);
        return JsonSerializer.Deserialize<ScenarioFile>(File.ReadAllText(path), Options) ?? throw new InvalidDataException(path);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = InterventionJson.CreateOptions();
        options.Converters.Add(new JsonStringEnumConverter());
        options.RespectNullableAnnotations = true;
        return options;
    }
}
