using System.Linq;
using AllianceData.Generator.Tests.Infrastructure;
using AllianceData.Package.Tests.Infrastructure;

namespace AllianceData.Package.Tests;

/// <summary>
/// A library with its own dataset, and an app that references the library and the package and has a
/// dataset too: three generated datasets meet in one program. The generator emits members only inside
/// each user's own partial class, and the attribute lives in the runtime library, so no type is defined
/// twice (CS0436), even with the library's internals visible to the app.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class LibraryAndAppTests(PackageFixture package)
{
    [Fact]
    public void A_library_with_its_own_seeds_and_an_app_referencing_both_build_without_warnings()
    {
        var root = new ConsumerProject(package, "library-and-app");
        root.Write("Lib/Lib.csproj", ConsumerProject.ProjectFile(package.Version, targetFramework: "netstandard2.0", exe: false, properties: string.Empty, extra: ConsumerProject.SeedFilesItem + """
              <ItemGroup>
                <InternalsVisibleTo Include="App" />
              </ItemGroup>
            """))
            .WriteSampleSeeds("Lib/data")
            .Write("Lib/LibData.cs", """
                namespace Lib
                {
                    [AllianceData.SeedDataset("data")]
                    public static partial class LibData
                    {
                    }

                    public static class Report
                    {
                        public static string Describe() => "library: " + LibData.Dataset.Articles.Count + " article(s), " + LibData.Organizations.All.Count + " organizations";
                    }
                }

                """)
            .Write("App/App.csproj", ConsumerProject.ProjectFile(package.Version, extra: ConsumerProject.SeedFilesItem + """
              <ItemGroup>
                <ProjectReference Include="../Lib/Lib.csproj" />
              </ItemGroup>
            """))
            .WriteSampleSeeds(
                "App/data",
                ("places.json", """{ "places": [ { "id": "tokyo", "name": "Tokyo", "kind": "city", "country": "JP" }, { "id": "yokota", "name": "Yokota Air Base", "kind": "facility", "country": "JP" } ] }"""),
                ("a1.json", AllianceData.Generator.Tests.Infrastructure.SampleSeeds.Annotation.Replace("\"mentions\": [", "\"mentions\": [\"yokota\", ", System.StringComparison.Ordinal)))
            .Write("App/AppData.cs", """
                namespace App;

                [AllianceData.SeedDataset("data")]
                public static partial class AppData;

                """)
            .Write("App/Program.cs", """
                Console.WriteLine(Lib.Report.Describe());
                Console.WriteLine($"library typed: {Lib.LibData.Organizations.UsForcesJapan.Name}");
                Console.WriteLine($"app: {App.AppData.Dataset.Places.Count} places, {App.AppData.Places.Tokyo.Name}");
                Console.WriteLine($"bundled: {AllianceData.Alliance.Dataset.Articles.Count} articles");

                """);

        var build = root.Build("App/App.csproj");

        ConsumerProject.AssertCleanBuild(build);
        Assert.DoesNotContain("CS0436", build.Output);
        var printed = ConsumerProject.OutputLines(root.Run("App/App.csproj"));
        Assert.Equal(
            new[]
            {
                "library: 1 article(s), 5 organizations",
                "library typed: U.S. Forces Japan",
                "app: 2 places, Tokyo",
                $"bundled: {Alliance.Dataset.Articles.Count} articles",
            },
            printed);
    }
}
