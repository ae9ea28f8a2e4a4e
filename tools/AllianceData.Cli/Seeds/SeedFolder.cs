using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AllianceData.Generator.Linking;
using AllianceData.Generator.Model;
using AllianceData.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AllianceData.Cli.Seeds;

/// <summary>What validating a seed folder found: the generator's diagnostics and the linked dataset.</summary>
internal sealed class SeedValidation
{
    public SeedValidation(string folder, int fileCount, IReadOnlyList<Diagnostic> diagnostics, DatasetSpec spec)
    {
        Folder = folder;
        FileCount = fileCount;
        Diagnostics = diagnostics;
        Spec = spec;
    }

    public string Folder { get; }

    public int FileCount { get; }

    /// <summary>Every diagnostic, ordered by file, line and column.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The linked dataset; complete only when there are no errors.</summary>
    public DatasetSpec Spec { get; }

    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    public bool HasErrors => ErrorCount > 0;

    /// <summary>A diagnostic as MSBuild prints it: <c>path(line,col): error ALD0006: message</c>.</summary>
    public static string Format(Diagnostic diagnostic) => MsBuildFormatter.Format(diagnostic, CultureInfo.InvariantCulture);

    private static readonly DiagnosticFormatter MsBuildFormatter = new();
}

/// <summary>
/// Runs the generator's own per-file parse and link steps over a folder on disk, so the CLI reports
/// exactly what a build would, at the same <c>file(line,col)</c>.
/// </summary>
internal static class SeedFolder
{
    /// <summary>The name the dataset is linked under; it appears only in ALD0018, which the CLI reports itself.</summary>
    private static readonly DatasetTarget Target = new(null, EquatableArray<string>.Empty, "SeedFolder", "SeedFolder", "global::SeedFolder", null, null, null);

    /// <summary>
    /// The seed files under <paramref name="folder"/> (recursively; hidden folders and build output skipped),
    /// in ordinal path order. Throws a usage error when the folder does not exist or holds no seed file.
    /// </summary>
    public static IReadOnlyList<string> FindSeedFiles(string folder)
    {
        if (File.Exists(folder))
        {
            throw CliException.Usage($"'{folder}' is a file; give the seed folder that contains it.");
        }

        if (!Directory.Exists(folder))
        {
            throw CliException.Usage($"Seed folder '{folder}' does not exist.");
        }

        var files = new List<string>();
        Collect(folder, files);
        if (files.Count == 0)
        {
            throw CliException.Usage($"Seed folder '{folder}' has no seed files (*.txt article texts, *.json annotations and registries).");
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>Parses every file (in parallel; each file parses alone, as in the generator) and links them.</summary>
    /// <param name="folder">The folder, for the report.</param>
    /// <param name="files">The files, from <see cref="FindSeedFiles"/>.</param>
    /// <param name="fileParsed">Called once per parsed file, from any thread.</param>
    public static SeedValidation Validate(string folder, IReadOnlyList<string> files, Action? fileParsed = null)
    {
        var parsed = new SeedFile[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            parsed[i] = Parse(files[i]);
            fileParsed?.Invoke();
        });

        var linked = DatasetLinker.Link(Target, parsed.ToImmutableArray());
        var diagnostics = parsed.SelectMany(f => f.Diagnostics)
            .Concat(linked.Diagnostics)
            .Select(d => d.ToDiagnostic())
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        return new SeedValidation(folder, files.Count, diagnostics, linked.Spec);
    }

    private static SeedFile Parse(string path)
    {
        SourceText? text;
        try
        {
            using var stream = File.OpenRead(path);
            text = SourceText.From(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            text = null; // Reported as ALD0001 "the file could not be read", as the generator does.
        }

        return SeedFileParser.Parse(path, text);
    }

    private static void Collect(string folder, List<string> files)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (SeedFileParser.IsSeedFileName(file))
            {
                files.Add(file);
            }
        }

        foreach (var directory in Directory.EnumerateDirectories(folder))
        {
            var name = Path.GetFileName(directory);
            if (!name.StartsWith('.') && name is not ("bin" or "obj" or "node_modules"))
            {
                Collect(directory, files);
            }
        }
    }
}
