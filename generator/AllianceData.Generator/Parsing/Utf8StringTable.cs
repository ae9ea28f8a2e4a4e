using System;
using System.Runtime.InteropServices;
using System.Text;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Parsing;

/// <summary>
/// One string per distinct UTF-8 value, not one per occurrence, for the values that recur across every
/// seed: the property names ("id", "subject", "evidence"...) and the registry IDs that claims refer
/// to. Two slots per hash of all the bytes (IDs of a series share their length and first and last
/// bytes); a miss decodes the value and takes the first slot, moving what was there to the second. One
/// table of each per thread, kept from document to document: what it holds is immutable, and a compiler server
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

    /// <summary>Takes a <see cref="Hash"/> to a slot: its top bits.</summary>
    private readonly int _shift;

    /// <param name="slots">A power of two, at least two.</param>
    /// <param name="maxLength">Values longer than this (in bytes) are decoded each time: hashing a long text would cost what it saves.</param>
    /// <param name="intern">Hand back the interned string where there is one (see <see cref="Intern"/>).</param>
    public Utf8StringTable(int slots, int maxLength, bool intern)
    {
        _utf8 = new byte[slots][];
        _values = new string[slots];
        _interned = intern ? new bool[slots] : null;
        _maxLength = maxLength;
        _shift = 32 + IdHash.ShiftFor(slots); // the hash has 64 bits, where IdHash's have 32
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

        // Two slots per hash, the newer value first: a direct-mapped table of the format's 53 property
        // names had a few pairs of frequent names that kept taking each other's slot.
        var slot = (int)(Hash(utf8) >> _shift) & ~1;
        if (Holds(slot, utf8))
        {
            return ValueAt(slot);
        }

        if (Holds(slot + 1, utf8))
        {
            return ValueAt(slot + 1);
        }

        _utf8[slot + 1] = _utf8[slot];
        _values[slot + 1] = _values[slot];
        var bytes = utf8.ToArray();
        _utf8[slot] = bytes;
        var value = Encoding.UTF8.GetString(bytes);
        if (_interned is null)
        {
            return _values[slot] = value;
        }

        _interned[slot + 1] = _interned[slot];
        return Intern(slot, value);
    }

    private bool Holds(int slot, ReadOnlySpan<byte> utf8) => _utf8[slot] is { } cached && utf8.SequenceEqual(cached);

    private string ValueAt(int slot) => _interned is null || _interned[slot] ? _values[slot]! : Intern(slot, _values[slot]!);

    /// <summary>
    /// A hash of every byte, read a word at a time: every property name and registry reference of every
    /// seed is hashed, and a byte at a time the chain of multiplications cost more than the lookup it
    /// served. The words cover all the bytes (overlapping where the length is not a multiple of eight),
    /// and each step multiplies by an odd constant, so the top bits, which pick the slot, depend on all of
    /// them. Only which slot a value takes depends on it: a hit is always checked on the bytes.
    /// </summary>
    internal static ulong Hash(ReadOnlySpan<byte> utf8)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15; // 2^64 / the golden ratio, made odd
        var length = utf8.Length;
        var hash = (ulong)length * Multiplier;
        if (length >= 8)
        {
            for (var i = 0; i < length - 8; i += 8)
            {
                hash = (hash ^ MemoryMarshal.Read<ulong>(utf8.Slice(i))) * Multiplier;
            }

            return (hash ^ MemoryMarshal.Read<ulong>(utf8.Slice(length - 8))) * Multiplier;
        }

        // Short values, most property names: two reads that overlap where the length is under eight.
        ulong word = length >= 4
            ? ((ulong)MemoryMarshal.Read<uint>(utf8) << 32) | MemoryMarshal.Read<uint>(utf8.Slice(length - 4))
            : ((ulong)utf8[0] << 16) | ((ulong)utf8[length >> 1] << 8) | utf8[length - 1];
        return (hash ^ word) * Multiplier;
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
