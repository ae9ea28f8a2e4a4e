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
        var first = NextTransported(payload, 0);
        if (first < 0)
        {
            return false;
        }

        // Rare: the payload is rebuilt once, from the first character that needs it.
        var chars = payload.Chars;
        var builder = new StringBuilder((payload.Length - first) + 16);
        var run = first;
        for (var i = first; i >= 0; i = NextTransported(payload, i + 1))
        {
            builder.Append(chars, run, i - run).Append(Escape).Append(chars[i] == Escape ? Escape : (char)(0xE000 + (chars[i] - 0xD800)));
            run = i + 1;
        }

        builder.Append(chars, run, payload.Length - run);
        payload.ReplaceFrom(first, builder.ToString());
        return true;
    }

    /// <summary>
    /// The first character at or after <paramref name="start"/> to transport (a lone surrogate or the
    /// escape itself), or -1. One tight pass: every payload is scanned, and nearly none has one.
    /// </summary>
    private static int NextTransported(PayloadBuffer payload, int start)
    {
        var chars = payload.Chars;
        var length = payload.Length;
        for (var i = start; i < length; i++)
        {
            var c = chars[i];
            if (c < '\uD800')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++; // a pair: UTF-8 encodes it
            }
            else if (IsTransported(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="c"/>, not half of a surrogate pair, is rewritten: a lone surrogate or the escape itself.</summary>
    public static bool IsTransported(char c) => c == Escape || char.IsSurrogate(c);
}
