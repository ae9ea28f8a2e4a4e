using System.Collections.Generic;

namespace AllianceData.Generator.Tests.Infrastructure;

/// <summary>A small valid seed folder: one article, its annotation and the four registries.</summary>
internal static class SampleSeeds
{
    public const string ArticleText = "Headline\nThe US will upgrade U.S. Forces Japan. Japan will launch its joint command by March 2025, Kyodo said.\nLeave a Reply\n";

    public const string Organizations = """
        {
          "organizations": [
            { "id": "us-forces-japan", "name": "U.S. Forces Japan", "aliases": ["USFJ"], "kind": "military-command", "country": "US", "reportsTo": ["us-indo-pacific-command"], "description": "U.S. forces in Japan." },
            { "id": "us-indo-pacific-command", "name": "U.S. Indo-Pacific Command", "kind": "military-command", "country": "US" },
            { "id": "united-states", "name": "United States", "kind": "government", "country": "US" },
            { "id": "jsdf-joint-operations-command", "name": "JSDF Joint Operations Command", "kind": "military-command", "country": "JP" },
            { "id": "kyodo-news", "name": "Kyodo News", "kind": "news-outlet", "country": "JP" }
          ]
        }
        """;

    public const string People = """
        { "people": [ { "id": "antony-blinken", "name": "Antony Blinken", "country": "US", "roles": [ { "title": "Secretary of State" } ] } ] }
        """;

    public const string Places = """
        { "places": [ { "id": "tokyo", "name": "Tokyo", "kind": "city", "country": "JP" } ] }
        """;

    public const string Predicates = """
        {
          "predicates": [
            { "id": "upgrades", "label": "upgrades", "description": "The subject strengthens the object.", "object": "entity" },
            { "id": "launch-date", "label": "is launched on", "description": "When it starts operating.", "object": "time", "singleValued": true }
          ]
        }
        """;

    public const string Annotation = """
        {
          "title": "Headline",
          "publisher": "kyodo-news",
          "published": { "date": "2024-03", "precision": "month", "inferred": true, "basis": "Test." },
          "body": { "start": "The US will", "end": "Kyodo said." },
          "mentions": ["us-forces-japan", "tokyo", "antony-blinken"],
          "claims": [
            {
              "id": "upgrade",
              "subject": "united-states",
              "predicate": "upgrades",
              "object": { "entity": "us-forces-japan" },
              "modality": "planned",
              "evidence": [ { "quote": "The US will upgrade U.S. Forces Japan." } ]
            },
            {
              "id": "launch",
              "subject": "jsdf-joint-operations-command",
              "predicate": "launch-date",
              "object": { "time": { "date": "2025-03", "precision": "month", "expression": "by March 2025", "start": "2024-03-01" } },
              "modality": "reported",
              "attribution": { "source": "kyodo-news" },
              "evidence": [ { "quote": "launch its joint command by March 2025" } ]
            }
          ]
        }
        """;

    /// <summary>The valid folder, with optional replacements or additions by file name.</summary>
    public static Dictionary<string, string> Files(params (string Name, string? Content)[] changes)
    {
        var files = new Dictionary<string, string>
        {
            ["seeds/a1.txt"] = ArticleText,
            ["seeds/a1.json"] = Annotation,
            ["seeds/organizations.json"] = Organizations,
            ["seeds/people.json"] = People,
            ["seeds/places.json"] = Places,
            ["seeds/predicates.json"] = Predicates,
        };
        foreach (var (name, content) in changes)
        {
            if (content is null)
            {
                files.Remove(name);
            }
            else
            {
                files[name] = content;
            }
        }

        return files;
    }
}
