using System;

namespace AllianceData.Generator.Parsing;

/// <summary>
/// Byte searches eight bytes at a time in one <see langword="ulong"/> ("SIMD within a register"),
/// for the short runs a seed is made of: a string averages 13 bytes and an indentation a few, so a
/// vectorised search's setup would cost more than it saves, and a byte-by-byte loop pays a load, a
/// test and a branch per byte. netstandard2.0 has no <c>BitOperations</c> or <c>SearchValues</c>, so
/// the first match in a word is found with a multiplication (<see cref="FirstFlagged"/>).
/// Words are read little-endian (byte 0 of the word is the first in memory): on a big-endian
/// machine, which .NET hardly runs on, <see cref="Supported"/> is false and callers scan bytes.
/// </summary>
internal static class Utf8Words
{
    /// <summary>Whether the words read are in memory order, lowest byte first: the JIT folds this to a constant.</summary>
    public static bool Supported => BitConverter.IsLittleEndian;

    private const ulong Ones = 0x0101010101010101;
    private const ulong HighBits = 0x8080808080808080;
    private const ulong LowBits = 0x7F7F7F7F7F7F7F7F;

    /// <summary>The eight bytes at <paramref name="i"/>, the first lowest; <paramref name="i"/> + 8 must be at most the array's length.</summary>
    public static ulong Read(byte[] utf8, int i) => BitConverter.ToUInt64(utf8, i);

    /// <summary>
    /// The high bit of each byte of <paramref name="word"/> that is a quote, a backslash or a control
    /// character (below 0x20): where a scan through a string stops. The lowest flag is exact; a flag
    /// above it may be a false one (a borrow from the byte below), which is why callers use only the first.
    /// </summary>
    public static ulong StringStops(ulong word)
    {
        var quote = word ^ (Ones * '"');
        var backslash = word ^ (Ones * '\\');

        // (x - 0x01..) & ~x flags a zero byte, and (x - 0x20..) & ~x a byte below 0x20; a byte of 0x80 or
        // more never is (~x clears its high bit), so multi-byte UTF-8 passes as it should.
        return (((quote - Ones) & ~quote) | ((backslash - Ones) & ~backslash) | ((word - (Ones * 0x20)) & ~word)) & HighBits;
    }

    /// <summary>The high bit of each byte of <paramref name="word"/> that is not a space: exact, each of them.</summary>
    public static ulong NotSpaces(ulong word)
    {
        var x = word ^ (Ones * ' ');

        // A byte's low seven bits plus 0x7F carry into its high bit if any is set; or its own high bit.
        return (((x & LowBits) + LowBits) | x) & HighBits;
    }

    /// <summary>The index (0 to 7) of the lowest byte flagged in <paramref name="flags"/>, which holds only high bits and is not 0.</summary>
    public static int FirstFlagged(ulong flags)
    {
        // The lowest flag alone, moved to bit 0 of its byte, is 1 << (8 * k); times 0x0001020304050607
        // it leaves byte 7 - k of that constant, which is k, in the top byte.
        var lowest = (flags & (0 - flags)) >> 7;
        return (int)((lowest * 0x0001020304050607) >> 56);
    }
}
