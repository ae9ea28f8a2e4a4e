using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace AllianceData.Benchmarks;

/// <summary>
/// The least any seed generator can do through Roslyn: take every additional file the driver hands
/// it, parse the JSON ones with <see cref="JsonDocument"/> (the bare parse), and add one small
/// source. Run through the same driver, options and files as the real generator, it measures the
/// floor of the pipeline itself: the driver's per-file bookkeeping plus the bare parse. Never
/// loaded by a compiler (no [Generator]), only handed to a driver by the scale harness.
/// </summary>
#pragma warning disable RS1036, RS1041 // an in-process measurement, not a compiler extension
internal sealed class FloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var parsed = context.AdditionalTextsProvider.Select(static (file, cancellationToken) =>
        {
            var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
            if (!file.Path.EndsWith(".json", StringComparison.Ordinal))
            {
                return text.Length;
            }

            using var document = JsonDocument.Parse(Encoding.UTF8.GetBytes(text));
            return document.RootElement.TopLevelCount();
        });

        context.RegisterSourceOutput(parsed.Collect(), static (output, counts) =>
            output.AddSource("Floor.g.cs", $"// {counts.Length} files, {counts.Sum()} top-level values or characters"));
    }
}
#pragma warning restore RS1036, RS1041

internal static class JsonElementCounts
{
    /// <summary>Touches the parsed root so the parse cannot be skipped as unused.</summary>
    public static int TopLevelCount(this JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.GetArrayLength() : element.EnumerateObject().Count();
}
