using System;
using System.Buffers;
using System.Numerics;
using System.Text;
using AllianceData.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace AllianceData.Generator.Parsing;

/// <summary>
/// Maps UTF-8 byte offsets (what the JSON reader reports) to UTF-16 offsets and line/column
/// positions (what Roslyn locations hold). A parse asks for a location of nearly every value, and in
/// reading order. UTF-16 offsets come from a table of the file's multi-byte characters, which a
/// vectorised scan finds (few in a seed file, none in an ASCII one): an offset is the byte offset less
/// the extra bytes of those before it. Lines come from a table of the byte offsets at which lines
/// start, with the line breaks Roslyn's <see cref="SourceText.Lines"/> recognises, searched from the
/// last line found; with each line's UTF-16 start, an offset on a line with no multi-byte character
/// before it needs no search of the character table. Transient: one file's parse, which disposes it. The UTF-8 bytes are in an array
/// rented from the shared pool, valid up to <see cref="Length"/>: a file's bytes are needed only while
/// it is parsed (the models hold decoded strings), and a fresh array per file was a tenth of what a
/// full run allocated.
/// </summary>
internal sealed class SeedTextMap : IDisposable
{
    /// <summary>The bytes that can begin a line break (see <see cref="LineStarts"/>), and those of them in ASCII.</summary>
    private static readonly byte[] LineBreakBytes = { (byte)'\n', (byte)'\r', 0xC2, 0xE2 };
    private static readonly byte[] AsciiLineBreakBytes = { (byte)'\n', (byte)'\r' };

    private readonly string _path;
    private byte[] _utf8;
    private readonly int _length;
    private readonly int _textLength;

    /// <summary>One byte per character: byte offsets are character offsets (most seed files).</summary>
    private readonly bool _ascii;

    /// <summary>The byte offset of each multi-byte character, in order, and the extra bytes (bytes less UTF-16 code units) of it and all before it.</summary>
    private int[] _wideStarts = Array.Empty<int>();
    private int[] _wideExtra = Array.Empty<int>();
    private int _wideCount;
    private int _lastWide = -1;

    /// <summary>Whether the text has U+0085, U+2028 or U+2029: line breaks to the compiler, but not to JSON, which allows them in strings.</summary>
    private bool _unicodeLineBreaks;

    /// <summary>The byte offset at which each line starts, the first <see cref="_lineCount"/> entries of an array rented from the shared pool.</summary>
    private int[]? _lineStarts;
    private int _lineCount;
    private int _lastLine;

    /// <summary>
    /// For each line, the UTF-16 offset at which it starts and (in a file that is not ASCII) the index
    /// of the first multi-byte character at or after its start: made from the two tables at the first
    /// location, in one pass over both, and rented as they are (in an ASCII file the line starts are
    /// their own UTF-16 offsets, and <see cref="_lineChars"/> is that table). An offset on a line with no multi-byte
    /// character before it, nearly every one, is then its line's start plus its bytes into the line:
    /// one search, for the line, per location, where there were one per offset in each table.
    /// </summary>
    private int[]? _lineChars;
    private int[]? _lineFirstWide;

