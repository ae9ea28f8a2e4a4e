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
internal sealed class ReferenceTable
{
    private readonly List<string> _names;

    /// <summary>
    /// Open addressing over the names, each slot the name's index + 1 (0: empty). Not a Dictionary:
    /// an article's hundred-odd references were looked up through the comparer's interface and a
    /// whole-string hash, most of the emitter's time in this table, where the IDs are nearly always
    /// the same string objects (the parse keeps one per recurring ID), so a sampled hash and the
    /// reference check that <see cref="string.Equals(string, string)"/> makes first mostly suffice.
    /// </summary>
    private int[] _slots;
    private int _shift;

    /// <summary>
    /// The index of each reference in the order <see cref="Of"/> met them, which is the order the
    /// writer writes them: the writer takes the next one instead of looking its ID up again.
    /// </summary>
    private readonly int[] _sequence;
    private int _recorded;
    private int _written;

    /// <summary>Sized for <paramref name="capacity"/> IDs (past which the slots double) and exactly <paramref name="references"/> references.</summary>
    private ReferenceTable(int capacity, int references)
    {
        _names = new List<string>(capacity);
        _shift = 32 - 3; // 8 slots, doubled until they are at most half full
        while ((1 << (32 - _shift)) < 2 * capacity)
        {
            _shift--;
        }

        _slots = new int[1 << (32 - _shift)];
        _sequence = new int[references];
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

    /// <summary>The table of <paramref name="a"/>: every reference the writer will write, in writing order.</summary>
    public static ReferenceTable Of(ArticleSpec a)
    {
        // Room for the publisher, the cites, the mentions and two new IDs per claim: a claim names up to
        // five, but mostly entities the article mentions, so the distinct ones rarely outgrow it.
        var ofArticle = 1 + a.Cites.Count + a.Mentions.Count;
        var table = new ReferenceTable(ofArticle + (2 * a.Claims.Count), ofArticle + (5 * a.Claims.Count));
        table.Add(a.Publisher);
        foreach (var cite in a.Cites)
        {
            table.Add(cite);
        }

        foreach (var mention in a.Mentions)
        {
            table.Add(mention);
        }

        foreach (var claim in a.Claims)
        {
            table.Add(claim.Subject);
            table.Add(claim.Predicate);
            table.Add(claim.Object.Kind == "entity" ? claim.Object.Entity : null);
            table.Add(claim.AttributionSource);
            table.Add(claim.Where);
        }

        return table;
    }

    /// <summary>Writes the index of <paramref name="id"/>, which must be the next reference <see cref="Of"/> met.</summary>
    public void Reference(PayloadBuffer w, string id)
    {
        var index = _written < _recorded ? _sequence[_written++] : -1;

        // The same string object, from the same spec, unless the writer and Of disagree on the order.
        if (index < 0 || !string.Equals(_names[index], id, System.StringComparison.Ordinal))
        {
            throw new System.InvalidOperationException($"The payload writer referred to '{id}' out of the order its reference table recorded.");
        }

        Int(w, index);
    }

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

    private void Add(string? id)
    {
        if (id is null)
        {
            return;
        }

        _sequence[_recorded++] = IndexOf(id);
    }

    /// <summary>The index of <paramref name="id"/>, which is added to the table when it is new.</summary>
    private int IndexOf(string id)
    {
        var mask = _slots.Length - 1;
        for (var slot = Slot(id, _shift); ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                var index = _names.Count;
                _names.Add(id);
                _slots[slot] = index + 1;
                if (2 * _names.Count > _slots.Length)
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

    /// <summary>Doubles the slots: a claim can name five new IDs where <see cref="Of"/> made room for two.</summary>
    private void Grow()
    {
        _shift--;
        _slots = new int[_slots.Length * 2];
        var mask = _slots.Length - 1;
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

    /// <summary>
    /// The first slot to try for <paramref name="id"/>: its length and three of its characters, the
    /// last two and the middle one, where slugs of registry names differ (they share their
    /// prefixes), spread over the table by Fibonacci hashing. IDs that sample alike only probe further.
    /// </summary>
    private static int Slot(string id, int shift)
    {
        var n = id.Length;
        var h = (uint)n;
        if (n > 0)
        {
            h = (((h * 31) + id[n - 1]) * 31 + id[(n - 1) / 2]) * 31 + id[n > 1 ? n - 2 : 0];
        }

        return (int)((h * 0x9E3779B9u) >> shift);
    }
}
