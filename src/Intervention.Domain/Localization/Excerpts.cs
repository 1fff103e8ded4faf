using System;

namespace Intervention.Domain.Localization;

/// <summary>How the domain's messages and readers quote input: a long text is cut on a character boundary (a message never echoes a
/// long input whole), and text that is not Unicode is found before any parser meets it.</summary>
internal static class Excerpts
{
    /// <summary>The most characters of an input a message or a path quotes.</summary>
    internal const int Length = 80;

    internal static string Cut(string text)
    {
        if (text.Length <= Length)
        {
            return text;
        }

        return string.Concat(text.AsSpan(0, char.IsHighSurrogate(text[Length - 1]) ? Length - 1 : Length), "…");
    }

    /// <summary>The offset of the first lone surrogate, or null when the text is valid UTF-16.</summary>
    internal static int? FirstLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return null;
    }
}
