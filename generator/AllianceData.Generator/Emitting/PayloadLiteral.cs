using AllianceData.Generator.Model;

namespace AllianceData.Generator.Emitting;

/// <summary>The C# expression that gives a payload string back at run time: a UTF-8 literal where the target allows it, else a string literal.</summary>
internal static class PayloadLiteral
{
    /// <summary>Writes <c>prefix + expression + suffix</c> as one line, the payload escaped straight into the writer.</summary>
    public static void WriteLine(SourceWriter writer, DatasetTarget target, string prefix, string payload, string suffix)
    {
        if (!target.Utf8Literals)
        {
            writer.LineWithLiteral(prefix, payload, suffix);
            return;
        }

        var encoded = Utf8Transport.Encode(payload);
        var unescape = !ReferenceEquals(encoded, payload);
        writer.LineWithLiteral(
            prefix + (unescape ? "global::AllianceData.Seeding.ArticlePayload.Unescape(" : string.Empty) + "global::System.Text.Encoding.UTF8.GetString(",
            encoded,
            "u8)" + (unescape ? ")" : string.Empty) + suffix);
    }
}
