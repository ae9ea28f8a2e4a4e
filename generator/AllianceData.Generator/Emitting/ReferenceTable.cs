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

    /// <summary>Sized for <paramref name="capacity"/> IDs, so the table is not regrown while it fills.</summary>
    private ReferenceTable(int capacity)
    {
        _indexes = new Dictionary<string, int>(capacity, System.StringComparer.Ordinal);
        _names = new List<string>(capacity);
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
        var table = new ReferenceTable(1 + a.Cites.Count + a.Mentions.Count + (2 * a.Claims.Count));
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

    public void Reference(PayloadBuffer w, string id) => Int(w, _indexes[id]);

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
        if (id is not null && !_indexes.ContainsKey(id))
        {
            _indexes.Add(id, _names.Count);
            _names.Add(id);
        }
    }
}
