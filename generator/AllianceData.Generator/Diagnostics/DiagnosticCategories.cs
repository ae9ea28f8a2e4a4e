namespace AllianceData.Generator.Diagnostics;

/// <summary>Categories shown beside each diagnostic ID; they group rules in .editorconfig and the IDE.</summary>
internal static class DiagnosticCategories
{
    public const string Json = "AllianceData.Json";
    public const string Schema = "AllianceData.Schema";
    public const string References = "AllianceData.References";
    public const string Evidence = "AllianceData.Evidence";
    public const string Values = "AllianceData.Values";
    public const string Naming = "AllianceData.Naming";
    public const string Files = "AllianceData.Files";
    public const string Usage = "AllianceData.Usage";
}
