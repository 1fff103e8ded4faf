using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;

namespace Intervention.Testing.Shared;

/// <summary>Convention checks by reflection, shared by every package's tests (docs/architecture.md, "Conventions").</summary>
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

    /// <summary>
    /// Every public getter reachable from the roots, through the library's own types, whose runtime value is a mutable collection: an
    /// array, a <see cref="List{T}"/>, or any collection that says it is not read-only. A caller could cast it back and change the
    /// aggregate behind its rules.
    /// </summary>
    public static IReadOnlyList<string> MutableCollectionsHandedOut(IEnumerable<object> roots)
    {
        var offenders = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<object>(roots);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (!seen.Add(current) || !IsOurs(current.GetType()))
            {
                continue;
            }

            foreach (var property in current.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true })
                {
                    continue;
                }

                var value = property.GetValue(current);
                if (value is null or string)
                {
                    continue;
                }

                if (IsMutableCollection(value))
                {
                    offenders.Add($"{current.GetType().Name}.{property.Name} hands out a {value.GetType().Name}");
                }

                if (value is System.Collections.IEnumerable items)
                {
                    foreach (var item in items.Cast<object?>().Take(50))
                    {
                        if (item is not null)
                        {
                            queue.Enqueue(item);
                        }
                    }
                }
                else
                {
                    queue.Enqueue(value);
                }
            }
        }

        return offenders.ToList();
    }

    private static bool IsOurs(Type type) => type.Assembly.GetName().Name?.StartsWith("Intervention.", StringComparison.Ordinal) == true && !type.IsEnum;

    private static bool IsMutableCollection(object value) =>
        value is Array
        || (value.GetType().IsGenericType && value.GetType().GetGenericTypeDefinition() is var d && (d == typeof(List<>) || d == typeof(HashSet<>) || d == typeof(Dictionary<,>)))
        || value.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>)
            && !(bool)i.GetProperty(nameof(ICollection<int>.IsReadOnly))!.GetValue(value)!);

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
