using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace AllianceData.Cli.Tests;

public class QueryTests
{
    private static JsonElement[] JsonArray(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.Out);
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    private static string[] ClaimIds(params string[] args) =>
        JsonArray(Cli.Run(new[] { "claims", "--json" }.Concat(args).ToArray())).Select(c => c.GetProperty("id").GetString()!).ToArray();

    private static DateTime Day(JsonElement time, string property) =>
        DateTime.ParseExact(time.GetProperty(property).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void Claims_json_lists_every_claim_with_its_fields_in_order()
    {
        var claims = JsonArray(Cli.Run("claims", "--json"));

        Assert.Equal(Alliance.Dataset.Claims.Select(c => c.Id), claims.Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(
            new[] { "type", "id", "article", "localId", "subject", "predicate", "object", "modality", "attribution", "when", "where", "note", "evidence" },
            claims[0].EnumerateObject().Select(p => p.Name));
        var evidence = claims[0].GetProperty("evidence")[0];
        var article = Alliance.Dataset.Article(claims[0].GetProperty("article").GetString()!)!;
        var start = evidence.GetProperty("start").GetInt32();
        Assert.Equal(evidence.GetProperty("quote").GetString(), article.Text.Substring(start, evidence.GetProperty("end").GetInt32() - start));
    }

    [Theory]
    [InlineData("us-forces-japan")]
    [InlineData("U.S. Forces Japan")]
    [InlineData("usfj")]
    public void About_takes_an_id_a_name_or_an_alias(string about)
    {
        var ids = ClaimIds("--about", about);

        Assert.Equal(Alliance.Dataset.ClaimsAbout(Alliance.Organizations.UsForcesJapan).Select(c => c.Id), ids);
        Assert.NotEmpty(ids);
    }

    [Fact]
    public void An_unknown_entity_is_a_usage_error_with_a_suggestion()
    {
        var result = Cli.Run("claims", "--about", "us-forces-japna");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("--about: no entity has the ID, name or alias 'us-forces-japna'; did you mean 'us-forces-japan'?", result.Error);
    }

    [Fact]
    public void Source_takes_an_article_id()
    {
        var article = Alliance.Dataset.Articles[3];

        Assert.Equal(article.Claims.Select(c => c.Id), ClaimIds("--source", article.Id));
    }

    [Fact]
    public void Source_takes_an_outlet_and_matches_what_it_published_or_is_credited_with()
    {
        var kyodo = Alliance.Dataset.Organization("kyodo-news")!;
        var ids = ClaimIds("--source", "Kyodo News");

        Assert.NotEmpty(ids);
        Assert.Equal(Alliance.Dataset.ClaimsBy(kyodo).Select(c => c.Id).OrderBy(i => i, StringComparer.Ordinal), ids.OrderBy(i => i, StringComparer.Ordinal));
        Assert.All(ids.Select(id => Alliance.Dataset.Claim(id)!), c => Assert.True(c.Article.Publisher == kyodo || c.Attribution?.Source == kyodo));
    }

    [Fact]
    public void Predicate_filters_and_filters_combine()
    {
        var ids = ClaimIds("--predicate", "launch-date", "--about", "japan-joint-operations-command");

        Assert.Equal(3, ids.Length);
        Assert.All(ids, id => Assert.Equal("launch-date", Alliance.Dataset.Claim(id)!.Predicate.Id));
    }

    [Fact]
    public void An_unknown_predicate_is_a_usage_error_listing_the_predicates()
    {
        var result = Cli.Run("claims", "--predicate", "launch-dat");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("did you mean 'launch-date'?", result.Error);
        Assert.Contains("reports-to", result.Error);
    }

    [Fact]
    public void From_keeps_claims_whose_time_ends_on_or_after_it()
    {
        var claims = JsonArray(Cli.Run("claims", "--json", "--from", "2025"));

        Assert.NotEmpty(claims);
        foreach (var claim in claims)
        {
            var time = claim.GetProperty("object").GetProperty("time");
            var end = time.ValueKind == JsonValueKind.Object ? Day(time, "end") : Day(claim.GetProperty("when"), "end");
            Assert.True(end >= new DateTime(2025, 1, 1), claim.ToString());
        }

        Assert.Contains(claims, c => c.GetProperty("object").GetProperty("time").ValueKind == JsonValueKind.Object &&
                                     c.GetProperty("object").GetProperty("time").GetProperty("expression").GetString() == "by March 2025");
    }

    [Fact]
    public void To_uses_the_article_date_for_claims_without_a_time()
    {
        // Nothing refers to before 2000 but the 1960 treaty; claims without a time take their article's date (2024).
        var ids = ClaimIds("--to", "1999");

        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Contains("1960", Alliance.Dataset.Claim(id)!.ToString() + Alliance.Dataset.Claim(id)!.When, StringComparison.Ordinal));
        var march = ClaimIds("--from", "2024-03", "--to", "2024-03-31");
        Assert.Contains(Alliance.Dataset.Articles[0].Claims.First(c => c.When is null && c.Object is not TimeValue).Id, march);
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("24")]
    [InlineData("2024-02-30")]
    [InlineData("March")]
    public void A_bad_date_is_a_usage_error(string date)
    {
        var result = Cli.Run("claims", "--from", date);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"'{date}' is not a date for --from", result.Error);
    }

