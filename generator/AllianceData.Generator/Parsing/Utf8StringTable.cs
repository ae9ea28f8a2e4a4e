using System;
using System.Text;

namespace AllianceData.Generator.Parsing;

/// <summary>
/// One string per distinct UTF-8 value, not one per occurrence, for the values that recur across every
/// seed: the property names ("id", "subject", "evidence"...) and the registry IDs that claims refer
/// to. A direct-mapped table keyed by a hash of all the bytes (IDs of a series share their length and
/// first and last bytes); a miss or a collision decodes the value and takes the slot. One table of
/// each per thread, kept from document to document: what it holds is immutable, and a compiler server
/// keeps its threads, so what a table saves is saved on every build.
/// </summary>
internal sealed class Utf8StringTable
{
    [ThreadStatic]
    private static Utf8StringTable? _propertyNames;

    [ThreadStatic]
    private static Utf8StringTable? _references;

    private readonly byte[]?[] _utf8;
    private readonly string?[] _values;

    /// <summary>Whether a slot's value is the interned string (see <see cref="Intern"/>); null for a table that does not intern.</summary>
    private readonly bool[]? _interned;
    private readonly int _maxLength;

    /// <param name="slots">A power of two.</param>
    /// <param name="maxLength">Values longer than this (in bytes) are decoded each time: hashing a long text would cost what it saves.</param>
    /// <param name="intern">Hand back the interned string where there is one (see <see cref="Intern"/>).</param>
    public Utf8StringTable(int slots, int maxLength, bool intern)
    {
        _utf8 = new byte[slots][];
        _values = new string[slots];
        _interned = intern ? new bool[slots] : null;
        _maxLength = maxLength;
    }

    /// <summary>The thread's table of property names: the few dozen names of the format, as the parsers' own literals.</summary>
    public static Utf8StringTable PropertyNames => _propertyNames ??= new Utf8StringTable(256, 64, intern: true);

    /// <summary>
    /// The thread's table of registry IDs, as entries and references give them: room for a few thousand,
    /// a large dataset's registries, with few collisions; full, a few hundred KB of short strings and
    /// their bytes. Every comparison of two references to one ID then meets the same string and is
    /// settled by reference. Not for a claim's own ID, which would only push out the ones that recur.
    /// </summary>
    public static Utf8StringTable References => _references ??= new Utf8StringTable(4096, 64, intern: false);

    /// <summary>The string spelled by these (unescaped) UTF-8 bytes.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length == 0)
        {
            return string.Empty;
        }

        if (utf8.Length > _maxLength)
        {
            return Encoding.UTF8.GetString(utf8.ToArray());
        }

        var hash = 17u;
        foreach (var b in utf8)
        {
            hash = unchecked((hash * 31) + b);
        }

        var slot = (int)((hash ^ (hash >> 13)) & (uint)(_utf8.Length - 1));
        if (_utf8[slot] is { } cached && utf8.SequenceEqual(cached))
        {
            return _interned is null || _interned[slot] ? _values[slot]! : Intern(slot, _values[slot]!);
        }

        var bytes = utf8.ToArray();
        _utf8[slot] = bytes;
        var value = Encoding.UTF8.GetString(bytes);
        return _interned is null ? _values[slot] = value : Intern(slot, value);
    }

    /// <summary>
    /// The parsers' lists of known property names are literals, which the runtime interns once the code
    /// that holds them has run: handing back that very string lets the object reader match a name by
    /// reference instead of by its characters. A name read before then, or one no parser knows, is
    /// looked up again when it recurs.
    /// </summary>
    private string Intern(int slot, string value)
    {
        var interned = string.IsInterned(value);
        (_values[slot], _interned![slot]) = (interned ?? value, interned is not null);
        return interned ?? value;
    }
}
