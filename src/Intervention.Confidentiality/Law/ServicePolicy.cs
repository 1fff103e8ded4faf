using System;
using System.Collections.Generic;
using System.Linq;

namespace Intervention.Confidentiality.Law;

/// <summary>
/// A service's internal policy layered on the law: it may make legal permissions mandatory (the decision then says
/// "required by service policy" and still cites the permission), and it chooses how to read a duty whose force is debated
/// (CASF L.226-2-1 is read as a duty by default). It can never allow what the law or the role rules refuse.
/// </summary>
/// <remarks>The 2006 framework presents the 226-14 case as a duty ("la loi lui impose").</remarks>
public sealed record ServicePolicy
{
    private readonly string[] _mandatory;
    private readonly string[] _permissive;

    /// <summary>Creates a policy.</summary>
    /// <param name="mandatoryPermissions">The ids of legal permissions the service makes mandatory.</param>
    /// <param name="dutiesReadAsPermissions">The ids of duties whose force is debated that the service reads as permissions (for example <c>FR-CASF-L226-2-1</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ServicePolicy(IReadOnlyList<string> mandatoryPermissions, IReadOnlyList<string>? dutiesReadAsPermissions = null)
    {
        ArgumentNullException.ThrowIfNull(mandatoryPermissions);
        _mandatory = mandatoryPermissions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        _permissive = (dutiesReadAsPermissions ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Gets the law as it is: no permission made mandatory; debated duties read as duties.</summary>
    public static ServicePolicy LawOnly { get; } = new([]);

    /// <summary>Gets the 2006 reference framework of French police/gendarmerie social workers: it presents 226-14 1° as a duty to transmit (R09).</summary>
    public static ServicePolicy FrenchReferenceFramework2006 { get; } = new(["FR-CP-226-14-1"]);

    /// <summary>Gets the ids of the legal permissions the service makes mandatory.</summary>
    public IReadOnlyList<string> MandatoryPermissions => _mandatory;

    /// <summary>Gets the ids of the duties the service reads as permissions.</summary>
    public IReadOnlyList<string> DutiesReadAsPermissions => _permissive;

    /// <summary>Whether the service makes a permission mandatory.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns><see langword="true"/> when listed.</returns>
    public bool MakesMandatory(string ruleId) => Array.IndexOf(_mandatory, ruleId) >= 0;

    /// <summary>Whether the service reads a duty as a permission.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns><see langword="true"/> when listed.</returns>
    public bool ReadsAsPermission(string ruleId) => Array.IndexOf(_permissive, ruleId) >= 0;

    /// <inheritdoc />
    public bool Equals(ServicePolicy? other) =>
        other is not null && _mandatory.AsSpan().SequenceEqual(other._mandatory) && _permissive.AsSpan().SequenceEqual(other._permissive);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_mandatory.Length, _permissive.Length);
}
