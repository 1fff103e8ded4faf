using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Intervention.Reporting.LiaisonSheets;

/// <summary>How the reporting package's messages write the values they quote: dates and instants as the language writes them, numbers
/// in the culture, texts cut to a short excerpt (a message never echoes a long input whole).</summary>
internal static class Texts
{
    /// <summary>The most characters of an input a message quotes.</summary>
    internal const int ExcerptLength = 40;

    private static readonly LocalDatePattern FrenchDate = LocalDatePattern.Create("d MMMM uuuu", FrenchCulture.Culture);
    private static readonly LocalDatePattern EnglishDate = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.GetCultureInfo("en-GB"));
    private static readonly LocalTimePattern Time = LocalTimePattern.Create("HH:mm", CultureInfo.InvariantCulture);

    internal static string Format(object? value, bool french) => value switch
    {
        null => string.Empty,
        LocalDate date => (french ? FrenchDate : EnglishDate).Format(date),
        Instant instant => Instant(instant, french),
        string text => Excerpt(text),
        IFormattable formattable => formattable.ToString(null, french ? FrenchCulture.Culture : CultureInfo.GetCultureInfo("en-GB")),
        _ => Excerpt(value.ToString() ?? string.Empty),
    };

    internal static string Excerpt(string text, int length = ExcerptLength)
    {
        if (text.Length <= length)
        {
            return text;
        }

        // Cut on a character boundary, never inside a surrogate pair.
        var cut = length;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }

    /// <summary>The offset of the first lone surrogate, or null when the text is valid UTF-16 (JSON text is Unicode text).</summary>
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

    private static string Instant(Instant instant, bool french)
    {
        var utc = instant.InUtc();
        var date = (french ? FrenchDate : EnglishDate).Format(utc.Date);
        return french ? $"{date} à {Time.Format(utc.TimeOfDay)} UTC" : $"{date} at {Time.Format(utc.TimeOfDay)} UTC";
    }
}
