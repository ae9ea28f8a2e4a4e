using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AllianceData.Generator.Diagnostics;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Linking;

/// <summary>
/// The whole-dataset step, over the registries and the small per-article results: article handles
/// and places in the bucket files, and the checks that compare articles with each other (unreferenced entities,
/// contradicting claims) or with the compiler's limits. Linear in the number of claims.
/// </summary>
internal static class DatasetIndexer
{
    /// <summary>Characters of string literals the user-string heap takes safely: 15 MB of UTF-16, headroom below 2^24 bytes.</summary>
    public const long StringHeapLimit = 7_500_000;

    public static DatasetIndexResult Index(RegistryIndex registries, PairedArticles pairing, IReadOnlyList<ArticleResult> articles)
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
            var linked = article.Spec;
            var id = new SourceString(linked.Id, LocationInfo.StartOf(article.HandleLocation.FilePath));
            var explicitHandle = article.HasExplicitHandle ? new SourceString(linked.Handle, article.HandleLocation) : null;
            var handle = handles.Assign("article", id, explicitHandle, "Articles", HandleNames.ForArticle(linked.Id));
            var bucket = ArticleNames.BucketOf(linked.Id);
            entries.Add(new ArticleEntry(linked.Id, handle, linked.Title, linked.Published.Date.Date, linked.Claims.Count, bucket, positions[bucket]++));
        }

        var clean = !registries.Incomplete && !registries.Diagnostics.Any(d => d.IsError) && !pairing.HasErrors && !articles.Any(a => a.HasErrors) && !diagnostics.Any(d => d.IsError);
        if (clean)
        {
            ReportUnreferenced(registries, articles, diagnostics);
        }

        ReportContradictions(articles, diagnostics);
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

        return new DatasetIndexResult(spec, diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// Every string literal lands in the assembly's user-string heap, whose offsets are 24-bit
    /// (CS8103 past 2^24 bytes). The registry payload is one unless it is too large for it
    /// (<see cref="Emitting.PayloadLiteral"/>); article payloads are where the target has no UTF-8
    /// literals (older C# or targets), as UTF-8 literals are data, not strings. Past the limit the
    /// articles are left out and reported, so the build fails on a seed-level error, not in generated code.
    /// </summary>
    private static bool FitsStringHeap(DatasetIndexSpec spec, IReadOnlyList<ArticleResult> articles, List<DiagnosticInfo> diagnostics)
    {
        if (spec.Target.Utf8Literals)
        {
            return true; // Articles are UTF-8 data; the registries are a string only up to PayloadLiteral.StringLimit, well inside the heap.
        }

        long characters = Emitting.RegistryPayloadWriter.Write(spec).Length;
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

    private static void ReportUnreferenced(RegistryIndex registries, IReadOnlyList<ArticleResult> articles, List<DiagnosticInfo> diagnostics)
    {
        var referenced = new HashSet<string>(registries.ReferencedByRegistries, System.StringComparer.Ordinal);
        foreach (var article in articles)
        {
            referenced.UnionWith(article.Referenced);
        }

        foreach (var entity in registries.Entities.Where(e => !referenced.Contains(e.Id)))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreferencedEntity, entity.Location, entity.Kind, entity.Id));
        }
    }

    private static void ReportContradictions(IReadOnlyList<ArticleResult> articles, List<DiagnosticInfo> diagnostics)
    {
        var claims = new List<(ArticleSpec, CheckedClaim)>();
        foreach (var article in articles)
        {
            foreach (var claim in article.SingleValuedClaims)
            {
                claims.Add((article.Spec, claim));
            }
        }

        foreach (var (claim, articleId, other, otherArticleId, reason) in ContradictionCheck.Find(claims))
        {
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticDescriptors.ContradictingClaims,
                claim.Location,
                new[] { articleId + "#" + claim.Claim.Id, otherArticleId + "#" + other.Claim.Id, claim.Claim.Predicate, reason }.ToEquatableArray(),
                other.Location));
        }
    }
}
