using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AllianceData.Testing;
using NJsonSchema;

namespace AllianceData.Tests;

/// <summary>
/// Every seed JSON file names, in its <c>$schema</c> property, the JSON Schema of its kind in
/// <c>schemas/</c>, and validates against it: what an editor checks while typing holds for the
/// bundled seeds. (That the schemas and the generator reject the same mistakes is tested in
/// AllianceData.Generator.Tests.SchemaAgreementTests.)
/// </summary>
public class SchemaTests
{
    private static IEnumerable<string> SeedJsonFileNames() =>
        Directory.GetFiles(RepoPaths.Seeds, "*.json").Select(f => Path.GetFileName(f)).OrderBy(f => f, System.StringComparer.Ordinal);

    /// <summary>The seed JSON files, by file name.</summary>
    public static TheoryData<string> SeedJsonFiles() => new(SeedJsonFileNames());

    /// <summary>The schema a seed file of this name must name: its kind is decided by the file name alone, as the generator decides it.</summary>
    private static string ExpectedSchema(string fileName) => fileName switch
    {
        "organizations.json" => "organizations.schema.json",
        "people.json" => "people.schema.json",
        "places.json" => "places.schema.json",
        "predicates.json" => "predicates.schema.json",
        _ => "article.schema.json",
    };

    private static string SchemaPathOf(string fileName)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Seeds, fileName)));
        Assert.True(
            document.RootElement.TryGetProperty("$schema", out var schema) && schema.ValueKind == JsonValueKind.String,
            $"{fileName} has no \"$schema\" string property; add \"$schema\": \"../schemas/{ExpectedSchema(fileName)}\".");
        return Path.GetFullPath(Path.Combine(RepoPaths.Seeds, schema.GetString()!));
    }

    [Fact]
    public void The_seed_folder_has_the_four_registries_and_an_annotation_for_every_article()
    {
        var files = SeedJsonFileNames().ToHashSet();

        Assert.Subset(files, new HashSet<string> { "organizations.json", "people.json", "places.json", "predicates.json" });
        foreach (var text in Directory.GetFiles(RepoPaths.Seeds, "*.txt"))
        {
            Assert.Contains(Path.GetFileNameWithoutExtension(text) + ".json", files);
        }
    }

    [Theory]
    [MemberData(nameof(SeedJsonFiles))]
    public void Seed_file_names_the_existing_schema_of_its_kind(string fileName)
    {
        var schemaPath = SchemaPathOf(fileName);

        Assert.True(File.Exists(schemaPath), $"{fileName}: \"$schema\" points at {schemaPath}, which does not exist.");
        Assert.Equal(Path.GetFullPath(Path.Combine(RepoPaths.Schemas, ExpectedSchema(fileName))), schemaPath);
    }

    [Theory]
    [MemberData(nameof(SeedJsonFiles))]
    public async Task Seed_file_validates_against_its_schema(string fileName)
    {
        // FromFileAsync resolves the relative $refs ("common.schema.json#/definitions/id") beside the schema file.
        var schema = await JsonSchema.FromFileAsync(SchemaPathOf(fileName));
        var errors = schema.Validate(File.ReadAllText(Path.Combine(RepoPaths.Seeds, fileName)));

        Assert.True(errors.Count == 0, $"{fileName} does not validate against its schema:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void Every_schema_is_draft_07_with_its_file_name_as_id()
    {
        var schemas = Directory.GetFiles(RepoPaths.Schemas, "*.schema.json");

        Assert.Equal(6, schemas.Length);
        foreach (var path in schemas)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            Assert.Equal("http://json-schema.org/draft-07/schema#", document.RootElement.GetProperty("$schema").GetString());
            Assert.Equal(Path.GetFileName(path), document.RootElement.GetProperty("$id").GetString());
        }
    }
}
