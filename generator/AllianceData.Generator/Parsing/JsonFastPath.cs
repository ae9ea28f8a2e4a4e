using System;

namespace AllianceData.Generator.Parsing;

/// <summary>
/// A quick reader for the JSON a seed nearly always is: strict and shallow. It builds
/// the same tree as <see cref="JsonTreeReader"/>'s walk over <c>Utf8JsonReader</c> (the same rows with
/// the same offsets) at a fraction of that reader's per-token cost, which was most of a parse's. It
/// only ever accepts: at anything it does not handle, or that may be an error, it gives up and the
/// caller reads the file again with <c>Utf8JsonReader</c>, so every error (its message and position)
/// still comes from System.Text.Json and every accepted document is one that reader accepts. It does
/// not check UTF-8: its input is what the map transcoded from a string, so valid. Escapes are checked,
/// not decoded (the tree marks the string escaped, and the models decode it when they read it): two
/// of the five bundled annotations quote a headline with \" in it, so a fast path without escapes
/// would read such a file twice.
/// </summary>
internal static class JsonFastPath
{
    /// <summary>Deeper documents are left to the full reader, which enforces <see cref="JsonTreeReader.MaxDepth"/>.</summary>
    private const int MaxDepth = JsonTreeReader.MaxDepth / 2;

    /// <summary>The bytes at which a scan through a string stops: the quote, the backslash, and the control characters JSON forbids in a string.</summary>
    private static readonly bool[] StringStops = BuildStringStops();

    /// <summary>
    /// Reads the first <paramref name="length"/> bytes into the empty <paramref name="tree"/>; false,
    /// with the tree half built, if the full reader must read them instead.
    /// </summary>
    public static bool TryRead(byte[] utf8, int length, JsonTree tree)
    {
        var open = new int[MaxDepth]; // the containers not yet closed, innermost last
        var objects = new bool[MaxDepth];
        var depth = 0;
        var parent = -1;
        var inObject = false;
        var names = Utf8StringTable.PropertyNames;
        string? name = null;
        int nameStart = 0, nameEnd = 0;
        var i = SkipWhiteSpace(utf8, 0, length, tree);
        while (true)
        {
            // A value starts at i.
            if (i >= length)
            {
                return false;
            }

            var first = utf8[i];
            var member = inObject ? name : null;
            if (first is (byte)'{' or (byte)'[')
            {
                if (depth == MaxDepth)
                {
                    return false;
                }

                inObject = first == (byte)'{';
                parent = tree.Add(inObject ? JsonKind.Object : JsonKind.Array, i, i + 1, 0, false, parent, member, nameStart, nameEnd);
                (open[depth], objects[depth]) = (parent, inObject);
                depth++;
                i = SkipWhiteSpace(utf8, i + 1, length, tree);
                var empty = i < length && utf8[i] == (inObject ? (byte)'}' : (byte)']');
                if (!empty)
                {
                    if (inObject && !ReadName(utf8, ref i, length, tree, names, out name, out nameStart, out nameEnd))
                    {
                        return false;
                    }

                    continue;
                }
            }
            else
            {
                if (!ReadScalar(utf8, ref i, length, tree, parent, member, nameStart, nameEnd))
                {
                    return false;
                }

                i = SkipWhiteSpace(utf8, i, length, tree);
            }

            // After a value: the containers it closes, then a comma and the next value, or the end.
            while (true)
            {
                if (depth == 0)
                {
                    return i == length;
                }

                if (i >= length)
                {
                    return false;
                }

                if (utf8[i] == (byte)',')
                {
                    i = SkipWhiteSpace(utf8, i + 1, length, tree);
                    if (inObject && !ReadName(utf8, ref i, length, tree, names, out name, out nameStart, out nameEnd))
                    {
                        return false;
                    }

                    break;
                }

                if (utf8[i] != (inObject ? (byte)'}' : (byte)']'))
                {
                    return false;
                }

                tree.Close(open[--depth], i + 1);
                (parent, inObject) = depth == 0 ? (-1, false) : (open[depth - 1], objects[depth - 1]);
                i = SkipWhiteSpace(utf8, i + 1, length, tree);
            }
        }
    }

