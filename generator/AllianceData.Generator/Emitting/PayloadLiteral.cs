using AllianceData.Generator.Model;

namespace AllianceData.Generator.Emitting;

/// <summary>The C# expression that gives a payload string back at run time: a UTF-8 literal where the target allows it, else a string literal.</summary>
internal static class PayloadLiteral
{
    public static string For(DatasetTarget target, string payload)
    {
        if (!target.Utf8Literals)
        {
            return CSharpLiteral.String(payload);
        }

        var encoded = Utf8Transport.Encode(payload);
        var text = $"global::System.Text.Encoding.UTF8.GetString({CSharpLiteral.String(encoded)}u8)";
        return ReferenceEquals(encoded, payload) ? text : $"global::AllianceData.Seeding.ArticlePayload.Unescape({text})";
    }
}
