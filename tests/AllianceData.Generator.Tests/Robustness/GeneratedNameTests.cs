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
        Assert.Empty(outcome.GeneratorDiagnostics.Where(d => d.Id != "ALD0021")); // the added place is unreferenced: a warning, not under test here
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

    /// <summary>
    /// Regression: a name whose metadata form passes 1,023 UTF-8 bytes ("get_" + handle for a handle,
    /// "AddArticle_" + handle for an article's builder method) bound cleanly but failed at emit with
    /// CS7013. Handles are limited to 1,012 UTF-8 bytes; a longer one (a long kebab-case ID, a long
    /// explicit handle, a long article file name) is ALD0011 and the output still emits.
    /// </summary>
    [Theory]
    [InlineData("id", 1012, 'b', true)]
    [InlineData("id", 1013, 'b', false)]
    [InlineData("id", 5000, 'b', false)]
    [InlineData("handle", 1012, 'b', true)]
    [InlineData("handle", 1013, 'b', false)]
    [InlineData("handle", 10, '\u00e9', false)] // handles are ASCII, as the schema says
    [InlineData("handle", 10, '\u4e2d', false)]
    [InlineData("article", 1012, 'b', true)]
    [InlineData("article", 1013, 'b', false)]
    public void A_name_too_long_for_metadata_is_reported_and_the_output_emits(string where, int length, char filler, bool usable)
    {
        var name = (where == "handle" ? filler.ToString() : "a") + new string(filler, length - 1);
        var files = where switch
        {
            "id" => Seeds(("seeds/places.json", PlacesWith($$"""{ "id": "{{name}}", "name": "Long", "kind": "city" }"""))),
            "handle" => Seeds(("seeds/places.json", PlacesWith($$"""{ "id": "long", "handle": "{{name}}", "name": "Long", "kind": "city" }"""))),
            _ => Seeds(("seeds/a1.txt", null), ("seeds/a1.json", null), ($"seeds/{name}.txt", Infrastructure.SampleSeeds.ArticleText), ($"seeds/{name}.json", Infrastructure.SampleSeeds.Annotation)),
        };

        var outcome = Run(files);

        AssertNoGeneratorException(outcome);
        Assert.Equal(usable ? new string[0] : new[] { "ALD0011" }, Errors(outcome).Select(e => e.Id));
        AssertCompilesCleanly(outcome);
    }
}
