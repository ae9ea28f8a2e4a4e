using System;
using System.Globalization;
using System.Text;

namespace AllianceData.Seeding;

/// <summary>
/// The runtime half of the generator's escape for UTF-8 literals (generator's Utf8Transport): a
/// lone surrogate cannot be UTF-8, so it travels as U+F8FF and U+E000 + (surrogate − U+D800).
/// </summary>
internal static class Utf8Transport
{
    private const char Escape = '\uF8FF';

    public static string Decode(string transport)
    {
        var first = transport.IndexOf(Escape);
        if (first < 0)
        {
            return transport;
        }

        var builder = new StringBuilder(transport.Length);
        builder.Append(transport, 0, first);
        for (var i = first; i < transport.Length; i++)
        {
            var c = transport[i];
            if (c != Escape)
            {
                builder.Append(c);
                continue;
            }

            if (++i == transport.Length)
            {
                throw new FormatException("The payload ends inside an escape.");
            }

            var next = transport[i];
            if (next == Escape)
            {
                builder.Append(Escape);
            }
            else if (next is >= '\uE000' and <= '\uE7FF')
            {
                builder.Append((char)(0xD800 + (next - 0xE000)));
            }
            else
            {
                throw new FormatException(string.Format(CultureInfo.InvariantCulture, "Invalid escape at offset {0} of the payload.", i - 1));
            }
        }

        return builder.ToString();
    }
}
