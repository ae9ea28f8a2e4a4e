using System;
using System.Collections.Generic;
using System.IO;
using AllianceData.Generator.Diagnostics;
using AllianceData.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace AllianceData.Generator.Parsing;

/// <summary>The per-file step: classifies one seed file by name and parses it on its own.</summary>
internal static class SeedFileParser
{
    public static SeedFileKind Classify(string path)
    {
        var fileName = Path.GetFileName(path);
        if (fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return SeedFileKind.ArticleText;
        }

        return fileName.ToLowerInvariant() switch
        {
            "organizations.json" => SeedFileKind.Organizations,
            "people.json" => SeedFileKind.People,
            "places.json" => SeedFileKind.Places,
            "predicates.json" => SeedFileKind.Predicates,
            _ => SeedFileKind.ArticleAnnotation,
        };
    }

    public static bool IsSeedFileName(string path) =>
        path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    /// <param name="path">The file's path.</param>
    /// <param name="text">Its text, or null if it could not be read.</param>
    /// <param name="textResource">For an article text, the manifest resource the build embeds it as, if it does.</param>
    public static SeedFile Parse(string path, SourceText? text, string? textResource = null)
    {
        var kind = Classify(path);
        var name = Path.GetFileNameWithoutExtension(path);
        var empty = new SeedFile(path, name, kind, PairKey(path), null, null, EquatableArray<OrganizationEntry>.Empty, EquatableArray<PersonEntry>.Empty, EquatableArray<PlaceEntry>.Empty, EquatableArray<PredicateEntry>.Empty, EquatableArray<DiagnosticInfo>.Empty);
        if (text is null)
        {
            var unreadable = DiagnosticInfo.Create(DiagnosticDescriptors.InvalidJson, LocationInfo.StartOf(path), "the file could not be read");
            return empty with { Diagnostics = new[] { unreadable }.ToEquatableArray() };
        }

        if (kind == SeedFileKind.ArticleText)
        {
            // Generated code decodes an embedded text as UTF-8: only a text the compiler read as
            // UTF-8 (valid UTF-8, with or without a byte order mark) is sure to come back the same.
            var embedded = textResource is { Length: > 0 } && text.Encoding?.CodePage == 65001 ? textResource : null;
            return empty with { ArticleText = text.ToString(), TextResource = embedded };
        }

        using var map = new SeedTextMap(path, text);
        var read = map.ReadTree();
        if (read.Tree is not { } tree)
        {
            var invalid = DiagnosticInfo.Create(DiagnosticDescriptors.InvalidJson, map.Locate(read.ErrorOffset, read.ErrorOffset), read.ErrorMessage!);
            return empty with { Diagnostics = new[] { invalid }.ToEquatableArray() };
        }

        var context = new ParseContext(map);
        var result = kind switch
        {
            SeedFileKind.Organizations => empty with { Organizations = ReadAll(tree.Root, context, "organizations", RegistryParser.ReadOrganization) },
            SeedFileKind.People => empty with { People = ReadAll(tree.Root, context, "people", RegistryParser.ReadPerson) },
            SeedFileKind.Places => empty with { Places = ReadAll(tree.Root, context, "places", RegistryParser.ReadPlace) },
            SeedFileKind.Predicates => empty with { Predicates = ReadAll(tree.Root, context, "predicates", RegistryParser.ReadPredicate) },
            _ => empty with { Annotation = ArticleAnnotationParser.Read(tree.Root, context) },
        };
        tree.Return(); // the models hold strings and locations, nothing of the tree
        return result with { Diagnostics = context.Diagnostics.ToEquatableArray() };
    }

    /// <summary>The path without its extension, with '/' for every separator.</summary>
    private static string PairKey(string path) =>
        path.Substring(0, path.Length - Path.GetExtension(path).Length).Replace('\\', '/');

    private static EquatableArray<T> ReadAll<T>(JsonNode root, ParseContext context, string arrayName, Func<JsonNode, ParseContext, T?> readItem)
        where T : class, IEquatable<T>
    {
        var items = new List<T>();
        foreach (var node in RegistryParser.Items(root, context, arrayName))
        {
            if (readItem(node, context) is { } item)
            {
                items.Add(item);
            }
        }

        return items.ToEquatableArray();
    }
}
