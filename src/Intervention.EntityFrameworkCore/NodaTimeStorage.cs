namespace Intervention.EntityFrameworkCore;

/// <summary>How the model stores NodaTime values.</summary>
public enum NodaTimeStorage
{
    /// <summary>
    /// As ISO text (<c>2026-03-02</c>, <c>2026-03-02T09:00:00Z</c>), whose ordinal order is the calendar order: for SQLite and any
    /// provider without NodaTime types. Instants are written with a fixed number of fraction digits so that text order is time order.
    /// </summary>
    IsoText = 1,

    /// <summary>
    /// As the provider's own types, through its NodaTime plugin (PostgreSQL: <c>UseNpgsql(…, o =&gt; o.UseNodaTime())</c>, which
    /// stores a <c>LocalDate</c> as <c>date</c> and an <c>Instant</c> as <c>timestamp with time zone</c>, to the microsecond).
    /// </summary>
    Native = 2,
}