    /// <summary>A property name and its colon; the name's range is the reader's token, the quotes through the colon.</summary>
    private static bool ReadName(byte[] utf8, ref int i, int length, JsonTree tree, Utf8StringTable names, out string? name, out int start, out int end)
    {
        (name, start, end) = (null, i, 0);
        if (i >= length || utf8[i] != (byte)'"')
        {
            return false;
        }

        var close = StringEnd(utf8, i, length, out var escaped);
        var colon = close < 0 ? length : SkipWhiteSpace(utf8, close, length, tree);
        if (colon >= length || utf8[colon] != (byte)':')
        {
            return false;
        }

        // As the full reader does: an escaped name is decoded afresh (the table keys raw bytes).
        name = escaped ? JsonStringDecoder.Unescape(utf8, i + 1, close - i - 2) : names.Get(new ReadOnlySpan<byte>(utf8, i + 1, close - i - 2));
        end = colon + 1;
        i = SkipWhiteSpace(utf8, end, length, tree);
        return true;
    }

    /// <summary>A string, number or literal at <paramref name="i"/>, added to the tree; <paramref name="i"/> moves past it.</summary>
    private static bool ReadScalar(byte[] utf8, ref int i, int length, JsonTree tree, int parent, string? name, int nameStart, int nameEnd)
    {
        var start = i;
        int end;
        JsonKind kind;
        var escaped = false;
        switch (utf8[i])
        {
            case (byte)'"':
                (kind, end) = (JsonKind.String, StringEnd(utf8, i, length, out escaped));
                break;
            case (byte)'t':
                (kind, end) = (JsonKind.True, LiteralEnd(utf8, i, length, "true"));
                break;
            case (byte)'f':
                (kind, end) = (JsonKind.False, LiteralEnd(utf8, i, length, "false"));
                break;
            case (byte)'n':
                (kind, end) = (JsonKind.Null, LiteralEnd(utf8, i, length, "null"));
                break;
            default:
                (kind, end) = (JsonKind.Number, NumberEnd(utf8, i, length));
                break;
        }

        if (end < 0)
        {
            return false;
        }

        var valueLength = kind == JsonKind.String ? end - start - 2 : kind == JsonKind.Number ? end - start : 0;
        tree.Add(kind, start, end, valueLength, escaped, parent, name, nameStart, nameEnd);
        i = end;
        return true;
    }

    /// <summary>
    /// Just past the closing quote of the string whose opening quote is at <paramref name="i"/>, and
    /// whether it holds an escape; -1 at a control character, at an escape left to the full reader
    /// (<see cref="EscapeEnd"/>) or at the end of the input.
    /// </summary>
    private static int StringEnd(byte[] utf8, int i, int length, out bool escaped)
    {
        escaped = false;
        var j = i + 1;
        while (true)
        {
            j = NextStringStop(utf8, j, length);
            if (j >= length || utf8[j] != (byte)'\\')
            {
                return j < length && utf8[j] == (byte)'"' ? j + 1 : -1;
            }

            escaped = true;
            j = EscapeEnd(utf8, j, length);
            if (j < 0)
            {
                return -1;
            }
        }
    }

    /// <summary>The first quote, backslash or control character at or after <paramref name="j"/>, or the length: eight bytes at a time, then the last few one by one.</summary>
    private static int NextStringStop(byte[] utf8, int j, int length)
    {
        if (Utf8Words.Supported)
        {
            for (; length - j >= sizeof(ulong); j += sizeof(ulong))
            {
                var stops = Utf8Words.StringStops(Utf8Words.Read(utf8, j));
                if (stops != 0)
                {
                    return j + Utf8Words.FirstFlagged(stops);
                }
            }
        }

        while (j < length && !StringStops[utf8[j]])
        {
            j++;
        }

        return j;
    }

