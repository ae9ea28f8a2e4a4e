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
    /// ALD0022, only on a clean dataset: an entity nothing refers to is worth a warning only when
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

        var referenced = new HashSet<string>(registries.ReferencedByRegistries, System.StringComparer.Ordinal);
        foreach (var article in articles)
        {
            referenced.UnionWith(article.Referenced);
        }

        var diagnostics = new List<DiagnosticInfo>();
        foreach (var entity in registries.Entities.Where(e => !referenced.Contains(e.Id)))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreferencedEntity, entity.Location, entity.Kind, entity.Id));
        }

        return diagnostics.ToEquatableArray();
    }

    /// <summary>ALD0023: claims of articles reported at the same time that cannot both hold.</summary>
    public static EquatableArray<DiagnosticInfo> Contradictions(IReadOnlyList<ArticleClaims> articles)
    {
        var claims = new List<(ArticleClaims, CheckedClaim)>();
        foreach (var article in articles)
        {
            foreach (var claim in article.SingleValued)
            {
                claims.Add((article, claim));
            }
        }

        var diagnostics = new List<DiagnosticInfo>();
        foreach (var (claim, articleId, other, otherArticleId, reason) in ContradictionCheck.Find(claims))
        {
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticDescriptors.ContradictingClaims,
                claim.Location,
                new[] { articleId + "#" + claim.Claim.Id, otherArticleId + "#" + other.Claim.Id, claim.Claim.Predicate, reason }.ToEquatableArray(),
                other.Location));
        }

        return diagnostics.ToEquatableArray();
    }
}
