using System.Collections.Immutable;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Linking;

/// <summary>
/// What the steps over every seed file take from it (null where an additional file is not a seed).
/// Each is one loop over the array, where a per-file step would add a per-file table the driver
/// rebuilds whenever a file changes.
/// </summary>
internal static class SeedFileSelection
{
    /// <summary>The registry files: what the registry step reads, equal when an article file changes.</summary>
    public static EquatableArray<SeedFile> Registries(ImmutableArray<SeedFile?> files)
    {
        var registries = ImmutableArray.CreateBuilder<SeedFile>();
        foreach (var file in files)
        {
            if (file is not null && file.Kind.IsRegistry())
            {
                registries.Add(file);
            }
        }

        return registries.ToEquatableArray();
    }

    /// <summary>Every file's own problems, each reported once whichever datasets it belongs to.</summary>
    public static EquatableArray<DiagnosticInfo> Diagnostics(ImmutableArray<SeedFile?> files)
    {
        ImmutableArray<DiagnosticInfo>.Builder? diagnostics = null;
        foreach (var file in files)
        {
            if (file is not null && file.Diagnostics.Count > 0)
            {
                diagnostics ??= ImmutableArray.CreateBuilder<DiagnosticInfo>();
                diagnostics.AddRange(file.Diagnostics.AsImmutableArray());
            }
        }

        return diagnostics is null ? EquatableArray<DiagnosticInfo>.Empty : diagnostics.ToEquatableArray();
    }
}
