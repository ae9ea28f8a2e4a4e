namespace AllianceData.Generator.Model;

/// <summary>An article as the dataset's main file names it: its handle, its loader, and what its XML doc says.</summary>
/// <param name="Bucket">The bucket file its data is in (<see cref="Linking.ArticleNames.BucketOf"/>).</param>
/// <param name="Position">Its place among the articles of that bucket, which the bucket's loader switches on.</param>
internal sealed record ArticleEntry(string Id, string Handle, string Title, string PublishedDate, int ClaimCount, int Bucket, int Position);

/// <summary>
/// The emitter's input for a dataset's main file: the registries and handles, and one entry per
/// article. An edit inside an article leaves this unchanged, so the main file is not re-emitted.
/// </summary>
internal sealed record DatasetIndexSpec(
    DatasetTarget Target,
    EquatableArray<OrganizationSpec> Organizations,
    EquatableArray<PersonSpec> People,
    EquatableArray<PlaceSpec> Places,
    EquatableArray<PredicateSpec> Predicates,
    EquatableArray<ArticleEntry> Articles);

/// <summary>One article as its bucket's file writes it: its data, and its place in the bucket.</summary>
internal sealed record ArticleSource(DatasetTarget Target, int Bucket, int Position, ArticleSpec Article);

/// <summary>
/// The emitter's input for one file of article loaders: the articles whose IDs hash to one bucket.
/// A fixed number of buckets keeps the number of generated files bounded (the compiler checks each
/// new file's name against all earlier ones) while an edit re-emits one bucket's few articles.
/// </summary>
internal sealed record ArticleBucket(DatasetTarget Target, int Bucket, EquatableArray<ArticleSource> Articles);

/// <summary>
/// The dataset index's result: the main file to emit, and what to report. A dataset that leaves
/// its articles out (ALD0024) lists none, so no article has an <see cref="Entry"/> and none is emitted.
/// </summary>
/// <param name="HasErrors">Whether assigning article handles reported an error (an invalid handle, a collision), so the dataset is not clean; the ALD0024 heap check does not count.</param>
internal sealed record DatasetIndexResult(DatasetIndexSpec Spec, bool HasErrors, EquatableArray<DiagnosticInfo> Diagnostics)
{
    private readonly Memo<System.Collections.Generic.Dictionary<string, ArticleEntry>> _entries = new();

    /// <summary>The entry of the article with this ID, or null when the dataset does not list it.</summary>
    public ArticleEntry? Entry(string articleId) =>
        _entries.GetOrCreate(Spec, static spec => System.Linq.Enumerable.ToDictionary(spec.Articles, a => a.Id, System.StringComparer.Ordinal))
            .TryGetValue(articleId, out var entry) ? entry : null;
}

/// <summary>
/// Whether a dataset's index reported errors: all the unreferenced-entity check reads of the index, so
/// that an index change elsewhere (a title, a handle) leaves that check Cached. A class, not a tuple, so
/// Roslyn's pipeline code is not compiled again for one more value-type shape (see <see cref="EquatableArray{T}"/>).
/// </summary>
internal sealed record IndexErrors(DatasetTarget Target, bool HasErrors);
