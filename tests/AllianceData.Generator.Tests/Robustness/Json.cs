using System.Globalization;
using System.Text;

namespace AllianceData.Generator.Tests.Robustness;

/// <summary>Writes JSON string literals for test seeds, for any UTF-16 string (lone surrogates included).</summary>
internal static class Json
{
    /// <summary>
    /// A JSON string literal. <paramref name="escapeAll"/> writes every character outside printable
    /// ASCII as \uXXXX; otherwise only what JSON requires (quote, backslash, controls) and lone
    /// surrogates (which UTF-8 cannot carry) are escaped, and everything else is written as itself.
    /// </summary>
    public static string String(string value, bool escapeAll = true)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var pairedSurrogate =
                (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) ||
                (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]));
            if (c == '"' || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c < 0x20 || (escapeAll && c > 0x7E) || (char.IsSurrogate(c) && !pairedSurrogate))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }
}
