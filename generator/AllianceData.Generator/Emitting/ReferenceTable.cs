using System;
using System.Collections.Generic;
using AllianceData.Generator.Model;
using static AllianceData.Generator.Emitting.PayloadText;

namespace AllianceData.Generator.Emitting;

/// <summary>
/// The registry IDs one article refers to, each once, in the order the payload first uses them. A
/// claim names its subject, predicate and often an object and a source; written as an index into
/// this table, such a reference takes two or three characters instead of the whole ID. The table is
/// the article's own, so a registry edit does not change the payload of any article.
/// </summary>
/// <remarks>
/// The table fills as the payload is written: a new ID takes the next index, so one pass over the
/// article both writes the references and makes the table, which the writer then inserts before them
/// (<see cref="InsertNames"/>). A pass of its own to make the table first read every claim twice.
/// The table is the thread's, reused from article to article (<see cref="Take"/>, <see cref="Release"/>).
/// </remarks>
internal sealed class ReferenceTable
{
    /// <summary>Tables that grew past this many slots are not kept: a compiler server keeps its threads.</summary>
    private const int KeptSlots = 1 << 16;

    private readonly List<string> _names = new();

    /// <summary>
    /// Open addressing over the names, each slot the name's index + 1 (0: empty), in the first
    /// <see cref="_slotCount"/> entries of the array (which may be longer, kept from a larger article).
    /// Not a Dictionary: an article's hundred-odd references were looked up through the comparer's
    /// interface and a whole-string hash, most of the emitter's time in this table, where the IDs are
    /// nearly always the same string objects (the parse keeps one per recurring ID), so a sampled hash
    /// and the reference check that <see cref="string.Equals(string, string)"/> makes first mostly suffice.
    /// </summary>
    private int[] _slots = new int[MinimumSlots];
    private int _slotCount;
    private int _shift;

    /// <summary>The table written on its own, to be inserted into the payload.</summary>
    private readonly PayloadBuffer _written = new(256);

    private const int MinimumSlots = 8;

    private ReferenceTable()
    {
    }

    /// <summary>
    /// The thread's table, empty, or a new one if it is taken, with slots for <paramref name="capacity"/>
    /// IDs (past which they double). Taken, not shared: a table taken while another is in use on the
    /// thread is a table of its own.
    /// </summary>
    public static ReferenceTable Take(int capacity)
    {
        var table = ThreadSpare<ReferenceTable>.Take() ?? new ReferenceTable();
        table._names.Clear();
        var slots = MinimumSlots;
        while (slots < 2 * capacity)
        {
            slots *= 2;
        }

        table.ClearSlots(slots);
        return table;
    }

    /// <summary>Gives the table back to the thread for the next article; it must not be used after.</summary>
    public void Release()
    {
        if (_slots.Length <= KeptSlots)
        {
            ThreadSpare<ReferenceTable>.Keep(this);
        }
    }

    /// <summary>Writes the table itself: its size, then each ID.</summary>
    public void WriteNames(PayloadBuffer w)
    {
        Int(w, _names.Count);
        foreach (var name in _names)
        {
            Str(w, name);
        }
    }

    /// <summary>Inserts the table (as <see cref="WriteNames"/> writes it) into <paramref name="w"/> at <paramref name="position"/>, before the references it indexes.</summary>
    public void InsertNames(PayloadBuffer w, int position)
    {
        _written.Clear();
        WriteNames(_written);
        w.Insert(position, _written);
    }

    /// <summary>Writes the index of <paramref name="id"/>, which takes the next one when it is new.</summary>
    public void Reference(PayloadBuffer w, string id) => Int(w, IndexOf(id));

    public void OptionalReference(PayloadBuffer w, string? id)
    {
        if (id is null)
        {
            w.Append('~');
        }
        else
        {
            Reference(w, id);
        }
    }

    public void References(PayloadBuffer w, EquatableArray<string> ids)
    {
        Int(w, ids.Count);
        foreach (var id in ids)
        {
            Reference(w, id);
        }
    }

    /// <summary>The index of <paramref name="id"/>, which is added to the table when it is new.</summary>
    private int IndexOf(string id)
    {
        var mask = _slotCount - 1;
        for (var slot = Slot(id, _shift); ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                var index = _names.Count;
                _names.Add(id);
                _slots[slot] = index + 1;
                if (2 * _names.Count > _slotCount)
                {
                    Grow();
                }

                return index;
            }

            if (string.Equals(_names[entry - 1], id))
            {
                return entry - 1;
            }
        }
    }

    /// <summary>Doubles the slots, which are kept at most half full.</summary>
    private void Grow()
    {
        ClearSlots(_slotCount * 2);
        var mask = _slotCount - 1;
        for (var index = 0; index < _names.Count; index++)
        {
            var slot = Slot(_names[index], _shift);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = index + 1;
        }
    }

    /// <summary>Empties the first <paramref name="count"/> slots (a power of two) and uses those, the array grown if it is shorter.</summary>
    private void ClearSlots(int count)
    {
        if (_slots.Length < count)
        {
            _slots = new int[count];
        }
        else
        {
            Array.Clear(_slots, 0, count);
        }

        _slotCount = count;
        _shift = IdHash.ShiftFor(count);
    }

    private static int Slot(string id, int shift) => IdHash.Slot(id, shift);
}
