using System.Collections.Immutable;
using System.Linq;
using AllianceData.Generator.Emitting;
using AllianceData.Generator.Linking;
using AllianceData.Generator.Model;
using AllianceData.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AllianceData.Generator;

/// <summary>
/// Turns seed folders (article texts, JSON annotations, registries) into typed datasets.
/// Pipeline: per-file parse (cached per file) → link each [SeedDataset] class with all files →
/// emit. Source and diagnostics leave through separate outputs, so a diagnostic that moves does
/// not regenerate source.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SeedDatasetGenerator : IIncrementalGenerator
{
    /// <summary>AdditionalFiles metadata that marks a seed file, set by the package's MSBuild targets.</summary>
    public const string SeedMetadata = "build_metadata.AdditionalFiles.AllianceDataSeed";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var seedFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsSeed(pair.Left, pair.Right))
            .Select(static (pair, _) => pair.Left)
            .WithTrackingName(TrackingNames.SeedFileInputs)
            .Select(static (file, cancellationToken) => SeedFileParser.Parse(file.Path, file.GetText(cancellationToken)))
            .WithTrackingName(TrackingNames.ParsedSeedFiles);

        var allSeedFiles = seedFiles.Collect().WithTrackingName(TrackingNames.AllSeedFiles);

        var projectDirectory = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.ProjectDir", out var dir) && dir.Length > 0 ? dir : null)
            .WithTrackingName(TrackingNames.ProjectDirectory);

        var targets = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                DatasetTargetReader.AttributeName,
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax,
                static (syntaxContext, _) => DatasetTargetReader.Read(syntaxContext))
            .WithTrackingName(TrackingNames.DatasetTargets);

        var linked = targets
            .Where(static t => t.Target is not null)
            .Combine(projectDirectory)
            .Combine(allSeedFiles)
            .Select(static (input, _) => DatasetLinker.Link(input.Left.Left.Target! with { ProjectDirectory = input.Left.Right }, input.Right))
            .WithTrackingName(TrackingNames.LinkedDatasets);

        var specs = linked
            .Select(static (result, _) => result.Spec)
            .WithTrackingName(TrackingNames.DatasetSpecs);

        context.RegisterSourceOutput(specs, static (production, spec) =>
            production.AddSource(spec.Target.HintName, SourceText.From(DatasetEmitter.Emit(spec), System.Text.Encoding.UTF8)));

        // Diagnostics: each file's own problems once, each dataset's link problems, and misuse of the attribute.
        context.RegisterSourceOutput(seedFiles.Select(static (file, _) => file.Diagnostics), ReportAll);
        context.RegisterSourceOutput(linked.Select(static (result, _) => result.Diagnostics), ReportAll);
        context.RegisterSourceOutput(
            targets.Where(static t => t.Diagnostic is not null).Select(static (t, _) => new[] { t.Diagnostic! }.ToEquatableArray()),
            ReportAll);
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
