using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Intervention.Reporting.Statistics;

namespace Intervention.Testing;

/// <summary>One anonymisation property that does not hold, with what shows it.</summary>
/// <param name="Property">The property (one of the <see cref="AnonymisationProperties"/> names).</param>
/// <param name="Detail">The cell, string or difference that breaks it.</param>
public sealed record AnonymisationViolation(string Property, string Detail)
{
    /// <inheritdoc />
    public override string ToString() => $"{Property}: {Detail}";
}

/// <summary>
/// Reusable anonymisation properties a test author checks on their own report definition, over their own records or the kit's
/// generated ones:
/// <list type="bullet">
/// <item><see cref="ThresholdName"/>: every published non-zero count is at or above the policy's threshold, and a suppressed cell holds no value;</item>
/// <item><see cref="NoSecretName"/>: no identifier, name or free-text string of the source cases appears in the JSON, CSV or
/// Markdown export, in French or English;</item>
/// <item><see cref="DeterminismName"/>: the same records, in another order, give the same report;</item>
/// <item>and any check added by a package that needs more (<c>Intervention.Testing.Auditing</c> adds the linear-programming
/// auditor's: every suppressed cell protected), which keeps this package free of a native solver.</item>
/// </list>
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class AnonymisationProperties
{
    /// <summary>The name of the threshold property.</summary>
    public const string ThresholdName = "threshold respected";

    /// <summary>The name of the no-identifier property.</summary>
    public const string NoSecretName = "no identifier or free text in any output";

    /// <summary>The name of the determinism property.</summary>
    public const string DeterminismName = "deterministic, whatever the order of records";

    /// <summary>The shortest secret accepted: shorter strings would match ordinary output by chance.</summary>
    public const int MinimumSecretLength = 4;

    private static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("fr-FR"), CultureInfo.GetCultureInfo("en")];
    private readonly Func<ReportDefinition, IReadOnlyList<StatisticsRecord>, StatisticsReport> _produce;
    private readonly Func<StatisticsReport, IReadOnlyList<AnonymisationViolation>>[] _moreChecks;

    /// <summary>Creates the properties of a report definition.</summary>
    /// <param name="definition">The definition the test author publishes with.</param>
    /// <param name="reporter">The reporter to check; a new one when omitted.</param>
    /// <param name="produce">How the test author produces what they publish; by default the reporter's report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public AnonymisationProperties(ReportDefinition definition, ActivityReporter? reporter = null, Func<ReportDefinition, IReadOnlyList<StatisticsRecord>, StatisticsReport>? produce = null)
        : this(definition, produce ?? (reporter ?? new ActivityReporter()).Produce, [])
    {
    }

    // The properties with more checks on each report (Intervention.Testing.Auditing adds the auditor's).
    internal AnonymisationProperties(ReportDefinition definition, Func<ReportDefinition, IReadOnlyList<StatisticsRecord>, StatisticsReport> produce, Func<StatisticsReport, IReadOnlyList<AnonymisationViolation>>[] moreChecks)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Definition = definition;
        _produce = produce;
        _moreChecks = moreChecks;
    }

    /// <summary>Gets the definition checked.</summary>
    public ReportDefinition Definition { get; }

    /// <summary>Produces the report of some records and checks every property on it.</summary>
    /// <param name="records">The records.</param>
    /// <param name="secrets">The strings no output may contain (identifiers, names, free text of the source cases).</param>
    /// <returns>The violations; empty when every property holds.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A secret is shorter than <see cref="MinimumSecretLength"/> characters (the message gives its position).</exception>
    public IReadOnlyList<AnonymisationViolation> Check(IReadOnlyList<StatisticsRecord> records, IEnumerable<string>? secrets = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var checkedSecrets = Secrets(secrets ?? []);
        var report = _produce(Definition, records);
        return [.. ThresholdRespected(report), .. _moreChecks.SelectMany(check => check(report)), .. NoSecretInOutput(report, checkedSecrets), .. Deterministic(records, report)];
    }

    /// <summary>The FsCheck property of one sample: every property holds, or the label lists what breaks.</summary>
    /// <param name="sample">The sample.</param>
    /// <returns>The property.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sample"/> is null.</exception>
    public Property Holds(StatisticsSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var violations = Check(sample.Records, sample.Secrets);
        return (violations.Count == 0)
            .Label(string.Join(Environment.NewLine, violations))
            .Classify(sample.Records.Count == 0, "no record");
    }

    /// <summary>The FsCheck property over generated samples; run it with <c>Check.QuickThrowOnFailure</c> or return it from a property test.</summary>
    /// <param name="samples">The samples, for example <see cref="StatisticsGenerators.SamplesFromCases"/>.</param>
    /// <returns>The property.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/> is null.</exception>
    public Property ForAll(Arbitrary<StatisticsSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        return Prop.ForAll(samples, Holds);
    }

    /// <summary>Every published non-zero count is at or above the threshold (zeros too when the policy suppresses them), and a suppressed cell holds no value.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The violations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public IReadOnlyList<AnonymisationViolation> ThresholdRespected(StatisticsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var policy = Definition.Policy;
        var violations = new List<AnonymisationViolation>();
        foreach (var table in report.Tables)
        {
            foreach (var cell in table.Cells)
            {
                if (cell.IsSuppressed && cell.Value is not null)
                {
                    violations.Add(new(ThresholdName, $"{Name(table, cell)} is suppressed but holds {cell.Value}"));
                }
                else if (cell.Value is { } value && policy.IsPrimary(value))
                {
                    violations.Add(new(ThresholdName, $"{Name(table, cell)} publishes {value}, below the threshold {policy.Threshold} of {policy.Name}"));
                }
            }
        }

        if (report.RecordsCounted is { } counted && policy.IsPrimary(counted))
        {
            violations.Add(new(ThresholdName, $"the header publishes {counted} records, below the threshold"));
        }

        return violations;
    }

    /// <summary>No secret appears, ignoring case, in the report's JSON, CSV or Markdown export, in French or English.</summary>
    /// <param name="report">The report.</param>
    /// <param name="secrets">The strings no output may contain.</param>
    /// <returns>The violations.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A secret is shorter than <see cref="MinimumSecretLength"/> characters.</exception>
    public static IReadOnlyList<AnonymisationViolation> NoSecretInOutput(StatisticsReport report, IEnumerable<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(report);
        var list = Secrets(secrets);
        var violations = new List<AnonymisationViolation>();
        foreach (var culture in Cultures)
        {
            foreach (var (format, text) in new[] { ("JSON", JsonText(ReportExport.ToJson(report, culture))), ("CSV", ReportExport.ToCsv(report, culture)), ("Markdown", ReportExport.ToMarkdown(report, culture)) })
            {
                // The library's own words (labels, codes, field names, the policy's name and source) are not the host's data: a
                // secret is looked for in what is left once they are taken out, so a free text that happens to be a label's word
                // ("violences") is not reported, while a secret in a territory code or a table's name is.
                var hostText = WithoutVocabulary(text, report);
                foreach (var secret in list.Where(s => hostText.Contains(s, StringComparison.OrdinalIgnoreCase)))
                {
                    violations.Add(new(NoSecretName, $"'{secret}' appears in the {format} export ({culture.Name})"));
                }
            }
        }

        return violations;
    }

    /// <summary>The report of the records reversed, and rotated by half, equals the report of the records as given.</summary>
    /// <param name="records">The records.</param>
    /// <param name="report">Their report, if already produced.</param>
    /// <returns>The violations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public IReadOnlyList<AnonymisationViolation> Deterministic(IReadOnlyList<StatisticsRecord> records, StatisticsReport? report = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var expected = report ?? _produce(Definition, records);
        var json = ReportExport.ToJson(expected, CultureInfo.InvariantCulture);
        var half = records.Count / 2;
        var orders = new (string Name, StatisticsRecord[] Records)[]
        {
            ("reversed", records.Reverse().ToArray()),
            ("rotated", records.Skip(half).Concat(records.Take(half)).ToArray()),
        };
        var violations = new List<AnonymisationViolation>();
        foreach (var (name, reordered) in orders)
        {
            var other = _produce(Definition, reordered);
            if (!other.Equals(expected) || ReportExport.ToJson(other, CultureInfo.InvariantCulture) != json)
            {
                violations.Add(new(DeterminismName, $"the records {name} give another report"));
            }
        }

        return violations;
    }

    private static string[] Secrets(IEnumerable<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var list = secrets.ToArray();
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null || list[i].Trim().Length < MinimumSecretLength)
            {
                throw new ArgumentException($"Secret {i} is shorter than {MinimumSecretLength} characters: it would match ordinary output by chance.", nameof(secrets));
            }
        }

        return list;
    }

    // Every word the exports write that comes from the library, in both languages, longest first.
    private static readonly string[] Vocabulary = BuildVocabulary();

    private static string[] BuildVocabulary()
    {
        var codes = new List<string> { PublishedCell.Total, "Yes", "No", "Unknown", "Open", "suppressed" };
        codes.AddRange(Enum.GetNames<Intervention.Domain.Services.ServiceProfileKind>());
        codes.AddRange(Enum.GetNames<Intervention.Domain.Referrals.ReferralChannel>());
        codes.AddRange(Enum.GetNames<Intervention.Domain.Cases.SituationKind>());
        codes.AddRange(Enum.GetNames<Intervention.Domain.People.AgeGroup>());
        codes.AddRange(Enum.GetNames<Intervention.Domain.People.Sex>());
        codes.AddRange(Enum.GetNames<Intervention.Domain.Cases.CaseOutcome>());
        codes.AddRange(Enum.GetNames<StatisticsDimension>().Select(d => "dim." + d));
        codes.AddRange(Enum.GetNames<CountingUnit>().Select(u => "unit." + u));
        codes.AddRange(["header.unit", "header.policySource", "header.recordsCounted", "header.excludedWithoutConsent", "header.distinctTotals"]);
        var words = codes.SelectMany(c => Cultures.Select(culture => StatisticsLabels.Label(c, culture)).Append(c))
            .Concat(Enum.GetNames<CellStatus>()).Concat(Enum.GetNames<CountingUnit>())
            .Concat(["period", "unit", "policy", "policySource", "recordsCounted", "excludedWithoutConsent", "tables", "name", "totalsCountDistinctCases", "dimensions", "key", "label", "cells", "categories", "labels", "value", "status", "table", "true", "false"]);
        return words.Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(w => w.Length).ToArray();
    }

    // The library's words taken out of an export where they stand as whole words: a host's "Nordville" keeps its "No", and a table
    // named "Partenaire-Dupont" keeps its "Partenaire" (letters, digits and _ . @ - join a word).
    private static readonly System.Text.RegularExpressions.Regex VocabularyPattern = Whole(Vocabulary);

    private static System.Text.RegularExpressions.Regex Whole(IEnumerable<string> words) => new(
        @"(?<![\p{L}\p{N}_.@-])(?:" + string.Join("|", words.OrderByDescending(w => w.Length).Select(System.Text.RegularExpressions.Regex.Escape)) + @")(?![\p{L}\p{N}_.@-])",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // What a JSON export says, unescaped: its property names and string values, a line each (the writer escapes accents and
    // apostrophes, which a search in the raw text would miss).
    private static string JsonText(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var lines = new List<string>();
        void Walk(System.Text.Json.JsonElement element)
        {
            switch (element.ValueKind)
            {
                case System.Text.Json.JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        lines.Add(property.Name);
                        Walk(property.Value);
                    }

                    break;
                case System.Text.Json.JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item);
                    }

                    break;
                default:
                    lines.Add(element.ToString());
                    break;
            }
        }

        Walk(document.RootElement);
        return string.Join("\n", lines);
    }

    private static string WithoutVocabulary(string text, StatisticsReport report)
    {
        var withoutPolicy = Whole([report.PolicyName, report.PolicySource]).Replace(text, "\u0001");
        return VocabularyPattern.Replace(withoutPolicy, "\u0001");
    }

    private static string Name(PublishedTable table, PublishedCell cell) => $"{table.Name}:{string.Join("/", cell.Categories)}";
}
