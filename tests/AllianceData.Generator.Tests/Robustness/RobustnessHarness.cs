using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using AllianceData.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AllianceData.Generator.Tests.Robustness;

/// <summary>
/// Runs the generator over hostile seed files, many times, cheaply: one compilation and one set of
/// metadata references for every run, no step tracking, and each distinct generated source compiled
/// once. Documentation comments are parsed and diagnosed (as in a project that generates an XML
/// documentation file), so badly formed doc text in generated code is an error too.
/// </summary>
internal static class RobustnessHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>The dataset class, documented so that the compilation is clean under <see cref="DocumentationMode.Diagnose"/>.</summary>
    public const string Source = """
        namespace Sample;

        /// <summary>The dataset under test.</summary>
        [AllianceData.SeedDataset]
        public static partial class Data;
        """;

    /// <summary>Diagnostic IDs that say a JSON document has the wrong shape (as opposed to being invalid JSON).</summary>
    public static readonly ImmutableHashSet<string> ShapeDiagnosticIds = ImmutableHashSet.Create("ALD0002", "ALD0003", "ALD0004", "ALD0010", "ALD0020");

    private static readonly CSharpCompilation Compilation = GeneratorHarness.CreateCompilation(Source, ParseOptions);

    /// <summary>Compiler diagnostics by generated source: the same output text compiles the same way.</summary>
    private static readonly ConcurrentDictionary<string, ImmutableArray<Diagnostic>> CompiledSources = new(StringComparer.Ordinal);

    public static string PathOf(string seedName) => GeneratorHarness.ProjectDirectory + seedName;

    /// <summary>The sample seed folder as additional files, with some replaced by bytes, by text or removed (null).</summary>
    public static List<AdditionalText> Seeds(params (string Name, object? Content)[] changes)
    {
        var files = SampleSeeds.Files().ToDictionary(f => f.Key, f => (object?)f.Value);
        foreach (var (name, content) in changes)
        {
            files[name] = content;
        }

        return files
            .Where(f => f.Value is not null)
            .Select(f => f.Value switch
            {
                byte[] bytes => (AdditionalText)InMemoryAdditionalText.FromBytes(PathOf(f.Key), bytes),
                SourceText text => new InMemoryAdditionalText(PathOf(f.Key), text),
                _ => new InMemoryAdditionalText(PathOf(f.Key), (string)f.Value!),
            })
            .ToList();
    }

    public static GeneratorOutcome Run(IEnumerable<AdditionalText> files) => Run(files, Compilation, ParseOptions);

    /// <summary>A run in a project on an older C# version, where article data is written as string literals, not UTF-8 literals.</summary>
    public static GeneratorOutcome Run(IEnumerable<AdditionalText> files, LanguageVersion languageVersion)
    {
        var options = ParseOptions.WithLanguageVersion(languageVersion);
        var source = Source.Replace("partial class Data;", "partial class Data { }"); // a class body written as C# 7.3 reads it
        return Run(files, GeneratorHarness.CreateCompilation(source, options), options);
    }

    private static GeneratorOutcome Run(IEnumerable<AdditionalText> files, CSharpCompilation compilation, CSharpParseOptions options)
    {
        var driver = GeneratorHarness.CreateDriver(files, parseOptions: options, trackSteps: false);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorOutcome(driver.GetRunResult(), output, diagnostics);
    }

    /// <summary>A generator exception is a bug: the host reports it as CS8785 and drops the output.</summary>
    public static void AssertNoGeneratorException(GeneratorOutcome outcome)
    {
        var result = Assert.Single(outcome.RunResult.Results);
        Assert.True(result.Exception is null, "The generator threw: " + result.Exception);
        Assert.DoesNotContain(outcome.GeneratorDiagnostics, d => d.Id == "CS8785");
        Assert.Single(outcome.RunResult.GeneratedTrees, t => t.FilePath.EndsWith(".SeedDataset.g.cs", StringComparison.Ordinal)); // the main file, whatever the articles
    }

    /// <summary>
    /// What the compiler says about the output (the generated source and the dataset class), warnings
    /// included. The output is emitted, not just bound: some limits (metadata name length, the user
    /// string heap) are only checked when writing the assembly.
    /// </summary>
    public static ImmutableArray<Diagnostic> CompilerDiagnostics(GeneratorOutcome outcome)
    {
        var source = string.Concat(outcome.RunResult.GeneratedTrees.Select(t => t.ToString()));
        return CompiledSources.GetOrAdd(source, _ => outcome.Output.Emit(Stream.Null).Diagnostics);
    }

    public static void AssertCompilesCleanly(GeneratorOutcome outcome)
    {
        var diagnostics = CompilerDiagnostics(outcome);
        Assert.True(diagnostics.IsEmpty, "The generated code does not compile cleanly:\n" + string.Join("\n", diagnostics.Take(20)));
    }

    /// <summary>Emits the output once, asserts that the compiler had nothing to say, and returns the dataset the generated code builds.</summary>
    public static Dataset CompileCleanlyAndLoad(GeneratorOutcome outcome) => CompileCleanlyAndLoad(outcome, out _);

    public static Dataset CompileCleanlyAndLoad(GeneratorOutcome outcome, out System.Reflection.Assembly assembly)
    {
        using var stream = new MemoryStream();
        var emit = outcome.Output.Emit(stream);
        Assert.True(emit.Diagnostics.IsEmpty, "The generated code does not compile cleanly:\n" + string.Join("\n", emit.Diagnostics.Take(20)));
        assembly = System.Reflection.Assembly.Load(stream.ToArray());
        return (Dataset)assembly.GetType("Sample.Data", throwOnError: true)!.GetProperty("Dataset")!.GetValue(null)!;
    }

    public static List<Diagnostic> Errors(GeneratorOutcome outcome) =>
        outcome.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    /// <summary>The diagnostic points into <paramref name="file"/>: same path, a span inside its text and a line/column that exist.</summary>
    public static void AssertLocatedIn(Diagnostic diagnostic, AdditionalText file)
    {
        var text = file.GetText()!;
        var span = diagnostic.Location.GetLineSpan();
        var where = $"{diagnostic} (file of {text.Length} chars, {text.Lines.Count} lines)";
        Assert.True(diagnostic.Location.Kind == LocationKind.ExternalFile, "Not in a file: " + where);
        Assert.True(span.Path == file.Path, "In another file: " + where);
        Assert.True(diagnostic.Location.SourceSpan.End <= text.Length, "Span past the end of the file: " + where);
        foreach (var position in new[] { span.StartLinePosition, span.EndLinePosition })
        {
            Assert.True(position.Line >= 0 && position.Line < text.Lines.Count, "No such line: " + where);
            Assert.True(position.Character >= 0 && position.Character <= text.Lines[position.Line].Span.Length, "No such column: " + where);
        }

        // The line/column and the span agree, as the IDE needs to underline the right text.
        Assert.Equal(text.Lines.GetLinePositionSpan(diagnostic.Location.SourceSpan), span.Span);
    }

    /// <summary>One line, no control or separator characters, no lone surrogate, not megabytes long.</summary>
    public static void AssertSafeMessage(Diagnostic diagnostic)
    {
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        for (var i = 0; i < message.Length; i++)
        {
            var c = message[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            Assert.False(
                category is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator,
                $"{diagnostic.Id} message holds U+{(int)c:X4}: {Json.String(message)}");
            var paired = char.IsHighSurrogate(c) ? i + 1 < message.Length && char.IsLowSurrogate(message[i + 1])
                : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(message[i - 1]));
            Assert.True(paired, $"{diagnostic.Id} message holds a lone surrogate: {Json.String(message)}");
        }

        Assert.True(message.Length <= 2000, $"{diagnostic.Id} message is {message.Length} characters long");
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics)
    {
        var builder = new StringBuilder();
        foreach (var diagnostic in diagnostics.Take(20))
        {
            builder.AppendLine(diagnostic.ToString());
        }

        return builder.ToString();
    }
}
