using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Intervention.Reporting.Statistics;

/// <summary>Exports a report to JSON, CSV and Markdown, with French or English labels. Suppressed cells carry no value and no
/// reason; the three formats state the same facts.</summary>
public static class ReportExport
{
    /// <summary>Writes the report as JSON: codes, labels, values (absent for suppressed cells) and statuses (a suppressed cell says
    /// only <c>Suppressed</c>, never why); a header withheld is absent. The host's own view of the reasons is never written.</summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The labels' language.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ToJson(StatisticsReport report, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(culture);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("period", report.Period);
            json.WriteString("unit", report.Unit.ToString());
            json.WriteString("policy", report.PolicyName);
            json.WriteString("policySource", report.PolicySource);
            if (report.RecordsCounted is { } counted)
            {
                json.WriteNumber("recordsCounted", counted);
            }

            if (report.ExcludedWithoutConsent is { } excluded)
            {
                json.WriteNumber("excludedWithoutConsent", excluded);
            }
            json.WriteStartArray("tables");
            foreach (var table in report.Tables)
            {
                json.WriteStartObject();
                json.WriteString("name", table.Name);
                json.WriteBoolean("totalsCountDistinctCases", table.TotalsCountDistinctCases);
                json.WriteStartArray("dimensions");
                foreach (var d in table.Dimensions)
                {
                    json.WriteStartObject();
                    json.WriteString("key", d.Key);
                    json.WriteString("label", StatisticsLabels.Label("dim." + d.Dimension, culture));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("cells");
                foreach (var cell in table.Cells)
                {
                    json.WriteStartObject();
                    json.WriteStartArray("categories");
                    foreach (var c in cell.Categories)
                    {
                        json.WriteStringValue(c);
                    }

                    json.WriteEndArray();
                    json.WriteStartArray("labels");
                    foreach (var c in cell.Categories)
                    {
                        json.WriteStringValue(StatisticsLabels.Label(c, culture));
                    }

                    json.WriteEndArray();
                    if (cell.Value is { } value)
                    {
                        json.WriteNumber("value", value);
                    }

                    json.WriteString("status", cell.Status.ToString());
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// Writes the report as CSV: first a line of the report's header (period, unit, policy, its source, records counted, records
    /// left out without consent; an empty field where a header is withheld), then per table a line of column names and one line
    /// per cell (table, whether its totals count distinct cases, one column per dimension label, value, status); a suppressed
    /// cell's value is empty and its status says only that it is suppressed. It states what the JSON export states.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The labels' language.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ToCsv(StatisticsReport report, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(culture);
        var text = new StringBuilder();
        text.AppendLine("period,unit,policy,policySource,recordsCounted,excludedWithoutConsent");
        text.AppendLine(string.Join(",", Quote(report.Period), report.Unit.ToString(), Quote(report.PolicyName), Quote(report.PolicySource), Number(report.RecordsCounted), Number(report.ExcludedWithoutConsent)));
        foreach (var table in report.Tables)
        {
            text.AppendLine(string.Join(",", new[] { "table", "totalsCountDistinctCases" }.Concat(table.Dimensions.Select(d => Quote(StatisticsLabels.Label("dim." + d.Dimension, culture)))).Concat(["value", "status"])));
            foreach (var cell in table.Cells)
            {
                text.AppendLine(string.Join(",", new[] { Quote(table.Name), table.TotalsCountDistinctCases ? "true" : "false" }
                    .Concat(cell.Categories.Select(c => Quote(StatisticsLabels.Label(c, culture))))
                    .Concat([Number(cell.Value), cell.Status.ToString()])));
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Writes the report as Markdown: the report's header (unit, policy and its source, records counted, records left out without
    /// consent), then one table per table of the report, saying when its totals count distinct cases; a suppressed cell or header
    /// shows the word "secret" (or "suppressed"), never a value. It states what the JSON export states.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The labels' language.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ToMarkdown(StatisticsReport report, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(culture);
        string L(string code) => StatisticsLabels.Label(code, culture);
        string Shown(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? L("suppressed");
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {report.Period} — {report.PolicyName}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"- {L("header.unit")}: {L("unit." + report.Unit)}\n");
        text.Append(CultureInfo.InvariantCulture, $"- {L("header.policySource")}: {report.PolicySource}\n");
        text.Append(CultureInfo.InvariantCulture, $"- {L("header.recordsCounted")}: {Shown(report.RecordsCounted)}\n");
        text.Append(CultureInfo.InvariantCulture, $"- {L("header.excludedWithoutConsent")}: {Shown(report.ExcludedWithoutConsent)}\n\n");
        foreach (var table in report.Tables)
        {
            text.Append(CultureInfo.InvariantCulture, $"## {table.Name}\n\n");
            if (table.TotalsCountDistinctCases)
            {
                text.Append(L("header.distinctTotals")).Append("\n\n");
            }

            text.Append("| ").Append(string.Join(" | ", table.Dimensions.Select(d => L("dim." + d.Dimension)))).Append(" | n |\n");
            text.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", table.Dimensions.Count))).Append(" ---: |\n");
            foreach (var cell in table.Cells)
            {
                text.Append("| ").Append(string.Join(" | ", cell.Categories.Select(L))).Append(" | ").Append(Shown(cell.Value)).Append(" |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Quote(string value) => value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal)
        ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;
}
