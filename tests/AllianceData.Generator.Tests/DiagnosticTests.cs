using System.Linq;
using AllianceData.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AllianceData.Generator.Tests;

/// <summary>Each basic mistake in a seed is an error with its ID at the exact line and column of the seed file.</summary>
public class DiagnosticTests
{
    private static Diagnostic SingleError(GeneratorOutcome outcome, string id)
    {
        var errors = outcome.Errors.ToList();
        Assert.True(errors.Count == 1, "Expected one error, got:\n" + string.Join("\n", errors));
        Assert.Equal(id, errors[0].Id);
        return errors[0];
    }

    private static (string Path, int Line, int Column) Position(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    [Fact]
    public void Invalid_json_is_reported_at_the_parsers_line_and_column()
    {
        const string broken = "{\n  \"places\": [\n    { \"id\": \"tokyo\", }\n  ]\n}";
        var error = SingleError(GeneratorHarness.Run(SampleSeeds.Files(("seeds/places.json", broken))), "ALD0001");

        Assert.Equal(("/project/seeds/places.json", 3, 22), Position(error)); // the "}" after the trailing comma
    }

    [Fact]
    public void Unknown_property_is_reported_on_its_name_with_a_suggestion()
    {
        var places = SampleSeeds.Places.Replace("\"country\"", "\"contry\"");
        var error = SingleError(GeneratorHarness.Run(SampleSeeds.Files(("seeds/places.json", places))), "ALD0003");

        Assert.Contains("did you mean 'country'?", error.GetMessage());
        var (_, line, column) = Position(error);
        Assert.Equal((1, places.IndexOf("\"contry\"") + 1), (line, column));
    }

    [Fact]
    public void Missing_required_property_names_the_property()
    {
        var places = SampleSeeds.Places.Replace("\"name\": \"Tokyo\", ", string.Empty);
        var error = SingleError(GeneratorHarness.Run(SampleSeeds.Files(("seeds/places.json", places))), "ALD0004");

        Assert.Contains("'name'", error.GetMessage());
    }

    [Fact]
    public void Wrong_type_is_reported_on_the_value()
    {
        var places = SampleSeeds.Places.Replace("\"name\": \"Tokyo\"", "\"name\": 42");
        var error = SingleError(GeneratorHarness.Run(SampleSeeds.Files(("seeds/places.json", places))), "ALD0002");

        Assert.Equal(places.IndexOf("42") + 1, Position(error).Column);
    }

    [Fact]
    public void Unknown_reference_points_at_the_reference_and_suggests_the_near_miss()
    {
        var annotation = SampleSeeds.Annotation.Replace("\"subject\": \"united-states\"", "\"subject\": \"united-state\"");
        var outcome = GeneratorHarness.Run(SampleSeeds.Files(("seeds/a1.json", annotation)));
        var error = SingleError(outcome, "ALD0006");

        Assert.Contains("did you mean 'united-states'?", error.GetMessage());
        var line = annotation.Split('\n').Select((text, index) => (text, index)).First(l => l.text.Contains("united-state\"")).index + 1;
        Assert.Equal(("/project/seeds/a1.json", line), (Position(error).Path, Position(error).Line));
    }

    [Fact]
    public void Unknown_predicate_is_an_unknown_reference()
    {
        var annotation = SampleSeeds.Annotation.Replace("\"predicate\": \"upgrades\"", "\"predicate\": \"upgrade\"");
        var error = SingleError(GeneratorHarness.Run(SampleSeeds.Files(("seeds/a1.json", annotation))), "ALD0006");

        Assert.Contains("predicate 'upgrade'; did you mean 'upgrades'?", error.GetMessage());
    }

    [Fact]
    public void Evidence_quote_not_in_the_text_is_reported_on_the_quote()
    {
        var annotation = SampleSeeds.Annotation.Replace("The US will upgrade U.S. Forces Japan.", "The US will upgrade USFJ.");
        var error = SingleError(GeneratorHarness.Run(SampleSeeds.Files(("seeds/a1.json", annotation))), "ALD0007");

        var line = annotation.Split('\n').Select((text, index) => (text, index)).First(l => l.text.Contains("upgrade USFJ")).index + 1;
        Assert.Equal(line, Position(error).Line);
    }

    [Fact]
    public void Evidence_quote_in_page_furniture_is_outside_the_body()
    {
        var annotation = SampleSeeds.Annotation.Replace("The US will upgrade U.S. Forces Japan.", "Leave a Reply");
        SingleError(GeneratorHarness.Run(SampleSeeds.Files(("seeds/a1.json", annotation))), "ALD0009");
    }

    [Fact]
    public void Evidence_quote_found_twice_needs_disambiguation_and_occurrence_resolves_it()
    {
        var ambiguous = SampleSeeds.Annotation.Replace("\"quote\": \"The US will upgrade U.S. Forces Japan.\"", "\"quote\": \"will\"");
        SingleError(GeneratorHarness.Run(SampleSeeds.Files(("seeds/a1.json", ambiguous))), "ALD0008");

        var second = ambiguous.Replace("\"quote\": \"will\"", "\"quote\": \"will\", \"occurrence\": 2");
        var dataset = GeneratorHarness.Run(SampleSeeds.Files(("seeds/a1.json", second))).LoadDataset();
        var evidence = dataset.Claim("a1#upgrade")!.Evidence.Single();
        Assert.Equal(SampleSeeds.ArticleText.IndexOf("will", SampleSeeds.ArticleText.IndexOf("will") + 1), evidence.Start);

        var prefixed = ambiguous.Replace("\"quote\": \"will\"", "\"quote\": \"will\", \"prefix\": \"Japan \"");
        Assert.Empty(GeneratorHarness.Run(SampleSeeds.Files(("seeds/a1.json", prefixed))).Errors);
    }

    [Fact]
    public void Duplicate_ids_point_at_the_duplicate_and_the_first_definition()
    {
        var people = SampleSeeds.People.Replace("\"id\": \"antony-blinken\"", "\"id\": \"tokyo\"");
        var annotation = SampleSeeds.Annotation.Replace("\"antony-blinken\"", "\"tokyo\"");
        var error = SingleError(GeneratorHarness.Run(SampleSeeds.Files(("seeds/people.json", people), ("seeds/a1.json", annotation))), "ALD0005");

        // Registries link in a fixed order (organizations, people, places): the place is the duplicate.
        Assert.Equal("/project/seeds/places.json", Position(error).Path);
        Assert.Contains("people.json(1,", error.GetMessage());
        Assert.Equal("/project/seeds/people.json", Assert.Single(error.AdditionalLocations).GetLineSpan().Path);
    }

    [Fact]
    public void A_duplicate_claim_id_points_at_the_duplicate_and_the_first_claim_with_it()
    {
        var annotation = SampleSeeds.Annotation.Replace("\"id\": \"launch\"", "\"id\": \"upgrade\"");
        var error = SingleError(GeneratorHarness.Run(SampleSeeds.Files(("seeds/a1.json", annotation))), "ALD0005");

        var first = annotation.IndexOf("\"upgrade\"", System.StringComparison.Ordinal);
        var duplicate = annotation.IndexOf("\"upgrade\"", first + 1, System.StringComparison.Ordinal);
        Assert.Equal(duplicate, error.Location.SourceSpan.Start);
        var firstLine = annotation.Substring(0, first).Count(c => c == '\n') + 1;
        Assert.Contains($"another claim of this article at a1.json({firstLine},", error.GetMessage());
        Assert.Equal(first, Assert.Single(error.AdditionalLocations).SourceSpan.Start);
    }

    [Fact]
    public void Text_without_annotation_and_annotation_without_text_are_both_reported()
    {
        var orphanText = GeneratorHarness.Run(SampleSeeds.Files(("seeds/a1.json", null)));
        Assert.Equal("/project/seeds/a1.txt", Position(SingleError(orphanText, "ALD0014")).Path);

        var orphanAnnotation = GeneratorHarness.Run(SampleSeeds.Files(("seeds/a1.txt", null)));
        Assert.Equal("/project/seeds/a1.json", Position(SingleError(orphanAnnotation, "ALD0013")).Path);
    }

    [Fact]
    public void Invalid_enum_value_lists_the_allowed_values()
    {
        var places = SampleSeeds.Places.Replace("\"kind\": \"city\"", "\"kind\": \"citty\"");
        var error = SingleError(GeneratorHarness.Run(SampleSeeds.Files(("seeds/places.json", places))), "ALD0010");

        Assert.Contains("did you mean 'city'?", error.GetMessage());
    }

    [Fact]
    public void Invalid_date_for_its_precision_is_reported()
    {
        var annotation = SampleSeeds.Annotation.Replace("\"date\": \"2025-03\"", "\"date\": \"2025-13\"");
        var error = SingleError(GeneratorHarness.Run(SampleSeeds.Files(("seeds/a1.json", annotation))), "ALD0010");

        Assert.Contains("YYYY-MM", error.GetMessage());
    }

    [Theory]
    [InlineData("\"date\": \"2025-13\"", "\"2025-13\"")]
    [InlineData("\"start\": \"2024-02-30\"", "\"2024-02-30\"")]
    [InlineData("\"start\": \"2024-03-01\", \"end\": \"2025-02-30\"", "\"2025-02-30\"")]
    [InlineData("\"start\": \"2024-03-01\", \"end\": \"2024-02-01\"", "\"2024-02-01\"")]
    [InlineData("\"start\": \"2025-04-01\"", "\"2025-04-01\"")]
    public void An_invalid_date_is_reported_where_the_value_it_is_about_is_written(string written, string located)
    {
        var claimTime = "\"date\": \"2025-03\", \"precision\": \"month\", \"expression\": \"by March 2025\", \"start\": \"2024-03-01\"";
        var annotation = SampleSeeds.Annotation.Replace(claimTime, claimTime.Replace(written.StartsWith("\"date\"", System.StringComparison.Ordinal) ? "\"date\": \"2025-03\"" : "\"start\": \"2024-03-01\"", written));
        Assert.NotEqual(SampleSeeds.Annotation, annotation);
        var error = SingleError(GeneratorHarness.Run(SampleSeeds.Files(("seeds/a1.json", annotation))), "ALD0010");

        Assert.Equal(annotation.IndexOf(located, System.StringComparison.Ordinal), error.Location.SourceSpan.Start);
        Assert.Equal(located.Length, error.Location.SourceSpan.Length);
    }

    [Fact]
    public void Claim_object_of_the_wrong_kind_for_its_predicate_is_reported()
    {
        var annotation = SampleSeeds.Annotation.Replace("\"object\": { \"entity\": \"us-forces-japan\" }", "\"object\": { \"text\": \"USFJ\" }");
        SingleError(GeneratorHarness.Run(SampleSeeds.Files(("seeds/a1.json", annotation))), "ALD0015");
    }

    [Fact]
    public void A_keyword_handle_is_reported_and_the_output_still_compiles()
    {
        var places = SampleSeeds.Places.Replace("\"id\": \"tokyo\",", "\"id\": \"tokyo\", \"handle\": \"class\",");
        var outcome = GeneratorHarness.Run(SampleSeeds.Files(("seeds/places.json", places)));

        SingleError(outcome, "ALD0011");
        Assert.Empty(outcome.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Two_ids_mapping_to_one_handle_collide()
    {
        var places = """{ "places": [ { "id": "tokyo", "name": "Tokyo", "kind": "city" }, { "id": "tokyo-2", "handle": "Tokyo", "name": "Tokyo 2", "kind": "city" } ] }""";
        SingleError(GeneratorHarness.Run(SampleSeeds.Files(("seeds/places.json", places))), "ALD0012");
    }

    [Fact]
    public void A_dataset_class_that_is_not_static_partial_is_reported_on_its_name()
    {
        const string source = """
            namespace Sample;

            [AllianceData.SeedDataset]
            public static class Data { }
            """;
        var error = SingleError(GeneratorHarness.Run(SampleSeeds.Files(), source), "ALD0017");

        Assert.Equal(("/project/Data.cs", 4, 21), Position(error));
    }

    [Theory]
    [InlineData("public static int Articles => 5;", "Articles", 6, 23)]
    [InlineData("public static void Dataset() { }", "Dataset", 6, 24)]
    [InlineData("private static class DatasetHolder { }", "DatasetHolder", 6, 26)]
    [InlineData("internal static readonly int ArticleData_a7 = 1;", "ArticleData_a7", 6, 34)]
    [InlineData("public static string LoadArticles_x(int i) => \"\";", "LoadArticles_x", 6, 26)]
    public void A_member_named_like_generated_code_is_reported_on_the_member(string member, string name, int line, int column)
    {
        var source = $$"""
            namespace Sample;

            [AllianceData.SeedDataset]
            public static partial class Data
            {
                {{member}}
            }
            """;
        var outcome = GeneratorHarness.Run(SampleSeeds.Files(), source);

        var error = SingleError(outcome, "ALD0025");
        Assert.Equal(("/project/Data.cs", line, column), Position(error));
        Assert.Contains($"'{name}'", error.GetMessage(), System.StringComparison.Ordinal);
        Assert.Empty(outcome.RunResult.GeneratedTrees); // no CS0102 in generated code: nothing is generated
        Assert.DoesNotContain(outcome.Output.GetDiagnostics(), d => d.Id is "CS0102" or "CS0111");
    }

    [Fact]
    public void A_member_named_like_a_handle_inside_a_group_is_not_reserved()
    {
        const string source = """
            namespace Sample;

            [AllianceData.SeedDataset]
            public static partial class Data
            {
                public static int ArticleCount => Dataset.Articles.Count;
            }
            """;

        var outcome = GeneratorHarness.Run(SampleSeeds.Files(), source);

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_file_with_errors_never_causes_compiler_errors_in_generated_code()
    {
        var broken = SampleSeeds.Annotation.Replace("\"subject\": \"united-states\"", "\"subject\": \"nobody\"");
        var outcome = GeneratorHarness.Run(SampleSeeds.Files(("seeds/a1.json", broken)));

        Assert.NotEmpty(outcome.Errors);
        Assert.Empty(outcome.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Every_descriptor_has_a_help_link_to_its_documented_section()
    {
        var descriptors = typeof(SeedDatasetGenerator).Assembly
            .GetType("AllianceData.Generator.Diagnostics.DiagnosticDescriptors")!
            .GetFields()
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();
        var docs = System.IO.File.ReadAllText(System.IO.Path.Combine(AllianceData.Testing.RepoPaths.Docs, "diagnostics.md"));

        Assert.NotEmpty(descriptors);
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Id).Distinct().Count());
        foreach (var descriptor in descriptors)
        {
            Assert.EndsWith("#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
            Assert.Contains("## " + descriptor.Id, docs);
        }
    }

    [Fact]
    public void An_entity_nothing_refers_to_is_a_warning_on_its_id()
    {
        var places = SampleSeeds.Places.Replace("] }", ", { \"id\": \"osaka\", \"name\": \"Osaka\", \"kind\": \"city\" } ] }");
        var outcome = GeneratorHarness.Run(SampleSeeds.Files(("seeds/places.json", places)));

        var warning = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal(("ALD0021", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Equal(places.IndexOf("\"osaka\"") + 1, Position(warning).Column);
        Assert.Contains("place 'osaka'", warning.GetMessage());
    }

    [Fact]
    public void A_reporting_cycle_between_organizations_is_an_error_naming_the_cycle()
    {
        var organizations = SampleSeeds.Organizations.Replace(
            "{ \"id\": \"us-indo-pacific-command\", \"name\": \"U.S. Indo-Pacific Command\",",
            "{ \"id\": \"us-indo-pacific-command\", \"name\": \"U.S. Indo-Pacific Command\", \"reportsTo\": [\"us-forces-japan\"],");
        var error = SingleError(GeneratorHarness.Run(SampleSeeds.Files(("seeds/organizations.json", organizations))), "ALD0022");

        Assert.Contains("us-forces-japan -> us-indo-pacific-command -> us-forces-japan", error.GetMessage());
    }

    [Fact]
    public void A_parent_that_is_its_own_ancestor_is_a_cycle()
    {
        var organizations = SampleSeeds.Organizations.Replace("\"kind\": \"government\", \"country\": \"US\"", "\"kind\": \"government\", \"country\": \"US\", \"parent\": \"united-states\"");
        var error = SingleError(GeneratorHarness.Run(SampleSeeds.Files(("seeds/organizations.json", organizations))), "ALD0022");

        Assert.Contains("united-states -> united-states", error.GetMessage());
    }

    [Fact]
    public void Contradicting_claims_reported_at_the_same_time_are_a_warning_pointing_at_both()
    {
        var annotation = SampleSeeds.Annotation.Replace("\"claims\": [", """
            "claims": [
                {
                  "id": "launch-2024",
                  "subject": "jsdf-joint-operations-command",
                  "predicate": "launch-date",
                  "object": { "time": { "date": "2026-01", "precision": "month" } },
                  "modality": "expected",
                  "evidence": [ { "quote": "Japan will launch" } ]
                },
            """);
        var outcome = GeneratorHarness.Run(SampleSeeds.Files(("seeds/a1.json", annotation)));

        var warning = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal(("ALD0023", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Contains("a1#launch", warning.GetMessage());
        Assert.Contains("a1#launch-2024", warning.GetMessage());
        Assert.Single(warning.AdditionalLocations);
    }

    [Fact]
    public void A_different_value_in_a_later_article_is_an_evolution_not_a_warning()
    {
        var later = SampleSeeds.Annotation
            .Replace("\"date\": \"2024-03\", \"precision\": \"month\", \"inferred\": true", "\"date\": \"2024-07\", \"precision\": \"month\", \"inferred\": true")
            .Replace("\"date\": \"2025-03\", \"precision\": \"month\", \"expression\": \"by March 2025\", \"start\": \"2024-03-01\"", "\"date\": \"2025-09\", \"precision\": \"month\"");
        var files = SampleSeeds.Files(("seeds/a2.txt", SampleSeeds.ArticleText), ("seeds/a2.json", later));

        var outcome = GeneratorHarness.Run(files);

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Single(outcome.LoadDataset().Conflicts);
    }

    [Theory]
    [InlineData(ReportDiagnostic.Suppress, null)]
    [InlineData(ReportDiagnostic.Error, DiagnosticSeverity.Error)]
    [InlineData(ReportDiagnostic.Info, DiagnosticSeverity.Info)]
    public void Severities_follow_the_compilation_options_that_editorconfig_and_NoWarn_set(ReportDiagnostic option, DiagnosticSeverity? expected)
    {
        // dotnet_diagnostic.ALD0021.severity in a .globalconfig, <NoWarn> and <WarningsAsErrors> all end up here.
        var places = SampleSeeds.Places.Replace("] }", ", { \"id\": \"osaka\", \"name\": \"Osaka\", \"kind\": \"city\" } ] }");
        var severities = new[] { new System.Collections.Generic.KeyValuePair<string, ReportDiagnostic>("ALD0021", option) };

        var outcome = GeneratorHarness.Run(SampleSeeds.Files(("seeds/places.json", places)), severities: severities);

        Assert.Equal(expected, outcome.GeneratorDiagnostics.SingleOrDefault(d => d.Id == "ALD0021")?.Severity);
    }
    [Theory]
    [InlineData("seeds")]
    [InlineData("more")]
    public void A_contradiction_is_located_in_its_own_dataset_when_another_has_articles_of_the_same_names(string contradicting)
    {
        var files = new System.Collections.Generic.Dictionary<string, string>();
        foreach (var folder in new[] { "seeds", "more" })
        {
            foreach (var (name, content) in SampleSeeds.Files(("seeds/a2.txt", SampleSeeds.ArticleText), ("seeds/a2.json", SampleSeeds.Annotation)))
            {
                files[folder + name.Substring("seeds".Length)] = content;
            }
        }

        files[contradicting + "/a2.json"] = SampleSeeds.Annotation.Replace("\"start\": \"2024-03-01\"", "\"start\": \"2026-01-01\"").Replace("\"date\": \"2025-03\", \"precision\": \"month\", \"expression\"", "\"date\": \"2026-03\", \"precision\": \"month\", \"expression\"");
        var outcome = GeneratorHarness.Run(files, GeneratorHarness.TwoDatasetsSource);

        var warning = Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "ALD0023");
        Assert.All(new[] { warning.Location }.Concat(warning.AdditionalLocations), location =>
            Assert.StartsWith(GeneratorHarness.ProjectDirectory + contradicting + "/", location.GetLineSpan().Path, System.StringComparison.Ordinal));
        var file = files[warning.Location.GetLineSpan().Path.Substring(GeneratorHarness.ProjectDirectory.Length)];
        Assert.Equal("\"launch\"", file.Substring(warning.Location.SourceSpan.Start, warning.Location.SourceSpan.Length)); // the claim's id
    }
}
