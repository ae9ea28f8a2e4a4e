using System;
using System.Text;

namespace AllianceData.Generator.Parsing;

/// <summary>
/// Property names repeat on every object of every seed ("id", "subject", "evidence"...): one string
/// per distinct name, not one per occurrence. A small direct-mapped table keyed by length and first
/// and last byte; a miss (or a collision) decodes the name and takes the slot. One table per thread,
/// kept from document to document: what it holds is immutable, and the same few dozen names recur.
/// </summary>
internal sealed class PropertyNameCache
{
    private const int Slots = 256;

    [ThreadStatic]
    private static PropertyNameCache? _forThread;

    private readonly byte[]?[] _utf8 = new byte[Slots][];
    private readonly string?[] _names = new string[Slots];

    /// <summary>Whether the slot's name is the interned one (see <see cref="Get"/>).</summary>
    private readonly bool[] _interned = new bool[Slots];

    /// <summary>The calling thread's table.</summary>
    public static PropertyNameCache ForThread => _forThread ??= new PropertyNameCache();

    /// <summary>The name spelled by these (unescaped) UTF-8 bytes.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length == 0)
        {
            return string.Empty;
        }

        var slot = ((utf8.Length * 31) + (utf8[0] * 7) + utf8[utf8.Length - 1]) & (Slots - 1);
        if (_utf8[slot] is { } cached && utf8.SequenceEqual(cached))
        {
            return _interned[slot] ? _names[slot]! : Intern(slot, _names[slot]!);
        }

        var bytes = utf8.ToArray();
        _utf8[slot] = bytes;
        return Intern(slot, Encoding.UTF8.GetString(bytes));
    }

    /// <summary>
    /// The parsers' lists of known names are literals, which the runtime interns once the code that
    /// holds them has run: handing back that very string lets the object reader match a name by
    /// reference instead of by its characters. A name read before then, or one no parser knows, is
    /// looked up again when it recurs.
    /// </summary>
    private string Intern(int slot, string name)
    {
        var interned = string.IsInterned(name);
        (_names[slot], _interned[slot]) = (interned ?? name, interned is not null);
        return interned ?? name;
    }
}
