using System.IO;
using AllianceData.Generator.Diagnostics;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Linking;

/// <summary>ALD0010 for an ID written twice, pointing at the second and naming the first.</summary>
internal static class Duplicates
{
    public static DiagnosticInfo Report(SourceString duplicate, string kind, string firstOwner, LocationInfo firstLocation) =>
        new(
            DiagnosticDescriptors.DuplicateId,
            duplicate.Location,
            new[] { kind, duplicate.Value, $"{firstOwner} at {Describe(firstLocation)}" }.ToEquatableArray(),
            firstLocation);

    private static string Describe(LocationInfo location) =>
        $"{Path.GetFileName(location.FilePath)}({location.LineSpan.Start.Line + 1},{location.LineSpan.Start.Character + 1})";
}
