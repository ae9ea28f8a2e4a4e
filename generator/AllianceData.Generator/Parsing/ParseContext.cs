using System.Collections.Generic;
using AllianceData.Generator.Diagnostics;
using AllianceData.Generator.Model;
using Microsoft.CodeAnalysis;

namespace AllianceData.Generator.Parsing;

/// <summary>What a file parser needs: positions for locations, and a place to put diagnostics.</summary>
internal sealed class ParseContext
{
    private readonly List<DiagnosticInfo> _diagnostics = new();

    public ParseContext(SeedTextMap map) => Map = map;

    public SeedTextMap Map { get; }

    /// <summary>
    /// The thread's <see cref="Utf8StringTable.References"/>, taken once per document: a thread-static
    /// read for each reference was a few percent of reading a file's models.
    /// </summary>
    public Utf8StringTable References { get; } = Utf8StringTable.References;

    public IReadOnlyList<DiagnosticInfo> Diagnostics => _diagnostics;

    public void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] args) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));

    public void ReportWrongType(JsonNode node, string what, string expected) =>
        Report(DiagnosticDescriptors.WrongType, Map.Locate(node), what, expected, node.KindDescription);

    public void ReportInvalid(JsonNode node, string value, string what, string reason) =>
        Report(DiagnosticDescriptors.InvalidValue, Map.Locate(node), value, what, reason);
}
