using System;
using AllianceData.Generator.Parsing;

namespace AllianceData.Generator.Tests;

/// <summary>The word-at-a-time byte tests agree with the byte-by-byte ones, for every byte at every position of a word.</summary>
public class Utf8WordsTests
{
    [Fact]
    public void The_first_string_stop_in_a_word_is_the_first_quote_backslash_or_control_character()
    {
        // Every byte value at every position, behind a background of ordinary bytes that includes the
        // ones next to the stops (0x1F / 0x20, '!' / '#', '[' / ']') and multi-byte UTF-8 leads and continuations.
        var backgrounds = new byte[] { (byte)'a', 0x20, (byte)'!', (byte)'#', (byte)'[', (byte)']', 0x7F, 0x80, 0xBF, 0xC2, 0xE2, 0xFF };
        foreach (var background in backgrounds)
        {
            for (var position = 0; position < 8; position++)
            {
                for (var value = 0; value < 256; value++)
                {
                    var bytes = new byte[8];
                    bytes.AsSpan().Fill(background);
                    bytes[position] = (byte)value;
                    Assert.Equal(FirstStop(bytes), FirstOf(Utf8Words.StringStops(Utf8Words.Read(bytes, 0))));
                }
            }
        }
    }

    [Fact]
    public void The_first_string_stop_is_exact_with_stops_after_it()
    {
        // A stop's borrow may flag the byte above it falsely: only the first flag counts, and it is right.
        var stops = new byte[] { 0x00, 0x01, 0x1F, (byte)'"', (byte)'\\' };
        foreach (var first in stops)
        {
            foreach (var second in stops)
            {
                for (var position = 0; position < 7; position++)
                {
                    var bytes = new byte[] { 0x20, 0x21, 0x7F, 0x80, 0x23, 0x5B, 0x5D, 0xFF };
                    bytes[position] = first;
                    bytes[position + 1] = second;
                    Assert.Equal(position, FirstOf(Utf8Words.StringStops(Utf8Words.Read(bytes, 0))));
                }
            }
        }
    }

    [Fact]
    public void Every_byte_that_is_not_a_space_is_flagged()
    {
        for (var value = 0; value < 256; value++)
        {
            for (var position = 0; position < 8; position++)
            {
                var bytes = new byte[] { 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20 };
                bytes[position] = (byte)value;
                var flags = Utf8Words.NotSpaces(Utf8Words.Read(bytes, 0));
                for (var i = 0; i < 8; i++)
                {
                    var flagged = ((flags >> ((8 * i) + 7)) & 1) == 1;
                    Assert.Equal(bytes[i] != 0x20, flagged);
                }

                Assert.Equal(value == 0x20 ? 0UL : 0x80UL << (8 * position), flags);
            }
        }
    }

    [Fact]
    public void The_first_flagged_byte_is_the_lowest_of_any_flags()
    {
        for (var lowest = 0; lowest < 8; lowest++)
        {
            for (var above = 0; above < 256; above++)
            {
                // Any set of flags above the lowest.
                var flags = 0x80UL << (8 * lowest);
                for (var i = lowest + 1; i < 8; i++)
                {
                    if (((above >> i) & 1) == 1)
                    {
                        flags |= 0x80UL << (8 * i);
                    }
                }

                Assert.Equal(lowest, Utf8Words.FirstFlagged(flags));
            }
        }
    }

    private static int FirstStop(byte[] bytes) => Array.FindIndex(bytes, b => b < 0x20 || b == (byte)'"' || b == (byte)'\\');

    private static int FirstOf(ulong flags) => flags == 0 ? -1 : Utf8Words.FirstFlagged(flags);
}
