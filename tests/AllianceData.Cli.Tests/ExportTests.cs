using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using AllianceData.Cli.Export;

namespace AllianceData.Cli.Tests;

public class ExportTests
{
    private static Dataset Data => Alliance.Dataset;

    [Fact]
    public void Json_lines_has_one_valid_record_per_line_for_everything()
    {
        var result = Cli.Run("export", "--format", "jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.EndsWith("\n", result.Out);
        var types = new Dictionary<string, int>();
        foreach (var line in result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var record = JsonDocument.Parse(line);
            var first = record.RootElement.EnumerateObject().First();
            Assert.Equal("type", first.Name);
            types[first.Value.GetString()!] = types.GetValueOrDefault(first.Value.GetString()!) + 1;
        }

        Assert.Equal(Data.Organizations.Count, types["organization"]);
        Assert.Equal(Data.People.Count, types["person"]);
        Assert.Equal(Data.Places.Count, types["place"]);
        Assert.Equal(Data.Predicates.Count, types["predicate"]);
        Assert.Equal(Data.Articles.Count, types["article"]);
        Assert.Equal(Data.Claims.Count, types["claim"]);
        Assert.Equal(Data.Facts.Count, types["fact"]);
        Assert.Equal(7, types.Count);
    }

    [Fact]
    public void Json_lines_spells_values_as_the_seed_files_do()
    {
        var lines = Cli.Run("export").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains(lines, l => l.StartsWith("{\"type\":\"organization\",\"id\":\"us-forces-japan\",", StringComparison.Ordinal) && l.Contains("\"kind\":\"military-command\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"precision\":\"month\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\u201C", StringComparison.Ordinal) || l.Contains("\u2019", StringComparison.Ordinal)); // Non-ASCII kept, not \u-escaped.
    }

    [Fact]
    public void The_json_lines_export_reads_back_into_the_same_dataset_with_no_field_lost()
    {
        var export = Cli.Run("export", "--format", "jsonl").Out;

        var copy = JsonLinesReader.Read(new StringReader(export));

        DatasetComparer.AssertSame(Data, copy);
    }

    [Theory]
    [InlineData("\"note\":null", "\"note\":\"added\"")]
    [InlineData("\"occurrence\":null", "\"occurrence\":1")]
    [InlineData("\"inferred\":true", "\"inferred\":false")]
    [InlineData("\"aliases\":[\"USFJ\"", "\"aliases\":[\"USFJ!\"")]
    public void The_comparison_sees_a_change_in_any_field(string field, string changed)
    {
        var export = Cli.Run("export").Out;
        var index = export.IndexOf(field, StringComparison.Ordinal);
        Assert.True(index >= 0, field);

        var copy = JsonLinesReader.Read(new StringReader(export.Substring(0, index) + changed + export.Substring(index + field.Length)));

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => DatasetComparer.AssertSame(Data, copy));
    }

    [Fact]
    public void A_dataset_read_back_exports_the_same_bytes()
    {
        var export = Cli.Run("export").Out;
        var copy = JsonLinesReader.Read(new StringReader(export));

        using var again = new StringWriter();
        JsonLinesExporter.Write(copy, again);

        Assert.Equal(export, again.ToString());
    }

    [Fact]
    public void A_malformed_line_names_its_line_number()
    {
        var lines = Cli.Run("export").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        lines[2] = lines[2].Replace("\"name\":", "\"nam\":", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => JsonLinesReader.Read(new StringReader(string.Join('\n', lines))));

        Assert.StartsWith("line 3:", error.Message);
        var claim = Assert.Throws<InvalidDataException>(() => JsonLinesReader.Read(new StringReader(lines.First(l => l.StartsWith("{\"type\":\"claim\"", StringComparison.Ordinal)))));
        Assert.Contains("names article", claim.Message);
        Assert.StartsWith("line 1:", Assert.Throws<InvalidDataException>(() => JsonLinesReader.Read(new StringReader("{\"type\":\"comet\"}"))).Message);
    }

    [Theory]
    [InlineData(null, "claims")]
    [InlineData("claims", "claims")]
    [InlineData("articles", "articles")]
    [InlineData("entities", "entities")]
    [InlineData("facts", "facts")]
    [InlineData("evidence", "evidence")]
    public void Csv_has_a_header_and_one_row_per_record(string? table, string expected)
    {
        var args = table is null ? new[] { "export", "--format", "csv" } : new[] { "export", "--format", "csv", "--table", table };
        var result = Cli.Run(args);

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = CsvReader.Parse(result.Out);
        var count = expected switch
        {
            "claims" => Data.Claims.Count,
            "articles" => Data.Articles.Count,
            "entities" => Data.Entities.Count,
            "facts" => Data.Facts.Count,
            _ => Data.Claims.Sum(c => c.Evidence.Count),
        };
        Assert.Equal(count + 1, rows.Count);
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
        Assert.Equal(rows[0].Count, rows[0].Distinct().Count());
    }

