using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Intervention.Testing.Shared;

namespace Intervention.Packaging.Tests;

/// <summary>The conventions every published package keeps (docs/architecture.md, "Conventions"), checked by reflection over all of them at once.</summary>
public sealed class ConventionTests
{
    public static TheoryData<string> Packages => new(Repository.Packages);

    private static Assembly Load(string name) => AppDomain.CurrentDomain.GetAssemblies().SingleOrDefault(a => a.GetName().Name == name) ?? Assembly.Load(name);

    [Theory]
    [MemberData(nameof(Packages))]
    public void No_public_member_exposes_DateTime_or_DateTimeOffset(string package) => Assert.Empty(ConventionChecks.DateTimeExposures(Load(package)));

    [Theory]
    [MemberData(nameof(Packages))]
    public void Every_public_type_is_immutable_or_documents_its_mutability(string package) => Assert.Empty(ConventionChecks.UndocumentedMutability(Load(package)));

    [Theory]
    [MemberData(nameof(Packages))]
    public void Every_public_member_has_xml_documentation(string package)
    {
        var assembly = Load(package);
        var docs = XDocument.Load(Path.ChangeExtension(assembly.Location, ".xml"));
        var documented = docs.Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, m => m, StringComparer.Ordinal);

        var missing = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            if (!documented.TryGetValue("T:" + TypeName(type), out var typeDoc))
            {
                missing.Add("T:" + TypeName(type));
                continue;
            }

            var parameters = typeDoc.Elements("param").Select(p => (string)p.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (!IsVisible(member) || member.IsDefined(typeof(CompilerGeneratedAttribute)) || member.Name.Contains('<', StringComparison.Ordinal)
                    || member is MethodInfo { IsSpecialName: true } and not MethodInfo { Name: ['o', 'p', '_', ..] }
                    || member is FieldInfo { IsSpecialName: true } || member is ConstructorInfo c && c.GetParameters().Length == 0
                    || member is Type)
                {
                    continue;
                }

                var id = Id(member);
                // Positional records document their properties as the record's parameters.
                if (!documented.ContainsKey(id) && !(member is PropertyInfo && parameters.Contains(member.Name)))
                {
                    missing.Add(id);
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_package_has_a_readme_linked_from_the_repository_readme()
    {
        var readme = File.ReadAllText(Repository.Path("README.md"));
        Assert.All(Repository.Packages, p =>
        {
            Assert.True(File.Exists(Repository.Path("src", p, "README.md")), p);
            Assert.Contains($"src/{p}/README.md", readme, StringComparison.Ordinal);
        });
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily),
        _ => false,
    };

    // Documentation comment ids (ECMA-334, annex D).
    private static string Id(MemberInfo member)
    {
        var type = TypeName(member.DeclaringType!);
        return member switch
        {
            ConstructorInfo c => $"M:{type}.{(c.IsStatic ? "#cctor" : "#ctor")}{Parameters(c.GetParameters())}",
            MethodInfo m => $"M:{type}.{m.Name}{(m.IsGenericMethod ? "``" + m.GetGenericArguments().Length : string.Empty)}{Parameters(m.GetParameters())}"
                + (m.Name is "op_Implicit" or "op_Explicit" ? "~" + ParameterType(m.ReturnType) : string.Empty),
            PropertyInfo p => $"P:{type}.{p.Name}{Parameters(p.GetIndexParameters())}",
            FieldInfo f => $"F:{type}.{f.Name}",
            EventInfo e => $"E:{type}.{e.Name}",
            _ => throw new NotSupportedException(member.GetType().Name),
        };
    }

    private static string Parameters(ParameterInfo[] parameters) =>
        parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => ParameterType(p.ParameterType))) + ")";

    private static string ParameterType(Type type)
    {
        if (type.IsByRef)
        {
            return ParameterType(type.GetElementType()!) + "@";
        }

        if (type.IsArray)
        {
            return ParameterType(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericMethodParameter)
        {
            return "``" + type.GenericParameterPosition;
        }

        if (type.IsGenericTypeParameter)
        {
            return "`" + type.GenericParameterPosition;
        }

        if (type.IsGenericType)
        {
            var definition = TypeName(type.GetGenericTypeDefinition());
            var name = definition[..definition.LastIndexOf('`')];
            return name + "{" + string.Join(",", type.GetGenericArguments().Select(ParameterType)) + "}";
        }

        return TypeName(type);
    }

    private static string TypeName(Type type) => type.FullName!.Replace('+', '.');
}