    /// <summary>
    /// Just past the escape whose backslash is at <paramref name="j"/>, or -1 for one left to the full
    /// reader: one JSON does not allow, and a <c>\u</c> escape of a surrogate, as whether one is
    /// accepted (a lone one, a pair) is that reader's to say.
    /// </summary>
    private static int EscapeEnd(byte[] utf8, int j, int length)
    {
        if (j + 1 >= length)
        {
            return -1;
        }

        switch (utf8[j + 1])
        {
            case (byte)'"':
            case (byte)'\\':
            case (byte)'/':
            case (byte)'b':
            case (byte)'f':
            case (byte)'n':
            case (byte)'r':
            case (byte)'t':
                return j + 2;
            case (byte)'u':
                if (length - j < 6)
                {
                    return -1;
                }

                var code = 0;
                for (var k = j + 2; k < j + 6; k++)
                {
                    var digit = HexDigit(utf8[k]);
                    if (digit < 0)
                    {
                        return -1;
                    }

                    code = (code * 16) + digit;
                }

                return code is >= 0xD800 and <= 0xDFFF ? -1 : j + 6;
            default:
                return -1;
        }
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    /// <summary>Just past the number at <paramref name="i"/> (RFC 8259's grammar), or -1; what may follow it is the caller's to check.</summary>
    private static int NumberEnd(byte[] utf8, int i, int length)
    {
        var j = i;
        if (j < length && utf8[j] == (byte)'-')
        {
            j++;
        }

        if (j < length && utf8[j] == (byte)'0')
        {
            j++;
        }
        else if (!Digits(utf8, ref j, length))
        {
            return -1;
        }

        if (j < length && utf8[j] == (byte)'.')
        {
            j++;
            if (!Digits(utf8, ref j, length))
            {
                return -1;
            }
        }

        if (j < length && utf8[j] is (byte)'e' or (byte)'E')
        {
            j++;
            if (j < length && utf8[j] is (byte)'+' or (byte)'-')
            {
                j++;
            }

            if (!Digits(utf8, ref j, length))
            {
                return -1;
            }
        }

        return j;
    }

    /// <summary>Moves past one or more digits; false if there is none.</summary>
    private static bool Digits(byte[] utf8, ref int j, int length)
    {
        var start = j;
        while (j < length && utf8[j] - (uint)'0' <= 9)
        {
            j++;
        }

        return j > start;
    }

    /// <summary>Just past the literal at <paramref name="i"/> if it is <paramref name="literal"/>, or -1.</summary>
    private static int LiteralEnd(byte[] utf8, int i, int length, string literal)
    {
        if (length - i < literal.Length)
        {
            return -1;
        }

        for (var k = 0; k < literal.Length; k++)
        {
            if (utf8[i + k] != literal[k])
            {
                return -1;
            }
        }

        return i + literal.Length;
    }

    /// <summary>The first byte at or after <paramref name="i"/> that is not JSON whitespace (space, tab, LF, CR), or the length.</summary>
    /// <remarks>
    /// Every line break of a document this path accepts is here, between tokens (a string with one in
    /// it is declined), so the start of each line after it is recorded in <paramref name="tree"/>:
    /// the map then needs no scan of its own for them (<see cref="JsonTree.LineStarts"/>).
    /// </remarks>
    private static int SkipWhiteSpace(byte[] utf8, int i, int length, JsonTree tree)
    {
        while (i < length)
        {
            switch (utf8[i])
            {
                case (byte)' ':
                case (byte)'\t':
                    i++;
                    break;
                case (byte)'\r':
                    // CR LF is one break, recorded at its LF.
                    if (++i == length || utf8[i] != (byte)'\n')
                    {
                        tree.AddLineStart(i);
                    }

                    break;
                case (byte)'\n':
                    // A line break is followed by indentation: a run of spaces, skipped a word at a time.
                    tree.AddLineStart(++i);
                    i = SkipSpaces(utf8, i, length);
                    break;
                default:
                    return i;
            }
        }

        return i;
    }

    /// <summary>The first byte at or after <paramref name="i"/> that is not a space, or the length.</summary>
    private static int SkipSpaces(byte[] utf8, int i, int length)
    {
        if (Utf8Words.Supported)
        {
            for (; length - i >= sizeof(ulong); i += sizeof(ulong))
            {
                var others = Utf8Words.NotSpaces(Utf8Words.Read(utf8, i));
                if (others != 0)
                {
                    return i + Utf8Words.FirstFlagged(others);
                }
            }
        }

        while (i < length && utf8[i] == (byte)' ')
        {
            i++;
        }

        return i;
    }

    private static bool[] BuildStringStops()
    {
        var stops = new bool[256];
        for (var b = 0; b < 0x20; b++)
        {
            stops[b] = true;
        }

        stops['"'] = stops['\\'] = true;
        return stops;
    }
}
