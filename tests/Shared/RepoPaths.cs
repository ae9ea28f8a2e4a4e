using System.IO;
using System.Linq;
using System.Reflection;

namespace AllianceData.Testing;

/// <summary>Where the repository is, as recorded in the test assembly at build time.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = typeof(RepoPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Docs => Path.Combine(Root, "docs");

    public static string Schemas => Path.Combine(Root, "schemas");

    public static string In(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());
}
