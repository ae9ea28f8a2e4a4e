namespace AllianceData.Generator;

/// <summary>Names of the pipeline steps, so tests can assert each step's Cached/Unchanged/Modified reasons.</summary>
internal static class TrackingNames
{
    public const string SeedFileInputs = nameof(SeedFileInputs);
    public const string ParsedSeedFiles = nameof(ParsedSeedFiles);
    public const string DatasetTargets = nameof(DatasetTargets);
    public const string ProjectDirectory = nameof(ProjectDirectory);
    public const string AllTargets = nameof(AllTargets);
    public const string RegistryIndexes = nameof(RegistryIndexes);
    public const string ArticlePairings = nameof(ArticlePairings);
    public const string ArticleInputs = nameof(ArticleInputs);
    public const string LinkedArticles = nameof(LinkedArticles);
    public const string DatasetIndexes = nameof(DatasetIndexes);
    public const string DatasetSpecs = nameof(DatasetSpecs);
    public const string ArticleSources = nameof(ArticleSources);
    public const string ArticleBuckets = nameof(ArticleBuckets);
}
