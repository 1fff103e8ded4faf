using System;

namespace Intervention.Reporting.Documents;

/// <summary>The documents that leave the office (or reach it) and have a published JSON Schema.</summary>
public enum DocumentType
{
    /// <summary>The liaison sheet to a departmental (or other partner) social service (R21; seed 004).</summary>
    LiaisonSheet = 1,

    /// <summary>The gendarme/officer-to-worker liaison sheet: an incoming referral (R20; seed 004).</summary>
    OfficerReferral = 2,

    /// <summary>The Québec social referral with its source and the five admissibility criteria (R30–R32; seed 001).</summary>
    SocialReferral = 3,

    /// <summary>The Québec officer guidance card (fiche Info-social), reviewed yearly (R36; seed 001).</summary>
    OfficerGuidanceCard = 4,

    /// <summary>Worrying information (information préoccupante) to the CRIP (CASF L.226-2-1; R21).</summary>
    ChildAtRiskReport = 5,
}

/// <summary>
/// The identity of a document's schema: a stable name, a semantic version, and the canonical id built from both
/// (<c>https://schemas.intervention.dev/liaison-sheet/1.0.0</c>). Field ids (the JSON property names) are stable within a
/// major version: a minor version only adds optional fields.
/// </summary>
/// <param name="Type">The document.</param>
/// <param name="Name">The stable name used in the id.</param>
/// <param name="Version">The schema's semantic version.</param>
public sealed record DocumentSchemaInfo(DocumentType Type, string Name, string Version)
{
    /// <summary>The base of every canonical id.</summary>
    public const string BaseUri = "https://schemas.intervention.dev/";

    /// <summary>Gets the canonical id, which every document carries in its <c>schemaId</c> field.</summary>
    public string CanonicalId => $"{BaseUri}{Name}/{Version}";

    /// <summary>Returns the <c>$id</c> of the schema in one language: the canonical id followed by the language tag.</summary>
    /// <param name="language">A language of <see cref="DocumentSchemas.Languages"/>.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException">The language is not one of the published ones.</exception>
    public string SchemaId(string language) =>
        Array.IndexOf(DocumentSchemas.LanguageTags, language) >= 0
            ? $"{CanonicalId}/{language}"
            : throw new ArgumentException($"'{language}' is not a published language (fr, fr-CA, en).", nameof(language));
}
