using System.Collections.Immutable;
using System.Linq;
using AllianceData.Generator.Emitting;
using AllianceData.Generator.Linking;
using AllianceData.Generator.Model;
using AllianceData.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Encoding = System.Text.Encoding;

namespace AllianceData.Generator;

/// <summary>
/// Turns seed folders (article texts, JSON annotations, registries) into typed datasets.
/// Pipeline: per-file parse (cached per file) → per dataset class, link the registries, pair the
/// articles and link each article on its own → whole-dataset steps (index, unreferenced entities,
/// contradictions), each over its own small record of every article → emit a main file (handles,
/// registries) and the article files, one per bucket. Source and diagnostics leave through separate
/// outputs, so a diagnostic that moves does not regenerate source.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SeedDatasetGenerator : IIncrementalGenerator
{
    /// <summary>AdditionalFiles metadata that marks a seed file, set by the package's MSBuild targets.</summary>
    public const string SeedMetadata = "build_metadata.AdditionalFiles.AllianceDataSeed";

    /// <summary>AdditionalFiles metadata naming the manifest resource an article text is also embedded as, set by the package's MSBuild targets.</summary>
    public const string ResourceMetadata = "build_metadata.AdditionalFiles.AllianceDataResource";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var seedFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsSeed(pair.Left, pair.Right))
            .Select(static (pair, _) => (File: pair.Left, Resource: pair.Right.GetOptions(pair.Left).TryGetValue(ResourceMetadata, out var resource) ? resource : null))
            .WithTrackingName(TrackingNames.SeedFileInputs)
            .Select(static (input, cancellationToken) => SeedFileParser.Parse(input.File.Path, input.File.GetText(cancellationToken), input.Resource))
            .WithTrackingName(TrackingNames.ParsedSeedFiles);

        var projectDirectory = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.ProjectDir", out var dir) && dir.Length > 0 ? dir : null)
            .WithTrackingName(TrackingNames.ProjectDirectory);

        var targets = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                DatasetTargetReader.AttributeName,
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax,
                static (syntaxContext, _) => DatasetTargetReader.Read(syntaxContext))
            .WithTrackingName(TrackingNames.DatasetTargets);

        var allTargets = targets
            .Where(static t => t.Target is not null)
            .Select(static (t, _) => t.Target!)
            .Collect()
            .Combine(projectDirectory)
            .Select(static (input, _) => input.Left.Select(t => t with { ProjectDirectory = input.Right }).ToEquatableArray())
            .WithTrackingName(TrackingNames.AllTargets);

        // Registries: re-linked only when a registry file or a dataset class changes.
        var registries = seedFiles
            .Where(static file => file.Kind.IsRegistry())
            .Collect()
            .Combine(allTargets)
            .Select(static (input, _) => input.Right.Select(target => RegistryLinker.Link(target, input.Left)).ToEquatableArray())
            .WithTrackingName(TrackingNames.RegistryIndexes);

        // Articles: paired by name (cheap, over every article file), then linked one by one, so an
        // edit re-links the article it touches and compares the others by reference.
        var pairings = seedFiles
            .Where(static file => !file.Kind.IsRegistry())
            .Collect()
            .Combine(allTargets)
            .Select(static (input, _) => input.Right.Select(target => ArticlePairing.Pair(target, input.Left)).ToEquatableArray())
            .WithTrackingName(TrackingNames.ArticlePairings);

        var articleInputs = pairings
            .SelectMany(static (all, _) => all.Count == 1 ? all[0].Articles.AsImmutableArray() : all.SelectMany(pairing => pairing.Articles).ToImmutableArray()) // one dataset (the usual case): its array as it is, no copy
            .WithTrackingName(TrackingNames.ArticleInputs);

        var linkedArticles = articleInputs
            .Combine(registries)
            .Select(static (input, _) => ArticleLinker.Link(input.Left, ForTarget(input.Right, input.Left.Target)))
            .WithTrackingName(TrackingNames.LinkedArticles);

        // The whole-dataset steps, each over the one small record per article it reads: an edit
        // re-runs only those whose record of the edited article it changes.
        var pairingSummaries = pairings
            .Select(static (all, _) => all.Select(pairing => pairing.Summary).ToEquatableArray())
            .WithTrackingName(TrackingNames.PairingSummaries);

        var indexes = linkedArticles
            .Select(static (article, _) => article.Summary)
            .WithTrackingName(TrackingNames.ArticleSummaries)
            .Collect()
            .Combine(registries.Combine(pairingSummaries))
            .SelectMany(static (input, _) => input.Right.Left.Select(registry => DatasetIndexer.Index(
                registry,
                ForTarget(input.Right.Right, registry.Target),
                input.Left.Where(a => a.Target == registry.Target).ToList())))
            .WithTrackingName(TrackingNames.DatasetIndexes);

        var unreferenced = linkedArticles
            .Select(static (article, _) => article.References)
            .WithTrackingName(TrackingNames.ArticleReferences)
            .Collect()
            .Combine(registries.Combine(pairingSummaries).Combine(indexes.Select(static (index, _) => new IndexErrors(index.Spec.Target, index.HasErrors)).Collect()))
            .Select(static (input, _) => input.Right.Left.Left.SelectMany(registry => DatasetChecks.Unreferenced(
                registry,
                ForTarget(input.Right.Left.Right, registry.Target),
                input.Right.Right.First(index => index.Target == registry.Target).HasErrors,
                input.Left.Where(a => a.Target == registry.Target).ToList())).ToEquatableArray())
            .WithTrackingName(TrackingNames.UnreferencedCheck);

        var contradictions = linkedArticles
            .Select(static (article, _) => article.Claims)
            .WithTrackingName(TrackingNames.ArticleClaims)
            .Collect()
            .Combine(allTargets)
            .Select(static (input, _) => input.Right.SelectMany(target => DatasetChecks.Contradictions(
                input.Left.Where(a => a.Target == target).ToList())).ToEquatableArray())
            .WithTrackingName(TrackingNames.ContradictionCheck);

        // Located apart from the sweep: an edit that only moves text re-runs this lookup, not the sweep.
        var contradictionReports = contradictions
            .Combine(linkedArticles.Select(static (article, _) => article.ClaimLocations).WithTrackingName(TrackingNames.ArticleClaimLocations).Collect())
            .Select(static (input, _) => DatasetChecks.Report(input.Left, input.Right))
            .WithTrackingName(TrackingNames.ContradictionReports);

        var specs = indexes
            .Select(static (result, _) => result.Spec)
            .WithTrackingName(TrackingNames.DatasetSpecs);

        context.RegisterSourceOutput(specs, static (production, spec) =>
            production.AddSource(spec.Target.HintName, SourceText.From(DatasetEmitter.Emit(spec), Encoding.UTF8)));

        // Article loaders, keyed by the location-free spec, in a bounded number of bucket files: an
        // edit re-emits the one bucket of the article it touches; the others stay Cached.
        var articleSources = linkedArticles
            .Combine(indexes.Collect())
            .Select(static (input, _) => ArticleSourceFor(input.Left, input.Right))
            .Where(static source => source is not null)
            .WithTrackingName(TrackingNames.ArticleSources);

        var buckets = articleSources
            .Collect()
            .SelectMany(static (all, _) => all
                .GroupBy(source => (source!.Target, source.Bucket))
                .OrderBy(group => group.Key.Target.HintName, System.StringComparer.Ordinal)
                .ThenBy(group => group.Key.Bucket)
                .Select(group => new ArticleBucket(group.Key.Target, group.Key.Bucket, group.Select(s => s!).OrderBy(s => s.Position).ToEquatableArray())))
            .WithTrackingName(TrackingNames.ArticleBuckets);

        context.RegisterSourceOutput(buckets, static (production, bucket) =>
            production.AddSource(ArticleNames.HintFor(bucket.Target, bucket.Bucket), SourceText.From(ArticleEmitter.Emit(bucket), Encoding.UTF8)));

        // Diagnostics: each file's own problems once, then each step's, and misuse of the attribute.
        context.RegisterSourceOutput(seedFiles.Select(static (file, _) => file.Diagnostics), ReportAll);
        context.RegisterSourceOutput(registries.Select(static (all, _) => all.SelectMany(r => r.Diagnostics).ToEquatableArray()), ReportAll);
        context.RegisterSourceOutput(pairings.Select(static (all, _) => all.SelectMany(p => p.Diagnostics).ToEquatableArray()), ReportAll);
        context.RegisterSourceOutput(linkedArticles.Select(static (article, _) => article.Diagnostics), ReportAll);
        context.RegisterSourceOutput(indexes.Select(static (index, _) => index.Diagnostics), ReportAll);
        context.RegisterSourceOutput(unreferenced, ReportAll);
        context.RegisterSourceOutput(contradictionReports, ReportAll);
        context.RegisterSourceOutput(
            targets.Where(static t => t.Diagnostic is not null).Select(static (t, _) => new[] { t.Diagnostic! }.ToEquatableArray()),
            ReportAll);
    }

    private static RegistryIndex ForTarget(EquatableArray<RegistryIndex> perTarget, DatasetTarget target) =>
        perTarget.First(r => r.Target == target);

    private static PairingSummary ForTarget(EquatableArray<PairingSummary> perTarget, DatasetTarget target) =>
        perTarget.First(p => p.Target == target);

    /// <summary>The article's loader, named as its dataset's index names it; null when the dataset leaves its articles out (ALD0024).</summary>
    private static ArticleSource? ArticleSourceFor(ArticleResult article, ImmutableArray<DatasetIndexResult> indexes)
    {
        foreach (var index in indexes)
        {
            if (index.Spec.Target == article.Target)
            {
                return index.Entry(article.Spec.Id) is { } entry
                    ? new ArticleSource(article.Target, entry.Bucket, entry.Position, article.Spec)
                    : null;
            }
        }

        return null;
    }

    private static bool IsSeed(AdditionalText file, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider options) =>
        SeedFileParser.IsSeedFileName(file.Path) &&
        options.GetOptions(file).TryGetValue(SeedMetadata, out var isSeed) &&
        string.Equals(isSeed, "true", System.StringComparison.OrdinalIgnoreCase);

    private static void ReportAll(SourceProductionContext production, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            production.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
