using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AllianceData.Generator.Tests.Infrastructure;
using AllianceData.Package.Tests.Consumers;
using AllianceData.Package.Tests.Infrastructure;
using AllianceData.Testing;

namespace AllianceData.Package.Tests;

/// <summary>
/// New projects, outside the repository, that reference the package by version from the local feed:
/// the uses the README promises, each built once (warnings are errors) and run.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerTests(PackageFixture package)
{
    private const string DataClass = """
        namespace Consumer;

        [AllianceData.SeedDataset("data")]
        public static partial class MyData;

        """;

    [Fact]
    public void A_new_project_queries_the_bundled_dataset_with_LINQ()
    {
        var consumer = new ConsumerProject(package, "bundled")
            .Write("Bundled.csproj", ConsumerProject.ProjectFile(package.Version))
            .Write("BundledQuery.cs", File.ReadAllText(RepoPaths.In("tests", "AllianceData.Package.Tests", "Consumers", "BundledQuery.cs")))
            .Write("Program.cs", """
                foreach (var line in AllianceData.Package.Tests.Consumers.BundledQuery.Lines())
                {
                    Console.WriteLine(line);
                }

                """);

        ConsumerProject.AssertCleanBuild(consumer.Build());
        var printed = ConsumerProject.OutputLines(consumer.Run());

        // The package restored from the feed into the run's own packages folder, at this run's version.
        Assert.True(File.Exists(Path.Combine(package.PackagesFolder, "alliancedata", package.Version.ToLowerInvariant(), $"alliancedata.{package.Version.ToLowerInvariant()}.nupkg")));
        var expected = BundledQuery.Lines().ToList();
        Assert.Equal(expected, printed);
        Assert.StartsWith($"articles {Alliance.Dataset.Articles.Count}, ", printed[0]);
        Assert.Contains(printed, line => line.Contains("#") && line.Contains(".."));
    }

    [Fact]
    public void A_project_with_its_own_seeds_gets_its_own_typed_dataset()
    {
        var consumer = new ConsumerProject(package, "own-seeds")
            .Write("OwnSeeds.csproj", ConsumerProject.ProjectFile(package.Version, extra: ConsumerProject.SeedFilesItem))
            .WriteSampleSeeds("data")
            .Write("MyData.cs", DataClass)
            .Write("Program.cs", """
                using AllianceData;
                using Consumer;

                var data = MyData.Dataset;
                Console.WriteLine($"articles {data.Articles.Count}, entities {data.Entities.Count}, claims {data.Claims.Count}");
                var usfj = MyData.Organizations.UsForcesJapan;
                Console.WriteLine($"{usfj.Name} reports to {string.Join(", ", usfj.ReportsTo.Select(o => o.Name))}");
                foreach (var claim in MyData.Articles.A1.Claims.OrderBy(c => c.Id, StringComparer.Ordinal))
                {
                    var evidence = claim.Evidence[0];
                    var located = claim.Article.Text.Substring(evidence.Start, evidence.End - evidence.Start) == evidence.Quote;
                    Console.WriteLine($"{claim.Id}|{claim.Subject.Name}|{claim.Predicate.Id}|{evidence.Start}|{located}");
                }

                Console.WriteLine($"bundled articles {Alliance.Dataset.Articles.Count}");
                Console.WriteLine("embedded texts " + string.Join(", ", typeof(MyData).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("AllianceData.Seeds/", StringComparison.Ordinal))));

                """);

        ConsumerProject.AssertCleanBuild(consumer.Build());
        var printed = ConsumerProject.OutputLines(consumer.Run());

        var upgrade = SampleSeeds.ArticleText.IndexOf("The US will upgrade U.S. Forces Japan.", StringComparison.Ordinal);
        var launch = SampleSeeds.ArticleText.IndexOf("launch its joint command by March 2025", StringComparison.Ordinal);
        Assert.Equal(
            new[]
            {
                "articles 1, entities 7, claims 2",
                "U.S. Forces Japan reports to U.S. Indo-Pacific Command",
                $"a1#launch|JSDF Joint Operations Command|launch-date|{launch}|True",
                $"a1#upgrade|United States|upgrades|{upgrade}|True",
                $"bundled articles {Alliance.Dataset.Articles.Count}",
                "embedded texts AllianceData.Seeds/data/a1.txt", // the package's targets embed the text; the dataset read it from there
            },
            printed);
    }

    [Fact]
    public void A_mistake_in_a_seed_fails_the_build_at_its_line_and_column()
    {
        var broken = SampleSeeds.Annotation.Replace("\"subject\": \"united-states\"", "\"subject\": \"united-state\"", StringComparison.Ordinal);
        var consumer = new ConsumerProject(package, "broken-seed")
            .Write("BrokenSeed.csproj", ConsumerProject.ProjectFile(package.Version, extra: ConsumerProject.SeedFilesItem))
            .WriteSampleSeeds("data", ("a1.json", broken))
            .Write("MyData.cs", DataClass)
            .Write("Program.cs", """
                Console.WriteLine(Consumer.MyData.Dataset.Claims.Count);

                """);

        var build = consumer.Build();

        Assert.False(build.Succeeded, "The build succeeded with a broken seed.\n" + build.Describe());
        var offset = broken.IndexOf("\"united-state\"", StringComparison.Ordinal);
        var line = broken[..offset].Count(c => c == '\n') + 1;
        var column = offset - broken.LastIndexOf('\n', offset - 1);
        var errors = build.Lines("error");
        var located = errors
            .Select(e => Regex.Match(e, @"(?<file>\S*data[/\\]a1\.json)\((?<line>\d+),(?<column>\d+)\): error (?<id>[A-Z]+\d+): (?<message>.*)$"))
            .Where(m => m.Success)
            .ToList();
        Assert.True(located.Count == 1, "Expected one error located in data/a1.json.\n" + build.Describe());
        var error = located[0];
        Assert.Equal(Path.Combine(consumer.Directory, "data", "a1.json"), error.Groups["file"].Value);
        Assert.Equal(("ALD0006", line, column), (error.Groups["id"].Value, int.Parse(error.Groups["line"].Value), int.Parse(error.Groups["column"].Value)));
        Assert.Contains("did you mean 'united-states'?", error.Groups["message"].Value);

        // The seed's error is the only one: the generated code itself never fails to compile.
        Assert.True(errors.All(e => e.Contains(": error ALD", StringComparison.Ordinal)), "Errors other than the seed's.\n" + build.Describe());
    }
}
