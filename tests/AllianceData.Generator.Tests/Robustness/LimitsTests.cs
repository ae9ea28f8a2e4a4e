using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using AllianceData.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;
using static AllianceData.Generator.Tests.Robustness.RobustnessHarness;

namespace AllianceData.Generator.Tests.Robustness;

/// <summary>
/// Big inputs: a huge registry, a huge article, deep nesting, thousands of files. Each run ends
/// with diagnostics or output in bounded time, on a thread with a small stack, so that recursion
/// as deep as the input would fail here long before it could overflow a compiler's stack. The time
/// bounds are generous guards against hangs; how fast is another issue (times are written to the
/// test output).
/// </summary>
public class LimitsTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private readonly ITestOutputHelper _output;

    public LimitsTests(ITestOutputHelper output) => _output = output;

    /// <summary>Runs the generator on a thread with a 1 MB stack (the default main thread has 8 MB on Linux, 1 MB on Windows).</summary>
    private GeneratorOutcome RunBounded(string what, List<AdditionalText> files, LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        GeneratorOutcome? outcome = null;
        Exception? failure = null;
        var stopwatch = Stopwatch.StartNew();
        var thread = new Thread(
            () =>
            {
                try
                {
                    outcome = languageVersion == LanguageVersion.Latest ? Run(files) : Run(files, languageVersion);
                }
                catch (Exception ex)
                {
                    failure = ex;
                }
            },
            maxStackSize: 1024 * 1024);
        thread.Start();
        Assert.True(thread.Join(Bound), $"{what}: the generator did not finish within {Bound.TotalSeconds} s");
        Assert.Null(failure);
        _output.WriteLine($"{what}: generator {stopwatch.Elapsed.TotalSeconds:F1} s");

        AssertNoGeneratorException(outcome!);
        return outcome!;
    }

    /// <summary>
    /// For outputs too big to compile in a unit test (Roslyn takes tens of seconds for 20,000 entities;
    /// that is the compiler's time, which a real build pays once): the generated file parses without
    /// a single syntax diagnostic and declares <paramref name="handles"/> handle properties. The same
    /// code at smaller sizes is compiled by <see cref="Registries_of_several_chunks_compile"/>.
    /// </summary>
    private static void AssertOutputParses(GeneratorOutcome outcome, int handles)
    {
        Assert.All(outcome.RunResult.GeneratedTrees, t => Assert.Empty(t.GetDiagnostics()));
        var tree = Assert.Single(outcome.RunResult.GeneratedTrees, t => t.FilePath.EndsWith(".SeedDataset.g.cs", StringComparison.Ordinal));
        var properties = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax>().Count();
        Assert.Equal(handles + 6, properties); // plus Dataset and the five All lists
    }

    private void AssertCompilesInBoundedTime(string what, GeneratorOutcome outcome)
    {
        var stopwatch = Stopwatch.StartNew();
        AssertCompilesCleanly(outcome);
        _output.WriteLine($"{what}: compile and emit {stopwatch.Elapsed.TotalSeconds:F1} s");
        Assert.True(stopwatch.Elapsed < Bound, $"{what}: compiling the output took {stopwatch.Elapsed.TotalSeconds:F0} s");
    }

    [Fact]
    public void A_registry_of_20000_organizations()
    {
        var organizations = new StringBuilder("{ \"organizations\": [\n");
        organizations.Append(SampleSeeds.Organizations.Substring(SampleSeeds.Organizations.IndexOf('[') + 1, SampleSeeds.Organizations.LastIndexOf(']') - SampleSeeds.Organizations.IndexOf('[') - 1).TrimEnd());
        for (var i = 0; i < 20_000; i++)
        {
            organizations.Append($",\n  {{ \"id\": \"org-{i}\", \"name\": \"Organization {i}\", \"aliases\": [\"O{i}\"], \"kind\": \"company\", \"country\": \"JP\", {(i == 0 ? string.Empty : $"\"parent\": \"org-{i / 10}\", ")}\"description\": \"Number {i}.\" }}");
        }

        organizations.Append("\n] }");
        var outcome = RunBounded("20,000 organizations", Seeds(("seeds/organizations.json", organizations.ToString())));

        Assert.Empty(outcome.GeneratorDiagnostics.Where(d => d.Id != "ALD0021")); // registry leaves nothing refers to are warnings, as they should be
        AssertOutputParses(outcome, handles: 20_005 + 1 + 1 + 2 + 1);

        // Past a million characters the registry payload is UTF-8 data, not a string on the user-string heap.
        var main = outcome.RunResult.GeneratedTrees.Single(t => t.FilePath.EndsWith(".SeedDataset.g.cs", StringComparison.Ordinal)).ToString();
        Assert.Contains("\"u8), LoadArticle);", main, StringComparison.Ordinal);
    }

    /// <summary>Registries are emitted in methods of 100 entries; several chunks, and a last partial one, compile.</summary>
    [Fact]
    public void Registries_of_several_chunks_compile()
    {
        var places = string.Join(",\n", Enumerable.Range(0, 250).Select(i => $$"""{ "id": "place-{{i}}", "name": "Place {{i}}", "kind": "city"{{(i == 0 ? "" : $", \"within\": \"place-{i / 2}\"")}} }"""));
        var predicates = string.Join(",\n", Enumerable.Range(0, 201).Select(i => $$"""{ "id": "p-{{i}}", "label": "p {{i}}", "description": "P.", "object": "any" }"""));
        var outcome = RunBounded("250 places, 201 predicates", Seeds(
            ("seeds/places.json", $$"""{ "places": [ { "id": "tokyo", "name": "Tokyo", "kind": "city" }, {{places}} ] }"""),
            ("seeds/predicates.json", SampleSeeds.Predicates.Replace("\"predicates\": [", "\"predicates\": [" + predicates + ","))));

        Assert.Empty(outcome.GeneratorDiagnostics.Where(d => d.Id != "ALD0021")); // registry leaves nothing refers to are warnings, as they should be
        var dataset = CompileCleanlyAndLoad(outcome);
        Assert.Equal(251, dataset.Places.Count);
        Assert.Equal(203, dataset.Predicates.Count);
        Assert.Same(dataset.Place("place-124"), dataset.Place("place-249")!.Within);
    }

    [Fact]
    public void A_registry_of_20000_organizations_all_wrong_is_20000_located_errors()
    {
        var organizations = new StringBuilder("{ \"organizations\": [\n");
        for (var i = 0; i < 20_000; i++)
        {
            organizations.Append(i == 0 ? "  " : ",\n  ").Append($"{{ \"id\": \"Org {i}\", \"name\": {i}, \"kind\": \"firm\" }}");
        }

        organizations.Append("\n] }");
        var files = Seeds(("seeds/organizations.json", organizations.ToString()));
        var outcome = RunBounded("20,000 wrong organizations", files);

        var errors = Errors(outcome);
        Assert.Equal(60_000, errors.Count); // a bad ID, a name of the wrong type and an unknown kind in each
        var file = files.Single(f => f.Path.EndsWith("organizations.json", StringComparison.Ordinal));
        AssertLocatedIn(errors[^1], file);
        Assert.Equal(20_000, errors[^1].Location.GetLineSpan().StartLinePosition.Line);
        AssertCompilesInBoundedTime("20,000 wrong organizations", outcome);
    }

    [Fact]
    public void An_article_of_5_MB_with_2000_claims()
    {
        var text = new StringBuilder("Headline\n");
        var sentences = 0;
        while (text.Length < 5 * 1024 * 1024)
        {
            text.Append($"Sentence {sentences++:D6} says that the alliance is being upgraded. ");
        }

        text.Append("\nLeave a Reply\n");
        // Every claim quotes its own sentence; one in twenty also quotes words that occur in every
        // sentence, told apart by a prefix (each such quote is checked against all 100,000 matches).
        var claims = string.Join(",\n", Enumerable.Range(0, 2000).Select(i => $$"""
                { "id": "c{{i}}", "subject": "united-states", "predicate": "upgrades", "object": { "entity": "us-forces-japan" }, "modality": "asserted",
                  "evidence": [ { "quote": "Sentence {{i * 40:D6}} says" }{{(i % 20 == 0 ? $$""", { "quote": "the alliance", "prefix": "Sentence {{i * 40 + 1:D6}} says that " }""" : string.Empty)}} ] }
            """));
        var annotation = $$"""
            {
              "title": "Headline",
              "published": { "date": "2024-03", "precision": "month" },
              "body": { "start": "Sentence 000000", "end": "\nLeave a Reply" },
              "claims": [
            {{claims}}
              ]
            }
            """;
        var outcome = RunBounded("5 MB article, 2,000 claims", Seeds(("seeds/a1.txt", text.ToString()), ("seeds/a1.json", annotation)));

        // The sample registries' entities are not mentioned by this article: ALD0021 warnings, nothing else.
        Assert.Empty(outcome.GeneratorDiagnostics.Where(d => d.Id != "ALD0021"));
        AssertCompilesInBoundedTime("5 MB article, 2,000 claims", outcome);
    }

    [Theory]
    [InlineData("seeds/a1.json", "[")]
    [InlineData("seeds/places.json", "[")]
    [InlineData("seeds/a1.json", "{\"a\":")]
    [InlineData("seeds/predicates.json", "{\"predicates\":[")]
    public void Nesting_100000_deep_is_invalid_json(string seed, string opening)
    {
        var json = string.Concat(Enumerable.Repeat(opening, 100_000));
        var files = Seeds((seed, json));
        var outcome = RunBounded($"100,000 × {opening} in {seed}", files);

        var error = Assert.Single(Errors(outcome));
        Assert.Equal("ALD0001", error.Id);
        Assert.Contains("depth", error.GetMessage(), StringComparison.OrdinalIgnoreCase);
        AssertLocatedIn(error, files.Single(f => f.Path == PathOf(seed)));
        AssertCompilesCleanly(outcome);
    }

    [Fact]
    public void Nesting_100000_deep_and_closed_is_invalid_json()
    {
        var json = "{\"title\": " + new string('[', 100_000) + new string(']', 100_000) + "}";
        var outcome = RunBounded("100,000 closed brackets", Seeds(("seeds/a1.json", json)));

        Assert.Equal("ALD0001", Assert.Single(Errors(outcome)).Id);
    }

    [Fact]
    public void Two_thousand_articles()
    {
        var changes = new List<(string, object?)> { ("seeds/a1.txt", null), ("seeds/a1.json", null) };
        for (var i = 0; i < 2000; i++)
        {
            changes.Add(($"seeds/articles/{i:D4}.txt", SampleSeeds.ArticleText));
            changes.Add(($"seeds/articles/{i:D4}.json", SampleSeeds.Annotation));
        }

        var outcome = RunBounded("2,000 articles", Seeds(changes.ToArray()));

        Assert.Empty(outcome.GeneratorDiagnostics);
        AssertOutputParses(outcome, handles: 5 + 1 + 1 + 2 + 2000);
    }

    [Fact]
    public void Two_thousand_articles_whose_annotations_are_all_invalid()
    {
        var invalid = SampleSeeds.Annotation.Replace("\"united-states\"", "\"united-state\"").Replace("\"2025-03\"", "\"2025-13\"");
        var alone = Errors(Run(Seeds(("seeds/a1.json", invalid)))).Select(e => e.Id).OrderBy(id => id).ToList();
        Assert.Equal(new[] { "ALD0006", "ALD0010" }, alone);
        var changes = new List<(string, object?)>();
        for (var i = 0; i < 2000; i++)
        {
            changes.Add(($"seeds/bad/{i:D4}.txt", SampleSeeds.ArticleText));
            changes.Add(($"seeds/bad/{i:D4}.json", invalid));
        }

        var outcome = RunBounded("2,000 invalid articles", Seeds(changes.ToArray()));

        var errors = Errors(outcome);
        Assert.Equal(2000 * alone.Count, errors.Count(e => e.Location.GetLineSpan().Path.Contains("/bad/", StringComparison.Ordinal)));
        AssertOutputParses(outcome, handles: 5 + 1 + 1 + 2 + 2001); // each article stays, without its broken claims
    }

    /// <summary>
    /// Every string literal goes to the assembly's user string heap, whose offsets are 24-bit, so
    /// article texts of more than about 8 million UTF-16 characters in all would fail at emit with
    /// CS8103, in generated code. Where article data is written as string literals (C# 10 here),
    /// three articles of 4.5 MB do it: the generator reports ALD0024 instead and leaves the
    /// articles out, so the output still compiles.
    /// </summary>
    [Fact]
    public void Article_texts_past_the_user_string_heap_are_a_diagnostic_not_CS8103()
    {
        var outcome = RunBounded("3 articles of 4.5 MB, C# 10", HugeArticles(), LanguageVersion.CSharp10);

        Assert.Contains(Errors(outcome), e => e.Id == "ALD0024");
        AssertCompilesCleanly(outcome);
    }

    /// <summary>The same articles as UTF-8 literals (C# 11 and later on .NET): data, not strings, so no heap limit and no error.</summary>
    [Fact]
    public void Article_texts_past_the_user_string_heap_compile_as_utf8_literals()
    {
        var outcome = RunBounded("3 articles of 4.5 MB, UTF-8 literals", HugeArticles());

        Assert.DoesNotContain(Errors(outcome), e => e.Id == "ALD0024");
        var articleFiles = outcome.RunResult.GeneratedTrees.Where(t => t.FilePath.Contains(".Articles.")).Select(t => t.ToString()).ToList();
        Assert.All(articleFiles, text => Assert.Contains("\"u8;", text));
        Assert.Equal(3, articleFiles.SelectMany(t => t.Split('\n')).Count(line => line.Contains("ArticlePayload.Read(", StringComparison.Ordinal)));
        AssertCompilesCleanly(outcome);
    }

    /// <summary>
    /// The registry payload is a string literal too where article data is: the heap check counts it
    /// whole. 2,000 people with 4,000-character descriptions pass the limit on their own, with
    /// articles that are small.
    /// </summary>
    [Fact]
    public void Registries_past_the_user_string_heap_are_a_diagnostic_not_CS8103()
    {
        var people = new StringBuilder("{ \"people\": [\n");
        people.Append(SampleSeeds.People.Substring(SampleSeeds.People.IndexOf('[') + 1, SampleSeeds.People.LastIndexOf(']') - SampleSeeds.People.IndexOf('[') - 1).TrimEnd());
        var description = new string('d', 4_000);
        for (var i = 0; i < 2_000; i++)
        {
            people.Append($",\n  {{ \"id\": \"person-{i}\", \"name\": \"Person {i}\", \"description\": \"{description}\" }}");
        }

        people.Append("\n] }");
        var outcome = RunBounded("2,000 people of 4,000 characters, C# 10", Seeds(("seeds/people.json", people.ToString())), LanguageVersion.CSharp10);

        Assert.Contains(Errors(outcome), e => e.Id == "ALD0024");
        AssertCompilesCleanly(outcome);
    }

    private static List<AdditionalText> HugeArticles()
    {
        var text = "Headline\n" + new string('x', 4_500_000) + SampleSeeds.ArticleText.Substring("Headline".Length);
        var changes = Enumerable.Range(1, 3).SelectMany(i => new (string, object?)[] { ($"seeds/a{i}.txt", text.Replace("Headline", "Headline " + i)), ($"seeds/a{i}.json", SampleSeeds.Annotation) }).ToArray();
        return Seeds(changes);
    }
}
