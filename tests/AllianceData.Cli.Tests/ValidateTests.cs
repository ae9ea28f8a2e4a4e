using System.IO;
using System.Linq;
using System.Text.Json;
using AllianceData.Testing;

namespace AllianceData.Cli.Tests;

public class ValidateTests
{
    [Fact]
    public void The_repository_seeds_have_no_errors_and_no_warnings()
    {
        var result = Cli.Run("validate", RepoPaths.Seeds);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"14 seed file(s) in '{RepoPaths.Seeds}': 0 error(s), 0 warning(s).", Assert.Single(result.OutLines));
        Assert.Empty(result.Error);
    }

    [Fact]
    public void An_unknown_reference_is_reported_at_its_file_line_and_column_with_exit_code_1()
    {
        using var seeds = new TempSeeds();
        var text = seeds.Edit("003_1418f6826f52c5a5.json", "\"subject\": \"united-states\"", "\"subject\": \"united-state\"");
        var (line, column) = TempSeeds.Position(text, text.IndexOf("\"united-state\"", System.StringComparison.Ordinal));

        var result = Cli.Run("validate", seeds.Folder);

        Assert.True(result.ExitCode == 1, result.ToString());
        var path = seeds.PathOf("003_1418f6826f52c5a5.json");
        Assert.Equal(
            $"{path}({line},{column}): error ALD0006: Unknown entity 'united-state'; did you mean 'united-states'?",
            result.OutLines[0]);
        Assert.EndsWith("1 error(s), 0 warning(s).", result.OutLines[^1]);
    }

    [Fact]
    public void Invalid_json_is_ALD0001_at_the_character_the_parser_rejects()
    {
        using var seeds = new TempSeeds();
        var text = seeds.Edit("places.json", "\"places\": [", "\"places\": [,");
        var (line, column) = TempSeeds.Position(text, text.IndexOf("[,", System.StringComparison.Ordinal) + 1);

        var result = Cli.Run("validate", seeds.Folder);

        Assert.Equal(1, result.ExitCode);
        var first = result.OutLines[0];
        Assert.StartsWith($"{seeds.PathOf("places.json")}({line},{column}): error ALD0001: Invalid JSON", first);
    }

    [Fact]
    public void Warnings_alone_exit_with_0()
    {
        using var seeds = new TempSeeds();
        var text = seeds.Edit("places.json", "\"places\": [", "\"places\": [\n    { \"id\": \"osaka\", \"name\": \"Osaka\", \"kind\": \"city\" },");
        var (line, column) = TempSeeds.Position(text, text.IndexOf("\"osaka\"", System.StringComparison.Ordinal));

        var result = Cli.Run("validate", seeds.Folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"{seeds.PathOf("places.json")}({line},{column}): warning ALD0021: The place 'osaka'", result.Out);
        Assert.EndsWith("0 error(s), 1 warning(s).", result.OutLines[^1]);
    }

    [Fact]
    public void A_text_without_its_annotation_is_reported_against_the_text_file()
    {
        using var seeds = new TempSeeds();
        File.Delete(seeds.PathOf("002_1de40ac4d20b8b73.json"));

        var result = Cli.Run("validate", seeds.Folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.StartsWith(seeds.PathOf("002_1de40ac4d20b8b73.txt") + "(1,1): error ALD0014:", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Json_output_lists_each_diagnostic_with_its_position()
    {
        using var seeds = new TempSeeds();
        seeds.Edit("003_1418f6826f52c5a5.json", "\"subject\": \"united-states\"", "\"subject\": \"united-state\"");

        var result = Cli.Run("validate", seeds.Folder, "--json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var diagnostic = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("ALD0006", diagnostic.GetProperty("id").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(seeds.PathOf("003_1418f6826f52c5a5.json"), diagnostic.GetProperty("path").GetString());
        Assert.True(diagnostic.GetProperty("line").GetInt32() > 1);
        Assert.EndsWith("#ald0006", diagnostic.GetProperty("helpLink").GetString());
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_a_usage_error()
    {
        var result = Cli.Run("validate", Path.Combine(Path.GetTempPath(), "no-such-seeds-folder"));

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("does not exist", result.Error);
    }

    [Fact]
    public void A_folder_without_seed_files_is_a_usage_error()
    {
        using var empty = new TempSeeds(copy: false);
        File.WriteAllText(empty.PathOf("readme.md"), "not a seed");

        var result = Cli.Run("validate", empty.Folder);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("has no seed files", result.Error);
    }

    [Fact]
    public void A_file_instead_of_a_folder_is_a_usage_error()
    {
        var result = Cli.Run("validate", Path.Combine(RepoPaths.Seeds, "places.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a file", result.Error);
    }

    [Fact]
    public void A_missing_folder_argument_is_a_usage_error_with_a_hint()
    {
        var result = Cli.Run("validate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("alliance validate --help", result.Error);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Seed_folders_are_searched_recursively_and_pair_texts_with_annotations_by_folder()
    {
        using var seeds = new TempSeeds();
        var nested = Directory.CreateDirectory(seeds.PathOf("2024")).FullName;
        foreach (var name in new[] { "004_538d84961c184b99.txt", "004_538d84961c184b99.json" })
        {
            File.Move(seeds.PathOf(name), Path.Combine(nested, name));
        }

        var result = Cli.Run("validate", seeds.Folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.EndsWith("0 error(s), 0 warning(s).", result.OutLines.Single());
    }
}
