using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AllianceData.Package.Tests.Infrastructure;

/// <summary>A project created from nothing in the run's consumers folder, referencing the package like any user's.</summary>
public sealed class ConsumerProject
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(8);

    private readonly PackageFixture _package;

    public ConsumerProject(PackageFixture package, string name)
    {
        _package = package;
        Name = name;
        Directory = Path.Combine(package.ConsumersDirectory, name);
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Name { get; }

    public string Directory { get; }

    /// <summary>A project file: strict as a careful user's (warnings are errors), the package referenced by version.</summary>
    public static string ProjectFile(string version, string targetFramework = "net10.0", bool exe = true, string properties = "<Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings>", string extra = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            {(exe ? "<OutputType>Exe</OutputType>" : string.Empty)}
            <TargetFramework>{targetFramework}</TargetFramework>
            {properties}
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="AllianceData" Version="{version}" />
          </ItemGroup>
        {extra}
        </Project>

        """;

    /// <summary>The seed files listed the way the README says.</summary>
    public const string SeedFilesItem = """
          <ItemGroup>
            <SeedFiles Include="data/**/*.txt;data/**/*.json" />
          </ItemGroup>
        """;

    public ConsumerProject Write(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    /// <summary>Writes the generator tests' small valid seed folder under <paramref name="folder"/>, with optional changes by file name.</summary>
    public ConsumerProject WriteSampleSeeds(string folder, params (string Name, string? Content)[] changes)
    {
        var renamed = changes.Select(c => ("seeds/" + c.Name, c.Content)).ToArray();
        foreach (var (name, content) in AllianceData.Generator.Tests.Infrastructure.SampleSeeds.Files(renamed))
        {
            Write(Path.Combine(folder, Path.GetFileName(name)), content);
        }

        return this;
    }

    /// <summary>dotnet build (with its restore) of this folder's project, or of <paramref name="project"/> inside it.</summary>
    public ProcessResult Build(string? project = null) =>
        ProcessRunner.DotNetCommand(Directory, BuildTimeout, _package.ConsumerEnvironment, project is null ? new[] { "build", "-nologo" } : new[] { "build", project, "-nologo" });

    /// <summary>dotnet run of the built project.</summary>
    public ProcessResult Run(string? project = null) =>
        ProcessRunner.DotNetCommand(Directory, TimeSpan.FromMinutes(2), _package.ConsumerEnvironment, project is null ? new[] { "run", "--no-build" } : new[] { "run", "--no-build", "--project", project });

    /// <summary>Asserts a build that succeeded with no warning at all, printing everything it said otherwise.</summary>
    public static void AssertCleanBuild(ProcessResult build)
    {
        Assert.True(build.Succeeded, "The build failed.\n" + build.Describe());
        Assert.True(build.Lines("warning").Count == 0, "The build warned.\n" + build.Describe());
        Assert.Contains("0 Warning(s)", build.Output);
    }

    /// <summary>The lines a program printed.</summary>
    public static IReadOnlyList<string> OutputLines(ProcessResult run)
    {
        Assert.True(run.Succeeded, "The program failed.\n" + run.Describe());
        return run.Output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
    }
}
