using Microsoft.CodeAnalysis;

namespace AllianceData.Generator.Model;

/// <summary>
/// A diagnostic as an equatable value: descriptor, location and message arguments.
/// Created anywhere in the pipeline and turned into a <see cref="Diagnostic"/> only at the output.
/// </summary>
internal sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    LocationInfo? Location,
    EquatableArray<string> MessageArgs,
    LocationInfo? AdditionalLocation = null)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs) =>
        new(descriptor, location, messageArgs.ToEquatableArray());

    public bool IsError => Descriptor.DefaultSeverity == DiagnosticSeverity.Error;

    public Diagnostic ToDiagnostic()
    {
        var additional = AdditionalLocation is { } also ? new[] { also.ToLocation() } : null;
        var args = new object[MessageArgs.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Diagnostics.MessageText.Safe(MessageArgs[i]);
        }

        return Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, additional, args);
    }
}
