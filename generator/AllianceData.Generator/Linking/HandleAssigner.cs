using System;
using System.Collections.Generic;
using AllianceData.Generator.Diagnostics;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Linking;

/// <summary>
/// Gives every entity, predicate and article its C# property name, within its group class, and
/// reports names that are not identifiers or that collide.
/// </summary>
internal sealed class HandleAssigner
{
    /// <summary>Names each group class already declares, or that C# forbids (a member named like its class).</summary>
    private static readonly string[] ReservedNames = { "All" };

    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly Dictionary<(string Group, string Name), string> _taken = new();
    private int _fallbackCounter;

    public HandleAssigner(List<DiagnosticInfo> diagnostics) => _diagnostics = diagnostics;

    public string Assign(string kind, SourceString id, SourceString? explicitHandle, string group, string? defaultName = null)
    {
        var name = explicitHandle?.Value ?? defaultName ?? HandleNames.ToPascalCase(id.Value);
        var location = explicitHandle?.Location ?? id.Location;
        if (!HandleNames.IsUsable(name) || Array.IndexOf(ReservedNames, name) >= 0 || name == group)
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidHandle, location, kind, id.Value, name));
            return Fallback();
        }

        if (_taken.TryGetValue((group, name), out var firstId))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.HandleCollision, location, kind + " IDs", firstId, id.Value, name));
            return Fallback();
        }

        _taken.Add((group, name), id.Value);
        return name;
    }

    /// <summary>A placeholder name for an entry whose name was reported: the build fails on the error, and this keeps the generated code compilable.</summary>
    private string Fallback() => "__InvalidHandle" + _fallbackCounter++;
}
