using System;

namespace AllianceData.Generator.Linking;

/// <summary>The seed files of one dataset class: those under its folder, or all of them, or none.</summary>
internal sealed class SeedFolder
{
    public static readonly SeedFolder Everything = new(string.Empty, underProject: false);

    public static readonly SeedFolder Nothing = new(null, underProject: false);

    private readonly string? _folder;
    private readonly bool _underProject;

    /// <param name="folder">The folder, '/'-separated and ending in '/'; empty for every file, null for none.</param>
    /// <param name="underProject">Whether <paramref name="folder"/> is a full path a file's path starts with, or (without the project directory) a name it contains.</param>
    public SeedFolder(string? folder, bool underProject) => (_folder, _underProject) = (folder, underProject);

    public bool Includes(string filePath)
    {
        if (_folder is null)
        {
            return false;
        }

        if (_folder.Length == 0)
        {
            return true;
        }

        var file = SeedPathFilter.Normalize(filePath);
        return _underProject ? file.StartsWith(_folder, StringComparison.Ordinal) : file.Contains(_folder);
    }
}
