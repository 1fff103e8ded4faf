using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace Intervention.EntityFrameworkCore;

/// <summary>NodaTime values as ISO text whose ordinal order is the values' order (fixed widths, UTC for instants).</summary>
internal static class IsoText
{
    private static readonly InstantPattern FixedInstant = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffff'Z'");

    public static ValueConverter<LocalDate, string> Date { get; } =
        new(d => LocalDatePattern.Iso.Format(d), s => LocalDatePattern.Iso.Parse(s).Value);

    public static ValueConverter<Instant, string> Instant { get; } =
        new(i => FixedInstant.Format(i), s => FixedInstant.Parse(s).Value);

    // An offset date-time keeps its offset (the date of an act is the date where it happened): text on every provider.
    public static ValueConverter<OffsetDateTime, string> OffsetDateTime { get; } =
        new(o => OffsetDateTimePattern.ExtendedIso.Format(o), s => OffsetDateTimePattern.ExtendedIso.Parse(s).Value);

    public static string Format(OffsetDateTime value) => OffsetDateTimePattern.ExtendedIso.Format(value);
}
