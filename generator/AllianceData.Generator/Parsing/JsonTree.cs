using System;

namespace AllianceData.Generator.Parsing;

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A JSON document as one table of its values in document order, each with the UTF-8 byte range it
/// came from, so that every diagnostic can point at the exact place in the seed file. As in
/// System.Text.Json's <c>JsonDocument</c>, a value is an index into the table, not an object, and a
/// string is decoded only when it is read. One table per thread is reused from file to file, so a
/// parse allocates little more than the strings its models keep. Transient: a tree is valid until
/// the next <see cref="JsonTreeReader.Read"/> on the same thread, and never enters a pipeline model.
/// </summary>
internal sealed class JsonTree
{
    /// <summary>
    /// A table grown past this many values (a large registry) is not kept for the next file: a
    /// compiler server keeps a table per thread for its lifetime, so the cache stays small (an
    /// article's annotation has one or two thousand values; the cap is under a megabyte of rows).
    /// </summary>
    private const int MaxCachedValues = 1 << 14;

    [ThreadStatic]
    private static JsonTree? t_cached;

    private Value[] _values = new Value[1024];

    /// <summary>
    /// The byte offset at which each line starts, as <see cref="JsonFastPath"/> passes the line breaks
    /// (the first <see cref="LineCount"/> entries); the full reader records none.
    /// </summary>
    private int[] _lineStarts = new int[256];

    /// <summary>Scratch for the object readers: each takes a slot per known property name, for the document's whole parse.</summary>
    private int[] _slots = new int[256];
    private int _slotCount;

    private JsonTree(byte[] utf8) => Utf8 = utf8;

    public byte[] Utf8 { get; private set; }

    public int Count { get; private set; }

    public JsonNode Root => new(this, 0);

    /// <summary>How many line starts are recorded: at least 1 (the first line's, 0) when the fast path read the document, else 0.</summary>
    public int LineCount { get; private set; }

    /// <summary>
    /// The start of each line, as JSON has them (after LF, CR LF and a lone CR): every line break of
    /// the document unless a string holds U+0085, U+2028 or U+2029, which the compiler counts as
    /// line breaks and this table does not.
    /// </summary>
    public ReadOnlySpan<int> LineStarts => new(_lineStarts, 0, LineCount);

    /// <summary>This thread's table, emptied, for a new document.</summary>
    public static JsonTree Rent(byte[] utf8)
    {
        var tree = t_cached ?? new JsonTree(utf8);
        t_cached = null;
        tree.Utf8 = utf8;
        tree.Count = 0;
        tree._slotCount = 0;
        tree._lineStarts[0] = 0;
        tree.LineCount = 1;
        return tree;
    }

    /// <summary>Empties the table for the same document read again.</summary>
    public void Clear()
    {
        Count = 0;
        _slotCount = 0;
        LineCount = 0;
    }

    /// <summary>Gives the table back for the next document read on this thread.</summary>
    public void Return()
    {
        Utf8 = Array.Empty<byte>();
        if (_values.Length <= MaxCachedValues && _slots.Length <= MaxCachedValues && _lineStarts.Length <= MaxCachedValues)
        {
            t_cached = this;
        }
    }

    /// <summary>Appends a value; a container's <see cref="Value.Next"/> and end are set by <see cref="Close"/>.</summary>
    public int Add(JsonKind kind, int start, int end, int length, bool escaped, int parent, string? name, int nameStart, int nameEnd)
    {
        if (Count == _values.Length)
        {
            Array.Resize(ref _values, _values.Length * 2);
        }

        // Written field by field in place: a whole struct with a reference in it is copied into the
        // array through a write-barrier helper, and this runs once per value.
        ref var value = ref _values[Count];
        value.Kind = kind;
        value.Start = start;
        value.End = end;
        value.Length = length;
        value.Escaped = escaped;
        value.Next = Count + 1;
        value.Members = 0;
        value.Name = name;
        value.NameStart = nameStart;
        value.NameEnd = nameEnd;
        if (parent >= 0)
        {
            _values[parent].Members++;
        }

        return Count++;
    }

    /// <summary>Records that a line starts at <paramref name="offset"/>, after the last one recorded.</summary>
    public void AddLineStart(int offset)
    {
        if (LineCount == _lineStarts.Length)
        {
            Array.Resize(ref _lineStarts, _lineStarts.Length * 2);
        }

        _lineStarts[LineCount++] = offset;
    }

    /// <summary>Closes the container at <paramref name="index"/>: every value added since is inside it.</summary>
    public void Close(int index, int end)
    {
        _values[index].End = end;
        _values[index].Next = Count;
    }

    internal ref readonly Value this[int index] => ref _values[index];

    /// <summary>Takes <paramref name="count"/> slots, each -1, and returns where they start.</summary>
    public int ReserveSlots(int count)
    {
        if (_slotCount + count > _slots.Length)
        {
            Array.Resize(ref _slots, Math.Max(_slots.Length * 2, _slotCount + count));
        }

        var first = _slotCount;
        for (var i = 0; i < count; i++)
        {
            _slots[first + i] = -1;
        }

        _slotCount += count;
        return first;
    }

    public ref int Slot(int index) => ref _slots[index];

    /// <summary>One row of the table.</summary>
    internal struct Value
    {
        public JsonKind Kind;

        /// <summary>UTF-8 byte offset of the value's first byte (a string's opening quote).</summary>
        public int Start;

        /// <summary>UTF-8 byte offset just past the value's last byte.</summary>
        public int End;

        /// <summary>A string's or number's length in bytes as written, quotes excluded.</summary>
        public int Length;

        /// <summary>A string written with escapes, so decoded by <see cref="JsonStringDecoder"/>.</summary>
        public bool Escaped;

        /// <summary>The index just past this value and everything inside it: its next sibling's.</summary>
        public int Next;

        /// <summary>A container's number of members.</summary>
        public int Members;

        /// <summary>For a member of an object, its property name and where the name is written.</summary>
        public string? Name;

        public int NameStart;

        public int NameEnd;
    }
}
