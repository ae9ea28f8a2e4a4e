using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using AllianceData;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AllianceData.Generator.Tests.Infrastructure;

/// <summary>Runs the generator in memory over a C# source and seed files, as the compiler would.</summary>
internal static class GeneratorHarness
{
    public const string ProjectDirectory = "/project/";

    public const string DefaultSource = """
        namespace Sample;

        [AllianceData.SeedDataset]
        public static partial class Data;
        """;

    /// <summary>Two dataset classes: <c>Data</c> over the files under seeds/, <c>More</c> over those under more/.</summary>
    public const string TwoDatasetsSource = """
        namespace Sample;

        [AllianceData.SeedDataset("seeds")]
        public static partial class Data;

        [AllianceData.SeedDataset("more")]
        public static partial class More;
        """;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References =
        Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(Dataset).Assembly.Location))
            .ToImmutableArray();

    public static CSharpCompilation CreateCompilation(string source = DefaultSource, CSharpParseOptions? parseOptions = null, IEnumerable<KeyValuePair<string, ReportDiagnostic>>? severities = null) =>
        CSharpCompilation.Create(
            "SampleDataset",
            new[] { CSharpSyntaxTree.ParseText(source, parseOptions ?? ParseOptions, path: "/project/Data.cs") },
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: (parseOptions ?? ParseOptions).LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                specificDiagnosticOptions: severities,
                deterministic: true));

    public static GeneratorDriver CreateDriver(
        IEnumerable<AdditionalText> files,
        string? projectDirectory = ProjectDirectory,
        CSharpParseOptions? parseOptions = null,
        bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            new[] { new SeedDatasetGenerator().AsSourceGenerator() },
            files,
            parseOptions ?? ParseOptions,
            new SeedOptionsProvider(projectDirectory),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static GeneratorOutcome Run(
        IReadOnlyDictionary<string, string> files,
        string source = DefaultSource,
        LanguageVersion languageVersion = LanguageVersion.Latest,
        IEnumerable<KeyValuePair<string, ReportDiagnostic>>? severities = null)
    {
        var parseOptions = new CSharpParseOptions(languageVersion);
        var compilation = CreateCompilation(source, parseOptions, severities);
        var driver = CreateDriver(files.Select(f => (AdditionalText)new InMemoryAdditionalText(ProjectDirectory + f.Key, f.Value)), parseOptions: parseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorOutcome(driver.GetRunResult(), output, generatorDiagnostics);
    }
}

/// <summary>What one generator run produced: its sources and diagnostics, and the compilation that includes them.</summary>
internal sealed record GeneratorOutcome(GeneratorDriverRunResult RunResult, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    /// <summary>Every generated file, by hint name: the dataset's main file and one file per article.</summary>
    public IReadOnlyList<(string HintName, string Text)> GeneratedFiles =>
        RunResult.Results.SelectMany(r => r.GeneratedSources)
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .ToList();

    /// <summary>Every generated file's text, in hint-name order, one after the other.</summary>
    public string GeneratedSource => string.Concat(GeneratedFiles.Select(f => f.Text));

    public IEnumerable<Diagnostic> Errors => GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Every diagnostic of the final compilation, generator's and compiler's, warnings included.</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics => Output.GetDiagnostics().AddRange(GeneratorDiagnostics);

    /// <summary>Compiles the output and loads it, to read the dataset the generated code builds.</summary>
    public Dataset LoadDataset(string typeName = "Sample.Data")
    {
        using var stream = new MemoryStream();
        var emit = Output.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException("Generated code did not compile:\n" + string.Join("\n", emit.Diagnostics));
        }

        var assembly = Assembly.Load(stream.ToArray());
        var property = assembly.GetType(typeName, throwOnError: true)!.GetProperty("Dataset")!;
        return (Dataset)property.GetValue(null)!;
    }
}
