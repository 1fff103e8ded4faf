using System.Collections.Generic;
using System.Globalization;
using Intervention.Domain.Localization;

namespace Intervention.Domain;

/// <summary>The answer of a domain rule asked beforehand: allowed, or refused with the rule and a message code.</summary>
public sealed record RuleCheck
{
    private RuleCheck(bool isAllowed, string? code, string? ruleId, IReadOnlyDictionary<string, object?> arguments)
    {
        IsAllowed = isAllowed;
        Code = code;
        RuleId = ruleId;
        Arguments = arguments;
    }

    /// <summary>Gets the answer that allows.</summary>
    public static RuleCheck Allowed { get; } = new(true, null, null, new Dictionary<string, object?>());

    /// <summary>Gets whether the rule allows the operation.</summary>
    public bool IsAllowed { get; }

    /// <summary>Gets the message code of the refusal (see <see cref="DomainCodes"/>), or <see langword="null"/> when allowed.</summary>
    public string? Code { get; }

    /// <summary>Gets the rule that refused (for example <c>R27</c>), or <see langword="null"/>.</summary>
    public string? RuleId { get; }

    /// <summary>Gets the values the message refers to.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>Creates a refusal.</summary>
    /// <param name="code">The message code.</param>
    /// <param name="ruleId">The rule that refuses.</param>
    /// <param name="arguments">The values the message refers to.</param>
    /// <returns>The refusal.</returns>
    public static RuleCheck Refused(string code, string? ruleId, IReadOnlyDictionary<string, object?>? arguments = null) =>
        new(false, Preconditions.CheckNotBlank(code), ruleId, arguments ?? new Dictionary<string, object?>());

    /// <summary>Returns the refusal's message in a culture, or <see langword="null"/> when allowed.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The message.</returns>
    public string? Message(CultureInfo culture) => Code is null ? null : DomainMessages.Format(Code, culture, Arguments);

    /// <summary>Throws <see cref="DomainRuleException"/> when refused.</summary>
    /// <exception cref="DomainRuleException">The rule refuses.</exception>
    public void ThrowIfRefused()
    {
        if (!IsAllowed)
        {
            throw new DomainRuleException(Code!, RuleId, Arguments);
        }
    }
}
