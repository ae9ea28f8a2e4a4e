using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AllianceData.Testing;
using NJsonSchema;

namespace AllianceData.Tests;

/// <summary>docs/annotation-format.md stays true: its JSON examples are valid, and its worked example is the real seed data.</summary>
public class FormatDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepoPaths.Docs, "annotation-format.md")).Replace("\r\n", "\n");

    /// <summary>The ```json blocks of a part of the doc (indented ones inside list items too), dedented.</summary>
    private static List<string> JsonBlocks(string markdown) =>
        Regex.Matches(markdown, @"^(?<indent> *)```json\n(?<body>.*?)\n\k<indent>```$", RegexOptions.Multiline | RegexOptions.Singleline)
            .Select(m => string.Join("\n", m.Groups["body"].Value.Split('\n').Select(line => line.Length >= m.Groups["indent"].Length ? line.Substring(m.Groups["indent"].Length) : line)))
            .ToList();

    private static string Section(string heading)
    {
        var start = Doc.IndexOf("\n## " + heading + "\n", System.StringComparison.Ordinal);
        Assert.True(start >= 0, $"The doc has no '## {heading}' section.");
        var end = Doc.IndexOf("\n## ", start + 1, System.StringComparison.Ordinal);
        return end < 0 ? Doc.Substring(start) : Doc.Substring(start, end - start);
    }

    private static async Task<JsonSchema> SchemaFor(JsonElement example)
    {
        bool Has(string name) => example.TryGetProperty(name, out _);
        async Task<JsonSchema> Load(string file) => await JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Schemas, file));

        if (Has("organizations")) return await Load("organizations.schema.json");
        if (Has("people")) return await Load("people.schema.json");
        if (Has("places")) return await Load("places.schema.json");
        if (Has("predicates")) return await Load("predicates.schema.json");
        if (Has("title")) return await Load("article.schema.json");
        if (Has("subject")) return (await Load("article.schema.json")).Definitions["claim"];
        if (Has("id") && Has("kind")) return (await Load("organizations.schema.json")).Definitions["organization"];
        if (Has("amount")) return (await Load("common.schema.json")).Definitions["quantity"];
        if (Has("date")) return (await Load("common.schema.json")).Definitions["dateValue"];
        Assert.Fail("The doc has a JSON example of no known kind:\n" + example);
        return null!;
    }

    [Fact]
    public async Task Every_json_example_validates_against_the_schema_of_its_kind()
    {
        var blocks = JsonBlocks(Doc);

        Assert.True(blocks.Count >= 10, $"Found only {blocks.Count} JSON examples.");
        foreach (var block in blocks)
        {
            using var example = JsonDocument.Parse(block);
            var errors = (await SchemaFor(example.RootElement)).Validate(block);
            Assert.True(errors.Count == 0, $"This example in docs/annotation-format.md is invalid:\n{block}\n" + string.Join("\n", errors));
        }
    }

    [Fact]
    public void Worked_example_json_is_copied_from_the_seeds()
    {
        var seeds = Directory.GetFiles(RepoPaths.Seeds, "*.json").Select(f => JsonDocument.Parse(File.ReadAllText(f))).ToList();
        var blocks = JsonBlocks(Section("Worked example"));

        Assert.True(blocks.Count >= 3, "The worked example shows the registry entry and at least two claims.");
        foreach (var block in blocks)
        {
            using var example = JsonDocument.Parse(block);
            Assert.True(
                seeds.Any(seed => Descendants(seed.RootElement).Any(e => JsonElement.DeepEquals(e, example.RootElement))),
                $"This worked-example JSON is not in seeds/ (copy it exactly):\n{block}");
        }
    }

    [Fact]
    public void Every_claim_id_the_doc_names_exists()
    {
        var ids = Regex.Matches(Doc, @"Claim\(""([^""]+)""\)").Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.NotNull(Alliance.Dataset.Claim(id)));
        var launch = Alliance.Dataset.Claim("004_538d84961c184b99#jjoc-launch")!.Evidence[0];
        Assert.Contains($"quote.Start == {launch.Start}, quote.End == {launch.End}", Doc);
    }

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => Enumerable.Empty<JsonElement>(),
        };
        foreach (var child in children.SelectMany(Descendants))
        {
            yield return child;
        }
    }
}
