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

    /// <summary>Rewrites <paramref name="payload"/> in place as a UTF-8 literal can hold it; false when it needed no escape.</summary>
    public static bool Encode(PayloadBuffer payload)
    {
        var first = 0;
        for (int kind; first < payload.Length && (kind = Classify(payload, first)) != Transported;)
        {
            first += kind == Pair ? 2 : 1;
        }

        if (first == payload.Length)
        {
            return false;
        }

        // Rare: the tail is rebuilt once, from the first character that needs it.
        var builder = new StringBuilder((payload.Length - first) + 16);
        for (var i = first; i < payload.Length; i++)
        {
            var c = payload[i];
            switch (Classify(payload, i))
            {
                case Pair:
                    builder.Append(c).Append(payload[++i]); // UTF-8 encodes a pair
                    break;
                case Transported:
                    builder.Append(Escape).Append(c == Escape ? Escape : (char)(0xE000 + (c - 0xD800)));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        payload.ReplaceFrom(first, builder.ToString());
        return true;
    }

    private const int Plain = 0;
    private const int Pair = 1;
    private const int Transported = 2;

    /// <summary>What the character at <paramref name="i"/> is to UTF-8: plain, the start of a surrogate pair, or one to transport.</summary>
    private static int Classify(PayloadBuffer payload, int i)
    {
        var c = payload[i];
        if (char.IsHighSurrogate(c) && i + 1 < payload.Length && char.IsLowSurrogate(payload[i + 1]))
        {
            return Pair;
        }

        return c == Escape || char.IsSurrogate(c) ? Transported : Plain;
    }
}
