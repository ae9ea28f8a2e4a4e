using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using AllianceData.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AllianceData.Generator.Tests;

/// <summary>
/// Article texts the build embeds as manifest resources (the package's targets give each text an
/// <c>AllianceDataResource</c> name): the generated code names the resource instead of holding the
/// text, and reads it on first use.
/// </summary>
public class EmbeddedTextTests
{
    [Fact]
    public void An_embedded_text_is_named_not_compiled_and_reads_back_the_same()
    {
        var outcome = Run(SampleSeeds.Files(), embedTexts: true);

        Assert.Empty(outcome.GeneratorDiagnostics);
        var bucket = BucketSource(outcome);
        const string Resource = "AllianceData.Seeds/a1.txt";
        Assert.Contains($"@{Resource.Length}:{Resource}{SampleSeeds.ArticleText.Length};", bucket, StringComparison.Ordinal); // the payload's text: the resource and its length
        Assert.DoesNotContain("Leave a Reply", bucket, StringComparison.Ordinal); // the text's last line, which no quote holds
        Assert.Contains(", typeof(global::Sample.Data).Assembly);", bucket, StringComparison.Ordinal);

        var dataset = Load(outcome, ("AllianceData.Seeds/a1.txt", Encoding.UTF8.GetBytes(SampleSeeds.ArticleText)));
        var article = Assert.Single(dataset.Articles);
        Assert.Equal(SampleSeeds.ArticleText, article.Text);
        Assert.All(article.Claims.SelectMany(c => c.Evidence), e => Assert.Equal(e.Quote, article.Text.Substring(e.Start, e.End - e.Start)));
    }

    [Fact]
    public void Without_the_resource_names_the_text_is_compiled_in_as_before()
    {
        var outcome = Run(SampleSeeds.Files(), embedTexts: false);

        var bucket = BucketSource(outcome);
        Assert.Contains("Leave a Reply", bucket, StringComparison.Ordinal);
        Assert.DoesNotContain("AllianceData.Seeds/", bucket, StringComparison.Ordinal);
        Assert.Equal(SampleSeeds.ArticleText, Assert.Single(Load(outcome).Articles).Text);
    }

    /// <summary>Generated code decodes a resource as UTF-8: a text the compiler read otherwise stays a literal, so it cannot come back different.</summary>
    [Fact]
    public void A_text_the_compiler_did_not_read_as_utf8_is_compiled_in()
    {
        var files = SampleSeeds.Files().Select(f => f.Key.EndsWith(".txt", StringComparison.Ordinal)
            ? (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + f.Key, SourceText.From(f.Value, Encoding.Unicode))
            : new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + f.Key, f.Value));

        var outcome = Run(files, embedTexts: true);

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Contains("Leave a Reply", BucketSource(outcome), StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_that_leaves_the_resource_out_fails_on_first_read_naming_it()
    {
        var dataset = Load(Run(SampleSeeds.Files(), embedTexts: true));

        var error = Assert.Throws<InvalidOperationException>(() => dataset.Articles[0]);
        Assert.Contains("'AllianceData.Seeds/a1.txt'", error.Message, StringComparison.Ordinal);
    }

    private static GeneratorOutcome Run(IReadOnlyDictionary<string, string> files, bool embedTexts) =>
        Run(files.Select(f => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + f.Key, f.Value)), embedTexts);

    private static GeneratorOutcome Run(IEnumerable<AdditionalText> files, bool embedTexts)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new SeedDatasetGenerator().AsSourceGenerator() },
            files,
            parseOptions,
            new SeedOptionsProvider(GeneratorHarness.ProjectDirectory, embedTexts));
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(parseOptions: parseOptions), out var output, out var diagnostics);
        return new GeneratorOutcome(driver.GetRunResult(), output, diagnostics);
    }

    private static string BucketSource(GeneratorOutcome outcome) =>
        Assert.Single(outcome.GeneratedFiles, f => f.HintName.Contains(".Articles.", StringComparison.Ordinal)).Text;

    /// <summary>Compiles the output with the given manifest resources, as the build embeds them, and loads its dataset.</summary>
    private static Dataset Load(GeneratorOutcome outcome, params (string Name, byte[] Bytes)[] resources)
    {
        using var stream = new MemoryStream();
        var emit = outcome.Output.Emit(stream, manifestResources: resources.Select(r => new ResourceDescription(r.Name, () => new MemoryStream(r.Bytes), isPublic: true)));
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var assembly = Assembly.Load(stream.ToArray());
        return (Dataset)assembly.GetType("Sample.Data", throwOnError: true)!.GetProperty("Dataset")!.GetValue(null)!;
    }
}
