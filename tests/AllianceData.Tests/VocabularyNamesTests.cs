using System;
using System.Linq;
using AllianceData.Seeding;
using Xunit;

namespace AllianceData.Tests;

/// <summary>
/// The payload reader takes enum member names from lists written out in <see cref="VocabularyNames"/>,
/// not from reflection; each list must be its enum's names, in value order, for every enum of the
/// vocabulary (the public enums of the AllianceData namespace, which payloads write): a new one
/// without a list fails here, not in a user's first dataset.
/// </summary>
public sealed class VocabularyNamesTests
{
    public static TheoryData<Type> VocabularyEnums()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(Dataset).Assembly.GetExportedTypes().Where(t => t.IsEnum && t.Namespace == "AllianceData").OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(VocabularyEnums))]
    public void Each_enum_s_written_out_names_are_its_members_in_value_order(Type type)
    {
        var written = (string[])typeof(VocabularyNames).GetMethod(nameof(VocabularyNames.Of))!.MakeGenericMethod(type).Invoke(null, null)!;

        Assert.Equal(Enum.GetNames(type), written);
        Assert.Equal(Enumerable.Range(0, written.Length), Enum.GetValues(type).Cast<object>().Select(Convert.ToInt32));
        Assert.Equal(typeof(int), Enum.GetUnderlyingType(type)); // EnumNames makes each member from its boxed int
    }

    [Fact]
    public void Names_read_back_as_their_members_and_members_write_as_their_names()
    {
        Assert.True(EnumNames<Modality>.TryParse("Expected", out var modality));
        Assert.Equal(Modality.Expected, modality);
        Assert.True(EnumNames<OrganizationKind>.TryParse("Other", out var kind));
        Assert.Equal(OrganizationKind.Other, kind);
        Assert.False(EnumNames<Modality>.TryParse("expected", out _));
        foreach (var member in Enum.GetValues(typeof(QuantityUnit)).Cast<QuantityUnit>())
        {
            Assert.True(EnumNames<QuantityUnit>.TryParse(member.ToString(), out var read));
            Assert.Equal(member, read);
            Assert.True(EnumNames<QuantityUnit>.TryGetName(member, out var name));
            Assert.Equal(member.ToString(), name);
        }
    }
}
