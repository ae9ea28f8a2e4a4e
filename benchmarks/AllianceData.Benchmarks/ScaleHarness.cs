namespace AllianceData.Benchmarks;

/// <summary>The generator scale harness.</summary>
internal static class ScaleHarness
{
    public static int Run(string[] args) => args.Length;
}
