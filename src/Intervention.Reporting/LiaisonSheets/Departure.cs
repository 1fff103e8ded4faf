using System.Collections.Generic;
using System.Linq;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using NodaTime;

namespace Intervention.Reporting.LiaisonSheets;

/// <summary>A reason a document may not leave at an instant: its code and the values its message quotes.</summary>
/// <param name="Code">A code of <see cref="LiaisonSheetCodes"/>.</param>
/// <param name="Arguments">The values quoted (instants, dates).</param>
internal sealed record DepartureRefusal(string Code, object?[] Arguments);

/// <summary>
/// The check made each time a document leaves or moves towards leaving (built, sent): the decision it rests on was taken for an act
/// on that day, and the consent the decision relied on, as the person's consents stand at that instant, is still in effect.
/// </summary>
internal static class Departure
{
    /// <summary>Checks a decision at an instant.</summary>
    /// <param name="dateOfAct">The date of the act the decision was taken for.</param>
    /// <param name="zone">The time zone of that act.</param>
    /// <param name="reliedOn">The consent the decision relied on, if any.</param>
    /// <param name="consentsNow">The person's consents as they stand at <paramref name="at"/>.</param>
    /// <param name="at">The instant the document is built or sent.</param>
    /// <returns>Null when it may leave; otherwise why not.</returns>
    internal static DepartureRefusal? Check(LocalDate dateOfAct, DateTimeZone zone, Consent? reliedOn, IReadOnlyCollection<Consent> consentsNow, Instant at)
    {
        var today = at.InZone(zone).Date;
        if (today != dateOfAct)
        {
            return new(LiaisonSheetCodes.DecisionOfAnotherDate, [dateOfAct, today]);
        }

        if (reliedOn is null)
        {
            return null;
        }

        var current = consentsNow.FirstOrDefault(c => c is not null && c.IsSameGrantAs(reliedOn));
        if (current is null)
        {
            return new(LiaisonSheetCodes.ConsentMissing, []);
        }

        // The earlier of the two withdrawals counts: a value the host still holds from before cannot undo one.
        var withdrawn = (current.WithdrawnAt, reliedOn.WithdrawnAt) switch
        {
            ({ } a, { } b) => a < b ? a : b,
            ({ } a, null) => a,
            (null, var b) => b,
        };
        if (withdrawn is { } w && w <= at)
        {
            return new(LiaisonSheetCodes.ConsentWithdrawn, [w]);
        }

        if (current.ExpiresAt is { } e && e <= at)
        {
            return new(LiaisonSheetCodes.ConsentExpired, [e]);
        }

        return at < current.GivenAt ? new(LiaisonSheetCodes.ConsentNotYetGiven, [current.GivenAt]) : null;
    }
}
