using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace Intervention.Packaging.Tests;

/// <summary>The code a README shows between its markers, compared with the code of a file between its own.</summary>
internal static class ReadmeBlocks
{
    /// <summary>The text between two markers (which must both be there).</summary>
    public static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"markers {start} … {end} not found");
        return text[(from + start.Length)..to];
    }

    /// <summary>A README block without its <c>```csharp</c> fence.</summary>
    public static string Unfenced(string block) => Regex.Replace(block, @"^\s*```csharp\s*\n|\n\s*```\s*$", string.Empty);

    /// <summary>The same lines, whatever their common indentation.</summary>
    public static string Normalise(string block)
    {
        var lines = block.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).SkipWhile(l => l.Length == 0).Reverse().SkipWhile(l => l.Length == 0).Reverse().ToArray();
        var indent = lines.Where(l => l.Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l));
    }
}
