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
}
