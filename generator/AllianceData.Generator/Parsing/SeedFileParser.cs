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
        if (text is null)
        {
            var unreadable = DiagnosticInfo.Create(DiagnosticDescriptors.InvalidJson, LocationInfo.StartOf(path), "the file could not be read");
            return File(path, name, kind, new[] { unreadable }.ToEquatableArray());
        }

        if (kind == SeedFileKind.ArticleText)
        {
            // Generated code decodes an embedded text as UTF-8: only a text the compiler read as
            // UTF-8 (valid UTF-8, with or without a byte order mark) is sure to come back the same.
            var embedded = textResource is { Length: > 0 } && text.Encoding?.CodePage == 65001 ? textResource : null;
            return File(path, name, kind, EquatableArray<DiagnosticInfo>.Empty, articleText: text.ToString(), textResource: embedded);
        }

        using var map = new SeedTextMap(path, text);
        var read = map.ReadTree();
        if (read.Tree is not { } tree)
        {
            var invalid = DiagnosticInfo.Create(DiagnosticDescriptors.InvalidJson, map.Locate(read.ErrorOffset, read.ErrorOffset), read.ErrorMessage!);
            return File(path, name, kind, new[] { invalid }.ToEquatableArray());
        }

        // Each file's record made once, when its diagnostics are known: not an empty one copied.
        var context = new ParseContext(map);
        EquatableArray<OrganizationEntry>? organizations = null;
        EquatableArray<PersonEntry>? people = null;
        EquatableArray<PlaceEntry>? places = null;
        EquatableArray<PredicateEntry>? predicates = null;
        ArticleAnnotation? annotation = null;
        switch (kind)
        {
            case SeedFileKind.Organizations:
                organizations = ReadAll(tree.Root, context, "organizations", RegistryParser.ReadOrganization);
                break;
            case SeedFileKind.People:
                people = ReadAll(tree.Root, context, "people", RegistryParser.ReadPerson);
                break;
            case SeedFileKind.Places:
                places = ReadAll(tree.Root, context, "places", RegistryParser.ReadPlace);
                break;
            case SeedFileKind.Predicates:
                predicates = ReadAll(tree.Root, context, "predicates", RegistryParser.ReadPredicate);
                break;
            default:
                annotation = ArticleAnnotationParser.Read(tree.Root, context);
                break;
        }

        tree.Return(); // the models hold strings and locations, nothing of the tree
        return File(path, name, kind, context.Diagnostics.ToEquatableArray(), null, annotation, organizations, people, places, predicates);
    }

    /// <summary>A seed file's record, with no entries of the kinds not given.</summary>
    private static SeedFile File(
        string path,
        string name,
        SeedFileKind kind,
        EquatableArray<DiagnosticInfo> diagnostics,
        string? articleText = null,
        ArticleAnnotation? annotation = null,
        EquatableArray<OrganizationEntry>? organizations = null,
        EquatableArray<PersonEntry>? people = null,
        EquatableArray<PlaceEntry>? places = null,
        EquatableArray<PredicateEntry>? predicates = null,
        string? textResource = null) =>
        new(
            path,
            name,
            kind,
            articleText,
            annotation,
            organizations ?? EquatableArray<OrganizationEntry>.Empty,
            people ?? EquatableArray<PersonEntry>.Empty,
            places ?? EquatableArray<PlaceEntry>.Empty,
            predicates ?? EquatableArray<PredicateEntry>.Empty,
            diagnostics,
            textResource);

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
