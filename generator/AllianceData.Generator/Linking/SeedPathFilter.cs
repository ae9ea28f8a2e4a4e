using System;
using System.IO;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Linking;

/// <summary>Decides which seed files belong to a [SeedDataset] class, from the path it names.</summary>
internal static class SeedPathFilter
{
    public static bool Includes(DatasetTarget target, string filePath)
    {
        if (string.IsNullOrWhiteSpace(target.SeedPath))
        {
            return true;
        }

        var file = Normalize(filePath);
        if (target.ProjectDirectory is { Length: > 0 } projectDirectory)
        {
            string folder;
            try
            {
                folder = Normalize(Path.GetFullPath(Path.Combine(projectDirectory, target.SeedPath!))).TrimEnd('/') + "/";
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
            {
                return false; // Not a path ("seeds\0", "a|b" on .NET Framework): it names no folder, and ALD0018 says no seed file was found.
            }

            return file.StartsWith(folder, StringComparison.Ordinal);
        }

        // Without the project directory (a host that does not pass it), match the folder by name.
        var relative = "/" + Normalize(target.SeedPath!).Trim('/') + "/";
        return file.Contains(relative);
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
