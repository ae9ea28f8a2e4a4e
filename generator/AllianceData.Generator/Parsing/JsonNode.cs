using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AllianceData.Generator.Parsing;

/// <summary>A JSON value: a handle to a row of its document's <see cref="JsonTree"/>.</summary>
internal readonly struct JsonNode
{
    private readonly JsonTree _tree;
    private readonly int _index;

    public JsonNode(JsonTree tree, int index)
    {
        _tree = tree;
        _index = index;
    }

    public JsonKind Kind => _tree[_index].Kind;

    /// <summary>UTF-8 byte offset of the value's first byte.</summary>
    public int Start => _tree[_index].Start;

    /// <summary>UTF-8 byte offset just past the value's last byte.</summary>
    public int End => _tree[_index].End;

    /// <summary>A string's value, decoded now: read it once.</summary>
    public string StringValue => Decode(strings: null);

    /// <summary>A string's value, from <paramref name="strings"/>: for values of another kind that recur from file to file.</summary>
    public string StringFrom(Utf8StringTable strings) => Decode(strings);

    /// <summary>The number as written, so that a message quotes it as the seed does.</summary>
    public string RawNumber => Encoding.UTF8.GetString(_tree.Utf8, Start, _tree[_index].Length);

    public double NumberValue => TryReadWholeNumber(out var value) ? value : double.Parse(RawNumber, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>
    /// A number written as a whole number of at most 15 digits, read from its bytes: every such number
    /// is exactly a double, the one its text parses to (a "-0" too, as -0.0), so no string is made to
    /// parse it. Quantities and occurrences nearly all are; any other number is parsed from its text.
    /// </summary>
    private bool TryReadWholeNumber(out double value)
    {
        value = 0;
        ref readonly var number = ref _tree[_index];
        var bytes = _tree.Utf8;
        var i = number.Start;
        var end = i + number.Length;
        var negative = i < end && bytes[i] == (byte)'-';
        if (negative)
        {
            i++;
        }

        if (i == end || end - i > 15)
        {
            return false;
        }

        long whole = 0;
        for (; i < end; i++)
        {
            var digit = bytes[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            whole = (whole * 10) + digit;
        }

        value = negative ? -(double)whole : whole;
        return true;
    }

    /// <summary>An object's properties in the order written.</summary>
    public JsonMembers Properties => new(_tree, _index);

    /// <summary>An array's items in order.</summary>
    public JsonMembers Items => new(_tree, _index);

    /// <summary>
    /// Whether a string's value is <paramref name="text"/>, compared on its UTF-8 bytes where it can
    /// be (an ASCII <paramref name="text"/>, an unescaped value), so without decoding it: for the
    /// closed vocabularies, whose values would otherwise each be a string made only to be compared.
    /// </summary>
    public bool StringEquals(string text)
    {
        ref readonly var value = ref _tree[_index];
        if (!value.Escaped)
        {
            // While the text is ASCII, its UTF-8 is its characters, a byte each, so a differing byte
            // settles it; at a character that is not, the value is decoded to compare as strings.
            var bytes = _tree.Utf8;
            var start = value.Start + 1;
            var i = 0;
            for (; i < text.Length && text[i] < 0x80; i++)
            {
                if (i >= value.Length || bytes[start + i] != text[i])
                {
                    return false;
                }
            }

            if (i == text.Length)
            {
                return value.Length == text.Length;
            }
        }

        return string.Equals(StringValue, text, StringComparison.Ordinal);
    }

    /// <summary>The string's value, from <paramref name="strings"/> if given; an escaped one is always decoded afresh (rare, and the tables key raw bytes).</summary>
    private string Decode(Utf8StringTable? strings)
    {
        ref readonly var value = ref _tree[_index];
        if (value.Escaped)
        {
            return JsonStringDecoder.Unescape(_tree.Utf8, value.Start + 1, value.Length);
        }

        return strings is not null
            ? strings.Get(new ReadOnlySpan<byte>(_tree.Utf8, value.Start + 1, value.Length))
            : Encoding.UTF8.GetString(_tree.Utf8, value.Start + 1, value.Length);
    }

    /// <summary>How the value's kind reads in a message: "a string", "an array".</summary>
    public string KindDescription => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.True or JsonKind.False => "a boolean",
        _ => "null",
    };

    /// <summary>The document this value is in, and its row there.</summary>
    internal JsonTree Tree => _tree;

    internal int Index => _index;

    /// <summary>For a member of an object, its property name.</summary>
    public string? Name => _tree[_index].Name;

    /// <summary>For a member of an object, the UTF-8 byte offset of its name's opening quote.</summary>
    public int NameStart => _tree[_index].NameStart;

    /// <summary>For a member of an object, the UTF-8 byte offset just past its name's closing quote.</summary>
    public int NameEnd => _tree[_index].NameEnd;
}

/// <summary>The members of a container, walked in order without an array of their own.</summary>
internal readonly struct JsonMembers : IReadOnlyList<JsonNode>
{
    private readonly JsonTree? _tree;
    private readonly int _container;

    public JsonMembers(JsonTree tree, int container)
    {
        _tree = tree;
        _container = container;
    }

    /// <summary>No members: a missing or mistyped array reads as this.</summary>
    public static JsonMembers Empty => default;

    public int Count => _tree is null ? 0 : _tree[_container].Members;

    /// <summary>The member at <paramref name="position"/>: a walk from the first, so for the first few.</summary>
    public JsonNode this[int position]
    {
        get
        {
            if ((uint)position >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(position));
            }

            var index = _container + 1;
            for (var i = 0; i < position; i++)
            {
                index = _tree![index].Next;
            }

            return new JsonNode(_tree!, index);
        }
    }

    public Enumerator GetEnumerator() => new(_tree, _container);

    IEnumerator<JsonNode> IEnumerable<JsonNode>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<JsonNode>
    {
        private readonly JsonTree? _tree;
        private readonly int _end;
        private int _current;
        private int _next;

        public Enumerator(JsonTree? tree, int container)
        {
            _tree = tree;
            _end = tree is null ? 0 : tree[container].Next;
            _next = container + 1;
            _current = -1;
        }

        public JsonNode Current => new(_tree!, _current);

        object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (_tree is null || _next >= _end)
            {
                return false;
            }

            _current = _next;
            _next = _tree[_current].Next;
            return true;
        }

        public void Reset() => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }
}
