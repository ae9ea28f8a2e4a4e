using System.Collections.Generic;

namespace AllianceData.Generator.Model;

/// <summary>
/// A read-only map from registry IDs to what they name, for the article links' lookups: every claim
/// looks up its subject, predicate and often an object, a source and a place. Open addressing on
/// <see cref="IdHash"/>, a hash of a few of the ID's characters, where a
/// <see cref="Dictionary{TKey,TValue}"/> hashed every character of every reference first.
/// </summary>
internal sealed class IdLookup<T>
    where T : class
{
    private readonly string?[] _ids;
    private readonly T?[] _values;
    private readonly int _shift;

    public IdLookup(Dictionary<string, T> entries)
    {
        var slots = 8;
        while (slots < 2 * entries.Count)
        {
            slots *= 2; // at most half full, so probe runs stay short
        }

        _ids = new string?[slots];
        _values = new T?[slots];
        _shift = IdHash.ShiftFor(slots);

        foreach (var entry in entries)
        {
            var slot = Slot(entry.Key);
            while (_ids[slot] is not null)
            {
                slot = (slot + 1) & (slots - 1);
            }

            _ids[slot] = entry.Key;
            _values[slot] = entry.Value;
        }
    }

    /// <summary>What <paramref name="id"/> names, or null when it names nothing (as <see cref="Dictionary{TKey,TValue}.TryGetValue"/> compares keys: ordinal).</summary>
    public T? Find(string id)
    {
        var mask = _ids.Length - 1;
        for (var slot = Slot(id); _ids[slot] is { } candidate; slot = (slot + 1) & mask)
        {
            if (string.Equals(candidate, id))
            {
                return _values[slot];
            }
        }

        return null;
    }

    private int Slot(string id) => IdHash.Slot(id, _shift);
}
