using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AllianceData.Generator.Linking;
using AllianceData.Generator.Model;
using AllianceData.Generator.Tests.Infrastructure;
using AllianceData.Testing;
using Microsoft.CodeAnalysis.CSharp;
using NJsonSchema;

namespace AllianceData.Generator.Tests;

/// <summary>
/// The JSON Schemas in schemas/ (what an editor checks while typing) and the generator (what the
/// build checks) reject the same shape errors: each mutation of a valid seed folder must fail
/// schema validation AND give the generator error it names.
/// </summary>
public class SchemaAgreementTests
{
    /// <summary>The sample folder plus a quantity claim and a text claim, so that quantity and text mutations have something to break.</summary>
    private static readonly string Predicates = SampleSeeds.Predicates.Replace(
        "\"predicates\": [",
        """
        "predicates": [
            { "id": "counts", "label": "counts", "description": "How many of something the subject has.", "object": "quantity" },
            { "id": "named", "label": "is named", "description": "A name the text gives the subject.", "object": "text" },
        """);

    private static readonly string Annotation = SampleSeeds.Annotation.Replace(
        "\"claims\": [",
        """
        "claims": [
            {
              "id": "command-count",
              "subject": "united-states",
              "predicate": "counts",
              "object": { "quantity": { "amount": 1, "unit": "count", "item": "joint command", "bound": "exact", "expression": "its joint command" } },
              "modality": "planned",
              "evidence": [ { "quote": "its joint command" } ]
            },
            {
              "id": "name",
              "subject": "us-forces-japan",
              "predicate": "named",
              "object": { "text": "U.S. Forces Japan" },
              "modality": "asserted",
              "evidence": [ { "quote": "U.S. Forces Japan" } ]
            },
        """);

    private static readonly ConcurrentDictionary<string, Task<JsonSchema>> Schemas = new();

    /// <summary>One shape error: the seed file it edits, the edit (old text → new text) and the generator error it must cause.</summary>
    private sealed record Mutation(string File, string Old, string New, string ExpectedId);

