using System.Text;

namespace AllianceData.Generator.Emitting;

/// <summary>
/// Makes any payload fit a UTF-8 literal. UTF-8 cannot encode a lone surrogate (a JSON escape such
/// as <c>"\ud800"</c> can put one in a seed string), so each one is written as U+F8FF followed by
/// U+E000 + (surrogate − U+D800), and U+F8FF itself is doubled. The runtime's
/// <c>ArticlePayload.Unescape</c> reverses it. Payloads without either character pass unchanged,
/// and generated code then skips the unescape.
/// </summary>
internal static class Utf8Transport
{
    public const char Escape = '\uF8FF';

    /// <summary>The payload as a UTF-8 literal can hold it; the same instance when it needs no escape.</summary>
    public static string Encode(string payload)
    {
        StringBuilder? builder = null;
        var run = 0;
        for (var i = 0; i < payload.Length; i++)
        {
            var c = payload[i];
            if (char.IsHighSurrogate(c) && i + 1 < payload.Length && char.IsLowSurrogate(payload[i + 1]))
            {
                i++; // a pair: UTF-8 encodes it
                continue;
            }

            if (c != Escape && !char.IsSurrogate(c))
            {
                continue;
            }

            builder ??= new StringBuilder(payload.Length + 16);
            builder.Append(payload, run, i - run).Append(Escape);
            builder.Append(c == Escape ? Escape : (char)(0xE000 + (c - 0xD800)));
            run = i + 1;
        }

        return builder is null ? payload : builder.Append(payload, run, payload.Length - run).ToString();
    }
}