    [Fact]
    public void Csv_fields_with_commas_quotes_and_line_breaks_survive()
    {
        var rows = CsvReader.Parse(Cli.Run("export", "--format", "csv", "--table", "articles").Out);
        var text = rows[0].IndexOf("text");

        Assert.Equal(Data.Articles.Select(a => a.Text), rows.Skip(1).Select(r => r[text]));
        var claims = CsvReader.Parse(Cli.Run("export", "--format", "csv").Out);
        var quotes = claims[0].IndexOf("evidenceQuotes");
        Assert.Equal(string.Join(CsvExporter.ListSeparator, Data.Claims[0].Evidence.Select(e => e.Quote)), claims[1][quotes]);
    }

    [Fact]
    public void Json_ld_is_valid_json_with_a_schema_org_context_and_claims_that_point_at_their_articles()
    {
        var result = Cli.Run("export", "--format", "jsonld");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Out);
        var context = document.RootElement.GetProperty("@context");
        Assert.Equal("https://schema.org/", context.GetProperty("@vocab").GetString());
        var graph = document.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        string TypeOf(JsonElement node) => node.GetProperty("@type").GetString()!;
        Assert.Equal(Data.Articles.Count, graph.Count(n => TypeOf(n) == "NewsArticle"));
        Assert.Equal(Data.Organizations.Count, graph.Count(n => TypeOf(n) == "Organization"));
        Assert.Equal(Data.People.Count, graph.Count(n => TypeOf(n) == "Person"));
        Assert.Equal(Data.Places.Count, graph.Count(n => TypeOf(n) == "Place"));
        var claims = graph.Where(n => TypeOf(n) == "Claim").ToList();
        Assert.Equal(Data.Claims.Count, claims.Count);

        var ids = new HashSet<string>(graph.Select(n => n.GetProperty("@id").GetString()!));
        foreach (var claim in claims)
        {
            Assert.Contains(claim.GetProperty("appearance").GetProperty("@id").GetString()!, ids);
            Assert.Contains(claim.GetProperty("firstAppearance").GetProperty("@id").GetString()!, ids);
            Assert.All(claim.GetProperty("about").EnumerateArray(), a => Assert.Contains(a.GetProperty("@id").GetString()!, ids));
            Assert.False(string.IsNullOrEmpty(claim.GetProperty("text").GetString()));
            var selector = claim.GetProperty("ald:evidence")[0];
            var article = Data.Article(claim.GetProperty("appearance").GetProperty("@id").GetString()!.Substring("article:".Length))!;
            var start = selector.GetProperty("oa:start").GetInt32();
            Assert.Equal(selector.GetProperty("oa:exact").GetString(), article.Text.Substring(start, selector.GetProperty("oa:end").GetInt32() - start));
        }
    }

    [Fact]
    public void Out_writes_a_file_and_creates_its_folder()
    {
        using var temp = new TempSeeds(copy: false);
        var path = Path.Combine(temp.Folder, "exports", "claims.jsonl");

        var result = Cli.Run("export", "--out", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Out);
        Assert.Equal(Cli.Run("export").Out, File.ReadAllText(path, Encoding.UTF8));
        Assert.NotEqual(0xEF, File.ReadAllBytes(path)[0]); // No byte order mark: JSON Lines readers choke on it.
    }

    [Fact]
    public void Bad_export_arguments_are_usage_errors()
    {
        var table = Cli.Run("export", "--format", "jsonl", "--table", "claims");
        var format = Cli.Run("export", "--format", "xml");
        var tableName = Cli.Run("export", "--format", "csv", "--table", "people");
        var seeds = Cli.Run("export", "--seeds", Path.Combine(Path.GetTempPath(), "no-such-seeds-folder"));

        Assert.Equal(2, table.ExitCode);
        Assert.Contains("--table is for --format csv", table.Error);
        Assert.Equal(2, format.ExitCode);
        Assert.Contains("xml", format.Error);
        Assert.Equal(2, tableName.ExitCode);
        Assert.Contains("people", tableName.Error);
        Assert.Equal(2, seeds.ExitCode);
        Assert.Contains("does not exist", seeds.Error);
    }

    [Fact]
    public void Export_over_a_seed_folder_equals_the_bundled_export()
    {
        using var seeds = new TempSeeds();

        Assert.Equal(Cli.Run("export").Out, Cli.Run("export", "--seeds", seeds.Folder).Out);
    }
}

/// <summary>A strict RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF or LF rows.</summary>
internal static class CsvReader
{
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                Assert.True(field.Length == 0, "A quote inside an unquoted field");
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' || c == '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = new List<string>();
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.False(quoted, "Unterminated quoted field");
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
