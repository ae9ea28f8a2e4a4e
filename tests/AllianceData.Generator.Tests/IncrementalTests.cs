using System.Collections.Generic;
using System.Linq;
using AllianceData.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AllianceData.Generator.Tests;

/// <summary>Unchanged inputs stay Cached/Unchanged: editing one seed re-parses that seed alone.</summary>
public class IncrementalTests
{
    private sealed class Session
    {
        public Session(params (string Name, string? Content)[] extraFiles)
        {
            Files = SampleSeeds.Files(extraFiles).ToDictionary(f => f.Key, f => (AdditionalText)new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + f.Key, f.Value));
            Compilation = GeneratorHarness.CreateCompilation();
            Driver = GeneratorHarness.CreateDriver(Files.Values).RunGenerators(Compilation);
        }

        public Dictionary<string, AdditionalText> Files { get; }

        public CSharpCompilation Compilation { get; set; }

        public GeneratorDriver Driver { get; set; }

        public GeneratorRunResult Edit(string name, string content)
        {
            var replacement = new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + name, content);
            Driver = Driver.ReplaceAdditionalText(Files[name], replacement).RunGenerators(Compilation);
            Files[name] = replacement;
            return Driver.GetRunResult().Results.Single();
        }

        public GeneratorRunResult Rerun()
        {
            Driver = Driver.RunGenerators(Compilation);
            return Driver.GetRunResult().Results.Single();
        }
    }

    /// <summary>The valid folder and a second article, <c>a2</c>, a copy of the first: what the whole-dataset checks compare.</summary>
    private static Session WithSecondArticle() => new(("seeds/a2.txt", SampleSeeds.ArticleText), ("seeds/a2.json", SampleSeeds.Annotation));

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static IncrementalStepRunReason Reason(GeneratorRunResult result, string step) => Assert.Single(Reasons(result, step));

    private static IEnumerable<IncrementalStepRunReason> OutputReasons(GeneratorRunResult result) =>
        result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason);

    [Fact]
    public void A_rerun_with_no_change_is_cached_at_every_step()
    {
        var session = new Session();
        var result = session.Rerun();

        foreach (var step in new[] { TrackingNames.ParsedSeedFiles, TrackingNames.RegistryIndexes, TrackingNames.LinkedArticles, TrackingNames.DatasetSpecs, TrackingNames.ArticleSources })
        {
            Assert.All(Reasons(result, step), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        }

        Assert.All(OutputReasons(result), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Editing_a_registry_relinks_the_registries_and_regenerates_only_the_main_file()
    {
        var session = new Session();
        var result = session.Edit("seeds/people.json", SampleSeeds.People.Replace("Antony Blinken", "Tony Blinken"));

        var parsed = Reasons(result, TrackingNames.ParsedSeedFiles).ToList();
        Assert.Equal(6, parsed.Count);
        Assert.Equal(1, parsed.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(5, parsed.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(IncrementalStepRunReason.Modified, Reason(result, TrackingNames.RegistryIndexes));
        Assert.Equal(IncrementalStepRunReason.Modified, Reason(result, TrackingNames.DatasetSpecs));

        // The article is re-linked against the new registries, but a person's name is not part of it.
        Assert.Equal(IncrementalStepRunReason.Unchanged, Reason(result, TrackingNames.LinkedArticles));
        AssertNotRerun(Reason(result, TrackingNames.ArticleSources));
        Assert.Single(OutputReasons(result), r => r == IncrementalStepRunReason.Modified); // the main file
        Assert.Contains("Tony Blinken", MainFile(result));
    }

    [Fact]
    public void Editing_one_article_relinks_and_re_emits_that_article_alone()
    {
        var session = WithSecondArticle();
        var result = session.Edit("seeds/a2.json", SampleSeeds.Annotation.Replace("\"modality\": \"reported\"", "\"modality\": \"confirmed\""));

        Assert.Equal(1, Reasons(result, TrackingNames.ParsedSeedFiles).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(IncrementalStepRunReason.Cached, Reason(result, TrackingNames.RegistryIndexes));
        var linked = Reasons(result, TrackingNames.LinkedArticles).ToList();
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }, linked);

        // The main file lists the article by ID, handle and title, none of which changed.
        Assert.Contains(Reason(result, TrackingNames.DatasetSpecs), new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });
        Assert.Equal(IncrementalStepRunReason.Modified, Reason(result, TrackingNames.ArticleSources));
        var buckets = Reasons(result, TrackingNames.ArticleBuckets).ToList();
        Assert.Equal(2, buckets.Count); // a1 and a2 hash to different buckets
        Assert.Single(buckets, r => r == IncrementalStepRunReason.Modified);
        Assert.Single(buckets, r => r == IncrementalStepRunReason.Unchanged);
        Assert.Single(OutputReasons(result), r => r == IncrementalStepRunReason.Modified); // the edited article's bucket
        Assert.StartsWith("A2|2:a2", LoaderLine(result, "a2")); // the slice is exactly that article's payload
        Assert.Contains("9:Confirmed", LoaderLine(result, "a2"));
        Assert.DoesNotContain("9:Confirmed", LoaderLine(result, "a1"));
    }

    [Fact]
    public void An_edit_that_leaves_what_the_whole_dataset_steps_read_equal_reruns_none_of_them()
    {
        var session = WithSecondArticle();
        var result = session.Edit("seeds/a2.json", SampleSeeds.Annotation.Replace("\"modality\": \"planned\"", "\"modality\": \"agreed\" "));

        // Same length, so no location after it moves; 'upgrades' is not single-valued, and the modality is neither in the index nor a reference.
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }, Reasons(result, TrackingNames.LinkedArticles));
        Assert.Equal(IncrementalStepRunReason.Unchanged, Reason(result, TrackingNames.ArticleSummaries));
        Assert.Equal(IncrementalStepRunReason.Unchanged, Reason(result, TrackingNames.ArticleReferences));
        Assert.Equal(IncrementalStepRunReason.Unchanged, Reason(result, TrackingNames.ArticleClaims));
        Assert.Equal(IncrementalStepRunReason.Cached, Reason(result, TrackingNames.DatasetIndexes));
        Assert.Equal(IncrementalStepRunReason.Cached, Reason(result, TrackingNames.UnreferencedCheck));
        Assert.Equal(IncrementalStepRunReason.Cached, Reason(result, TrackingNames.ContradictionCheck));
    }

    [Fact]
    public void Editing_a_title_reindexes_the_dataset_but_reruns_neither_check()
    {
        var session = new Session();
        var result = session.Edit("seeds/a1.json", SampleSeeds.Annotation.Replace("\"title\": \"Headline\"", "\"title\": \"Headwind\""));

        Assert.Equal(IncrementalStepRunReason.Modified, Reason(result, TrackingNames.DatasetIndexes));
        Assert.Equal(IncrementalStepRunReason.Cached, Reason(result, TrackingNames.UnreferencedCheck));
        Assert.Equal(IncrementalStepRunReason.Cached, Reason(result, TrackingNames.ContradictionCheck));
        Assert.Contains("Headwind", MainFile(result));
    }

    [Fact]
    public void Dropping_the_only_reference_to_an_entity_reruns_the_unreferenced_check_alone()
    {
        var session = new Session();
        Assert.DoesNotContain(session.Driver.GetRunResult().Diagnostics, d => d.Id == "ALD0021");
        var result = session.Edit("seeds/a1.json", SampleSeeds.Annotation.Replace("\"tokyo\", ", new string(' ', 9))); // blanks: no claim moves

        Assert.Equal(IncrementalStepRunReason.Modified, Reason(result, TrackingNames.UnreferencedCheck));
        AssertNotRerun(Reason(result, TrackingNames.DatasetIndexes));
        Assert.Equal(IncrementalStepRunReason.Cached, Reason(result, TrackingNames.ContradictionCheck));
        var warning = Assert.Single(result.Diagnostics, d => d.Id == "ALD0021");
        Assert.Contains("tokyo", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.EndsWith("places.json", warning.Location.GetLineSpan().Path, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_a_single_valued_claim_reruns_the_contradiction_check_alone()
    {
        var session = WithSecondArticle();
        Assert.DoesNotContain(session.Driver.GetRunResult().Diagnostics, d => d.Id == "ALD0023");
        var result = session.Edit("seeds/a2.json", SampleSeeds.Annotation.Replace("\"date\": \"2025-03\", \"precision\": \"month\", \"expression\": \"by March 2025\", \"start\": \"2024-03-01\"", "\"date\": \"2026-03\", \"precision\": \"month\", \"expression\": \"by March 2025\", \"start\": \"2026-01-01\""));

        Assert.Equal(IncrementalStepRunReason.Modified, Reason(result, TrackingNames.ContradictionCheck));
        Assert.Equal(IncrementalStepRunReason.Cached, Reason(result, TrackingNames.DatasetIndexes));
        Assert.Equal(IncrementalStepRunReason.Cached, Reason(result, TrackingNames.UnreferencedCheck));
        Assert.Single(result.Diagnostics, d => d.Id == "ALD0023"); // the two copies, published the same month, now give launch dates that cannot both hold
    }

    [Fact]
    public void Editing_what_a_single_valued_claim_says_of_its_source_leaves_the_contradiction_sweep_cached()
    {
        var session = WithSecondArticle();
        var result = session.Edit("seeds/a2.json", SampleSeeds.Annotation.Replace("\"modality\": \"reported\"", "\"modality\": \"expected\""));

        // 'launch' is single-valued: its modality reaches the payload, but the sweep compares only subject, predicate and value.
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }, Reasons(result, TrackingNames.LinkedArticles));
        Assert.Equal(IncrementalStepRunReason.Unchanged, Reason(result, TrackingNames.ArticleClaims));
        Assert.Equal(IncrementalStepRunReason.Cached, Reason(result, TrackingNames.ContradictionCheck));
        Assert.Contains("8:Expected", LoaderLine(result, "a2"));
    }

    [Fact]
    public void Moving_a_contradicting_claim_relocates_its_warning_without_rerunning_the_sweep()
    {
        var contradicting = SampleSeeds.Annotation.Replace("\"start\": \"2024-03-01\"", "\"start\": \"2026-01-01\"").Replace("\"date\": \"2025-03\", \"precision\": \"month\", \"expression\"", "\"date\": \"2026-03\", \"precision\": \"month\", \"expression\"");
        var session = new Session(("seeds/a2.txt", SampleSeeds.ArticleText), ("seeds/a2.json", contradicting));
        var before = Assert.Single(session.Driver.GetRunResult().Diagnostics, d => d.Id == "ALD0023");
        var result = session.Edit("seeds/a2.json", "\n\n" + contradicting);

        Assert.Equal(IncrementalStepRunReason.Cached, Reason(result, TrackingNames.ContradictionCheck));
        Assert.Equal(IncrementalStepRunReason.Modified, Reason(result, TrackingNames.ContradictionReports));
        var after = Assert.Single(result.Diagnostics, d => d.Id == "ALD0023");
        Assert.Equal(LineInA2(before) + 2, LineInA2(after)); // the edited file's claim, two lines down

        static int LineInA2(Diagnostic diagnostic) => new[] { diagnostic.Location }.Concat(diagnostic.AdditionalLocations)
            .Single(l => l.GetLineSpan().Path.EndsWith("a2.json", System.StringComparison.Ordinal)).GetLineSpan().StartLinePosition.Line;
    }

    [Fact]
    public void A_whitespace_only_edit_leaves_the_generated_source_unchanged()
    {
        var session = new Session();
        var result = session.Edit("seeds/places.json", "\n\n" + SampleSeeds.Places.Replace(": ", ":   "));

        // The registry's model moves (its locations shift), but the linked data does not: no new source.
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, TrackingNames.ParsedSeedFiles));
        Assert.Equal(IncrementalStepRunReason.Modified, Reason(result, TrackingNames.RegistryIndexes));
        AssertNotRerun(Reason(result, TrackingNames.DatasetSpecs));
        AssertNotRerun(Reason(result, TrackingNames.ArticleSources));
        Assert.DoesNotContain(IncrementalStepRunReason.Modified, OutputReasons(result));
        Assert.DoesNotContain(IncrementalStepRunReason.New, OutputReasons(result));
    }

    [Fact]
    public void A_whitespace_only_edit_of_an_annotation_re_emits_nothing()
    {
        var session = new Session();
        var result = session.Edit("seeds/a1.json", SampleSeeds.Annotation.Replace(": ", ":  "));

        Assert.Equal(IncrementalStepRunReason.Modified, Reason(result, TrackingNames.LinkedArticles)); // claim locations moved
        AssertNotRerun(Reason(result, TrackingNames.ArticleSources)); // but not the data
        Assert.DoesNotContain(IncrementalStepRunReason.Modified, OutputReasons(result));
    }

    [Fact]
    public void Editing_unrelated_csharp_code_does_not_touch_the_seeds_or_the_output()
    {
        var session = new Session();
        session.Compilation = session.Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Sample; public class Unrelated { }", new CSharpParseOptions(LanguageVersion.Latest)));
        var result = session.Rerun();

        Assert.All(Reasons(result, TrackingNames.ParsedSeedFiles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains(Reason(result, TrackingNames.DatasetSpecs), new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });
        Assert.DoesNotContain(IncrementalStepRunReason.Modified, OutputReasons(result));
    }

    [Fact]
    public void Adding_an_unrelated_seed_file_reparses_nothing_else()
    {
        var session = new Session();
        var extra = new InMemoryAdditionalText(GeneratorHarness.ProjectDirectory + "seeds/a2.txt", "Another article.");
        session.Driver = session.Driver.AddAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(extra)).RunGenerators(session.Compilation);
        var result = session.Driver.GetRunResult().Results.Single();

        var parsed = Reasons(result, TrackingNames.ParsedSeedFiles).ToList();
        Assert.Equal(6, parsed.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(1, parsed.Count(r => r == IncrementalStepRunReason.New));
        Assert.Equal(IncrementalStepRunReason.Cached, Reason(result, TrackingNames.RegistryIndexes));
    }

    [Fact]
    public void Editing_an_article_text_relinks_that_article_alone()
    {
        var session = WithSecondArticle();
        var result = session.Edit("seeds/a2.txt", SampleSeeds.ArticleText + "\nA sentence added after the article.\n");

        Assert.Equal(1, Reasons(result, TrackingNames.ParsedSeedFiles).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(IncrementalStepRunReason.Unchanged, Reason(result, TrackingNames.RegistryFiles));
        Assert.Equal(IncrementalStepRunReason.Cached, Reason(result, TrackingNames.RegistryIndexes));
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Modified }, Reasons(result, TrackingNames.ArticleInputs));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }, Reasons(result, TrackingNames.LinkedArticles));
    }

    [Fact]
    public void Editing_a_file_that_is_not_a_seed_parses_and_reports_nothing()
    {
        var session = new Session(("seeds/notes.untagged.json", "{ \"not\": \"a seed\" }"));
        var result = session.Edit("seeds/notes.untagged.json", "{ not even JSON");

        var parsed = Reasons(result, TrackingNames.ParsedSeedFiles).ToList();
        Assert.Equal(7, parsed.Count);
        Assert.All(parsed, r => Assert.Equal(IncrementalStepRunReason.Cached, r)); // its input is the same "not a seed", so it is not parsed
        Assert.Equal(IncrementalStepRunReason.Cached, Reason(result, TrackingNames.ArticlePairings));
        Assert.Empty(result.Diagnostics);
        Assert.All(OutputReasons(result), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    /// <summary>Cached (its inputs did not change) or Unchanged (re-run, same result): either way nothing downstream runs.</summary>
    private static void AssertNotRerun(IncrementalStepRunReason reason) =>
        Assert.Contains(reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });

    private static string MainFile(GeneratorRunResult result) =>
        result.GeneratedSources.Single(s => s.HintName.EndsWith(".SeedDataset.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();

    /// <summary>An article's data: its slice of its bucket's literal, which the bucket's loader names after a comment with the article's ID.</summary>
    private static string LoaderLine(GeneratorRunResult result, string articleId)
    {
        var bucket = result.GeneratedSources.Single(s => s.SourceText.ToString().Contains("// " + articleId + ":", System.StringComparison.Ordinal)).SourceText.ToString();
        var lines = bucket.Split('\n');
        var caseLine = lines[System.Array.FindIndex(lines, l => l.Contains("// " + articleId + ":", System.StringComparison.Ordinal)) + 1];
        var slice = System.Text.RegularExpressions.Regex.Match(caseLine, @"Slice\((\d+), (\d+)\)");
        var literal = CSharpSyntaxTree.ParseText(bucket).GetRoot().DescendantNodes()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax>()
            .Single(l => l.IsKind(SyntaxKind.Utf8StringLiteralExpression));
        var bytes = System.Text.Encoding.UTF8.GetBytes(literal.Token.ValueText); // the literal's value, escapes resolved
        return System.Text.Encoding.UTF8.GetString(bytes, int.Parse(slice.Groups[1].Value), int.Parse(slice.Groups[2].Value));
    }
}
