using System;
using System.Text;
using AllianceData.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace AllianceData.Generator.Parsing;

/// <summary>
/// Maps UTF-8 byte offsets (what the JSON reader reports) to UTF-16 offsets and line/column
/// positions (what Roslyn locations hold). A parse asks for a location of nearly every value, and in
/// reading order, so both lookups continue from the previous answer: UTF-16 offsets from the last
/// offset or a checkpoint every <see cref="Stride"/> bytes (no scan at all for an ASCII file), lines
/// from the last line found, in a table of the offsets Roslyn's line breaks start lines at.
/// Transient: one file's parse.
/// </summary>
internal sealed class SeedTextMap
{
    private const int Stride = 16;

    /// <summary>How many lines past the last one found a lookup walks before it searches the table.</summary>
    private const int NearbyLines = 4;

    private readonly string _path;
    private readonly SourceText _text;
    private readonly byte[] _utf8;

    /// <summary>UTF-16 offsets every <see cref="Stride"/> bytes, so a lookup scans at most that many (not needed for an ASCII file).</summary>
    private int[]? _checkpoints;
    private int _lastByte;
    private int _lastChar;

    private int[]? _lineStarts;
    private int _lastLine;

    public SeedTextMap(string path, SourceText text)
    {
        _path = path;
        _text = text;
        _utf8 = Encoding.UTF8.GetBytes(text.ToString());
        _ascii = _utf8.Length == text.Length;
    }

    /// <summary>One byte per character: byte offsets are character offsets (most seed files).</summary>
    private readonly bool _ascii;

    public byte[] Utf8 => _utf8;

    public LocationInfo Locate(int byteStart, int byteEnd)
    {
        var start = CharOffset(byteStart);
        var end = Math.Max(start, CharOffset(byteEnd));
        return new LocationInfo(_path, TextSpan.FromBounds(start, end), new LinePositionSpan(Position(start), Position(end)));
    }

    public LocationInfo Locate(JsonNode node) => Locate(node.Start, node.End);

    /// <summary>Just the first character of a node: for "missing property" on a many-line object.</summary>
    public LocationInfo LocateStart(JsonNode node) => Locate(node.Start, Math.Min(node.Start + 1, node.End));

    public LocationInfo LocateName(JsonProperty property) => Locate(property.NameStart, property.NameEnd);

    private int CharOffset(int byteOffset)
    {
        byteOffset = Math.Max(0, Math.Min(byteOffset, _utf8.Length));
        if (_ascii)
        {
            return byteOffset;
        }

        _checkpoints ??= BuildCheckpoints();
        var index = byteOffset / Stride;
        int from, chars;
        if (_lastByte <= byteOffset && _lastByte >= index * Stride)
        {
            (from, chars) = (_lastByte, _lastChar); // the previous lookup is closer than the checkpoint
        }
        else
        {
            (from, chars) = (index * Stride, _checkpoints[index]);
        }

        for (var i = from; i < byteOffset; i++)
        {
            chars += CharsStartingAt(_utf8[i]);
        }

        (_lastByte, _lastChar) = (byteOffset, chars);
        return Math.Min(chars, _text.Length);
    }

    private int[] BuildCheckpoints()
    {
        var checkpoints = new int[(_utf8.Length / Stride) + 1];
        var chars = 0;
        for (var block = 0; block < checkpoints.Length; block++)
        {
            checkpoints[block] = chars;
            var end = Math.Min((block + 1) * Stride, _utf8.Length);
            for (var i = block * Stride; i < end; i++)
            {
                chars += CharsStartingAt(_utf8[i]);
            }
        }

        return checkpoints;
    }

    /// <summary>The line and column of a UTF-16 offset, with the line breaks Roslyn's <see cref="SourceText.Lines"/> recognises.</summary>
    private LinePosition Position(int offset)
    {
        var starts = _lineStarts ??= LineStarts(_text);
        var line = _lastLine;
        if (offset >= starts[line])
        {
            // Values come in reading order, nearly always on this line or one of the next few.
            for (var step = 0; step < NearbyLines && line + 1 < starts.Length && offset >= starts[line + 1]; step++)
            {
                line++;
            }
        }

        if (offset < starts[line] || (line + 1 < starts.Length && offset >= starts[line + 1]))
        {
            line = Array.BinarySearch(starts, offset);
            line = line >= 0 ? line : ~line - 1;
        }

        _lastLine = line;

        return new LinePosition(line, offset - starts[line]);
    }

    private static int[] LineStarts(SourceText text)
    {
        var lines = text.Lines;
        var starts = new int[lines.Count];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = lines[i].Start;
        }

        return starts;
    }

    /// <summary>UTF-16 code units that begin at this UTF-8 byte: none for continuation bytes, two for a 4-byte sequence.</summary>
    private static int CharsStartingAt(byte b) => (b & 0xC0) == 0x80 ? 0 : b >= 0xF0 ? 2 : 1;
}
