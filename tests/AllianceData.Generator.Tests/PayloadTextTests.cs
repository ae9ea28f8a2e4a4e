using System.Linq;
using AllianceData.Generator.Emitting;
using AllianceData.Generator.Linking;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Tests;

/// <summary>The payload's vocabulary values, found by the vocabulary's own strings or, failing that, by their characters.</summary>
public class PayloadTextTests
{
    public static TheoryData<string> VocabularyValues()
    {
        var values = new TheoryData<string>();
        foreach (var value in new[] { Vocabulary.OrganizationKinds, Vocabulary.PlaceKinds, Vocabulary.Modalities, Vocabulary.ObjectKinds, Vocabulary.Precisions, Vocabulary.Units, Vocabulary.Bounds }.SelectMany(v => v).Distinct())
        {
            values.Add(value);
        }

        return values;
    }

    [Theory]
    [MemberData(nameof(VocabularyValues))]
    public void A_vocabulary_value_is_its_enum_member_whether_it_is_the_vocabulary_s_string_or_a_copy(string value)
    {
        var copy = new string(value.ToCharArray());
        Assert.NotSame(value, copy);
        Assert.Equal(HandleNames.ToPascalCase(value), PayloadText.EnumMember(value));
        Assert.Equal(HandleNames.ToPascalCase(value), PayloadText.EnumMember(copy));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-in-any-vocabulary")]
    public void A_value_outside_the_vocabularies_is_made_pascal_case(string value) =>
        Assert.Equal(HandleNames.ToPascalCase(value), PayloadText.EnumMember(value));
}
