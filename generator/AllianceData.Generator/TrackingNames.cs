namespace AllianceData.Generator;

/// <summary>Names of the pipeline steps, so tests can assert each step's Cached/Unchanged/Modified reasons.</summary>
internal static class TrackingNames
{
    public const string SeedFileInputs = nameof(SeedFileInputs);
    public const string ParsedSeedFiles = nameof(ParsedSeedFiles);
    public const string DatasetTargets = nameof(DatasetTargets);
    public const string ProjectDirectory = nameof(ProjectDirectory);
    public const string AllTargets = nameof(AllTargets);
    public const string RegistryFiles = nameof(RegistryFiles);
    public const string RegistryIndexes = nameof(RegistryIndexes);
    public const string ArticlePairings = nameof(ArticlePairings);
    public const string ArticleInputs = nameof(ArticleInputs);
    public const string LinkedArticles = nameof(LinkedArticles);
    public const string PairingSummaries = nameof(PairingSummaries);
    public const string ArticleSummaries = nameof(ArticleSummaries);
    public const string DatasetIndexes = nameof(DatasetIndexes);
    public const string ArticleReferences = nameof(ArticleReferences);
    public const string UnreferencedCheck = nameof(UnreferencedCheck);
    public const string ArticleClaims = nameof(ArticleClaims);
    public const string ContradictionCheck = nameof(ContradictionCheck);
    public const string ArticleClaimLocations = nameof(ArticleClaimLocations);
    public const string ContradictionReports = nameof(ContradictionReports);
    public const string DatasetSpecs = nameof(DatasetSpecs);
    public const string ArticleSources = nameof(ArticleSources);
    public const string ArticleBuckets = nameof(ArticleBuckets);
}
