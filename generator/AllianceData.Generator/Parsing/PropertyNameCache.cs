using System;
using System.Text;

namespace AllianceData.Generator.Parsing;

/// <summary>
/// Property names repeat on every object of a seed ("id", "subject", "evidence"...): one string per
/// distinct name, not one per occurrence. A small direct-mapped table keyed by length and first and
/// last byte; a miss (or a collision) decodes the name and takes the slot. Per document, so nothing is shared.
/// </summary>
internal sealed class PropertyNameCache
{
    private const int Slots = 64;

    private readonly byte[]?[] _utf8 = new byte[Slots][];
    private readonly string?[] _names = new string[Slots];

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
            return _names[slot]!;
        }

        var bytes = utf8.ToArray();
        var name = Encoding.UTF8.GetString(bytes);
        (_utf8[slot], _names[slot]) = (bytes, name);
        return name;
    }
}
