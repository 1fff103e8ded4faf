using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Google.OrTools.Sat;

namespace Intervention.Reporting.Auditing.Tests;

/// <summary>
/// An attacker written apart from the auditor: it reads JSON exports only (no object of the library), knows the public rule from
/// the policy's name, and finds by integer programming (CP-SAT) the smallest and largest value of every suppressed cell, withheld
/// header, and part of a cell over months that the releases split differently. The unknowns are the counts of every combination of
/// categories by month; tables are read by their category codes, dimensions by their keys (it handles the channel, age group, sex
/// and period dimensions, the period by month, quarter or half-year).
/// </summary>
internal static class ExportAttacker
{
    private sealed record Cell(string Table, string[] Keys, string[] Codes, long? Value);

    private sealed record Release(string Period, int[] Months, int Threshold, bool SuppressZeros, long? Counted, long? Excluded, List<Cell> Cells);

    /// <summary>Every quantity pinned at one value, with the value: key "table|categories|period", as <see cref="CellInterval"/> names them.</summary>
    public static IReadOnlyDictionary<string, (long Lower, long Upper, bool Small)> Attack(IReadOnlyList<string> jsonExports, bool excludedHeaders)
    {
        var releases = jsonExports.Select(Read).ToArray();
        var months = releases.SelectMany(r => r.Months).Distinct().Order().ToArray();
        var keys = releases.SelectMany(r => r.Cells).SelectMany(c => c.Keys).Where(k => !k.StartsWith("Period", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var values = keys.Select(k => releases.SelectMany(r => r.Cells).SelectMany(c => c.Keys.Zip(c.Codes)).Where(p => p.First == k && p.Second != "Total").Select(p => p.Second).Distinct().Order(StringComparer.Ordinal).ToArray()).ToArray();

        // Combinations: every category of every dimension, by month.
        var combinations = new List<(string[] Codes, int Month)>();
        IEnumerable<string[]> Cross(int d) => d == keys.Length ? [[]] : values[d].SelectMany(v => Cross(d + 1).Select(rest => (string[])[v, .. rest]));
        foreach (var codes in Cross(0))
        {
            combinations.AddRange(months.Select(m => (codes, m)));
        }

        var bound = 10 * (10 + releases.Sum(r => r.Cells.Sum(c => c.Value ?? 0) + (r.Counted ?? 0) + (r.Excluded ?? 0)));
        var constraints = new List<(int[] Terms, long Lower, long Upper)>();
        var quantities = new List<(string Key, int[] Terms, int Threshold, bool Zeros)>();
        var current = releases[^1];
        foreach (var release in releases)
        {
            foreach (var cell in release.Cells)
            {
                var terms = Enumerable.Range(0, combinations.Count).Where(i => release.Months.Contains(combinations[i].Month) && Matches(cell, keys, combinations[i])).ToArray();
                var key = $"{cell.Table}|{string.Join("|", cell.Codes)}";
                if (cell.Value is { } value)
                {
                    constraints.Add((terms, value, value));
                }
                else
                {
                    constraints.Add((terms, release.SuppressZeros ? 0 : 1, bound));
                    quantities.Add(($"{key}|{release.Period}", terms, release.Threshold, release.SuppressZeros));
                }

                // Parts that subtraction reaches: the months the cell covers that the releases split differently.
                var covered = release.Months.Where(m => cell.Keys.Select((k, d) => (k, d)).All(x => !x.k.StartsWith("Period", StringComparison.Ordinal) || cell.Codes[x.d] == "Total" || PeriodMonths(cell.Codes[x.d]).Contains(m))).ToArray();
                var signatures = covered.Select(m => Signature(releases, m)).Distinct().ToArray();
                if (releases.Length > 1 && signatures.Length > 1)
                {
                    foreach (var signature in signatures)
                    {
                        var part = terms.Where(t => Signature(releases, combinations[t].Month) == signature).ToArray();
                        quantities.Add(($"{key}|{Label(releases, signature, months)}", part, current.Threshold, current.SuppressZeros));
                    }
                }
            }

            var all = Enumerable.Range(0, combinations.Count).Where(i => release.Months.Contains(combinations[i].Month)).ToArray();
            if (release.Counted is { } counted)
            {
                constraints.Add((all, counted, counted));
            }
        }

        // The records left out without consent: a series of its own, by month.
        var excludedBase = combinations.Count;
        var variableCount = combinations.Count + months.Length;
        if (excludedHeaders)
        {
            foreach (var release in releases)
            {
                var terms = release.Months.Select(m => excludedBase + Array.IndexOf(months, m)).ToArray();
                if (release.Excluded is { } excluded)
                {
                    constraints.Add((terms, excluded, excluded));
                }
                else
                {
                    quantities.Add(($"header:excludedWithoutConsent||{release.Period}", terms, release.Threshold, release.SuppressZeros));
                }
            }

            if (releases.Length > 1)
            {
                foreach (var group in months.GroupBy(m => Signature(releases, m)))
                {
                    quantities.Add(($"header:excludedWithoutConsent||{Label(releases, group.Key, months)}", group.Select(m => excludedBase + Array.IndexOf(months, m)).ToArray(), current.Threshold, current.SuppressZeros));
                }
            }
        }

        var result = new Dictionary<string, (long, long, bool)>(StringComparer.Ordinal);
        foreach (var (key, terms, threshold, zeros) in quantities.DistinctBy(q => q.Key))
        {
            var lower = Solve(variableCount, bound, constraints, terms, maximise: false);
            var upper = Solve(variableCount, bound, constraints, terms, maximise: true);
            var small = Enumerable.Range((int)Math.Min(lower, 1000), (int)Math.Min(upper, 1000) - (int)Math.Min(lower, 1000) + 1).Any(v => (v > 0 && v < threshold) || (v == 0 && zeros));
            result[key] = (lower, upper, small);
        }

        return result;
    }

    private static string Signature(Release[] releases, int month) => string.Concat(releases.Select(r => r.Months.Contains(month) ? '1' : '0'));

    private static string Label(Release[] releases, string signature, int[] months) =>
        string.Join("+", months.Where(m => Signature(releases, m) == signature).Select(m => string.Create(CultureInfo.InvariantCulture, $"{m / 12:D4}-{(m % 12) + 1:D2}")));

    private static long Solve(int variableCount, long bound, List<(int[] Terms, long Lower, long Upper)> constraints, int[] objective, bool maximise)
    {
        var model = new CpModel();
        var x = Enumerable.Range(0, variableCount).Select(i => model.NewIntVar(0, bound, $"x{i}")).ToArray();
        foreach (var (terms, lower, upper) in constraints)
        {
            model.AddLinearConstraint(LinearExpr.Sum(terms.Select(t => (LinearExpr)x[t])), lower, upper);
        }

        var sum = LinearExpr.Sum(objective.Select(t => (LinearExpr)x[t]));
        if (maximise)
        {
            model.Maximize(sum);
        }
        else
        {
            model.Minimize(sum);
        }

        var solver = new CpSolver { StringParameters = "num_workers:1" };
        var status = solver.Solve(model);
        if (status != CpSolverStatus.Optimal)
        {
            throw new InvalidOperationException($"CP-SAT: {status}");
        }

        return (long)Math.Round(solver.ObjectiveValue);
    }

    private static bool Matches(Cell cell, string[] keys, (string[] Codes, int Month) combination)
    {
        for (var d = 0; d < cell.Keys.Length; d++)
        {
            var code = cell.Codes[d];
            if (code == "Total")
            {
                continue;
            }

            if (cell.Keys[d].StartsWith("Period", StringComparison.Ordinal))
            {
                if (!PeriodMonths(code).Contains(combination.Month))
                {
                    return false;
                }
            }
            else if (combination.Codes[Array.IndexOf(keys, cell.Keys[d])] != code)
            {
                return false;
            }
        }

        return true;
    }

    private static Release Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var period = root.GetProperty("period").GetString()!;
        // The method a policy names after its rule ("…, complementary protection Hypercube") does not change what the rule says.
        var policy = Regex.Replace(root.GetProperty("policy").GetString()!, ", complementary protection [A-Za-z]+$", string.Empty);
        var (threshold, zeros) = policy switch
        {
            "INSEE" => (3, false),
            "CASD" => (11, false),
            _ when Regex.Match(policy, @"^Threshold (\d+)(, zeros suppressed)?$") is { Success: true } m => (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Success),
            _ => throw new NotSupportedException(policy),
        };
        long? Number(string name) => root.TryGetProperty(name, out var value) ? value.GetInt64() : null;
        var cells = new List<Cell>();
        foreach (var table in root.GetProperty("tables").EnumerateArray())
        {
            var name = table.GetProperty("name").GetString()!;
            var dimensionKeys = table.GetProperty("dimensions").EnumerateArray().Select(d => d.GetProperty("key").GetString()!).ToArray();
            foreach (var cell in table.GetProperty("cells").EnumerateArray())
            {
                var codes = cell.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!).ToArray();
                cells.Add(new Cell(name, dimensionKeys, codes, cell.TryGetProperty("value", out var value) ? value.GetInt64() : null));
            }
        }

        return new Release(period, PeriodMonths(period), threshold, zeros, Number("recordsCounted"), Number("excludedWithoutConsent"), cells);
    }

    // A period code's months, as year * 12 + month − 1: 2026, 2026-H1, 2026-Q3, 2026-05.
    private static int[] PeriodMonths(string code)
    {
        var year = int.Parse(code[..4], CultureInfo.InvariantCulture);
        var (first, count) = code.Length == 4 ? (1, 12)
            : code[5] == 'H' ? (((code[6] - '1') * 6) + 1, 6)
            : code[5] == 'Q' ? (((code[6] - '1') * 3) + 1, 3)
            : (int.Parse(code[5..], CultureInfo.InvariantCulture), 1);
        return Enumerable.Range(first, count).Select(m => (year * 12) + m - 1).ToArray();
    }
}
