using System.Globalization;
using System.Text;

namespace AllianceData.Generator.Parsing;

/// <summary>
/// Unescapes a JSON string token. The reader's own GetString refuses lone surrogates such as
/// "\uD800"; seeds may legitimately carry any UTF-16 code unit, so this keeps them as written.
/// </summary>
internal static class JsonStringDecoder
{
    /// <summary>Decodes the <paramref name="count"/> bytes of a string token's value at <paramref name="offset"/> (quotes excluded).</summary>
    public static string Unescape(byte[] raw, int offset, int count)
    {
        var builder = new StringBuilder(count);
        var runStart = offset;
        var i = offset;
        var end = offset + count;
        while (i < end)
        {
            if (raw[i] != (byte)'\\')
            {
                i++;
                continue;
            }

            builder.Append(Encoding.UTF8.GetString(raw, runStart, i - runStart));
            var escape = (char)raw[i + 1];
            switch (escape)
            {
                case 'u':
                    var hex = Encoding.ASCII.GetString(raw, i + 2, 4);
                    builder.Append((char)int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 6;
                    break;
                default:
                    builder.Append(escape switch
                    {
                        'b' => '\b',
                        'f' => '\f',
                        'n' => '\n',
                        'r' => '\r',
                        't' => '\t',
                        _ => escape, // '"', '\\' and '/' stand for themselves; the reader rejected all others.
                    });
                    i += 2;
                    break;
            }

            runStart = i;
        }

        builder.Append(Encoding.UTF8.GetString(raw, runStart, end - runStart));
        return builder.ToString();
    }
}
