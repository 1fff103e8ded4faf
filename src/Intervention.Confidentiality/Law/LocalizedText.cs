using System;
using System.Globalization;
using Intervention.Domain.Localization;

namespace Intervention.Confidentiality.Law;

/// <summary>
/// A sentence of the law's explanations in French and in English: what a rule concludes, why it does not apply, a line of a
/// decision's trace. The reader's culture chooses (<c>fr</c> and every culture under it read French, others English), as for the
/// labels of the domain and the reporting packages.
/// </summary>
public sealed record LocalizedText
{
    /// <summary>Creates a text.</summary>
    /// <param name="french">The French sentence.</param>
    /// <param name="english">The English sentence.</param>
    /// <exception cref="ArgumentException">A sentence is blank.</exception>
    public LocalizedText(string french, string english)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(french);
        ArgumentException.ThrowIfNullOrWhiteSpace(english);
        French = french;
        English = english;
    }

    /// <summary>Gets the French sentence.</summary>
    public string French { get; }

    /// <summary>Gets the English sentence.</summary>
    public string English { get; }

    /// <summary>The sentence a reader of a culture reads.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns><see cref="French"/> for <c>fr</c> and its descendants (fr-FR, fr-CA, fr-BE, fr-CH…), otherwise <see cref="English"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string In(CultureInfo culture) => FrenchCulture.Includes(culture ?? throw new ArgumentNullException(nameof(culture))) ? French : English;

    /// <summary>Joins two texts, language by language, with a separator.</summary>
    /// <param name="first">The first text.</param>
    /// <param name="separator">What goes between them.</param>
    /// <param name="second">The second text.</param>
    /// <returns>The joined text.</returns>
    internal static LocalizedText Join(LocalizedText first, string separator, LocalizedText second) =>
        new(first.French + separator + second.French, first.English + separator + second.English);

    /// <inheritdoc />
    public override string ToString() => English;
}
