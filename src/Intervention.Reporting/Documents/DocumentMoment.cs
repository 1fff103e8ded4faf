using NodaTime;

namespace Intervention.Reporting.Documents;

/// <summary>The instant a document is checked at, for the rules that depend on it: nothing in a document happens after it, and a
/// guidance card's review is not overdue on its day (R36).</summary>
/// <param name="Latest">The latest instant a document may record.</param>
/// <param name="Today">The day of the check, in UTC.</param>
internal readonly record struct DocumentMoment(Instant Latest, LocalDate Today)
{
    internal static DocumentMoment? From(LocalDate? asOf) =>
        asOf is { } day ? new DocumentMoment(day == LocalDate.MaxIsoValue ? Instant.MaxValue : day.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() - Duration.Epsilon, day) : null;

    internal static DocumentMoment From(Instant asOf) => new(asOf, asOf.InUtc().Date);
}
