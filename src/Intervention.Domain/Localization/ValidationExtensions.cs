using System;
using System.Collections.Generic;
using System.Globalization;
using FluentValidation;

namespace Intervention.Domain.Localization;

/// <summary>Attaches a domain message code to a FluentValidation rule: the code becomes the error code, the message is translated at validation time.</summary>
public static class ValidationExtensions
{
    /// <summary>Sets the rule's error code and its French/English message, with arguments computed from the instance and the value.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TProperty">The property type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <param name="code">A code of <see cref="DomainCodes"/>.</param>
    /// <param name="arguments">The message arguments; they are also attached as the failure's custom state.</param>
    /// <returns>The rule.</returns>
    /// <remarks>The message is chosen by <see cref="CultureInfo.CurrentUICulture"/>: French for <c>fr</c> and <c>fr-CA</c>, English otherwise.</remarks>
    public static IRuleBuilderOptions<T, TProperty> WithDomainCode<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule,
        string code,
        Func<T, TProperty, IReadOnlyDictionary<string, object?>>? arguments = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        DomainMessages.Template(code, CultureInfo.InvariantCulture);
        return rule
            .WithErrorCode(code)
            .WithMessage((instance, value) => DomainMessages.Format(code, CultureInfo.CurrentUICulture, arguments?.Invoke(instance, value)))
            .WithState((instance, value) => (object)(arguments?.Invoke(instance, value) ?? new Dictionary<string, object?>()));
    }
}
