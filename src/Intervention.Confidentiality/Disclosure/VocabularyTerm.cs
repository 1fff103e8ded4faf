using System;
using Intervention.Confidentiality.Law;

namespace Intervention.Confidentiality.Disclosure;

/// <summary>The four vocabularies of a disclosure request a rule pack publishes.</summary>
public enum VocabularyKind
{
    /// <summary>Who discloses (<see cref="DiscloserKind"/>).</summary>
    Discloser = 1,

    /// <summary>Who would receive (<see cref="RecipientKind"/>).</summary>
    Recipient = 2,

    /// <summary>Why (<see cref="DisclosurePurpose"/>).</summary>
    Purpose = 3,

    /// <summary>What the discloser assessed (<see cref="FactKind"/>).</summary>
    Fact = 4,
}

/// <summary>
/// One term of a pack's vocabulary, as a form lists it: its kind, its value, a label and a description in French and English.
/// </summary>
/// <param name="Kind">Which vocabulary the term belongs to.</param>
/// <param name="Value">The value (a <see cref="DiscloserKind"/>, <see cref="RecipientKind"/>, <see cref="DisclosurePurpose"/> or <see cref="FactKind"/>).</param>
/// <param name="Label">A short label for a form.</param>
/// <param name="Description">What the term means, and the provision that reads it.</param>
/// <remarks>A term several packs list means the same in each: its description is written once and holds for every pack that lists
/// it (for example <see cref="FactKind.AbuseOfMinor"/>: privations or abuse of a minor, read by 226-14 1° in France, 458bis in
/// Belgium, LPJ 39 in Québec and Code pénal 364 in Switzerland). A term that only one jurisdiction's law knows is listed by that
/// pack alone.</remarks>
public sealed record VocabularyTerm(VocabularyKind Kind, Enum Value, LocalizedText Label, LocalizedText Description)
{
    /// <summary>Gets the value's name, the code a form sends back.</summary>
    public string Code => Value.ToString();
}
