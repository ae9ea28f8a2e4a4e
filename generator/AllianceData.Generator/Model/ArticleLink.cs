namespace AllianceData.Generator.Model;

/// <summary>One article of one dataset: its annotation and its text, paired by folder and file name.</summary>
internal sealed record ArticleInput(DatasetTarget Target, string Id, SeedFile Annotation, SeedFile Text);

/// <summary>
/// What the whole-dataset step needs of a claim to compare it with the claims of other articles
/// (ALD0023), and where to report it.
/// </summary>
internal sealed record CheckedClaim(ClaimSpec Claim, LocationInfo Location);

/// <summary>
/// One article linked against its dataset's registries: the location-free spec to emit, the name
/// it asks for as a handle (assigned across all articles later), and what the whole-dataset checks need.
/// </summary>
/// <param name="Spec">The article's data; <see cref="ArticleSpec.Handle"/> is the requested handle, before collisions are resolved.</param>
/// <param name="HandleLocation">Where the requested handle is written: the explicit <c>handle</c>, else the start of the file.</param>
/// <param name="HasExplicitHandle">Whether the annotation names its handle (otherwise it comes from the file name).</param>
/// <param name="Referenced">Entity IDs the article refers to, for the unreferenced-entity check.</param>
/// <param name="SingleValuedClaims">Claims with a single-valued predicate, for the contradiction check.</param>
/// <param name="HasErrors">Whether the article or its files have errors, so the dataset is not clean.</param>
/// <param name="LiteralLength">The characters its payload adds to the assembly's user-string heap: its length where it is emitted as a string literal, 0 as a UTF-8 literal.</param>
internal sealed record ArticleResult(
    DatasetTarget Target,
    ArticleSpec Spec,
    LocationInfo HandleLocation,
    bool HasExplicitHandle,
    EquatableArray<string> Referenced,
    EquatableArray<CheckedClaim> SingleValuedClaims,
    bool HasErrors,
    int LiteralLength,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The pairing of a dataset's article files: the articles to link, and the orphans and duplicates reported.</summary>
/// <param name="Empty">Whether the dataset has no article file at all.</param>
/// <param name="HasErrors">Whether any article file, or the pairing, has an error (then the dataset is not clean).</param>
internal sealed record PairedArticles(DatasetTarget Target, EquatableArray<ArticleInput> Articles, bool Empty, bool HasErrors, EquatableArray<DiagnosticInfo> Diagnostics);
