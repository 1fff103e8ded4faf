using System;
using System.Linq;
using System.Text.Json;
using Intervention.Domain.Cases;
using Intervention.Domain.Serialization;

namespace Intervention.Domain.Tests.Serialization;

/// <summary>Every enum of the model is written by name and can be received as a coded value; a new enum cannot be forgotten.</summary>
public sealed class CodedConventionTests
{
    public static TheoryData<Type> Enums => new(typeof(Case).Assembly.GetExportedTypes().Where(t => t.IsEnum));

    [Theory]
    [MemberData(nameof(Enums))]
    public void Every_enum_has_a_coded_converter_and_is_written_by_name(Type enumType)
    {
        var options = InterventionJson.CreateOptions();
        var first = Enum.GetValues(enumType).GetValue(0)!;

        Assert.True(new CodedJsonConverterFactory().CanConvert(typeof(Coded<>).MakeGenericType(enumType)), $"Coded<{enumType.Name}> has no converter");
        Assert.Equal($"\"{first}\"", JsonSerializer.Serialize(first, enumType, options));
    }
}
