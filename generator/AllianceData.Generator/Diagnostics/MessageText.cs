using System.Globalization;
using System.Text;

namespace AllianceData.Generator.Diagnostics;

/// <summary>
/// Seed text as it may appear in a diagnostic message. Build logs are read line by line
/// ("file(line,col): error ID: message"), so a message must stay one line of visible text: a line
/// break in a quoted seed value would otherwise start a forged line such as "x.cs(1,1): error CS0001".
/// Line breaks, controls, format characters (bidi overrides) and lone surrogates are written as
/// escapes, and a value longer than <see cref="MaxLength"/> characters is cut (the location shows all of it).
/// </summary>
internal static class MessageText
{
    public const int MaxLength = 500;

    public static string Safe(string value)
    {
        if (value.Length <= MaxLength && IsSafe(value))
        {
            return value;
        }

        var builder = new StringBuilder(System.Math.Min(value.Length, MaxLength) + 16);
        for (var i = 0; i < value.Length; i++)
        {
            if (builder.Length >= MaxLength)
            {
                builder.Append("...");
                break;
            }

            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }

            if (NeedsEscape(c))
            {
                Emitting.CSharpLiteral.AppendEscape(builder, c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsSafe(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (NeedsEscape(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Controls, line and paragraph separators, format characters, and surrogates that are not part of a pair.</summary>
    private static bool NeedsEscape(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or
        UnicodeCategory.Format or UnicodeCategory.Surrogate;
}
