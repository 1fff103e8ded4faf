using System.Reflection;
using Intervention.Testing.Shared;

namespace Intervention.Reporting.Tests;

public sealed class ConventionTests
{
    private static readonly Assembly Package = typeof(Microsoft.Extensions.DependencyInjection.InterventionReportingServiceCollectionExtensions).Assembly;

    [Fact]
    public void No_public_member_exposes_DateTime_or_DateTimeOffset() => Assert.Empty(ConventionChecks.DateTimeExposures(Package));

    [Fact]
    public void Every_public_type_is_immutable_or_documents_its_mutability() => Assert.Empty(ConventionChecks.UndocumentedMutability(Package));

    [Fact]
    public void Every_equatable_public_type_has_an_equality_operator() => Assert.Empty(ConventionChecks.EquatablesWithoutOperator(Package));
}
