using Intervention.Reporting.Statistics.Protection;
using Intervention.Reporting.Statistics.Protection.Gauss;

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
