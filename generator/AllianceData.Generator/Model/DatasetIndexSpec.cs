namespace AllianceData.Generator.Model;

/// <summary>An article as the dataset's main file names it: its handle, its loader, and what its XML doc says.</summary>
/// <param name="LoaderName">The method of the article's own file that returns its seed.</param>
internal sealed record ArticleEntry(string Id, string Handle, string Title, string PublishedDate, int ClaimCount, string LoaderName);

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

/// <summary>One article as its loader method is written: in the file of its bucket.</summary>
internal sealed record ArticleSource(DatasetTarget Target, string LoaderName, int Bucket, ArticleSpec Article);

/// <summary>
/// The emitter's input for one file of article loaders: the articles whose IDs hash to one bucket.
/// A fixed number of buckets keeps the number of generated files bounded (the compiler checks each
/// new file's name against all earlier ones) while an edit re-emits one bucket's few articles.
/// </summary>
internal sealed record ArticleBucket(DatasetTarget Target, string HintName, EquatableArray<ArticleSource> Articles);

/// <summary>The whole-dataset step's result: the main file to emit, whether its articles get their files, and what to report.</summary>
/// <param name="ArticlesFit">False when the articles are left out (ALD0024): their files are not emitted either.</param>
internal sealed record DatasetIndexResult(DatasetIndexSpec Spec, bool ArticlesFit, EquatableArray<DiagnosticInfo> Diagnostics)
{
    private readonly Memo<System.Collections.Generic.Dictionary<string, string>> _loaders = new();

    /// <summary>The loader method of the article with this ID, or null when the dataset does not list it.</summary>
    public string? LoaderName(string articleId) =>
        _loaders.GetOrCreate(() => System.Linq.Enumerable.ToDictionary(Spec.Articles, a => a.Id, a => a.LoaderName, System.StringComparer.Ordinal))
            .TryGetValue(articleId, out var name) ? name : null;
}
