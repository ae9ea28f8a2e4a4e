using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AllianceData.Generator.Diagnostics;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Linking;

/// <summary>
/// Pairs a dataset's article texts with their annotations by folder and file name, and reports a
/// text without annotation, an annotation without text, and two articles with one name.
/// </summary>
internal static class ArticlePairing
{
    public static PairedArticles Pair(DatasetTarget target, IEnumerable<SeedFile> allArticleFiles)
    {
        var files = allArticleFiles
            .Where(file => SeedPathFilter.Includes(target, file.Path))
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToList();
        var diagnostics = new List<DiagnosticInfo>();
        var texts = new Dictionary<string, SeedFile>(StringComparer.Ordinal);
        var annotations = new List<SeedFile>();
        foreach (var file in files)
        {
            if (file.Kind == SeedFileKind.ArticleText)
            {
                texts[PairKey(file)] = file;
            }
            else
            {
                annotations.Add(file);
            }
        }

        var annotated = new HashSet<string>(annotations.Select(PairKey), StringComparer.Ordinal);
        foreach (var text in texts.Values.Where(t => !annotated.Contains(PairKey(t))))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TextWithoutAnnotation, LocationInfo.StartOf(text.Path), text.Name));
        }

        var articles = new List<ArticleInput>();
        var articleIds = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
        foreach (var file in annotations)
        {
            if (!texts.TryGetValue(PairKey(file), out var text))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AnnotationWithoutText, LocationInfo.StartOf(file.Path), file.Name));
                continue;
            }

            if (file.Annotation is null || text.ArticleText is null)
            {
                continue; // The file's own errors are already reported.
            }

            var fileLocation = LocationInfo.StartOf(file.Path);
            if (articleIds.TryGetValue(file.Name, out var first))
            {
                diagnostics.Add(Duplicates.Report(new SourceString(file.Name, fileLocation), "article", "another article", first));
                continue;
            }

            articleIds.Add(file.Name, fileLocation);
            articles.Add(new ArticleInput(target, file.Name, file, text));
        }

        var hasErrors = diagnostics.Any(d => d.IsError) || files.Any(f => f.Diagnostics.Any(d => d.IsError));
        return new PairedArticles(target, articles.ToEquatableArray(), files.Count == 0, hasErrors, diagnostics.ToEquatableArray());
    }

    private static string PairKey(SeedFile file) => Path.Combine(Path.GetDirectoryName(file.Path) ?? string.Empty, file.Name);
}
