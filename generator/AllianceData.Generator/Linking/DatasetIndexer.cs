using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AllianceData.Generator.Diagnostics;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Linking;

/// <summary>
/// The dataset index, over the registries and each article's <see cref="ArticleSummary"/>: article
/// handles (collisions resolved across articles), places in the bucket files, and the check against
/// the compiler's string-heap limit. The checks that compare articles' contents are
/// <see cref="DatasetChecks"/>, steps of their own, so an edit re-runs only those whose input it changes.
/// </summary>
internal static class DatasetIndexer
{
    /// <summary>Characters of string literals the user-string heap takes safely: 15 MB of UTF-16, headroom below 2^24 bytes.</summary>
    public const long StringHeapLimit = 7_500_000;

    public static DatasetIndexResult Index(RegistryIndex registries, PairingSummary pairing, IReadOnlyList<ArticleSummary> articles)
    {
        var target = registries.Target;
        var diagnostics = new List<DiagnosticInfo>();
        if (pairing.Empty && !registries.HasFiles)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoSeedFiles, target.AttributeLocation, target.ClassName, target.SeedPath is null ? string.Empty : $" under '{target.SeedPath}'"));
        }

        var handles = new HandleAssigner(diagnostics);
        var positions = new int[ArticleNames.Buckets];
        var entries = new List<ArticleEntry>(articles.Count);
        foreach (var article in articles)
        {
            var id = new SourceString(article.Id, LocationInfo.StartOf(article.HandleLocation.FilePath));
            var explicitHandle = article.HasExplicitHandle ? new SourceString(article.RequestedHandle, article.HandleLocation) : (SourceString?)null;
            var handle = handles.Assign("article", id, explicitHandle, "Articles", HandleNames.ForArticle(article.Id));
            var bucket = ArticleNames.BucketOf(article.Id);
            entries.Add(new ArticleEntry(article.Id, handle, article.Title, article.PublishedDate, article.ClaimCount, bucket, positions[bucket]++));
        }

        var hasErrors = diagnostics.Any(d => d.IsError);
        var spec = new DatasetIndexSpec(
            target,
            registries.Organizations,
            registries.People,
            registries.Places,
            registries.Predicates,
            entries.ToEquatableArray());
        if (!FitsStringHeap(spec, articles, diagnostics))
        {
            spec = spec with { Articles = EquatableArray<ArticleEntry>.Empty };
        }

        return new DatasetIndexResult(spec, hasErrors, diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// Every string literal lands in the assembly's user-string heap, whose offsets are 24-bit
    /// (CS8103 past 2^24 bytes). The registry payload is one unless it is too large for it
    /// (<see cref="Emitting.PayloadLiteral"/>); article payloads are where the target has no UTF-8
    /// literals (older C# or targets), as UTF-8 literals are data, not strings. Past the limit the
    /// articles are left out and reported, so the build fails on a seed-level error, not in generated code.
    /// </summary>
    private static bool FitsStringHeap(DatasetIndexSpec spec, IReadOnlyList<ArticleSummary> articles, List<DiagnosticInfo> diagnostics)
    {
        if (spec.Target.Utf8Literals)
        {
            return true; // Articles are UTF-8 data; the registries are a string only up to PayloadLiteral.StringLimit, well inside the heap.
        }

        long characters = Emitting.RegistryPayloadWriter.Length(spec);
        foreach (var article in articles)
        {
            characters += article.LiteralLength;
        }

        if (characters <= StringHeapLimit)
        {
            return true;
        }

        diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.DatasetTooLarge,
            spec.Target.AttributeLocation,
            (characters / 100_000 / 10.0).ToString("0.0", CultureInfo.InvariantCulture),
            (StringHeapLimit / 100_000 / 10.0).ToString("0.0", CultureInfo.InvariantCulture)));
        return false;
    }
}
