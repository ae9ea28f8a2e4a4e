namespace AllianceData.Generator;

/// <summary>Identity of the generator, stamped into [GeneratedCode] attributes.</summary>
internal static class GeneratorInfo
{
    public const string Name = "AllianceData.Generator";

    /// <summary>Kept in step with the package version so generated code says what made it.</summary>
    public const string Version = "0.1.0";
}
