using System;
using System.Text;

namespace AllianceData.Generator.Parsing;

/// <summary>
/// Registry IDs recur across every article: a claim's subject, predicate and object, its source, its
/// place, the mentions. One string per distinct ID on a thread, not one per reference: the parse then
/// decodes and allocates an ID once, and every later comparison of two references to it (the linker's
/// lookups, the payload's reference table) meets the same string and is settled by reference. A
/// direct-mapped table keyed by a hash of all the bytes (IDs of a series share their length and
/// first and last bytes); a miss or a collision decodes the value and takes the slot. Only for
/// values that recur: a claim's own ID would only push out the ones that do.
/// </summary>
internal sealed class RecurringStringCache
{
    /// <summary>
    /// Room for a few thousand distinct IDs: a large dataset's registries, with few collisions. Full,
    /// a table holds about 4,096 short strings and their bytes, a few hundred KB, on each thread that
    /// has parsed seeds (a compiler server keeps its threads): what it saves is allocated on every build.
    /// </summary>
    private const int Slots = 4096;

    /// <summary>Values longer than this are decoded each time: an ID is short, and hashing a long text would cost what it saves.</summary>
    private const int MaxLength = 64;

    [ThreadStatic]
    private static RecurringStringCache? _forThread;

    private readonly byte[]?[] _utf8 = new byte[Slots][];
    private readonly string?[] _values = new string[Slots];

    /// <summary>The calling thread's table.</summary>
    public static RecurringStringCache ForThread => _forThread ??= new RecurringStringCache();

    /// <summary>The string spelled by the <paramref name="count"/> (unescaped) UTF-8 bytes of <paramref name="raw"/> at <paramref name="offset"/>.</summary>
    public string Get(byte[] raw, int offset, int count)
    {
        if (count == 0)
        {
            return string.Empty;
        }

        if (count > MaxLength)
        {
            return Encoding.UTF8.GetString(raw, offset, count);
        }

        var utf8 = new ReadOnlySpan<byte>(raw, offset, count);
        var hash = 17u;
        foreach (var b in utf8)
        {
            hash = unchecked((hash * 31) + b);
        }

        var slot = (int)((hash ^ (hash >> 13)) & (Slots - 1));
        if (_utf8[slot] is { } cached && utf8.SequenceEqual(cached))
        {
            return _values[slot]!;
        }

        var value = Encoding.UTF8.GetString(raw, offset, count);
        _utf8[slot] = utf8.ToArray();
        _values[slot] = value;
        return value;
    }
}
