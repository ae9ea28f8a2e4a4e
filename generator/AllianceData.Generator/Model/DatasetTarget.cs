using System.Globalization;
using System.Text;

namespace AllianceData.Generator.Model;

/// <summary>
/// A class marked [SeedDataset]: where to emit (namespace, containing types, name) and which seed
/// files it takes. Read from syntax and symbols once, then held as plain strings.
/// </summary>
/// <param name="Namespace">The namespace as C# (keywords escaped: <c>@namespace</c>), or null for the global namespace.</param>
/// <param name="ContainingTypeDeclarations">The header of each containing type, outermost first: <c>partial class Outer&lt;T&gt;</c>.</param>
/// <param name="ClassName">The class's name, for messages.</param>
/// <param name="ClassDeclarationName">The class's name as declared in C#: <c>@class</c>, <c>Data&lt;T&gt;</c>.</param>
/// <param name="FullyQualifiedName">The class as a fully qualified C# name (<c>global::Sample.Outer&lt;T&gt;.Data</c>), so generated members never resolve to a handle of the same name.</param>
/// <param name="SeedPath">The folder named by the attribute, or null for every seed file.</param>
/// <param name="ProjectDirectory">The project directory that <paramref name="SeedPath"/> is relative to, when the host passes it.</param>
/// <param name="AttributeLocation">Where the attribute is written, for diagnostics about the dataset as a whole.</param>
internal sealed record DatasetTarget(
    string? Namespace,
    EquatableArray<string> ContainingTypeDeclarations,
    string ClassName,
    string ClassDeclarationName,
    string FullyQualifiedName,
    string? SeedPath,
    string? ProjectDirectory,
    LocationInfo? AttributeLocation)
{
    /// <summary>
    /// Whether the class's language version has nullable reference types (C# 8). A netstandard2.0
    /// project defaults to C# 7.3, where a <c>#nullable</c> directive is an error (CS8370).
    /// </summary>
    public bool NullableAnnotations { get; init; } = true;

    /// <summary>
    /// Whether article data can be written as UTF-8 literals (<c>"..."u8</c>): C# 11 or later, on a
    /// target with <c>ReadOnlySpan&lt;T&gt;</c> and <c>Encoding.GetString(ReadOnlySpan&lt;byte&gt;)</c>.
    /// Such literals are data, not strings, so they have no user-string heap limit (CS8103).
    /// </summary>
    public bool Utf8Literals { get; init; }

    /// <summary>
    /// A unique, stable hint name for the generated file, made from the fully qualified name with
    /// only the characters a hint name may hold: <c>Sample.Outer{T}.Data.SeedDataset.g.cs</c>.
    /// </summary>
    public string HintName
    {
        get
        {
            const string global = "global::";
            var name = FullyQualifiedName.StartsWith(global, System.StringComparison.Ordinal) ? FullyQualifiedName.Substring(global.Length) : FullyQualifiedName;
            var builder = new StringBuilder(name.Length + 32);
            var replaced = false;
            foreach (var c in name)
            {
                switch (c)
                {
                    case '@':
                        break; // "@class" and "class" are one name.
                    case '<':
                        builder.Append('{');
                        break;
                    case '>':
                        builder.Append('}');
                        break;
                    default:
                        var kept = char.IsLetterOrDigit(c) || c is '_' or '.' or ',' or ' ';
                        builder.Append(kept ? c : '_');
                        replaced |= !kept;
                        break;
                }
            }

            if (replaced)
            {
                // Other identifier characters (combining marks, connectors, formatting) became '_': keep names apart.
                builder.Append('.').Append(StableHash(name).ToString("x8", CultureInfo.InvariantCulture));
            }

            return builder.Append(".SeedDataset.g.cs").ToString();
        }
    }

    /// <summary>FNV-1a over the UTF-16 code units: the same on every run and platform, unlike string.GetHashCode.</summary>
    private static uint StableHash(string value)
    {
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
