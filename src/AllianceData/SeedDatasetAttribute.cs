using System;

namespace AllianceData;

/// <summary>
/// Marks a <c>static partial</c> class to be filled by the AllianceData source generator with a
/// typed dataset built from seed files (article texts, their JSON annotations and registries).
/// </summary>
/// <example>
/// <code>
/// [SeedDataset("data")]
/// public static partial class MyData;
/// // MyData.Dataset, MyData.Organizations.UsForcesJapan, MyData.Articles.All ...
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class SeedDatasetAttribute : Attribute
{
    /// <summary>Takes every seed file of the project (items listed as <c>&lt;SeedFiles Include="..." /&gt;</c>).</summary>
    public SeedDatasetAttribute()
    {
    }

    /// <summary>Takes the seed files under <paramref name="path"/>, a folder relative to the project directory.</summary>
    /// <param name="path">A folder relative to the project file, such as <c>"data"</c>.</param>
    public SeedDatasetAttribute(string path) => Path = path;

    /// <summary>The folder, relative to the project directory, whose seed files this dataset takes; null for all of them.</summary>
    public string? Path { get; }
}
