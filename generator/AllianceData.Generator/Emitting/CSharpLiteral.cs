using System.Globalization;
using System.Text;

namespace AllianceData.Generator.Emitting;

/// <summary>
/// Turns seed strings into C# source safely. Any text a seed holds (quotes, backslashes, line
/// breaks of every kind, lone surrogates, NUL, "*/") comes out as a literal or doc text that
/// cannot change the structure of the generated code.
/// </summary>
internal static class CSharpLiteral
{
    /// <summary>Appends a payload's characters escaped for the inside of a C# string literal, without the quotes: no string of the payload is made.</summary>
    public static void AppendStringContent(StringBuilder builder, PayloadBuffer value) => AppendStringContent(builder, value, out _);

    /// <summary>
    /// As <see cref="AppendStringContent(StringBuilder, PayloadBuffer)"/>, and measures the payload for
    /// a UTF-8 literal in the same pass: returns how many bytes UTF-8 makes of it, and whether it holds
    /// a character that <see cref="Utf8Transport"/> rewrites (a lone surrogate, or its escape
    /// character), which a UTF-8 literal cannot carry as it is. Only the characters that are not
    /// plain ASCII are looked at one by one, so the count costs nearly nothing, where a pass of its
    /// own and a pass for the transport each read the whole payload again.
    /// </summary>
    public static int AppendStringContent(StringBuilder builder, PayloadBuffer value, out bool needsTransport)
    {
        needsTransport = false;
        var chars = value.Chars;
        var length = value.Length;
        var bytes = length; // one byte a character, plus what those past ASCII take beyond it
        var run = 0; // start of the characters not yet copied: safe ones are copied in runs, not one by one
        for (var i = PlainAscii.Skip(chars, 0, length); i < length; i = PlainAscii.Skip(chars, i + 1, length))
        {
            var c = chars[i];
            if (c >= 128)
            {
                if (char.IsHighSurrogate(c) && i + 1 < length && char.IsLowSurrogate(chars[i + 1]))
                {
                    // A pair: four bytes in UTF-8, and each half escaped in the literal.
                    bytes += 2;
                    builder.Append(chars, run, i - run);
                    AppendEscape(builder, c);
                    AppendEscape(builder, chars[++i]);
                    run = i + 1;
                    continue;
                }

                bytes += c < 0x800 ? 1 : 2;
                needsTransport |= Utf8Transport.IsTransported(c);
                if (!NeedsEscape(c))
                {
                    continue;
                }
            }

            builder.Append(chars, run, i - run);
            run = i + 1;
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                default: AppendEscape(builder, c); break;
            }
        }

        builder.Append(chars, run, length - run);
        return bytes;
    }

    /// <summary>
    /// Writes <paramref name="c"/> as a C# escape sequence: the short forms for line feed, carriage
    /// return, tab and NUL, otherwise <c>\uXXXX</c>. Diagnostic messages show such characters the same way.
    /// </summary>
    public static void AppendEscape(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '\n': builder.Append("\\n"); break;
            case '\r': builder.Append("\\r"); break;
            case '\t': builder.Append("\\t"); break;
            case '\0': builder.Append("\\0"); break;
            default: builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
        }
    }

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text for an XML doc comment: one line, XML-escaped, with no character that could end the comment line.</summary>
    public static string DocText(string value)
    {
        // Names, IDs and titles nearly never need a change: those are handed back as they are,
        // where a builder and a copy per handle and article were a third of the main file's time (perf).
        var first = FirstNotDocPlain(value);
        return first == value.Length ? value : AppendDocText(new StringBuilder(value.Length + 8), value, first).ToString();
    }

    /// <summary>Appends <paramref name="value"/> as <see cref="DocText"/> makes it, without a string of its own.</summary>
    public static StringBuilder AppendDocText(StringBuilder builder, string value) => AppendDocText(builder, value, FirstNotDocPlain(value));

    /// <summary>Appends <paramref name="value"/> as doc text, its characters before <paramref name="first"/> known to be kept as they are.</summary>
    private static StringBuilder AppendDocText(StringBuilder builder, string value, int first)
    {
        builder.Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    builder.Append(NeedsEscape(c) || c is '\n' or '\r' or '\t' or '\0' ? ' ' : c);
                    break;
            }
        }

        return builder;
    }

    private static int FirstNotDocPlain(string value)
    {
        var first = 0;
        while (first < value.Length && IsDocPlain(value[first]))
        {
            first++;
        }

        return first;
    }

    /// <summary>Whether <see cref="DocText"/> keeps <paramref name="c"/> as it is.</summary>
    private static bool IsDocPlain(char c) => c < 128 ? c is >= ' ' and <= '~' and not '&' and not '<' and not '>' : !NeedsEscape(c);

    /// <summary>Control, format, line/paragraph separators, surrogates and unassigned code points are written as escapes.</summary>
    private static bool NeedsEscape(char c)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.PrivateUse:
                return true;
            default:
                return false;
        }
    }
}
