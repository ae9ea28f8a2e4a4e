using System;
using System.Text;
using AllianceData.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace AllianceData.Generator.Parsing;

/// <summary>
/// Maps UTF-8 byte offsets (what the JSON reader reports) to UTF-16 offsets and line/column
/// positions (what Roslyn locations hold). A parse asks for a location of nearly every value, and in
/// reading order, so both lookups continue from the previous answer: UTF-16 offsets by counting the
/// characters between the last offset and this one, forward or back (nothing to count in an ASCII
/// file); lines from the last line found, in a table of the byte offsets at which lines start, with
/// the line breaks Roslyn's <see cref="SourceText.Lines"/> recognises. Transient: one file's parse.
/// </summary>
internal sealed class SeedTextMap
{
    /// <summary>How many lines past the last one found a lookup walks before it searches the table.</summary>
    private const int NearbyLines = 4;

    private readonly string _path;
    private readonly byte[] _utf8;
    private readonly int _textLength;

    /// <summary>One byte per character: byte offsets are character offsets (most seed files).</summary>
    private readonly bool _ascii;

    private int _lastByte;
    private int _lastChar;

    /// <summary>The byte offset, and the UTF-16 offset, at which each line starts.</summary>
    private int[]? _lineBytes;
    private int[]? _lineChars;
    private int _lastLine;

    public SeedTextMap(string path, SourceText text)
    {
        _path = path;
        _utf8 = Encoding.UTF8.GetBytes(text.ToString());
        _textLength = text.Length;
        _ascii = _utf8.Length == text.Length;
    }

    public byte[] Utf8 => _utf8;

    public LocationInfo Locate(int byteStart, int byteEnd)
    {
        byteStart = Clamp(byteStart);
        byteEnd = Math.Max(byteStart, Clamp(byteEnd));
        var start = CharOffset(byteStart);
        var end = Math.Max(start, CharOffset(byteEnd));
        return new LocationInfo(_path, TextSpan.FromBounds(start, end), new LinePositionSpan(Position(byteStart, start), Position(byteEnd, end)));
    }

    public LocationInfo Locate(JsonNode node) => Locate(node.Start, node.End);

    /// <summary>Just the first character of a node: for "missing property" on a many-line object.</summary>
    public LocationInfo LocateStart(JsonNode node) => Locate(node.Start, Math.Min(node.Start + 1, node.End));

    public LocationInfo LocateName(JsonNode member) => Locate(member.NameStart, member.NameEnd);

    private int Clamp(int byteOffset) => Math.Max(0, Math.Min(byteOffset, _utf8.Length));

    private int CharOffset(int byteOffset)
    {
        if (_ascii)
        {
            return byteOffset;
        }

        // Offsets are token boundaries, never inside a character, so the bytes between two decode
        // to whole characters; the decoder counts them vectorised, which matters for long jumps.
        var chars = byteOffset >= _lastByte
            ? _lastChar + Encoding.UTF8.GetCharCount(_utf8, _lastByte, byteOffset - _lastByte)
            : _lastChar - Encoding.UTF8.GetCharCount(_utf8, byteOffset, _lastByte - byteOffset);
        (_lastByte, _lastChar) = (byteOffset, chars);
        return Math.Min(chars, _textLength);
    }

    /// <summary>The line and column of a place given by both its byte and its UTF-16 offset.</summary>
    private LinePosition Position(int byteOffset, int charOffset)
    {
        var starts = _lineBytes ??= LineStarts();
        var line = _lastLine;
        if (byteOffset >= starts[line])
        {
            // Values come in reading order, nearly always on this line or one of the next few.
            for (var step = 0; step < NearbyLines && line + 1 < starts.Length && byteOffset >= starts[line + 1]; step++)
            {
                line++;
            }
        }

        if (byteOffset < starts[line] || (line + 1 < starts.Length && byteOffset >= starts[line + 1]))
        {
            line = Array.BinarySearch(starts, byteOffset);
            line = line >= 0 ? line : ~line - 1;
        }

        _lastLine = line;
        return new LinePosition(line, charOffset - _lineChars![line]);
    }

    /// <summary>
    /// Where lines start, found in the bytes with Roslyn's line breaks: CR, LF, CR LF, U+0085 (C2 85),
    /// U+2028 and U+2029 (E2 80 A8, E2 80 A9). A vectorised search finds the candidates.
    /// </summary>
    private int[] LineStarts()
    {
        var bytes = new int[16];
        var count = 1;
        ReadOnlySpan<byte> candidates = stackalloc byte[] { (byte)'\n', (byte)'\r', 0xC2, 0xE2 };
        for (var i = 0; ;)
        {
            var found = _utf8.AsSpan(i).IndexOfAny(candidates);
            if (found < 0)
            {
                break;
            }

            i += found;
            var breakLength = LineBreakLength(i);
            if (breakLength == 0)
            {
                i++;
                continue;
            }

            i += breakLength;
            if (count == bytes.Length)
            {
                Array.Resize(ref bytes, count * 2);
            }

            bytes[count++] = i;
        }

        Array.Resize(ref bytes, count);
        _lineChars = _ascii ? bytes : LineCharStarts(bytes);
        return bytes;
    }

    /// <summary>The bytes of the line break at <paramref name="i"/>, or 0 if none starts there.</summary>
    private int LineBreakLength(int i)
    {
        var next = i + 1 < _utf8.Length ? _utf8[i + 1] : 0;
        return _utf8[i] switch
        {
            (byte)'\r' => next == '\n' ? 2 : 1,
            (byte)'\n' => 1,
            0xC2 => next == 0x85 ? 2 : 0,
            _ => next == 0x80 && i + 2 < _utf8.Length && _utf8[i + 2] is 0xA8 or 0xA9 ? 3 : 0,
        };
    }

    private int[] LineCharStarts(int[] lineBytes)
    {
        var chars = new int[lineBytes.Length];
        for (var line = 1; line < lineBytes.Length; line++)
        {
            var from = lineBytes[line - 1];
            chars[line] = chars[line - 1] + Encoding.UTF8.GetCharCount(_utf8, from, lineBytes[line] - from);
        }

        return chars;
    }
}
