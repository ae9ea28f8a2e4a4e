using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllianceData.Cli.Export;

/// <summary>
/// System.Text.Json metadata for the export records, generated at compile time: camelCase, nulls written,
/// fields in declaration order. Reading is strict: a missing field or a null where the model has none fails.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(ArticleRecord))]
[JsonSerializable(typeof(OrganizationRecord))]
[JsonSerializable(typeof(PersonRecord))]
[JsonSerializable(typeof(PlaceRecord))]
[JsonSerializable(typeof(PredicateRecord))]
[JsonSerializable(typeof(ClaimRecord))]
[JsonSerializable(typeof(FactRecord))]
[JsonSerializable(typeof(ConflictRecord))]
[JsonSerializable(typeof(TimelineRecord))]
[JsonSerializable(typeof(DiagnosticRecord))]
[JsonSerializable(typeof(IReadOnlyList<ClaimRecord>))]
[JsonSerializable(typeof(IReadOnlyList<FactRecord>))]
[JsonSerializable(typeof(IReadOnlyList<ConflictRecord>))]
[JsonSerializable(typeof(IReadOnlyList<TimelineRecord>))]
[JsonSerializable(typeof(IReadOnlyList<DiagnosticRecord>))]
internal sealed partial class ExportJsonContext : JsonSerializerContext
{
    /// <summary>One record per line: compact, with non-ASCII text (quotes, dashes, names) kept as is.</summary>
    public static ExportJsonContext Compact { get; } = new(CreateOptions(indented: false));

    /// <summary>Indented, for <c>--json</c> on the query commands.</summary>
    public static ExportJsonContext Indented { get; } = new(CreateOptions(indented: true));

    private static JsonSerializerOptions CreateOptions(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.Strict,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = indented,
    };
}
