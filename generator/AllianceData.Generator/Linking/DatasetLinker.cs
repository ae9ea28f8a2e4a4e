using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AllianceData.Generator.Model;
using AllianceData.Generator.Parsing;

namespace AllianceData.Generator.Linking;

/// <summary>
/// Every link step for one dataset in one call, as the pipeline runs them one by one: registries,
/// article pairing, each article, then the whole-dataset checks. For callers outside the
/// incremental pipeline (the CLI's validate command, tests) that want the whole linked dataset.
/// </summary>
internal static class DatasetLinker
{
    public static DatasetResult Link(DatasetTarget target, ImmutableArray<SeedFile> allFiles)
    {
        var registries = RegistryLinker.Link(target, allFiles.Where(f => f.Kind.IsRegistry()));
        var pairing = ArticlePairing.Pair(target, ImmutableArray<SeedFile?>.CastUp(allFiles));
        var articles = pairing.Articles.Select(input => ArticleLinker.Link(input, registries)).ToList();
        var index = DatasetIndexer.Index(registries, pairing.Summary, articles.Select(a => a.Summary).ToList());

        var handles = index.Spec.Articles.ToDictionary(a => a.Id, a => a.Handle, System.StringComparer.Ordinal);
        var spec = new DatasetSpec(
            target,
            registries.Organizations,
            registries.People,
            registries.Places,
            registries.Predicates,
            articles.Where(a => handles.ContainsKey(a.Spec.Id)).Select(a => a.Spec with { Handle = handles[a.Spec.Id] }).ToEquatableArray());
        var diagnostics = new List<DiagnosticInfo>(registries.Diagnostics);
        diagnostics.AddRange(pairing.Diagnostics);
        diagnostics.AddRange(articles.SelectMany(a => a.Diagnostics));
        diagnostics.AddRange(index.Diagnostics);
        diagnostics.AddRange(DatasetChecks.Unreferenced(registries, pairing.Summary, index.HasErrors, articles.Select(a => a.References).ToList()));
        diagnostics.AddRange(DatasetChecks.Report(DatasetChecks.Contradictions(articles.Select(a => a.Claims).ToList()), articles.Select(a => a.ClaimLocations).ToList()));
        return new DatasetResult(spec, diagnostics.ToEquatableArray());
    }
}
