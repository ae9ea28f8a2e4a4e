namespace AllianceData.Generator;

/// <summary>Names of the pipeline steps, so tests can assert each step's Cached/Unchanged/Modified reasons.</summary>
internal static class TrackingNames
{
    public const string SeedFileInputs = nameof(SeedFileInputs);
    public const string ParsedSeedFiles = nameof(ParsedSeedFiles);
    public const string AllSeedFiles = nameof(AllSeedFiles);
    public const string DatasetTargets = nameof(DatasetTargets);
    public const string ProjectDirectory = nameof(ProjectDirectory);
    public const string LinkedDatasets = nameof(LinkedDatasets);
    public const string DatasetSpecs = nameof(DatasetSpecs);
}
