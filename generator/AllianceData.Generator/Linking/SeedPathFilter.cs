using System;
using System.IO;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Linking;

/// <summary>Decides which seed files belong to a [SeedDataset] class, from the path it names.</summary>
internal static class SeedPathFilter
{
    /// <summary>
    /// The filter of one dataset class. The folder it names is resolved once here, not once per
    /// file: the pairing filters every article file again on every edit.
    /// </summary>
    public static SeedFolder For(DatasetTarget target)
    {
        if (string.IsNullOrWhiteSpace(target.SeedPath))
        {
            return SeedFolder.Everything;
        }

        if (target.ProjectDirectory is { Length: > 0 } projectDirectory)
        {
            try
            {
                return new SeedFolder(Normalize(Path.GetFullPath(Path.Combine(projectDirectory, target.SeedPath!))).TrimEnd('/') + "/", underProject: true);
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
            {
                return SeedFolder.Nothing; // Not a path ("seeds\0", "a|b" on .NET Framework): it names no folder, and ALD0018 says no seed file was found.
            }
        }

        // Without the project directory (a host that does not pass it), match the folder by name.
        return new SeedFolder("/" + Normalize(target.SeedPath!).Trim('/') + "/", underProject: false);
    }

    internal static string Normalize(string path) => path.Replace('\\', '/');
}
