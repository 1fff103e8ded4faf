using Intervention.Reporting.Statistics.Protection;
using Intervention.Reporting.Statistics.Protection.Gauss;
using Intervention.Reporting.Statistics.Protection.Hypercube;

namespace Intervention.Reporting.Statistics;

/// <summary>
/// How a report protects its suppressed cells beyond the primary rule: the complementary (secondary) suppression method of a
/// <see cref="DisclosurePolicy"/>. Its instances are the methods the library offers.
/// </summary>
/// <remarks>Immutable; two policies with the same method share the instance, so methods compare by reference.</remarks>
public sealed class ComplementaryProtection
{
    private ComplementaryProtection(string name, string description, IComplementaryProtector method) => (Name, Description, Method) = (name, description, method);

    /// <summary>Gets the Gauss method: complementary cells chosen by Gaussian elimination (after SSBtools' GaussSuppression), so
    /// that no suppressed cell is a linear combination of what all the report's tables and earlier releases publish, the insider
    /// (the one contributor of a cell of 1) included, nor pinned at the rule's a-priori bounds.</summary>
    public static ComplementaryProtection Gauss { get; } = new(
        "Gauss",
        "Complementary suppression by Gaussian elimination across all tables and earlier releases, against the insider and the rule's bounds.",
        GaussMethod.Instance);

    /// <summary>Gets the hypercube method: for each suppressed cell, a second table of counts that publishes exactly the same (a
    /// hypercube of inner cells moved up and down by one, after tau-Argus' GHMITER, across all tables and earlier releases), its
    /// counts within what the reader knows of them, and against the insider one that leaves the insider's cell unchanged; every
    /// cell such a table changes is suppressed. Faster than <see cref="Gauss"/> on large tables; it may hide more cells.</summary>
    public static ComplementaryProtection Hypercube { get; } = new(
        "Hypercube",
        "Complementary suppression by hypercubes: for every suppressed cell a second table that publishes the same, across all tables and earlier releases, against the insider and the rule's bounds.",
        HypercubeMethod.Instance);

    /// <summary>Gets the automatic choice: the <see cref="Gauss"/> method up to 20,000 cells across the report's tables, the
    /// <see cref="Hypercube"/> method beyond (a national roll-up, a département by brigade). The choice reads only the number of
    /// cells; <see cref="StatisticsReport.Protection"/> names the method chosen and why.</summary>
    public static ComplementaryProtection Automatic { get; } = new(
        "Automatic",
        "Complementary suppression by the Gauss method up to 20,000 cells, by hypercubes beyond; either across all tables and earlier releases, against the insider and the rule's bounds.",
        AutomaticProtection.Instance);

    /// <summary>Gets no complementary protection: only the primary cells (and those suppressed beforehand) are suppressed. For rounded
    /// counts; beside a threshold, a suppressed cell is then usually recoverable from its margins.</summary>
    public static ComplementaryProtection None { get; } = new("None", "No complementary suppression: only the primary cells are suppressed.", NoComplementaryProtection.Instance);

    /// <summary>Gets the method's name.</summary>
    public string Name { get; }

    /// <summary>Gets what the method guarantees, in a sentence.</summary>
    public string Description { get; }

    /// <summary>Gets the strategy behind the method.</summary>
    internal IComplementaryProtector Method { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