    [Fact]
    public void From_after_to_is_a_usage_error()
    {
        var result = Cli.Run("claims", "--from", "2025", "--to", "2024");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--from 2025 is after --to 2024", result.Error);
    }

    [Fact]
    public void Claims_table_shows_subject_predicate_object_modality_article_and_quote()
    {
        var result = Cli.Run("claims", "--about", "japan-joint-operations-command", "--predicate", "launch-date");

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var header in new[] { "Subject", "Predicate", "Object", "Modality", "Article", "Evidence" })
        {
            Assert.Contains(header, result.Out);
        }

        Assert.Contains("JSDF Joint Operations", result.Out);
        Assert.Contains("is launched on", result.Out);
        Assert.Contains("3 claims", result.Out);
        Assert.DoesNotContain("\u001b[", result.Out); // No ANSI codes when the output is not a terminal.
    }

    [Fact]
    public void Facts_json_has_sources_and_corroborated_filters()
    {
        var all = JsonArray(Cli.Run("facts", "--json"));
        var corroborated = JsonArray(Cli.Run("facts", "--json", "--corroborated"));

        Assert.Equal(Alliance.Dataset.Facts.Count, all.Length);
        Assert.NotEmpty(corroborated);
        Assert.All(corroborated, f => Assert.True(f.GetProperty("independentSourceCount").GetInt32() >= 2));
        Assert.Equal(Alliance.Dataset.Facts.Count(f => f.IsCorroborated), corroborated.Length);
        Assert.Contains("Sources", Cli.Run("facts", "--about", "usfj").Out);
    }

    [Fact]
    public void Conflicts_show_the_launch_date_disagreement()
    {
        var conflicts = JsonArray(Cli.Run("conflicts", "--json", "--about", "japan-joint-operations-command"));

        var launch = Assert.Single(conflicts, c => c.GetProperty("predicate").GetString() == "launch-date");
        Assert.Equal(3, launch.GetProperty("claims").GetArrayLength());
        Assert.NotEmpty(launch.GetProperty("pairs").EnumerateArray());
        var table = Cli.Run("conflicts");
        Assert.Contains("Why they conflict", table.Out);
        Assert.Contains("is launched on", table.Out);
    }

    [Fact]
    public void Timeline_json_is_in_time_order_and_filters_apply()
    {
        var entries = JsonArray(Cli.Run("timeline", "--json"));

        Assert.Equal(Alliance.Dataset.Timeline.Count, entries.Length);
        Assert.Equal(Alliance.Dataset.Timeline.Select(e => e.Claim.Id), entries.Select(e => e.GetProperty("claim").GetProperty("id").GetString()));
        var filtered = JsonArray(Cli.Run("timeline", "--json", "--from", "2024-07-28", "--to", "2024-07-28"));
        Assert.NotEmpty(filtered);
        Assert.All(filtered, e => Assert.True(Day(e.GetProperty("time"), "start") <= new DateTime(2024, 7, 28) && Day(e.GetProperty("time"), "end") >= new DateTime(2024, 7, 28)));
        Assert.Contains("dated claims", Cli.Run("timeline", "--by-reporting").Out);
    }

    [Fact]
    public void Queries_over_a_seed_folder_give_the_bundled_answers()
    {
        using var seeds = new TempSeeds();

        var fromFolder = Cli.Run("claims", "--json", "--seeds", seeds.Folder);
        var bundled = Cli.Run("claims", "--json");

        Assert.True(fromFolder.ExitCode == 0, fromFolder.ToString());
        Assert.Equal(bundled.Out, fromFolder.Out);
        Assert.Equal(Cli.Run("facts", "--json").Out, Cli.Run("facts", "--json", "--seeds", seeds.Folder).Out);
    }

    [Fact]
    public void A_seed_folder_with_errors_is_refused_with_its_diagnostics()
    {
        using var seeds = new TempSeeds();
        seeds.Edit("003_1418f6826f52c5a5.json", "\"subject\": \"united-states\"", "\"subject\": \"united-state\"");

        var result = Cli.Run("facts", "--seeds", seeds.Folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains(seeds.PathOf("003_1418f6826f52c5a5.json") + "(", result.Error);
        Assert.Contains("error ALD0006", result.Error);
        Assert.Contains("have 1 error(s)", result.Error);
    }

    [Fact]
    public void Unknown_options_and_commands_are_usage_errors()
    {
        var option = Cli.Run("claims", "--abuot", "usfj");
        var command = Cli.Run("clams");

        Assert.Equal(2, option.ExitCode);
        Assert.Contains("--abuot", option.Error);
        Assert.Contains("alliance claims --help", option.Error);
        Assert.Equal(2, command.ExitCode);
        Assert.Contains("clams", command.Error);
    }

    [Fact]
    public void Help_lists_every_command()
    {
        var result = Cli.Run("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "validate", "claims", "facts", "conflicts", "timeline", "export", "graph" })
        {
            Assert.Contains(command, result.Out);
        }
    }
}
