using System.IO;
using System.Runtime.CompilerServices;

namespace AllianceData.Generator.Tests.Infrastructure;

internal static class RepoPaths
{
    /// <summary>The repository root, found from this source file's location at compile time.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
