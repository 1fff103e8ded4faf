using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;

namespace Intervention.Testing.Shared;

/// <summary>Convention checks by reflection, shared by every package's tests (STYLE.md, "Tests").</summary>
internal static class ConventionChecks
{
    /// <summary>Public members that expose <see cref="DateTime"/> or <see cref="DateTimeOffset"/>.</summary>
    public static IReadOnlyList<string> DateTimeExposures(Assembly assembly) =>
        assembly.GetExportedTypes()
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(m => (t, m)))
            .Where(x => TypesOf(x.m).Any(IsDateTime))
            .Select(x => $"{x.t.Name}.{x.m.Name}")
            .ToList();

    /// <summary>Public types with a public setter, or mutable state their documentation does not mention.</summary>
    public static IReadOnlyList<string> UndocumentedMutability(Assembly assembly)
    {
        var docs = XDocument.Load(Path.ChangeExtension(assembly.Location, ".xml"));
        var offenders = new List<string>();
        foreach (var type in assembly.GetExportedTypes().Where(t => !t.IsEnum && !t.IsInterface && !typeof(Delegate).IsAssignableFrom(t)))
        {
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly);
            if (properties.Any(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter)))
            {
                offenders.Add($"{type.Name} has a public setter");
                continue;
            }

            var mutable = properties.Any(p => p.SetMethod is { } setter && !IsInitOnly(setter))
                || type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                    .Any(f => !f.IsInitOnly && !f.Name.Contains("k__BackingField", StringComparison.Ordinal));
            if (mutable && !Documentation(docs, type).Contains("mutable", StringComparison.OrdinalIgnoreCase))
            {
                offenders.Add($"{type.Name} is mutable but its documentation does not say so");
            }
        }

        return offenders;
    }

    /// <summary>Public types that implement <see cref="IEquatable{T}"/> of themselves without an equality operator.</summary>
    public static IReadOnlyList<string> EquatablesWithoutOperator(Assembly assembly) =>
        assembly.GetExportedTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>) && i.GetGenericArguments()[0] == t))
            .Where(t => t.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static) is null)
            .Select(t => t.Name)
            .ToList();

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static string Documentation(XDocument docs, Type type)
    {
        var id = "T:" + type.FullName!.Replace('+', '.');
        return docs.Descendants("member").FirstOrDefault(m => (string?)m.Attribute("name") == id)?.Value ?? string.Empty;
    }

    private static IEnumerable<Type> TypesOf(MemberInfo member) => member switch
    {
        PropertyInfo p => [p.PropertyType],
        FieldInfo f => [f.FieldType],
        MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
        ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
        EventInfo e => [e.EventHandlerType!],
        _ => [],
    };

    private static bool IsDateTime(Type type)
    {
        var t = type.IsByRef || type.IsArray ? type.GetElementType()! : type;
        t = Nullable.GetUnderlyingType(t) ?? t;
        return t == typeof(DateTime) || t == typeof(DateTimeOffset)
            || (t.IsGenericType && t.GetGenericArguments().Any(IsDateTime));
    }
}