    private static readonly Dictionary<string, Mutation> Mutations = new()
    {
        // Unknown properties.
        ["unknown property at the top level of an annotation"] = new("a1.json", "\"title\": \"Headline\",", "\"title\": \"Headline\", \"titel\": \"Headline\",", "ALD0003"),
        ["unknown property in a claim"] = new("a1.json", "\"id\": \"upgrade\",", "\"id\": \"upgrade\", \"confidence\": \"high\",", "ALD0003"),
        ["unknown property in a registry entry"] = new("places.json", "\"country\"", "\"contry\"", "ALD0003"),
        ["unknown property at the top level of a registry"] = new("people.json", "{ \"people\":", "{ \"persons\": [], \"people\":", "ALD0003"),
        ["unknown property in a quantity"] = new("a1.json", "\"bound\": \"exact\",", "\"bound\": \"exact\", \"precision\": \"day\",", "ALD0003"),
        ["unknown property in an evidence quote"] = new("a1.json", "{ \"quote\": \"its joint command\" }", "{ \"quote\": \"its joint command\", \"offset\": 3 }", "ALD0003"),

        // Missing required properties.
        ["claim without modality"] = new("a1.json", "\"modality\": \"reported\",", string.Empty, "ALD0004"),
        ["annotation without title"] = new("a1.json", "\"title\": \"Headline\",", string.Empty, "ALD0004"),
        ["inferred publication date without basis"] = new("a1.json", ", \"basis\": \"Test.\"", string.Empty, "ALD0004"),
        ["date value without precision"] = new("a1.json", "\"date\": \"2025-03\", \"precision\": \"month\",", "\"date\": \"2025-03\",", "ALD0004"),
        ["quantity without unit"] = new("a1.json", "\"unit\": \"count\", ", string.Empty, "ALD0004"),
        ["organization without kind"] = new("organizations.json", "\"name\": \"Kyodo News\", \"kind\": \"news-outlet\",", "\"name\": \"Kyodo News\",", "ALD0004"),
        ["predicate without object kind"] = new("predicates.json", ", \"object\": \"entity\"", string.Empty, "ALD0004"),

        // Wrong types.
        ["name that is a number"] = new("places.json", "\"name\": \"Tokyo\"", "\"name\": 42", "ALD0002"),
        ["amount that is a string"] = new("a1.json", "\"amount\": 1,", "\"amount\": \"1\",", "ALD0002"),
        ["mentions that is a string"] = new("a1.json", "\"mentions\": [\"us-forces-japan\", \"tokyo\", \"antony-blinken\"]", "\"mentions\": \"us-forces-japan\"", "ALD0002"),
        ["singleValued that is a string"] = new("predicates.json", "\"singleValued\": true", "\"singleValued\": \"yes\"", "ALD0002"),
        ["claim that is a string"] = new("a1.json", "\"claims\": [", "\"claims\": [ \"upgrade\",", "ALD0002"),

        // Values outside the vocabularies.
        ["invalid modality"] = new("a1.json", "\"modality\": \"reported\"", "\"modality\": \"reportd\"", "ALD0010"),
        ["invalid organization kind"] = new("organizations.json", "\"kind\": \"news-outlet\"", "\"kind\": \"newspaper\"", "ALD0010"),
        ["invalid place kind"] = new("places.json", "\"kind\": \"city\"", "\"kind\": \"town\"", "ALD0010"),
        ["invalid predicate object kind"] = new("predicates.json", "\"object\": \"time\"", "\"object\": \"date\"", "ALD0010"),
        ["invalid precision"] = new("a1.json", "\"precision\": \"month\", \"expression\"", "\"precision\": \"months\", \"expression\"", "ALD0010"),
        ["invalid unit"] = new("a1.json", "\"unit\": \"count\"", "\"unit\": \"items\"", "ALD0010"),
        ["invalid bound"] = new("a1.json", "\"bound\": \"exact\"", "\"bound\": \"about\"", "ALD0010"),

        // Claim objects.
        ["claim object with two kinds"] = new("a1.json", "{ \"entity\": \"us-forces-japan\" }", "{ \"entity\": \"us-forces-japan\", \"text\": \"USFJ\" }", "ALD0010"),
        ["claim object with no kind"] = new("a1.json", "{ \"entity\": \"us-forces-japan\" }", "{ }", "ALD0010"),

        // Evidence.
        ["empty evidence array"] = new("a1.json", "[ { \"quote\": \"The US will upgrade U.S. Forces Japan.\" } ]", "[ ]", "ALD0010"),
        ["occurrence zero"] = new("a1.json", "{ \"quote\": \"its joint command\" }", "{ \"quote\": \"its joint command\", \"occurrence\": 0 }", "ALD0010"),
        ["empty quote"] = new("a1.json", "{ \"quote\": \"its joint command\" }", "{ \"quote\": \"\" }", "ALD0010"),

        // Dates.
        ["date with a one-digit month"] = new("a1.json", "\"date\": \"2025-03\"", "\"date\": \"2025-3\"", "ALD0010"),
        ["date with month 13"] = new("a1.json", "\"date\": \"2025-03\"", "\"date\": \"2025-13\"", "ALD0010"),
        ["date that does not match its precision"] = new("a1.json", "\"date\": \"2025-03\", \"precision\": \"month\"", "\"date\": \"2025-03\", \"precision\": \"year\"", "ALD0010"),
        ["interval start that is not a day"] = new("a1.json", "\"start\": \"2024-03-01\"", "\"start\": \"2024-03\"", "ALD0010"),
        ["publication date that is not a date"] = new("a1.json", "\"date\": \"2024-03\", \"precision\": \"month\", \"inferred\"", "\"date\": \"March 2024\", \"precision\": \"month\", \"inferred\"", "ALD0010"),

        // IDs and codes.
        ["claim id with upper case and underscore"] = new("a1.json", "\"id\": \"upgrade\",", "\"id\": \"Upgrade_1\",", "ALD0010"),
        ["claim id starting with a digit"] = new("a1.json", "\"id\": \"upgrade\",", "\"id\": \"1-upgrade\",", "ALD0010"),
        ["claim id ending with a hyphen"] = new("a1.json", "\"id\": \"upgrade\",", "\"id\": \"upgrade-\",", "ALD0010"),
        ["entity id with a space"] = new("people.json", "\"id\": \"antony-blinken\"", "\"id\": \"antony blinken\"", "ALD0010"),
        ["lower-case country code"] = new("places.json", "\"country\": \"JP\"", "\"country\": \"jp\"", "ALD0010"),
        ["three-letter country code"] = new("places.json", "\"country\": \"JP\"", "\"country\": \"JPN\"", "ALD0010"),

        // Handles.
        ["handle that is a keyword"] = new("places.json", "\"id\": \"tokyo\",", "\"id\": \"tokyo\", \"handle\": \"class\",", "ALD0011"),
        ["handle that is a contextual keyword"] = new("places.json", "\"id\": \"tokyo\",", "\"id\": \"tokyo\", \"handle\": \"var\",", "ALD0011"),
        ["handle starting with a digit"] = new("places.json", "\"id\": \"tokyo\",", "\"id\": \"tokyo\", \"handle\": \"1Tokyo\",", "ALD0011"),
        ["handle starting with two underscores"] = new("places.json", "\"id\": \"tokyo\",", "\"id\": \"tokyo\", \"handle\": \"__Tokyo\",", "ALD0011"),
        ["handle with a hyphen"] = new("places.json", "\"id\": \"tokyo\",", "\"id\": \"tokyo\", \"handle\": \"Tok-yo\",", "ALD0011"),
        ["empty title"] = new("a1.json", "\"title\": \"Headline\",", "\"title\": \"\",", "ALD0010"),
        ["empty basis"] = new("a1.json", "\"basis\": \"Test.\"", "\"basis\": \"\"", "ALD0010"),
        ["empty body start quote"] = new("a1.json", "\"start\": \"The US will\"", "\"start\": \"\"", "ALD0010"),
        ["empty text object"] = new("a1.json", "{ \"text\": \"U.S. Forces Japan\" }", "{ \"text\": \"\" }", "ALD0010"),
        ["attribution with neither source nor via"] = new("a1.json", "\"attribution\": { \"source\": \"kyodo-news\" }", "\"attribution\": { }", "ALD0010"),
        ["empty entity name"] = new("places.json", "\"name\": \"Tokyo\"", "\"name\": \"\"", "ALD0010"),
        ["empty alias"] = new("organizations.json", "\"aliases\": [\"USFJ\"]", "\"aliases\": [\"\"]", "ALD0010"),
        ["empty role title"] = new("people.json", "\"title\": \"Secretary of State\"", "\"title\": \"\"", "ALD0010"),
        ["empty predicate label"] = new("predicates.json", "\"label\": \"upgrades\"", "\"label\": \"\"", "ALD0010"),
        ["$schema that is not a string"] = new("places.json", "{ \"places\":", "{ \"$schema\": 7, \"places\":", "ALD0002"),
        ["handle with a non-ASCII letter"] = new("places.json", "\"id\": \"tokyo\",", "\"id\": \"tokyo\", \"handle\": \"Tōkyō\",", "ALD0011"),

    };


