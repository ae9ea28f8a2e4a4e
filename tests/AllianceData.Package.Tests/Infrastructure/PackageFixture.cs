using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security;
using AllianceData.Testing;

namespace AllianceData.Package.Tests.Infrastructure;

/// <summary>
/// Packs AllianceData once per test run, as a release would be packed, into a local feed; consumer
/// projects restore it from there into a packages folder of their own.
/// </summary>
/// <remarks>
/// Everything happens under one new temporary folder, so these tests never touch the repository's
/// bin/ and obj/ (which other test assemblies are using meanwhile) and never see a stale package:
/// <list type="bullet">
/// <item><c>repo/</c>: the repository's files (tracked and new, as <c>git ls-files</c> lists them) in a
/// fresh git repository whose origin is the GitHub URL, so SourceLink is on, as in a GitHub clone;</item>
/// <item><c>feed/</c>: the .nupkg and .snupkg, version <c>0.1.0-test-&lt;time&gt;-&lt;random&gt;</c>;</item>
/// <item><c>packages/</c>: the consumers' NuGet packages folder;</item>
/// <item><c>consumers/</c>: a nuget.config (the feed for AllianceData, this machine's sources for the
/// rest) and one folder per consumer project.</item>
/// </list>
/// Set ALLIANCEDATA_KEEP_TEST_FILES=1 to keep the folder after the run.
/// </remarks>
public sealed class PackageFixture : IDisposable
{
    public const string RepositoryUrl = "https://github.com/alliancedata/alliancedata";

    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(15);

    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "alliancedata-package-tests", Guid.NewGuid().ToString("N")[..12]);
        RepositoryCopy = Path.Combine(Root, "repo");
        Feed = Path.Combine(Root, "feed");
        PackagesFolder = Path.Combine(Root, "packages");
        ConsumersDirectory = Path.Combine(Root, "consumers");
        Version = string.Create(CultureInfo.InvariantCulture, $"0.1.0-test-{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(ConsumersDirectory);

        // Nothing above the temporary folder (a stray Directory.Build.props in /tmp) may reach these builds.
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(Root, name), "<Project />\n");
        }

        CopyRepository();
        Commit = InitializeGitHubClone();

        // As CI packs a release: CI=true makes the build a ContinuousIntegrationBuild (paths mapped to /_/).
        PackResult = ProcessRunner.DotNetCommand(
            RepositoryCopy,
            PackTimeout,
            new Dictionary<string, string> { ["CI"] = "true" },
            "pack", "src/AllianceData/AllianceData.csproj", "-c", "Release", "-o", Feed, "-p:Version=" + Version, "-nologo");
        PackagePath = Path.Combine(Feed, $"AllianceData.{Version}.nupkg");
        SymbolsPath = Path.Combine(Feed, $"AllianceData.{Version}.snupkg");
        if (!PackResult.Succeeded || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException("dotnet pack failed; every package test needs the package.\n" + PackResult.Describe());
        }

        WriteConsumerNuGetConfig();
    }

    /// <summary>The temporary folder of this run.</summary>
    public string Root { get; }

    /// <summary>The copy of the repository that was packed.</summary>
    public string RepositoryCopy { get; }

    /// <summary>The commit of that copy, as SourceLink and the nuspec name it.</summary>
    public string Commit { get; }

    /// <summary>The local feed holding the package.</summary>
    public string Feed { get; }

    /// <summary>The consumers' packages folder (NUGET_PACKAGES).</summary>
    public string PackagesFolder { get; }

    /// <summary>Where consumer projects are created; holds their nuget.config.</summary>
    public string ConsumersDirectory { get; }

    /// <summary>The version of this run's package.</summary>
    public string Version { get; }

    public string PackagePath { get; }

    public string SymbolsPath { get; }

    public ProcessResult PackResult { get; }

    /// <summary>The environment of every consumer command: the run's own packages folder.</summary>
    public IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = PackagesFolder,
    };

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("ALLIANCEDATA_KEEP_TEST_FILES") == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the folder is under the temporary directory.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static ProcessResult Git(string workingDirectory, params string[] arguments)
    {
        var result = ProcessRunner.Run("git", workingDirectory, TimeSpan.FromMinutes(2), new Dictionary<string, string?> { ["GIT_TERMINAL_PROMPT"] = "0" }, arguments);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("git failed.\n" + result.Describe());
        }

        return result;
    }

    /// <summary>Copies what a clone of the working tree would hold: tracked files and new, unignored ones.</summary>
    private void CopyRepository()
    {
        var listing = Git(RepoPaths.Root, "ls-files", "-z", "--cached", "--others", "--exclude-standard").Output;
        var files = listing.Split('\0', StringSplitOptions.RemoveEmptyEntries).Select(f => f.Trim('\n')).Where(f => f.Length > 0).Distinct().ToList();
        foreach (var file in files)
        {
            var source = Path.Combine(RepoPaths.Root, file);
            if (!File.Exists(source))
            {
                continue; // deleted in the working tree
            }

            var target = Path.Combine(RepositoryCopy, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        if (!File.Exists(Path.Combine(RepositoryCopy, "src", "AllianceData", "AllianceData.csproj")))
        {
            throw new InvalidOperationException($"Copying {RepoPaths.Root} found no src/AllianceData/AllianceData.csproj ({files.Count} files listed).");
        }
    }

    private string InitializeGitHubClone()
    {
        Git(RepositoryCopy, "-c", "init.defaultBranch=main", "init", "-q");
        Git(RepositoryCopy, "add", "-A");
        Git(RepositoryCopy, "-c", "user.name=AllianceData tests", "-c", "user.email=tests@alliancedata.invalid", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "Snapshot for the package tests");
        Git(RepositoryCopy, "remote", "add", "origin", RepositoryUrl);
        return Git(RepositoryCopy, "rev-parse", "HEAD").Output.Trim();
    }

    /// <summary>
    /// AllianceData comes from the feed only (package source mapping); everything else (the SDK's
    /// packages a consumer may need) from the sources this machine is configured with.
    /// </summary>
    private void WriteConsumerNuGetConfig()
    {
        var listed = ProcessRunner.DotNetCommand(Root, TimeSpan.FromMinutes(2), null, "nuget", "list", "source", "--format", "Short");
        var machineSources = listed.Output.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("E ", StringComparison.Ordinal))
            .Select(line => line[2..].Trim())
            .Distinct()
            .ToList();
        if (machineSources.Count == 0)
        {
            machineSources.Add("https://api.nuget.org/v3/index.json");
        }

        var sources = string.Join("\n", machineSources.Select((url, i) => $"    <add key=\"machine{i}\" value=\"{SecurityElement.Escape(url)}\" />"));
        var mappings = string.Join("\n", machineSources.Select((_, i) => $"    <packageSource key=\"machine{i}\">\n      <package pattern=\"*\" />\n    </packageSource>"));
        File.WriteAllText(Path.Combine(ConsumersDirectory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="alliancedata-test-feed" value="{SecurityElement.Escape(Feed)}" />
            {sources}
              </packageSources>
              <packageSourceMapping>
                <clear />
                <packageSource key="alliancedata-test-feed">
                  <package pattern="AllianceData" />
                </packageSource>
            {mappings}
              </packageSourceMapping>
              <config>
                <add key="globalPackagesFolder" value="{SecurityElement.Escape(PackagesFolder)}" />
              </config>
            </configuration>

            """);
    }
}

/// <summary>All package tests share one package and run one after the other (they are CPU-bound builds).</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Package";
}
