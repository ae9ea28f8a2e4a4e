using System;
using System.IO;
using System.Linq;
using AllianceData.Testing;

namespace AllianceData.Cli.Tests;

/// <summary>What one in-process run of the tool produced.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>Runs <c>alliance</c> in-process, as a shell would, with captured stdout and stderr.</summary>
internal static class Cli
{
    public static CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>A copy of the repository's seeds in a temporary folder, to break on purpose; deleted on dispose.</summary>
internal sealed class TempSeeds : IDisposable
{
    public TempSeeds(bool copy = true)
    {
        Folder = Path.Combine(Path.GetTempPath(), "alliance-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        if (copy)
        {
            foreach (var file in Directory.EnumerateFiles(RepoPaths.Seeds))
            {
                File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
            }
        }
    }

    public string Folder { get; }

    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Replaces the first occurrence of <paramref name="old"/> in a seed file; returns the file's new text.</summary>
    public string Edit(string name, string old, string replacement)
    {
        var path = PathOf(name);
        var text = File.ReadAllText(path);
        var index = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{old}' is not in {name}");
        text = text.Substring(0, index) + replacement + text.Substring(index + old.Length);
        File.WriteAllText(path, text);
        return text;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>1-based line and column of an offset.</summary>
    public static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1 + text.Take(offset).Count(c => c == '\n');
        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        if (offset == 0)
        {
            lineStart = 0;
        }

        return (line, offset - lineStart + 1);
    }
}
