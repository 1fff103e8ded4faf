using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Intervention.Domain.Cases;
using Intervention.Domain.People;
using Intervention.Domain.Specifications;
using Intervention.Testing.Shared;

namespace Intervention.Domain.Tests.Conventions;

public sealed class ConventionTests
{
    private static readonly Assembly Domain = typeof(Case).Assembly;
    private static readonly Type[] PublicTypes = Domain.GetExportedTypes();

    [Fact]
    public void No_public_member_exposes_DateTime_or_DateTimeOffset() => Assert.Empty(ConventionChecks.DateTimeExposures(Domain));

    [Fact]
    public void Every_public_type_is_immutable_or_documents_its_mutability() => Assert.Empty(ConventionChecks.UndocumentedMutability(Domain));

    [Fact]
    public void Every_equatable_public_type_has_an_equality_operator() => Assert.Empty(ConventionChecks.EquatablesWithoutOperator(Domain));

    [Fact]
    public void Nothing_reachable_from_a_case_or_its_rows_carries_an_identity()
    {
        var identifying = new[] { "FamilyName", "GivenNames", "BirthDate", "Phone", "Email", "Address" };
        var reachable = Reachable(typeof(Case), typeof(CaseSnapshot), typeof(CaseRecord), typeof(CaseEvent));

        Assert.DoesNotContain(typeof(PersonIdentity), reachable);
        var leaks = reachable
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => $"{t.Name}.{p.Name}"))
            .Where(name => identifying.Any(i => name.EndsWith("." + i, StringComparison.Ordinal)));
        Assert.Empty(leaks);
        Assert.Contains(typeof(Participant), reachable);
    }

    private static HashSet<Type> Reachable(params Type[] roots)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out var type))
        {
            if (type.Assembly != Domain || !seen.Add(type))
            {
                foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
                {
                    pending.Push(argument);
                }

                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                pending.Push(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
            }

            foreach (var derived in PublicTypes.Where(t => t.BaseType == type))
            {
                pending.Push(derived);
            }
        }

        return seen;
    }
}
