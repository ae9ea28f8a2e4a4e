using System.Linq;
using AllianceData.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AllianceData.Generator.Tests.Robustness;

/// <summary>
/// The C# side is input too: wherever and however the [SeedDataset] class is declared, the generator
/// never throws, and the output compiles whenever the user's own code does.
/// </summary>
public class DatasetClassTests
{
    private static GeneratorOutcome RunWith(string source)
    {
        var compilation = GeneratorHarness.CreateCompilation(source, RobustnessHarness.ParseOptions);
        var driver = GeneratorHarness.CreateDriver(RobustnessHarness.Seeds(), parseOptions: RobustnessHarness.ParseOptions, trackSteps: false);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorOutcome(driver.GetRunResult(), output, diagnostics);
    }

    /// <summary>
    /// Regression: a dataset class nested in a generic type made the hint name "Sample.Outer&lt;T&gt;.Data..."
    /// (ArgumentException, CS8785), and with two type parameters the generated code named "U&gt;.Data";
    /// a keyword-named class (@class) or namespace (@namespace) gave "partial class class" (CS1001) or a
    /// hint name with '@' (CS8785); a generic dataset class got a second, non-generic class.
    /// </summary>
    [Theory]
    [InlineData("public static partial class Outer<T> { /** <summary>D</summary> */ [AllianceData.SeedDataset] public static partial class Data; }", "Sample.Outer`1+Data")]
    [InlineData("public static partial class Outer<T, U> { /** <summary>D</summary> */ [AllianceData.SeedDataset] public static partial class Data; }", "Sample.Outer`2+Data")]
    [InlineData("public partial record struct R<T> { /** <summary>D</summary> */ [AllianceData.SeedDataset] public static partial class Data; }", "Sample.R`1+Data")]
    [InlineData("public partial interface I<T> { /** <summary>D</summary> */ [AllianceData.SeedDataset] public static partial class Data { } }", "Sample.I`1+Data")]
    [InlineData("[AllianceData.SeedDataset] public static partial class @class;", "Sample.class")]
    [InlineData("[AllianceData.SeedDataset] public static partial class Data<T>;", "Sample.Data`1")]
    [InlineData("public static partial class O { /** <summary>D</summary> */ [AllianceData.SeedDataset] public static partial class Data; } /** <summary>D</summary> */ public static partial class O<T> { /** <summary>D</summary> */ [AllianceData.SeedDataset] public static partial class Data; }", "Sample.O`1+Data")]
    public void A_dataset_class_anywhere_gets_its_dataset_and_compiles(string declaration, string metadataName)
    {
        var source = "namespace Sample;\n/** <summary>D</summary> */\n" + declaration;
        var outcome = RunWith(source);

        var result = Assert.Single(outcome.RunResult.Results);
        Assert.True(result.Exception is null, "The generator threw: " + result.Exception);
        Assert.Empty(outcome.GeneratorDiagnostics);
        RobustnessHarness.AssertCompilesCleanly(outcome);
        var type = outcome.Output.GetTypeByMetadataName(metadataName);
        Assert.NotNull(type);
        Assert.Contains(type!.GetMembers(), m => m.Name == "Dataset");
        Assert.Contains(type.GetTypeMembers(), t => t.Name == "Organizations");
    }

    [Fact]
    public void A_keyword_namespace_compiles()
    {
        var outcome = RunWith("namespace @namespace.@class;\n/** <summary>D</summary> */\n[AllianceData.SeedDataset] public static partial class Data;");

        Assert.Null(Assert.Single(outcome.RunResult.Results).Exception);
        RobustnessHarness.AssertCompilesCleanly(outcome);
        Assert.NotNull(outcome.Output.GetTypeByMetadataName("namespace.class.Data")!.GetMembers("Dataset").SingleOrDefault());
    }

    /// <summary>Regression: two parts of one class both marked [SeedDataset] (CS0579) added the same hint name twice (CS8785).</summary>
    [Fact]
    public void A_repeated_attribute_is_the_compilers_error_alone()
    {
        var outcome = RunWith("namespace Sample;\n/** <summary>D</summary> */\n[AllianceData.SeedDataset] public static partial class Data;\n[AllianceData.SeedDataset] public static partial class Data;");

        Assert.Null(Assert.Single(outcome.RunResult.Results).Exception);
        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Single(outcome.RunResult.GeneratedTrees, t => t.FilePath.EndsWith(".SeedDataset.g.cs", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "CS0579" }, outcome.Output.GetDiagnostics().Select(d => d.Id).Distinct());
    }

    /// <summary>The hint name keeps only characters a hint name may hold, and stays unique.</summary>
    [Fact]
    public void Hint_names_of_unusual_classes_are_valid_and_distinct()
    {
        var outcome = RunWith("""
            namespace Sample;
            /** <summary>D</summary> */
            public static partial class Outer<T> { /** <summary>D</summary> */ [AllianceData.SeedDataset] public static partial class A_; }
            /** <summary>D</summary> */
            public static partial class Outer<T> { /** <summary>D</summary> */ [AllianceData.SeedDataset] public static partial class A\u0300; }
            """);

        Assert.Null(Assert.Single(outcome.RunResult.Results).Exception);
        var hints = outcome.RunResult.Results[0].GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Equal(hints.Count, hints.Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(2, hints.Count(h => h.EndsWith(".SeedDataset.g.cs", System.StringComparison.Ordinal)));
        Assert.Contains("Sample.Outer{T}.A_.SeedDataset.g.cs", hints);
        Assert.Contains($"Sample.Outer{{T}}.A_.Articles.{Linking.ArticleNames.BucketOf("a1"):x2}.g.cs", hints);
        RobustnessHarness.AssertCompilesCleanly(outcome);
    }

    /// <summary>Regression: a seed folder that is not a path ("seeds\0") made Path.GetFullPath throw (CS8785).</summary>
    [Theory]
    [InlineData("seeds\\0")]
    [InlineData("seeds\\u0001<>|*?\\\"")]
    [InlineData("C:seeds:x")]
    public void A_seed_folder_that_is_not_a_path_is_no_seed_files(string path)
    {
        var outcome = RunWith("namespace Sample;\n/** <summary>D</summary> */\n[AllianceData.SeedDataset(\"" + path + "\")] public static partial class Data;");

        Assert.Null(Assert.Single(outcome.RunResult.Results).Exception);
        Assert.Equal("ALD0018", Assert.Single(outcome.GeneratorDiagnostics).Id);
        RobustnessHarness.AssertCompilesCleanly(outcome);
    }
}
