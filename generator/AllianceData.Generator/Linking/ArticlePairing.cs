using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AllianceData.Generator.Diagnostics;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Linking;

/// <summary>
/// Pairs a dataset's article texts with their annotations by folder and file name, and reports a
/// text without annotation, an annotation without text, and two articles with one name.
/// </summary>
internal static class ArticlePairing
{
    /// <param name="allFiles">Every seed file (null where an additional file is not a seed), of every dataset.</param>
    public static PairedArticles Pair(DatasetTarget target, ImmutableArray<SeedFile?> allFiles)
    {
        var folder = SeedPathFilter.For(target);
        var files = new List<SeedFile>();
        foreach (var file in allFiles)
        {
            if (file is not null && !file.Kind.IsRegistry() && folder.Includes(file.Path))
            {
                files.Add(file);
            }
        }

        // Sorted for a deterministic order; files mostly come sorted already, and this step re-runs on
        // every edit of any article file, so a check that they are is cheaper than sorting them again.
        if (!IsSortedByPath(files))
        {
            files.Sort((x, y) => string.CompareOrdinal(x.Path, y.Path));
        }

        // This step re-runs on every edit of any article file, so it keys each file once and walks the list twice.
        var diagnostics = new List<DiagnosticInfo>();
        var texts = new Dictionary<string, SeedFile>(StringComparer.Ordinal);
        var annotated = new HashSet<string>(StringComparer.Ordinal);
        var annotations = new List<(SeedFile File, string Key)>();
        var hasErrors = false;
        foreach (var file in files)
        {
            hasErrors |= HasError(file.Diagnostics);
            var key = file.PairKey;
            if (file.Kind == SeedFileKind.ArticleText)
            {
                texts[key] = file;
            }
            else
            {
                annotations.Add((file, key));
                annotated.Add(key);
            }
        }

        foreach (var text in texts)
        {
            if (!annotated.Contains(text.Key))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TextWithoutAnnotation, LocationInfo.StartOf(text.Value.Path), text.Value.Name));
            }
        }

        var articles = new List<ArticleInput>(annotations.Count);
        var articleIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, key) in annotations)
        {
            if (!texts.TryGetValue(key, out var text))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AnnotationWithoutText, LocationInfo.StartOf(file.Path), file.Name));
                continue;
            }

            if (file.Annotation is null || text.ArticleText is null)
            {
                continue; // The file's own errors are already reported.
            }

            if (articleIds.TryGetValue(file.Name, out var firstPath))
            {
                diagnostics.Add(Duplicates.Report(new SourceString(file.Name, LocationInfo.StartOf(file.Path)), "article", "another article", LocationInfo.StartOf(firstPath)));
                continue;
            }

            articleIds.Add(file.Name, file.Path);
            articles.Add(new ArticleInput(target, file.Name, file, text));
        }

        hasErrors |= HasError(diagnostics);
        return new PairedArticles(target, articles.ToEquatableArray(), files.Count == 0, hasErrors, diagnostics.ToEquatableArray());
    }

    private static bool IsSortedByPath(List<SeedFile> files)
    {
        for (var i = 1; i < files.Count; i++)
        {
            if (string.CompareOrdinal(files[i - 1].Path, files[i].Path) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether any is an error.</summary>
    private static bool HasError(IReadOnlyList<DiagnosticInfo> diagnostics)
    {
        for (var i = 0; i < diagnostics.Count; i++)
        {
            if (diagnostics[i].IsError)
            {
                return true;
            }
        }

        return false;
    }
}
