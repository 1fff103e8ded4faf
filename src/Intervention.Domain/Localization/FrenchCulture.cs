using System;
using System.Globalization;

namespace Intervention.Domain.Localization;

/// <summary>Whether a culture reads this package's texts in French: <c>fr</c> and every culture whose parent chain reaches it (fr-FR, fr-CA, fr-BE, fr-CH…).</summary>
internal static class FrenchCulture
{
    /// <summary>The culture French texts are formatted in (dates, numbers).</summary>
    internal static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Returns whether <paramref name="culture"/> is <c>fr</c> or one of its descendants.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns><see langword="true"/> for French cultures.</returns>
    internal static bool Includes(CultureInfo culture)
    {
        for (var current = culture; !Equals(current, CultureInfo.InvariantCulture); current = current.Parent)
        {
            if (string.Equals(current.Name, "fr", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
