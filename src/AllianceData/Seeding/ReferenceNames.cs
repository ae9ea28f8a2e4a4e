using System;
using System.Collections.Generic;

namespace AllianceData.Seeding;

/// <summary>
/// The registry IDs one article seed refers to, each once, in the order the version 2 payload first
/// uses them: the table the payload starts with, which its references index.
/// </summary>
internal sealed class ReferenceNames
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly List<string> _names = new();

    private ReferenceNames()
    {
    }

    public string[] Names => _names.ToArray();

    /// <summary>The table of <paramref name="seed"/>; throws, as the writer would, where the seed lacks what the payload needs.</summary>
    public static ReferenceNames Of(ArticleSeed seed)
    {
        var table = new ReferenceNames();
        table.Add(seed.Publisher);
        table.AddAll(seed.Cites);
        table.AddAll(seed.Mentions);
        foreach (var claim in seed.Claims ?? throw Missing(seed.Id, "Claims"))
        {
            if (claim is null)
            {
                throw Missing(seed.Id, "Claims[]");
            }

            table.Add(claim.Subject);
            table.Add(claim.Predicate);
            table.Add(claim.ObjectEntity);
            table.Add(claim.AttributionSource);
            table.Add(claim.Where);
        }

        return table;
    }

    public int IndexOf(string id) => _indexes[id];

    private void AddAll(string[]? ids)
    {
        foreach (var id in ids ?? Array.Empty<string>())
        {
            Add(id);
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

    private static ArgumentException Missing(string? article, string field) =>
        new($"The seed{(article is null ? string.Empty : " of article '" + article + "'")} has no {field}; the payload needs one.", "seed");
}
