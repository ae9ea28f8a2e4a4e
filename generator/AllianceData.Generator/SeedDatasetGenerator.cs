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
/// Pipeline: per-file parse (cached per file) → over the array of every file, per dataset class,
/// link the registries and pair the articles → link each article on its own → over the array of
/// every linked article, the whole-dataset steps (index, unreferenced entities, contradictions), each
/// over its own small record of every article → emit a main file (handles, registries) and the
/// article files, one per bucket. Source and diagnostics leave through separate outputs, so a
/// diagnostic that moves does not regenerate source.
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
        // Few per-file steps, and the rest over one array of every file: an edit makes the driver rebuild
        // the table of every per-file step it passes through, every entry of it, while a step over the
        // collected array is one entry (docs/benchmarks-history.md, "The fifth session of 2026-12-03: what an edit costs the driver").
        var seedFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => IsSeed(pair.Left, pair.Right)
                ? (File: pair.Left, Resource: pair.Right.GetOptions(pair.Left).TryGetValue(ResourceMetadata, out var resource) ? resource : null)
                : (File: null, Resource: null))
            .WithTrackingName(TrackingNames.SeedFileInputs)
            .Select(static (input, cancellationToken) => input.File is null ? null : SeedFileParser.Parse(input.File.Path, input.File.GetText(cancellationToken), input.Resource))
            .WithTrackingName(TrackingNames.ParsedSeedFiles);

        var allFiles = seedFiles.Collect();

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
        var registries = allFiles
            .Select(static (all, _) => SeedFileSelection.Registries(all))
            .WithTrackingName(TrackingNames.RegistryFiles)
            .Combine(allTargets)
            .Select(static (input, _) => input.Right.Select(target => RegistryLinker.Link(target, input.Left)).ToEquatableArray())
            .WithTrackingName(TrackingNames.RegistryIndexes);

        // Articles: paired by name (cheap, over every article file), then linked one by one, so an
        // edit re-links the article it touches and compares the others by reference.
        var pairings = allFiles
            .Combine(allTargets)
            .Select(static (input, _) => input.Right.Select(target => ArticlePairing.Pair(target, input.Left)).ToEquatableArray())
            .WithTrackingName(TrackingNames.ArticlePairings);

        // Each article with its dataset's registries, made in the one step that lists the articles (a
        // per-article Combine would be one more per-article table to rebuild on every edit).
        var articleInputs = pairings
            .Combine(registries)
            .SelectMany(static (input, _) => LinkInputs(input.Left, input.Right))
            .WithTrackingName(TrackingNames.ArticleInputs);

        var linkedArticles = articleInputs
            .Select(static (input, _) => ArticleLinker.Link(input.Article, input.Registry))
            .WithTrackingName(TrackingNames.LinkedArticles);

        // Every linked article in one array. Each whole-dataset step takes its one small record of every
        // article from it in a loop, and an edit re-runs only those whose records of the edited article
        // it changes: a loop over the array costs an edit far less than a per-article step (and a
        // collect) for each record would.
        var allLinked = linkedArticles.Collect();

        var pairingSummaries = pairings
            .Select(static (all, _) => all.Select(pairing => pairing.Summary).ToEquatableArray())
            .WithTrackingName(TrackingNames.PairingSummaries);

        var indexes = allLinked
            .Select(static (all, _) => all.Project(static article => article.Summary))
            .WithTrackingName(TrackingNames.ArticleSummaries)
            .Combine(registries.Combine(pairingSummaries))
            .SelectMany(static (input, _) => input.Right.Left.Select(registry => DatasetIndexer.Index(
                registry,
                ForTarget(input.Right.Right, registry.Target),
                input.Left.Where(a => a.Target == registry.Target).ToList())))
            .WithTrackingName(TrackingNames.DatasetIndexes);

        var unreferenced = allLinked
            .Select(static (all, _) => all.Project(static article => article.References))
            .WithTrackingName(TrackingNames.ArticleReferences)
            .Combine(registries.Combine(pairingSummaries).Combine(indexes.Select(static (index, _) => new IndexErrors(index.Spec.Target, index.HasErrors)).Collect()))
            .Select(static (input, _) => input.Right.Left.Left.SelectMany(registry => DatasetChecks.Unreferenced(
                registry,
                ForTarget(input.Right.Left.Right, registry.Target),
                input.Right.Right.First(index => index.Target == registry.Target).HasErrors,
                input.Left.Where(a => a.Target == registry.Target).ToList())).ToEquatableArray())
            .WithTrackingName(TrackingNames.UnreferencedCheck);

        var contradictions = allLinked
            .Select(static (all, _) => all.Project(static article => article.Claims))
            .WithTrackingName(TrackingNames.ArticleClaims)
            .Combine(allTargets)
            .Select(static (input, _) => input.Right.SelectMany(target => DatasetChecks.Contradictions(
                input.Left.Where(a => a.Target == target).ToList())).ToEquatableArray())
            .WithTrackingName(TrackingNames.ContradictionCheck);

        // Located apart from the sweep: an edit that only moves text re-runs this lookup, not the sweep.
        var contradictionReports = contradictions
            .Combine(allLinked.Select(static (all, _) => all.Project(static article => article.ClaimLocations)).WithTrackingName(TrackingNames.ArticleClaimLocations))
            .Select(static (input, _) => DatasetChecks.Report(input.Left, input.Right))
            .WithTrackingName(TrackingNames.ContradictionReports);

        var specs = indexes
            .Select(static (result, _) => result.Spec)
            .WithTrackingName(TrackingNames.DatasetSpecs);

        context.RegisterSourceOutput(specs, static (production, spec) =>
            production.AddSource(spec.Target.HintName, SourceText.From(DatasetEmitter.Emit(spec), Encoding.UTF8)));

        // Article loaders, keyed by the location-free spec, in a bounded number of bucket files: an
        // edit re-emits the one bucket of the article it touches; the others stay Cached.
        var articleSources = allLinked
            .Combine(indexes.Collect())
            .Select(static (input, _) => ArticleBucketing.Sources(input.Left, input.Right))
            .WithTrackingName(TrackingNames.ArticleSources);

        var buckets = articleSources
            .SelectMany(static (all, _) => ArticleBucketing.Buckets(all))
            .WithTrackingName(TrackingNames.ArticleBuckets);

        context.RegisterSourceOutput(buckets, static (production, bucket) =>
            production.AddSource(ArticleNames.HintFor(bucket.Target, bucket.Bucket), SourceText.From(ArticleEmitter.Emit(bucket), Encoding.UTF8)));

        // Diagnostics: each file's own problems once, then each step's, and misuse of the attribute.
        context.RegisterSourceOutput(allFiles.Select(static (all, _) => SeedFileSelection.Diagnostics(all)), ReportAll);
        context.RegisterSourceOutput(registries.Select(static (all, _) => all.SelectMany(r => r.Diagnostics).ToEquatableArray()), ReportAll);
        context.RegisterSourceOutput(pairings.Select(static (all, _) => all.SelectMany(p => p.Diagnostics).ToEquatableArray()), ReportAll);
        context.RegisterSourceOutput(allLinked.Select(static (all, _) => all.SelectMany(article => article.Diagnostics).ToEquatableArray()), ReportAll);
        context.RegisterSourceOutput(indexes.Select(static (index, _) => index.Diagnostics), ReportAll);
        context.RegisterSourceOutput(unreferenced, ReportAll);
        context.RegisterSourceOutput(contradictionReports, ReportAll);
        context.RegisterSourceOutput(
            targets.Where(static t => t.Diagnostic is not null).Select(static (t, _) => new[] { t.Diagnostic! }.ToEquatableArray()),
            ReportAll);
    }

    /// <summary>Every dataset's articles, each with its dataset's registries.</summary>
    private static ImmutableArray<LinkInput> LinkInputs(EquatableArray<PairedArticles> pairings, EquatableArray<RegistryIndex> registries)
    {
        var inputs = ImmutableArray.CreateBuilder<LinkInput>(pairings.Sum(pairing => pairing.Articles.Count));
        foreach (var pairing in pairings)
        {
            var registry = ForTarget(registries, pairing.Target);
            foreach (var article in pairing.Articles)
            {
                inputs.Add(new LinkInput(article, registry));
            }
        }

        return inputs.MoveToImmutable();
    }

    private static RegistryIndex ForTarget(EquatableArray<RegistryIndex> perTarget, DatasetTarget target) =>
        perTarget.First(r => r.Target == target);

    private static PairingSummary ForTarget(EquatableArray<PairingSummary> perTarget, DatasetTarget target) =>
        perTarget.First(p => p.Target == target);

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
