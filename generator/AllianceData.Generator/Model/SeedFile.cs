namespace AllianceData.Generator.Model;

internal enum SeedFileKind
{
    ArticleText,
    ArticleAnnotation,
    Organizations,
    People,
    Places,
    Predicates,
}

/// <summary>Which seed files are registries, and which are articles.</summary>
internal static class SeedFileKinds
{
    public static bool IsRegistry(this SeedFileKind kind) => kind is not (SeedFileKind.ArticleText or SeedFileKind.ArticleAnnotation);
}

/// <summary>
/// One seed file after the per-file parse step: its kind, its content in typed form and the
/// problems found in it alone. Compared by value, so an unchanged file stays Cached downstream.
/// <see cref="TextResource"/>: for an article text the build also embeds in the assembly (the
/// package's MSBuild targets do), the manifest resource name generated code reads it from.
/// </summary>
/// <param name="PairKey">What pairs an article text with its annotation: the path without its extension, with one separator for all. Made once here, because the pairing reads it for every article file on every edit.</param>
internal sealed record SeedFile(
    string Path,
    string Name,
    SeedFileKind Kind,
    string PairKey,
    string? ArticleText,
    ArticleAnnotation? Annotation,
    EquatableArray<OrganizationEntry> Organizations,
    EquatableArray<PersonEntry> People,
    EquatableArray<PlaceEntry> Places,
    EquatableArray<PredicateEntry> Predicates,
    EquatableArray<DiagnosticInfo> Diagnostics,
    string? TextResource = null);
