using System;
using System.Collections.Generic;
using System.Globalization;
using Intervention.Domain.Localization;

namespace Intervention.Domain;

/// <summary>
/// Thrown when an operation would break a rule of the domain: an action that needs the person's
/// adhesion without it (R04), a channel the service profile does not accept, closing a case that an
/// officer guidance card keeps open (R36), and so on. The exception names the rule and carries a stable
/// message code that a host can translate with <see cref="DomainMessages"/>.
/// </summary>
/// <remarks>
/// This is a domain refusal, not a programmer error: it is thrown by named operations of the
/// aggregates (for example <c>Case.RecordAction</c>) after the host asked for something the rules forbid.
/// </remarks>
public sealed class DomainRuleException : InvalidOperationException
{
    /// <summary>Creates the exception for a refusal.</summary>
    /// <param name="code">The stable message code, for example <c>action.adhesion_required</c>.</param>
    /// <param name="ruleId">The rule that refuses (docs/domain-rules.md), for example <c>R04</c>; <see langword="null"/> for a lifecycle rule of the model.</param>
    /// <param name="arguments">The values the message refers to, by placeholder name.</param>
    public DomainRuleException(string code, string? ruleId, IReadOnlyDictionary<string, object?>? arguments = null)
        : base(DomainMessages.Format(code, CultureInfo.InvariantCulture, arguments))
    {
        Code = Preconditions.CheckNotBlank(code);
        RuleId = ruleId;
        Arguments = arguments ?? new Dictionary<string, object?>();
    }

    /// <summary>Gets the stable message code (see <see cref="DomainMessages"/>).</summary>
    public string Code { get; }

    /// <summary>Gets the id of the rule that refused (<c>R04</c>, <c>R27</c>…), or <see langword="null"/> for a lifecycle rule of the model.</summary>
    public string? RuleId { get; }

    /// <summary>Gets the values the message refers to, by placeholder name.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>Returns the message in the given culture (French for <c>fr</c> and <c>fr-CA</c>, English otherwise).</summary>
    /// <param name="culture">The culture to translate into.</param>
    /// <returns>The translated message.</returns>
    public string LocalizedMessage(CultureInfo culture) => DomainMessages.Format(Code, culture, Arguments);
}
