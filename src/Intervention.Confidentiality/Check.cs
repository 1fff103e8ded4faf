using System;
using System.Runtime.CompilerServices;

namespace Intervention.Confidentiality;

/// <summary>Argument checks of this package (programmer errors; user data errors are validation results).</summary>
internal static class Check
{
    internal static T Defined<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(name, value, $"{value} is not a defined {typeof(T).Name}.");
}
