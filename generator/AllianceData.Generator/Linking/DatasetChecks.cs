using System.Collections.Generic;
using System.Linq;
using AllianceData.Generator.Diagnostics;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Linking;

/// <summary>
/// The whole-dataset checks that compare what articles say: each reads one small record per
/// article (<see cref="ArticleReferences"/>, <see cref="ArticleClaims"/>), so the pipeline runs
/// each as a step of its own that an edit leaving those records equal does not re-run.
/// Linear in the number of references and claims.
/// </summary>
internal static class DatasetChecks
{
    /// <summary>
    /// ALD0021, only on a clean dataset: an entity nothing refers to is worth a warning only when
    /// no error has hidden the references that might have reached it.
    /// </summary>
    /// <param name="handleErrors">Whether the dataset index reported an error (<see cref="DatasetIndexResult.HasErrors"/>).</param>
    public static EquatableArray<DiagnosticInfo> Unreferenced(RegistryIndex registries, PairingSummary pairing, bool handleErrors, IReadOnlyList<ArticleReferences> articles)
    {
        var clean = !registries.Incomplete && !registries.Diagnostics.Any(d => d.IsError) && !pairing.HasErrors && !handleErrors && !articles.Any(a => a.HasErrors);
        if (!clean)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        // By ordinal: what an article refers to is a list of its entities' places in the registries.
        var referenced = new bool[registries.Entities.Count];
        foreach (var ordinal in registries.ReferencedByRegistries)
        {
            referenced[ordinal] = true;
        }

        foreach (var article in articles)
        {
            foreach (var ordinal in article.Referenced)
            {
                referenced[ordinal] = true;
            }
        }

        var diagnostics = new List<DiagnosticInfo>();
        foreach (var entity in registries.Entities)
        {
            if (!referenced[entity.Ordinal])
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreferencedEntity, entity.Location, entity.Kind, entity.Id));
            }
        }

        return diagnostics.ToEquatableArray();
    }

    /// <summary>
    /// ALD0023: claims of articles reported at the same time that cannot both hold, found over
    /// location-free claims (an edit that only moves text does not re-run the sweep), then located.
    /// </summary>
    public static EquatableArray<Contradiction> Contradictions(IReadOnlyList<ArticleClaims> articles)
    {
        var claims = new List<(ArticleClaims, int)>();
        foreach (var article in articles)
        {
            for (var i = 0; i < article.SingleValued.Count; i++)
            {
                claims.Add((article, i));
            }
        }

        return ContradictionCheck.Find(claims).ToEquatableArray();
    }

    /// <summary>The contradictions found, each at its claim with the other as an additional location.</summary>
    public static EquatableArray<DiagnosticInfo> Report(EquatableArray<Contradiction> contradictions, IReadOnlyList<ArticleClaimLocations> articles)
    {
        if (contradictions.Count == 0)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        // By dataset and ID: two datasets of one project may each have an article of the same name.
        var locations = new Dictionary<(DatasetTarget, string), ArticleClaimLocations>();
        foreach (var article in articles)
        {
            locations[(article.Target, article.ArticleId)] = article;
        }

        var diagnostics = new List<DiagnosticInfo>(contradictions.Count);
        foreach (var found in contradictions)
        {
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticDescriptors.ContradictingClaims,
                locations[(found.Target, found.ArticleId)].SingleValued[found.Index],
                new[] { found.ArticleId + "#" + found.ClaimId, found.OtherArticleId + "#" + found.OtherClaimId, found.Predicate, found.Reason }.ToEquatableArray(),
                locations[(found.Target, found.OtherArticleId)].SingleValued[found.OtherIndex]));
        }

        return diagnostics.ToEquatableArray();
    }
}
