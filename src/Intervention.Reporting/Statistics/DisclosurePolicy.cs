using System;

namespace Intervention.Reporting.Statistics;

/// <summary>How published counts are rounded, when a policy rounds.</summary>
public enum RoundingRule
{
    /// <summary>No rounding: exact counts, small cells suppressed.</summary>
    None = 0,

    /// <summary>Every published count rounded to the nearest multiple of the base (halves up).</summary>
    NearestBase = 1,

    /// <summary>Eurostat: 1 to 7 published as 5, 8 and more to the nearest 10.</summary>
    Eurostat = 2,
}

/// <summary>
/// The disclosure-control policy of a report: the primary threshold, whether zeros are suppressed, rounding, and whether
/// complementary (secondary) suppression protects the suppressed cells across all tables of the report.
/// </summary>
/// <remarks>Presets document their source. A threshold k suppresses every count from 1 to k − 1 (R06: no nominative data, direct or indirect).</remarks>
public sealed record DisclosurePolicy
{
    private DisclosurePolicy(string name, int threshold, bool suppressZeros, RoundingRule rounding, int roundingBase, ComplementaryProtection protection, string source)
    {
        Name = name;
        Threshold = threshold;
        SuppressZeros = suppressZeros;
        Rounding = rounding;
        RoundingBase = roundingBase;
        Protection = protection;
        Source = source;
    }

    /// <summary>Gets INSEE's rule: no published cell built from fewer than 3 units (secret statistique; INSEE, « Guide du secret statistique », 2024).</summary>
    public static DisclosurePolicy Insee { get; } = new("INSEE", 3, false, RoundingRule.None, 1, ComplementaryProtection.Gauss, "INSEE, Guide du secret statistique: no cell from fewer than 3 units, with secondary suppression.");

    /// <summary>Gets the CASD health-data rule: no published cell under 11 units (CASD / SNDS small-cell rule).</summary>
    public static DisclosurePolicy Casd { get; } = new("CASD", 11, false, RoundingRule.None, 1, ComplementaryProtection.Gauss, "CASD output checking for health data (SNDS): no cell under 11 units, with secondary suppression.");

    /// <summary>Gets NHS England's current rule: counts of 1 to 7 suppressed, every other count rounded to the nearest 5.</summary>
    public static DisclosurePolicy NhsEngland { get; } = new("NHS England", 8, false, RoundingRule.NearestBase, 5, ComplementaryProtection.None, "NHS England statistical disclosure control: 1-7 suppressed, other counts rounded to the nearest 5.");

    /// <summary>Gets Eurostat's rounding: 1 to 7 published as 5, 8 and more rounded to the nearest 10.</summary>
    public static DisclosurePolicy Eurostat { get; } = new("Eurostat", 1, false, RoundingRule.Eurostat, 10, ComplementaryProtection.None, "Eurostat rounding rule: 1-7 shown as 5, 8 and more rounded to the nearest 10.");

    /// <summary>Gets the policy's name.</summary>
    public string Name { get; }

    /// <summary>Gets the threshold k: non-zero counts below it are suppressed (1 suppresses nothing).</summary>
    public int Threshold { get; }

    /// <summary>Gets whether zero counts are suppressed too.</summary>
    /// <remarks>
    /// A suppressed zero is protected like any suppressed cell: the combinations no record falls in are then not taken as known
    /// zeros, so no suppressed zero is a linear combination of the published cells. Counts are not negative, though: where the
    /// published parts of a margin already add up to it, the parts left are pinned at zero, an inference the Gauss step does not
    /// model. To protect zeros against it too, produce the report with <c>IntervalProtection</c> (package
    /// <c>Intervention.Reporting.Auditing</c>), which audits by linear programming and suppresses more until no primary cell is
    /// pinned.
    /// </remarks>
    public bool SuppressZeros { get; }

    /// <summary>Gets how published counts are rounded.</summary>
    public RoundingRule Rounding { get; }

