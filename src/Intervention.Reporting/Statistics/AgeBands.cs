using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Intervention.Reporting.Statistics;

/// <summary>An age band, from an age to another (both included) or open-ended: the coarsening of a birth date that statistics may carry.</summary>
/// <param name="From">The youngest age in the band, in whole years.</param>
/// <param name="To">The oldest age in the band, or <see langword="null"/> for "and over".</param>
public sealed record AgeBand(int From, int? To)
{
    /// <summary>Gets the band's code, for example <c>18-24</c> or <c>65+</c>.</summary>
    public string Code => To is { } to ? string.Create(CultureInfo.InvariantCulture, $"{From}-{to}") : string.Create(CultureInfo.InvariantCulture, $"{From}+");

    /// <summary>Whether an age falls in the band.</summary>
    /// <param name="age">The age in whole years.</param>
    /// <returns><see langword="true"/> when within the band.</returns>
    public bool Contains(int age) => age >= From && (To is null || age <= To);

    /// <inheritdoc />
    public override string ToString() => Code;
}

/// <summary>A set of age bands that do not overlap and cover every age from 0, validated when built.</summary>
public sealed class AgeBands
{
    private readonly AgeBand[] _bands;

    /// <summary>Creates the set.</summary>
    /// <param name="bands">The bands, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> is null.</exception>
    /// <exception cref="ArgumentException">The bands overlap, leave a gap, do not start at 0, do not end open, a band ends before it starts,
    /// a band is null, a bound is beyond any age (<see cref="Domain.People.Participant.MaxAge"/>), or there are more bands than ages; the message says where.</exception>
    public AgeBands(IEnumerable<AgeBand> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        _bands = bands.ToArray();
        if (_bands.Any(b => b is null) || _bands.Length > Domain.People.Participant.MaxAge + 1)
        {
            throw new ArgumentException($"Age bands are at most {Domain.People.Participant.MaxAge + 1}, none null.", nameof(bands));
        }

        if (_bands.Any(b => b.From > Domain.People.Participant.MaxAge || b.To > Domain.People.Participant.MaxAge))
        {
            throw new ArgumentException($"An age band's bounds are at most {Domain.People.Participant.MaxAge}.", nameof(bands));
        }

        _bands = _bands.OrderBy(b => b.From).ToArray();
        if (_bands.Length == 0 || _bands[0].From != 0)
        {
            throw new ArgumentException("Age bands start at 0.", nameof(bands));
        }

        for (var i = 0; i < _bands.Length; i++)
        {
            var band = _bands[i];
            if (band.To is { } to && to < band.From)
            {
                throw new ArgumentException($"The band {band.Code} ends before it starts.", nameof(bands));
            }

            if (i + 1 < _bands.Length)
            {
                var next = _bands[i + 1];
                if (band.To is null || band.To.Value + 1 != next.From)
                {
                    throw new ArgumentException($"The bands {band.Code} and {next.Code} overlap or leave a gap.", nameof(bands));
                }
            }
            else if (band.To is not null)
            {
                throw new ArgumentException($"The last band {band.Code} must be open-ended (\"and over\").", nameof(bands));
            }
        }
    }

    /// <summary>Gets the default bands: 0-17, 18-24, 25-39, 40-59, 60-74, 75+.</summary>
    public static AgeBands Default { get; } = new([new(0, 17), new(18, 24), new(25, 39), new(40, 59), new(60, 74), new(75, null)]);

    /// <summary>Gets the bands, youngest first.</summary>
    public IReadOnlyList<AgeBand> Bands => _bands;

    /// <summary>Returns the band of an age.</summary>
    /// <param name="age">The age in whole years (0 or more).</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="age"/> is negative.</exception>
    public AgeBand Of(int age)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(age);
        foreach (var band in _bands)
        {
            if (band.Contains(age))
            {
                return band;
            }
        }

        throw new InvalidOperationException("Validated bands cover every age.");
    }
}
