using System.Linq;
using System.Reflection;
using static AllianceData.Generator.Tests.Robustness.RobustnessHarness;

namespace AllianceData.Generator.Tests.Robustness;

/// <summary>
/// Seed values that become C# names (IDs, handles, article file names): whatever they are, the
/// output compiles and emits cleanly, or the generator reports the name (ALD0011/ALD0012) instead.
/// </summary>
public class GeneratedNameTests
{
    private static string PlacesWith(string extraPlace) =>
        """{ "places": [ { "id": "tokyo", "name": "Tokyo", "kind": "city" }, """ + extraPlace + " ] }";

    /// <summary>Regression: these handles hid object's members and the output failed with CS0108 under warnings as errors.</summary>
    [Theory]
    [InlineData("equals", "Equals")]
    [InlineData("get-hash-code", "GetHashCode")]
    [InlineData("get-type", "GetType")]
    [InlineData("to-string", "ToString")]
    [InlineData("reference-equals", "ReferenceEquals")]
    [InlineData("memberwise-clone", "MemberwiseClone")]
    public void A_handle_named_like_an_inherited_object_member_compiles_and_names_the_entity(string id, string handle)
    {
        var outcome = Run(Seeds(("seeds/places.json", PlacesWith($$"""{ "id": "{{id}}", "name": "X", "kind": "city" }"""))));

        AssertNoGeneratorException(outcome);
        Assert.Empty(outcome.GeneratorDiagnostics);
        var dataset = CompileCleanlyAndLoad(outcome, out var assembly);
        var property = assembly.GetType("Sample.Data+Places")!.GetProperty(handle, BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)!;
        Assert.Same(dataset.Place(id), property.GetValue(null));
    }

    /// <summary>
    /// Regression: C# drops formatting characters from identifiers, so these handles compiled as
    /// "Tokyo" (CS0102, a second definition), "All" (CS0102) and "Places" (CS0542, named like its class).
    /// </summary>
    [Theory]
    [InlineData("Tokyo\u200b")]
    [InlineData("All\u200b")]
    [InlineData("Places\ufeff")]
    [InlineData("Tok\u00adyo")]
    public void A_handle_with_an_invisible_formatting_character_is_reported_and_the_output_compiles(string handle)
    {
        var places = PlacesWith($$"""{ "id": "osaka", "handle": "{{handle}}", "name": "Osaka", "kind": "city" }""");
        var files = Seeds(("seeds/places.json", places));
        var outcome = Run(files);

        AssertNoGeneratorException(outcome);
        var error = Assert.Single(Errors(outcome));
        Assert.Equal("ALD0011", error.Id);
        AssertLocatedIn(error, files.Single(f => f.Path.EndsWith("places.json")));
        Assert.Equal(places.IndexOf(handle, System.StringComparison.Ordinal) - 1, error.Location.SourceSpan.Start); // on the handle's string token
        AssertCompilesCleanly(outcome);
    }

    [Fact]
    public void An_article_file_name_with_a_formatting_character_is_reported_and_the_output_compiles()
    {
        var outcome = Run(Seeds(
            ("seeds/a\u200b1.txt", Infrastructure.SampleSeeds.ArticleText),
            ("seeds/a\u200b1.json", Infrastructure.SampleSeeds.Annotation.Replace("\"title\": \"Headline\"", "\"title\": \"Other\""))));

        AssertNoGeneratorException(outcome);
        Assert.Equal("ALD0011", Assert.Single(Errors(outcome)).Id);
        AssertCompilesCleanly(outcome);
    }
}
