namespace AllianceData.Generator.Model;

/// <summary>One article of one dataset: its annotation and its text, paired by folder and file name.</summary>
internal sealed record ArticleInput(DatasetTarget Target, string Id, SeedFile Annotation, SeedFile Text);

/// <summary>What linking one article reads: the article, and its dataset's registries.</summary>
internal sealed record LinkInput(ArticleInput Article, RegistryIndex Registry);

/// <summary>
/// One article linked against its dataset's registries: the location-free spec to emit, and, each
/// in a record of its own, what each whole-dataset step reads of it. The pipeline hands each step
/// only its record, so an edit that leaves a record equal leaves that step Cached.
/// </summary>
/// <param name="Spec">The article's data; <see cref="ArticleSpec.Handle"/> is the requested handle, before collisions are resolved.</param>
/// <param name="Summary">What the dataset index lists of it.</param>
/// <param name="References">What the unreferenced-entity check reads of it.</param>
/// <param name="Claims">What the contradiction check reads of it.</param>
/// <param name="ClaimLocations">Where its single-valued claims are written, to report a contradiction the check finds.</param>
internal sealed record ArticleResult(
    DatasetTarget Target,
    ArticleSpec Spec,
    ArticleSummary Summary,
    ArticleReferences References,
    ArticleClaims Claims,
    ArticleClaimLocations ClaimLocations,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>What the dataset index needs of an article: its entry, and the handle it asks for (assigned across all articles there).</summary>
/// <param name="RequestedHandle">The handle it asks for: the explicit <c>handle</c>, else one made from the file name.</param>
/// <param name="HandleLocation">Where the requested handle is written: the explicit <c>handle</c>, else the start of the file.</param>
/// <param name="HasExplicitHandle">Whether the annotation names its handle (otherwise it comes from the file name).</param>
/// <param name="LiteralLength">The characters its payload adds to the assembly's user-string heap: its length where it is emitted as a string literal, 0 as a UTF-8 literal.</param>
internal sealed record ArticleSummary(
    DatasetTarget Target,
    string Id,
    string RequestedHandle,
    LocationInfo HandleLocation,
    bool HasExplicitHandle,
    string Title,
    string PublishedDate,
    int ClaimCount,
    int LiteralLength);

/// <summary>What the unreferenced-entity check (ALD0021) needs of an article.</summary>
/// <param name="Referenced">The ordinals (<see cref="RegistryEntity.Ordinal"/>) of the entities the article refers to: they change with the registries, and so does every article's link.</param>
/// <param name="HasErrors">Whether the article or its files have errors, so the dataset is not clean and the check does not run.</param>
internal sealed record ArticleReferences(DatasetTarget Target, EquatableArray<int> Referenced, bool HasErrors);

/// <summary>
/// What the contradiction check (ALD0023) needs of an article: when it was published, and its
/// claims with a single-valued predicate, each as only what the check compares. Location-free, so an
/// edit that only moves text leaves it equal, and so does one of a claim's modality, attribution,
/// time, place, note or evidence.
/// </summary>
internal sealed record ArticleClaims(DatasetTarget Target, string ArticleId, DateEntry Published, EquatableArray<ComparedClaim> SingleValued);

/// <summary>A claim as the contradiction check compares it: what it says of what, and its ID to name it by.</summary>
internal sealed record ComparedClaim(string Id, string Subject, string Predicate, ClaimObjectSpec Object);

/// <summary>Where each of <see cref="ArticleClaims.SingleValued"/> is written (its <c>id</c>), in the same order.</summary>
internal sealed record ArticleClaimLocations(DatasetTarget Target, string ArticleId, EquatableArray<LocationInfo> SingleValued);

/// <summary>Two claims that cannot both hold, as the contradiction check finds them: by article and place, located only when reported.</summary>
/// <param name="Index">The claim's place in its article's <see cref="ArticleClaims.SingleValued"/>.</param>
/// <param name="Reason">Why the values cannot both hold.</param>
internal sealed record Contradiction(DatasetTarget Target, string ArticleId, int Index, string ClaimId, string OtherArticleId, int OtherIndex, string OtherClaimId, string Predicate, string Reason);

/// <summary>The pairing of a dataset's article files: the articles to link, and the orphans and duplicates reported.</summary>
/// <param name="Empty">Whether the dataset has no article file at all.</param>
/// <param name="HasErrors">Whether any article file, or the pairing, has an error (then the dataset is not clean).</param>
internal sealed record PairedArticles(DatasetTarget Target, EquatableArray<ArticleInput> Articles, bool Empty, bool HasErrors, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>What the whole-dataset steps read of the pairing; unlike the pairing, it stays equal when an article's content changes.</summary>
    public PairingSummary Summary => new(Target, Empty, HasErrors);
}

/// <summary>Of a dataset's article pairing, what the whole-dataset steps read.</summary>
/// <param name="Empty">Whether the dataset has no article file at all.</param>
/// <param name="HasErrors">Whether any article file, or the pairing, has an error.</param>
internal sealed record PairingSummary(DatasetTarget Target, bool Empty, bool HasErrors);
