using System.Text.Json;
using FsCheck;
using Intervention.Testing;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intervention.Domain.Cases;
using Intervention.Domain.Intake;
using Intervention.Domain.Referrals;
using Intervention.Domain.Serialization;
using Intervention.Domain.Tests.Generators;

namespace Intervention.Domain.Tests.Serialization;

public sealed class JsonRoundTripTests
{
    private static readonly JsonSerializerOptions Options = InterventionJson.CreateOptions();

    [Property(Arbitrary = [typeof(DomainArbitraries)], MaxTest = 500)]
    public Property A_case_round_trips_through_json_as_its_snapshot(CaseRecipe script)
    {
        var original = script.Build().ToSnapshot();

        var json = JsonSerializer.Serialize(original, Options);
        var read = JsonSerializer.Deserialize<CaseSnapshot>(json, Options)!;
        var rebuilt = Case.FromSnapshot(read).ToSnapshot();

        return (Equals(original, rebuilt) && json == JsonSerializer.Serialize(rebuilt, Options))
            .Label($"json: {json}")
            .Classify(original.State == CaseState.Closed, "closed")
            .Classify(original.GuidanceCard is not null, "with guidance card")
            .Classify(original.Actions.Count > 2, "several actions");
    }

    [Fact]
    public void Dates_are_iso_and_enums_are_names()
    {
        var snapshot = TestData.OpenCase().ToSnapshot();

        var json = JsonSerializer.Serialize(snapshot, Options);

        Assert.Contains("\"receivedOn\":\"2026-03-02\"", json, System.StringComparison.Ordinal);
        Assert.Contains("\"channel\":\"OfficerOrientation\"", json, System.StringComparison.Ordinal);
        Assert.Contains("\"state\":\"Received\"", json, System.StringComparison.Ordinal);
        Assert.DoesNotContain("timeZone", json, System.StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_unknown_code_from_json_is_kept_for_the_validator_to_report()
    {
        var request = JsonSerializer.Deserialize<ReferralRequest>("""{"channel":"Carrier pigeon","receivedOn":"2026-03-02"}""", Options)!;

        Assert.False(request.Channel.IsKnown);
        Assert.Equal("Carrier pigeon", request.Channel.Text);
    }

    [Fact]
    public void A_known_code_reads_by_name_or_number()
    {
        var byName = JsonSerializer.Deserialize<ReferralRequest>("""{"channel":"selfReferralFromDayLog"}""", Options)!;
        var byNumber = JsonSerializer.Deserialize<ReferralRequest>("""{"channel":4}""", Options)!;
        var undefinedNumber = JsonSerializer.Deserialize<ReferralRequest>("""{"channel":99}""", Options)!;

        Assert.Equal(ReferralChannel.SelfReferralFromDayLog, byName.Channel.Value);
        Assert.Equal(ReferralChannel.SelfReferralFromDayLog, byNumber.Channel.Value);
        Assert.False(undefinedNumber.Channel.IsKnown);
        Assert.Equal("99", undefinedNumber.Channel.Text);
    }
}
