namespace AllianceData.Generator.Model;

/// <summary>
/// A class marked [SeedDataset]: where to emit (namespace, containing types, name) and which seed
/// files it takes. Read from syntax and symbols once, then held as plain strings.
/// </summary>
internal sealed record DatasetTarget(
    string? Namespace,
    EquatableArray<string> ContainingTypeDeclarations,
    string ClassName,
    string? SeedPath,
    string? ProjectDirectory,
    LocationInfo? AttributeLocation)
{
    /// <summary>
    /// Whether the class's language version has nullable reference types (C# 8). A netstandard2.0
    /// project defaults to C# 7.3, where a <c>#nullable</c> directive is an error (CS8370).
    /// </summary>
    public bool NullableAnnotations { get; init; } = true;

    /// <summary>The class as a fully qualified C# name, so generated members never resolve to a handle of the same name.</summary>
    public string FullyQualifiedName
    {
        get
        {
            var name = "global::" + (Namespace is null ? string.Empty : Namespace + ".");
            foreach (var declaration in ContainingTypeDeclarations)
            {
                name += declaration.Substring(declaration.LastIndexOf(' ') + 1) + ".";
            }

            return name + ClassName;
        }
    }

    /// <summary>A unique, stable hint name for the generated file.</summary>
    public string HintName
    {
        get
        {
            var prefix = Namespace is null ? string.Empty : Namespace + ".";
            var containing = string.Empty;
            foreach (var declaration in ContainingTypeDeclarations)
            {
                containing += declaration.Substring(declaration.LastIndexOf(' ') + 1) + ".";
            }

            return prefix + containing + ClassName + ".SeedDataset.g.cs";
        }
    }
}
