using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Intervention.Confidentiality.Audit;
using Intervention.Confidentiality.Disclosure;
using Intervention.Domain.People;

namespace Intervention.EntityFrameworkCore;

/// <summary>An audit entry to its row and back; lists as JSON arrays of names, read strictly (an unknown name is an error).</summary>
internal static class AuditRows
{
    public static AuditRow ToRow(AuditEntry entry) => new()
    {
        Sequence = entry.Sequence,
        AskedBy = entry.AskedBy,
        CaseReference = entry.CaseReference,
        Discloser = entry.Discloser.ToString(),
        Recipient = entry.Recipient.ToString(),
        Purpose = entry.Purpose.ToString(),
        DataAsked = Names(entry.DataAsked),
        Outcome = entry.Outcome.ToString(),
        LegalBases = JsonSerializer.Serialize(entry.LegalBases.ToArray()),
        DataAllowed = Names(entry.DataAllowed),
        DateOfAct = entry.DateOfAct,
        RecordedAt = entry.RecordedAt,
        PreviousHash = entry.PreviousHash,
        Hash = entry.Hash,
        ActAt = entry.Basis.ActAt,
        SubjectAgeGroup = entry.Basis.SubjectAgeGroup.ToString(),
        SubjectUnderLegalProtection = entry.Basis.SubjectUnderLegalProtection,
        Facts = Names(entry.Basis.Facts),
        ConsentReferences = JsonSerializer.Serialize(entry.Basis.ConsentReferences.ToArray()),
        Pack = entry.Basis.Pack,
        PackVersion = entry.Basis.PackVersion,
        Policy = entry.Basis.Policy,
    };

    /// <exception cref="StoredDataException">The row is not one this package wrote.</exception>
    public static AuditEntry ToEntry(AuditRow row)
    {
        try
        {
            var basis = new AuditBasis(row.ActAt, One<AgeGroup>(row.SubjectAgeGroup), row.SubjectUnderLegalProtection, Parse<FactKind>(row.Facts), Texts(row.ConsentReferences), row.Pack, row.PackVersion, row.Policy);
            return new AuditEntry(
                row.Sequence, row.AskedBy, row.CaseReference, One<DiscloserKind>(row.Discloser), One<RecipientKind>(row.Recipient), One<DisclosurePurpose>(row.Purpose),
                Parse<DataCategory>(row.DataAsked), One<DisclosureOutcome>(row.Outcome),
                Texts(row.LegalBases), Parse<DataCategory>(row.DataAllowed), row.DateOfAct, row.RecordedAt, row.PreviousHash, row.Hash, basis);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException)
        {
            throw new StoredDataException("intervention_audit", row.Sequence.ToString(CultureInfo.InvariantCulture), $"The audit entry {row.Sequence} cannot be read back: {e.Message}", e);
        }
    }

    private static string Names<T>(System.Collections.Generic.IEnumerable<T> values)
        where T : struct, Enum => JsonSerializer.Serialize(values.Select(v => v.ToString()).ToArray());

    private static T[] Parse<T>(string json)
        where T : struct, Enum => Texts(json).Select(One<T>).ToArray();

    // A name exactly as ToString writes it (not a number, not another case).
    private static T One<T>(string name)
        where T : struct, Enum =>
        Enum.TryParse<T>(name, ignoreCase: false, out var value) && Enum.IsDefined(value) && string.Equals(value.ToString(), name, StringComparison.Ordinal)
            ? value
            : throw new FormatException($"'{name}' is not a {typeof(T).Name}.");

    private static string[] Texts(string json) =>
        JsonSerializer.Deserialize<string[]>(json) is { } texts && texts.All(t => t is not null)
            ? texts
            : throw new FormatException("A list is not a JSON array of texts.");
}
