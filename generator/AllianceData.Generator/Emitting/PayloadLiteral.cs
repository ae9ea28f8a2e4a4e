using AllianceData.Generator.Model;

namespace AllianceData.Generator.Emitting;

/// <summary>
/// How the registry payload is embedded. A string literal where it is not too large: the runtime
/// hands it over as it is, where a UTF-8 literal would first run (and, in a fresh process, compile)
/// the UTF-8 decoder, which measured more than the rest of the first access together (docs/emission.md).
/// Past <see cref="StringLimit"/> characters, on a target that has them, a UTF-8 literal, which
/// does not take room in the user-string heap.
/// </summary>
internal static class PayloadLiteral
{
    /// <summary>Characters up to which the registry payload stays a string literal on every target: 2 of the heap's 16 MB.</summary>
    public const int StringLimit = 1_000_000;

    /// <summary>Whether a registry payload of <paramref name="length"/> characters is a string literal, so counts against the user-string heap.</summary>
    public static bool IsString(DatasetTarget target, int length) => !target.Utf8Literals || length <= StringLimit;

    /// <summary>Writes <c>prefix + expression + suffix</c> as one line, the payload escaped straight into the writer.</summary>
    public static void WriteLine(SourceWriter writer, DatasetTarget target, string prefix, PayloadBuffer payload, string suffix)
    {
        if (IsString(target, payload.Length))
        {
            writer.LineWithLiteral(prefix, payload, suffix);
            return;
        }

        var unescape = Utf8Transport.Encode(payload);
        writer.LineWithLiteral(
            prefix + (unescape ? "global::AllianceData.Seeding.ArticlePayload.Unescape(" : string.Empty) + "global::System.Text.Encoding.UTF8.GetString(",
            payload,
            "u8)" + (unescape ? ")" : string.Empty) + suffix);
    }
}