    public static TheoryData<string> MutationNames() => new(Mutations.Keys);

    private static Dictionary<string, string> ValidFiles() =>
        SampleSeeds.Files(("seeds/predicates.json", Predicates), ("seeds/a1.json", Annotation));

    private static string SchemaFileOf(string fileName) => fileName switch
    {
        "organizations.json" => "organizations.schema.json",
        "people.json" => "people.schema.json",
        "places.json" => "places.schema.json",
        "predicates.json" => "predicates.schema.json",
        _ => "article.schema.json",
    };

    private static Task<JsonSchema> SchemaFor(string fileName) =>
        Schemas.GetOrAdd(SchemaFileOf(fileName), name => JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Schemas, name)));

    [Fact]
    public async Task The_unmutated_folder_is_valid_for_the_schemas_and_the_generator()
    {
        var files = ValidFiles();
        Assert.Contains("command-count", files["seeds/a1.json"]);
        Assert.Contains("\"counts\"", files["seeds/predicates.json"]);

        foreach (var (path, content) in files.Where(f => f.Key.EndsWith(".json", StringComparison.Ordinal)))
        {
            var errors = (await SchemaFor(Path.GetFileName(path))).Validate(content);
            Assert.True(errors.Count == 0, $"{path}: " + string.Join("\n", errors));
        }

        var outcome = GeneratorHarness.Run(files);
        Assert.Empty(outcome.Errors);
        Assert.NotNull(outcome.LoadDataset().Claim("a1#command-count"));
    }

    [Theory]
    [MemberData(nameof(MutationNames))]
    public async Task Schema_and_generator_both_reject(string mutationName)
    {
        var mutation = Mutations[mutationName];
        var (schemaErrors, generatorErrors) = await Check(mutation);

        Assert.True(schemaErrors.Count > 0, $"The schema accepts the mutation '{mutationName}'.");
        Assert.True(
            generatorErrors.Any(e => e.Id == mutation.ExpectedId),
            $"Expected the generator to report {mutation.ExpectedId} for '{mutationName}', got:\n" + string.Join("\n", generatorErrors));
    }

    /// <summary>Applies a mutation to the valid folder; returns what the schema and the generator say of the result.</summary>
    private static async Task<(ICollection<NJsonSchema.Validation.ValidationError> Schema, List<Microsoft.CodeAnalysis.Diagnostic> Generator)> Check(Mutation mutation)
    {
        var path = "seeds/" + mutation.File;
        var files = ValidFiles();
        Assert.True(CountOf(files[path], mutation.Old) == 1, $"The mutation's old text must occur exactly once in {path}: {mutation.Old}");
        files[path] = files[path].Replace(mutation.Old, mutation.New, StringComparison.Ordinal);

        var schemaErrors = (await SchemaFor(mutation.File)).Validate(files[path]);
        var generatorErrors = GeneratorHarness.Run(files).Errors.ToList();
        return (schemaErrors, generatorErrors);
    }

    [Fact]
    public async Task Schema_rejects_exactly_the_handles_the_generator_rejects_as_keywords()
    {
        // Every C# keyword, reserved or contextual, that is otherwise a valid identifier.
        var keywords = Enum.GetValues<SyntaxKind>()
            .Select(SyntaxFacts.GetText)
            .Where(text => text.Length > 0 && SyntaxFacts.IsValidIdentifier(text))
            .Where(text => SyntaxFacts.GetKeywordKind(text) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(text) != SyntaxKind.None)
            .Distinct()
            .ToList();
        var listed = ReadSchema("common.schema.json").RootElement
            .GetProperty("definitions").GetProperty("handle").GetProperty("not").GetProperty("anyOf")
            .EnumerateArray()
            .Where(branch => branch.TryGetProperty("enum", out _))
            .SelectMany(branch => branch.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!))
            .ToList();
        var schema = await SchemaFor("places.json");

        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.All(listed, name => Assert.False(HandleNames.IsUsable(name), $"The schema rejects the handle '{name}', which the generator accepts."));
        var missing = keywords.Where(k => !k.StartsWith("__", StringComparison.Ordinal)).Except(listed).ToList();
        Assert.True(missing.Count == 0, "Keywords the generator rejects as handles but the schema does not list: " + string.Join(", ", missing));
        foreach (var name in keywords.Append("__Tokyo"))
        {
            var place = $$"""{ "places": [ { "id": "tokyo", "name": "Tokyo", "kind": "city", "handle": "{{name}}" } ] }""";
            Assert.False(HandleNames.IsUsable(name));
            Assert.True(schema.Validate(place).Count > 0, $"The schema accepts the handle '{name}'.");
        }

        var valid = """{ "places": [ { "id": "tokyo", "name": "Tokyo", "kind": "city", "handle": "Value" } ] }""";
        Assert.True(HandleNames.IsUsable("Value"));
        Assert.Empty(schema.Validate(valid));
    }

    /// <summary>
    /// The closed vocabularies are written four times: the schemas, the generator's Vocabulary, the
    /// runtime enums (each value in PascalCase) and the format doc. This fails when any drifts.
    /// </summary>
    [Fact]
    public void Schema_enums_generator_vocabulary_and_runtime_enums_are_the_same_lists()
    {
        var vocabularies = new (string Name, string[] Generator, string SchemaFile, string[] SchemaPath, Type RuntimeEnum)[]
        {
            ("organization kind", Vocabulary.OrganizationKinds, "organizations.schema.json", new[] { "definitions", "organization", "properties", "kind" }, typeof(OrganizationKind)),
            ("place kind", Vocabulary.PlaceKinds, "places.schema.json", new[] { "definitions", "place", "properties", "kind" }, typeof(PlaceKind)),
            ("modality", Vocabulary.Modalities, "article.schema.json", new[] { "definitions", "claim", "properties", "modality" }, typeof(Modality)),
            ("predicate object kind", Vocabulary.ObjectKinds, "predicates.schema.json", new[] { "definitions", "predicate", "properties", "object" }, typeof(ValueKind)),
            ("precision", Vocabulary.Precisions, "common.schema.json", new[] { "definitions", "precision" }, typeof(TimePrecision)),
            ("unit", Vocabulary.Units, "common.schema.json", new[] { "definitions", "quantity", "properties", "unit" }, typeof(QuantityUnit)),
            ("bound", Vocabulary.Bounds, "common.schema.json", new[] { "definitions", "quantity", "properties", "bound" }, typeof(QuantityBound)),
        };
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Docs, "annotation-format.md"));
        var drift = new List<string>();

        foreach (var (name, generator, schemaFile, schemaPath, runtimeEnum) in vocabularies)
        {
            var element = schemaPath.Aggregate(ReadSchema(schemaFile).RootElement, (e, property) => e.GetProperty(property));
            var schema = element.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();
            var runtime = Enum.GetNames(runtimeEnum);
            var generatorAsRuntime = generator.Select(HandleNames.ToPascalCase).ToArray();

            if (!schema.SequenceEqual(generator))
            {
                drift.Add($"{name}: schema {schemaFile} [{string.Join(", ", schema)}] != generator Vocabulary [{string.Join(", ", generator)}]");
            }

            if (!runtime.SequenceEqual(generatorAsRuntime))
            {
                drift.Add($"{name}: runtime enum {runtimeEnum.Name} [{string.Join(", ", runtime)}] != generator Vocabulary in PascalCase [{string.Join(", ", generatorAsRuntime)}]");
            }

            var undocumented = generator.Where(value => !doc.Contains("`" + value + "`", StringComparison.Ordinal)).ToList();
            if (undocumented.Count > 0)
            {
                drift.Add($"{name}: docs/annotation-format.md does not list {string.Join(", ", undocumented.Select(v => "`" + v + "`"))}");
            }
        }

        // The precision-dependent date shapes cover exactly the precisions.
        var shapes = ReadSchema("common.schema.json").RootElement.GetProperty("definitions").GetProperty("dateMatchesPrecision").GetProperty("anyOf")
            .EnumerateArray()
            .Select(branch => branch.GetProperty("properties").GetProperty("precision").GetProperty("enum")[0].GetString()!)
            .ToArray();
        if (!shapes.SequenceEqual(Vocabulary.Precisions))
        {
            drift.Add($"precision: dateMatchesPrecision covers [{string.Join(", ", shapes)}]");
        }

        Assert.True(drift.Count == 0, "The vocabularies have drifted apart:\n" + string.Join("\n", drift));
    }

    private static JsonDocument ReadSchema(string fileName) => JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Schemas, fileName)));

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
