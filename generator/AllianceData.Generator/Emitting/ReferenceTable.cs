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
    private readonly Dictionary<string, int> _indexes;
    private readonly List<string> _names;

    /// <summary>
    /// The index of each reference in the order <see cref="Of"/> met them, which is the order the
    /// writer writes them: the writer takes the next one instead of looking its ID up again.
    /// </summary>
    private readonly int[] _sequence;
    private int _recorded;
    private int _written;

    /// <summary>Sized for <paramref name="capacity"/> IDs and <paramref name="references"/> references, so nothing is regrown while it fills.</summary>
    private ReferenceTable(int capacity, int references)
    {
        _indexes = new Dictionary<string, int>(capacity, System.StringComparer.Ordinal);
        _names = new List<string>(capacity);
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

        if (!_indexes.TryGetValue(id, out var index))
        {
            index = _names.Count;
            _indexes.Add(id, index);
            _names.Add(id);
        }

        _sequence[_recorded++] = index;
    }
}