    /// <summary>Gets the rounding base.</summary>
    public int RoundingBase { get; }

    /// <summary>Gets the complementary protection method: <see cref="ComplementaryProtection.Gauss"/> for the threshold policies,
    /// <see cref="ComplementaryProtection.None"/> for those that round.</summary>
    public ComplementaryProtection Protection { get; }

    /// <summary>Gets whether complementary suppression protects suppressed cells across all tables (not needed when counts are
    /// rounded): whether <see cref="Protection"/> is not <see cref="ComplementaryProtection.None"/>.</summary>
    public bool SecondarySuppression => Protection != ComplementaryProtection.None;

    /// <summary>Gets where the rule comes from.</summary>
    public string Source { get; }

    /// <summary>The largest threshold or rounding base a policy takes (1,000): the protection works through every threshold up to
    /// it, so an unbounded one would never end, and no table of a social-work service needs more.</summary>
    public const int MaxThreshold = 1000;

    /// <summary>A plain threshold of the host's choice, with secondary suppression; its name says the threshold and whether zeros
    /// are suppressed, so two policies that differ are named differently.</summary>
    /// <param name="k">The threshold (2 or more).</param>
    /// <param name="suppressZeros">Whether zeros are suppressed too (see <see cref="SuppressZeros"/> for what protects them).</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is less than 2 or more than <see cref="MaxThreshold"/>.</exception>
    public static DisclosurePolicy WithThreshold(int k, bool suppressZeros = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, MaxThreshold);
        return new(
            suppressZeros ? $"Threshold {k}, zeros suppressed" : $"Threshold {k}",
            k,
            suppressZeros,
            RoundingRule.None,
            1,
            ComplementaryProtection.Gauss,
            suppressZeros
                ? $"Host's threshold: no cell from 1 to {k - 1} units and no zero published, with secondary suppression."
                : $"Host's threshold: no cell from 1 to {k - 1} units published, with secondary suppression.");
    }

    /// <summary>Rounding of every count to the nearest multiple of a base, without suppression.</summary>
    /// <param name="roundingBase">The base (2 or more).</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="roundingBase"/> is less than 2 or more than <see cref="MaxThreshold"/>.</exception>
    public static DisclosurePolicy RoundTo(int roundingBase)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(roundingBase, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(roundingBase, MaxThreshold);
        return new($"Rounded to {roundingBase}", 1, false, RoundingRule.NearestBase, roundingBase, ComplementaryProtection.None, "Every count rounded to the nearest multiple of the base.");
    }

    /// <summary>The same policy with another complementary protection method; its name and source say the method when it is not
    /// this policy's, so two policies that differ are named differently.</summary>
    /// <param name="protection">The method.</param>
    /// <returns>The policy (this one when the method is its own).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="protection"/> is null.</exception>
    public DisclosurePolicy WithProtection(ComplementaryProtection protection)
    {
        ArgumentNullException.ThrowIfNull(protection);
        return protection == Protection
            ? this
            : new($"{Name}, complementary protection {protection.Name}", Threshold, SuppressZeros, Rounding, RoundingBase, protection, $"{Source} Complementary protection: {protection.Description}");
    }

    /// <summary>Whether a true count is suppressed as a primary cell.</summary>
    /// <param name="count">The true count.</param>
    /// <returns><see langword="true"/> when suppressed.</returns>
    public bool IsPrimary(long count) => (count > 0 && count < Threshold) || (count == 0 && SuppressZeros);

    /// <summary>Returns the published value of a count that is not suppressed.</summary>
    /// <param name="count">The true count.</param>
    /// <returns>The value, rounded per the policy.</returns>
    public long Publish(long count) => Rounding switch
    {
        RoundingRule.NearestBase => (count + (RoundingBase / 2)) / RoundingBase * RoundingBase,
        RoundingRule.Eurostat => count == 0 ? 0 : count <= 7 ? 5 : (count + 5) / 10 * 10,
        _ => count,
    };
}
