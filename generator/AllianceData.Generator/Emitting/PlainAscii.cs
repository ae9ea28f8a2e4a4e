using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace AllianceData.Generator.Emitting;

/// <summary>
/// Finds the next character a C# string literal cannot hold as it is. Payloads are millions of
/// characters, nearly all printable ASCII, so they are scanned a vector at a time (sixteen
/// characters on AVX2), where a test per character was most of the escaping's time.
/// </summary>
internal static class PlainAscii
{
    /// <summary>Printable ASCII that a string literal holds as it is: everything from space to '~' but the quote and the backslash.</summary>
    public static bool Is(char c) => c is >= ' ' and <= '~' and not '"' and not '\\';

    /// <summary>The index of the first character from <paramref name="start"/> on that is not <see cref="Is">plain</see>, or <paramref name="end"/>.</summary>
    public static int Skip(char[] chars, int start, int end)
    {
        var i = start;
        if (Vector.IsHardwareAccelerated && end - i >= Vector<ushort>.Count)
        {
            // Unsigned, c - ' ' past '~' - ' ' is both bounds in one compare: below space wraps around.
            var space = new Vector<ushort>(' ');
            var width = new Vector<ushort>('~' - ' ');
            var quote = new Vector<ushort>('"');
            var backslash = new Vector<ushort>('\\');
            foreach (var block in MemoryMarshal.Cast<char, Vector<ushort>>(new ReadOnlySpan<char>(chars, i, end - i)))
            {
                if ((Vector.GreaterThan(block - space, width) | Vector.Equals(block, quote) | Vector.Equals(block, backslash)) != Vector<ushort>.Zero)
                {
                    break; // the character is in this block: found below
                }

                i += Vector<ushort>.Count;
            }
        }

        while (i < end && Is(chars[i]))
        {
            i++;
        }

        return i;
    }
}
