using System;
using System.Globalization;
using NodaTime;

namespace Intervention.Confidentiality.Law;

/// <summary>
/// One version of a legal provision: code, article, paragraph, the version's dates of effect, where it comes from, and
/// whether the text still needs checking against the official source.
/// </summary>
/// <remarks>Keep each article's reference and the amending law next to the rule.</remarks>
public sealed record LegalReference
{
    /// <summary>Creates a reference.</summary>
    /// <param name="code">The code or instrument, for example <c>Code pénal</c>, or <c>Cadre de référence 2006</c> for a rule of the seeds.</param>
    /// <param name="article">The article, for example <c>226-14</c>.</param>
    /// <param name="paragraph">The paragraph or alinéa, for example <c>1°</c>, if any.</param>
    /// <param name="version">What this version is, for example <c>Loi 2015-1402 du 5 novembre 2015</c>.</param>
    /// <param name="inForceFrom">The first day this version applies.</param>
    /// <param name="inForceUntil">The first day it no longer applies, if it was replaced.</param>
    /// <param name="officialId">The official identifier (Légifrance LEGIARTI…), when known.</param>
    /// <param name="toConfirm">Whether the text was read from a secondary copy and must still be checked against the official one.</param>
    /// <exception cref="ArgumentException">A required text is blank, or the version ends before it starts.</exception>
    public LegalReference(string code, string article, string? paragraph, string version, LocalDate inForceFrom, LocalDate? inForceUntil = null, string? officialId = null, bool toConfirm = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(article);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        if (inForceUntil is { } until && until <= inForceFrom)
        {
            throw new ArgumentException("A version ends after it starts.", nameof(inForceUntil));
        }

        Code = code;
        Article = article;
        Paragraph = paragraph;
        Version = version;
        InForceFrom = inForceFrom;
        InForceUntil = inForceUntil;
        OfficialId = officialId;
        ToConfirm = toConfirm;
    }

    /// <summary>Gets the code or instrument.</summary>
    public string Code { get; }

    /// <summary>Gets the article.</summary>
    public string Article { get; }

    /// <summary>Gets the paragraph, if any.</summary>
    public string? Paragraph { get; }

    /// <summary>Gets what this version is.</summary>
    public string Version { get; }

    /// <summary>Gets the first day this version applies.</summary>
    public LocalDate InForceFrom { get; }

    /// <summary>Gets the first day it no longer applies, if replaced.</summary>
    public LocalDate? InForceUntil { get; }

    /// <summary>Gets whether the source bears no date (a service document of the seeds): it is then applied at every date, and is
    /// to confirm.</summary>
    public bool Undated => InForceFrom == LocalDate.MinIsoValue;

    /// <summary>Creates the reference of a source that bears no date, such as a service's internal directive: applied at every date
    /// and marked to confirm until its date of adoption is known.</summary>
    /// <param name="code">The instrument, for example <c>Directive du service psychosocial de la police</c>.</param>
    /// <param name="article">The article or section.</param>
    /// <param name="paragraph">The paragraph, if any.</param>
    /// <param name="version">What the rule says, in a phrase.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException">A required text is blank.</exception>
    public static LegalReference UndatedSource(string code, string article, string? paragraph, string version) =>
        new(code, article, paragraph, version, LocalDate.MinIsoValue, toConfirm: true);

    /// <summary>Gets the official identifier, when known.</summary>
    public string? OfficialId { get; }

    /// <summary>Gets whether the text must still be checked against the official source.</summary>
    public bool ToConfirm { get; }

    /// <summary>Whether this version applies on a date.</summary>
    /// <param name="date">The date of the act.</param>
    /// <returns><see langword="true"/> from <see cref="InForceFrom"/> until (excluded) <see cref="InForceUntil"/>.</returns>
    public bool IsInForceOn(LocalDate date) => date >= InForceFrom && (InForceUntil is null || date < InForceUntil);

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Code}, art. {Article}{(Paragraph is null ? "" : " " + Paragraph)} ({Version}; {(Undated ? "undated" : $"in force from {InForceFrom:yyyy-MM-dd}")}{(InForceUntil is { } u ? $" to {u:yyyy-MM-dd}" : "")}){(ToConfirm ? " [to confirm]" : "")}");
}