    public SeedTextMap(string path, SourceText text)
    {
        _path = path;
        var chars = text.ToString();
        // Rented for the longest the text could transcode to, so it is transcoded in one pass, not counted first.
        _utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(chars.Length));
        _length = Encoding.UTF8.GetBytes(chars, 0, chars.Length, _utf8, 0);
        _textLength = text.Length;
        _ascii = _length == text.Length;
        if (!_ascii)
        {
            FindWideCharacters();
        }
    }

    /// <summary>How many of the buffer's bytes are the file's.</summary>
    public int Length => _length;

    /// <summary>The file's positioned JSON tree (or why it has none), read from its bytes.</summary>
    public JsonReadResult ReadTree()
    {
        var read = JsonTreeReader.Read(_utf8, _length);
        if (!_unicodeLineBreaks && read.Tree is { LineCount: > 0 } tree && _lineStarts is null)
        {
            // The fast path passed every CR and LF of the file, and it has no other line break: its
            // table is this map's, with no search of the bytes for them (about 4 % of a full run).
            var starts = tree.LineStarts;
            _lineStarts = ArrayPool<int>.Shared.Rent(starts.Length);
            starts.CopyTo(_lineStarts);
            _lineCount = starts.Length;
        }

        return read;
    }

    /// <summary>Gives the bytes back to the pool: nothing of this file's parse may read them after.</summary>
    public void Dispose()
    {
        if (_utf8.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_utf8);
            _utf8 = Array.Empty<byte>();
        }

        // In an ASCII file the line starts are their own UTF-16 offsets: one array, returned once.
        if (_lineChars is not null && _lineChars != _lineStarts)
        {
            ArrayPool<int>.Shared.Return(_lineChars);
        }

        _lineChars = null;
        if (_lineStarts is not null)
        {
            ArrayPool<int>.Shared.Return(_lineStarts);
            _lineStarts = null;
        }

        if (_lineFirstWide is not null)
        {
            ArrayPool<int>.Shared.Return(_lineFirstWide);
            _lineFirstWide = null;
        }
    }

    public LocationInfo Locate(int byteStart, int byteEnd)
    {
        byteStart = Clamp(byteStart);
        byteEnd = Math.Max(byteStart, Clamp(byteEnd));
        if (_lineChars is null)
        {
            IndexLines();
        }

        // Most locations are on the line of the one before: only another line is searched for.
        var starts = _lineStarts!;
        var line = _lastLine;
        if (byteStart < starts[line] || (line + 1 < _lineCount && byteStart >= starts[line + 1]))
        {
            line = _lastLine = LastAtOrBefore(starts, _lineCount, byteStart, line);
        }

        var lineChar = _lineChars![line];
        var start = CharOffsetOnLine(line, byteStart);

        // A value nearly always ends on the line it starts on: then its end is that line's, further on.
        int end, endLine, endLineChar;
        if (line + 1 >= _lineCount || byteEnd < starts[line + 1])
        {
            (end, endLine, endLineChar) = (CharOffsetOnLine(line, byteEnd), line, lineChar);
        }
        else
        {
            endLine = LastAtOrBefore(starts, _lineCount, byteEnd, line);
            (end, endLineChar) = (CharOffsetOnLine(endLine, byteEnd), _lineChars[endLine]);
        }

        end = Math.Max(start, end);
        return new LocationInfo(
            _path,
            new TextSpan(start, end - start),
            new LinePositionSpan(new LinePosition(line, start - lineChar), new LinePosition(endLine, end - endLineChar)));
    }

    public LocationInfo Locate(JsonNode node) => Locate(node.Start, node.End);

    /// <summary>Just the first character of a node: for "missing property" on a many-line object.</summary>
    public LocationInfo LocateStart(JsonNode node) => Locate(node.Start, Math.Min(node.Start + 1, node.End));

    public LocationInfo LocateName(JsonNode member) => Locate(member.NameStart, member.NameEnd);

    private int Clamp(int byteOffset) => Math.Max(0, Math.Min(byteOffset, _length));

    private int CharOffset(int byteOffset)
    {
        if (_ascii)
        {
            return byteOffset;
        }

        // The last multi-byte character that starts before the offset; an offset inside one (only an
        // error position can be) counts the character, as its first byte begins it.
        var last = _lastWide = LastAtOrBefore(_wideStarts, _wideCount, byteOffset - 1, _lastWide);
        if (last < 0)
        {
            return byteOffset;
        }

        var start = _wideStarts[last];
        var length = SequenceLength(_utf8[start]);
        var chars = byteOffset >= start + length
            ? byteOffset - _wideExtra[last]
            : start - (last == 0 ? 0 : _wideExtra[last - 1]) + (length == 4 ? 2 : 1);
        return Math.Min(chars, _textLength);
    }

    /// <summary>Records every multi-byte character: a vectorised test skips the blocks that are all ASCII.</summary>
    private void FindWideCharacters()
    {
        var width = Vector<byte>.Count;
        var high = new Vector<byte>(0x80);
        var extra = 0;
        var i = 0;
        for (; i + width <= _length; i += width)
        {
            if (!Vector.EqualsAll(Vector.BitwiseAnd(new Vector<byte>(_utf8, i), high), Vector<byte>.Zero))
            {
                Scan(i, i + width);
            }
        }

        Scan(i, _length);

        void Scan(int from, int to)
        {
            for (var j = from; j < to; j++)
            {
                if (_utf8[j] < 0xC0)
                {
                    continue; // ASCII, or a continuation byte of a character already recorded
                }

                var length = SequenceLength(_utf8[j]);
                extra += length - (length == 4 ? 2 : 1);
                _unicodeLineBreaks |= _utf8[j] is 0xC2 or 0xE2 && LineBreakLength(j) > 0;
                if (_wideCount == _wideStarts.Length)
                {
                    Array.Resize(ref _wideStarts, Math.Max(16, _wideCount * 2));
                    Array.Resize(ref _wideExtra, _wideStarts.Length);
                }

                (_wideStarts[_wideCount], _wideExtra[_wideCount]) = (j, extra);
                _wideCount++;
            }
        }
    }

    /// <summary>The bytes of the UTF-8 sequence this lead byte starts.</summary>
    private static int SequenceLength(byte lead) => lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;

    /// <summary>Makes <see cref="_lineChars"/> and <see cref="_lineFirstWide"/> for the file's lines, finding them first if the tree did not.</summary>
    private void IndexLines()
    {
        var starts = _lineStarts ??= LineStarts();
        if (_ascii)
        {
            _lineChars = starts;
            return;
        }

        _lineChars = ArrayPool<int>.Shared.Rent(_lineCount);
        _lineFirstWide = ArrayPool<int>.Shared.Rent(_lineCount);
        var wide = 0;
        for (var line = 0; line < _lineCount; line++)
        {
            // A line starts after a line break, so no character spans its start.
            while (wide < _wideCount && _wideStarts[wide] < starts[line])
            {
                wide++;
            }

            _lineFirstWide[line] = wide;
            _lineChars[line] = Math.Min(starts[line] - (wide == 0 ? 0 : _wideExtra[wide - 1]), _textLength);
        }
    }

    /// <summary>The UTF-16 offset of <paramref name="byteOffset"/>, which is on <paramref name="line"/>.</summary>
    private int CharOffsetOnLine(int line, int byteOffset)
    {
        if (_ascii)
        {
            return byteOffset;
        }

        var wide = _lineFirstWide![line];
        return wide == _wideCount || _wideStarts[wide] >= byteOffset
            ? Math.Min(_lineChars![line] + (byteOffset - _lineStarts![line]), _textLength)
            : CharOffset(byteOffset);
    }

    /// <summary>
    /// The index of the last entry of the sorted <paramref name="table"/> at or before
    /// <paramref name="value"/>, or -1. Lookups come in reading order, so the answer is nearly always
    /// the last one or a few entries on (or, for an object located after its members, a few back): a
    /// search that gallops out from the last answer, 1, 2, 4... entries, costs the log of how far it
    /// moved, not of the table.
    /// </summary>
    private static int LastAtOrBefore(int[] table, int count, int value, int last)
    {
        var index = Math.Max(-1, Math.Min(last, count - 1));

        int low, high; // table[low] <= value < table[high], with -1 and count standing for the ends
        if (index >= 0 && table[index] > value)
        {
            (low, high) = (index - 1, index);
            for (var step = 1; low >= 0 && table[low] > value; step *= 2)
            {
                high = low;
                low = Math.Max(-1, index - (2 * step));
            }
        }
        else
        {
            (low, high) = (index, index + 1);
            for (var step = 1; high < count && table[high] <= value; step *= 2)
            {
                low = high;
                high = Math.Min(count, index + (2 * step));
            }
        }

        // A plain bisection of what is left: Array.BinarySearch went through a comparer for each step.
        while (high - low > 1)
        {
            var middle = low + ((high - low) >> 1);
            if (table[middle] <= value)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// Where lines start, found in the bytes with Roslyn's line breaks: CR, LF, CR LF, U+0085 (C2 85),
    /// U+2028 and U+2029 (E2 80 A8, E2 80 A9); an ASCII file can only have the first three, so its
    /// search looks for two byte values, not four. A vectorised search finds the candidates. The table
    /// is needed only while the file is parsed, so it is rented, sized for a line per 16 bytes (the
    /// synthetic corpus, pretty-printed, has one per 24) and grown if that is too few: built fresh and
    /// grown by doubling, its arrays were 5.6 of the 56 MiB a full run allocated at 1,000 articles.
    /// </summary>
    private int[] LineStarts()
    {
        var starts = ArrayPool<int>.Shared.Rent(Math.Max(16, _length / 16));
        var count = 1;
        starts[0] = 0;
        var candidates = _ascii ? AsciiLineBreakBytes : LineBreakBytes;
        for (var i = 0; ;)
        {
            var found = _utf8.AsSpan(i, _length - i).IndexOfAny(candidates);
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
            if (count == starts.Length)
            {
                var larger = ArrayPool<int>.Shared.Rent(count * 2);
                Array.Copy(starts, larger, count);
                ArrayPool<int>.Shared.Return(starts);
                starts = larger;
            }

            starts[count++] = i;
        }

        _lineCount = count;
        return starts;
    }

    /// <summary>The bytes of the line break at <paramref name="i"/>, or 0 if none starts there.</summary>
    private int LineBreakLength(int i)
    {
        var next = i + 1 < _length ? _utf8[i + 1] : 0;
        return _utf8[i] switch
        {
            (byte)'\r' => next == '\n' ? 2 : 1,
            (byte)'\n' => 1,
            0xC2 => next == 0x85 ? 2 : 0,
            _ => next == 0x80 && i + 2 < _length && _utf8[i + 2] is 0xA8 or 0xA9 ? 3 : 0,
        };
    }
}
