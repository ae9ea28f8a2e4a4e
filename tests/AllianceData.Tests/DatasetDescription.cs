using System.Collections.Generic;
using System.Linq;

namespace AllianceData.Tests;

/// <summary>
/// A dataset written out as lines of text, every field and index by ID: two datasets built from the same
/// seeds (each with its own objects) describe equal, and a difference names itself in the assertion.
/// </summary>
internal static class DatasetDescription
{
    public static List<string> Of(Dataset data)
    {
        var lines = new List<string>();
        foreach (var a in data.Articles)
        {
            lines.Add($"article {a.Id}|{a.FileName}|{a.Title}|{a.Url}|{a.Publisher?.Id}|{a.PublisherNote}|{a.Published}|{a.BodyStart}|{a.BodyEnd}|{a.Text.GetHashCode()}"
                + $"|cites {Ids(a.Cites)}|mentions {Ids(a.Mentions)}|claims {Ids(a.Claims.Select(c => c.Id))}");
        }

        foreach (var c in data.Claims)
        {
            lines.Add($"claim {c.Id}|{c.Article.Id}|{c.Subject.Id}|{c.Predicate.Id}|{c.Object.Kind}:{Value(c.Object)}|{c.Modality}|{c.Attribution?.Source?.Id}|{c.Attribution?.Via}|{c.When}|{c.When?.IntervalText}|{c.Where?.Id}|{c.Note}"
                + "|" + string.Join(",", c.Evidence.Select(e => $"{e.Quote}@{e.Start}-{e.End}/{e.Prefix}/{e.Suffix}/{e.Occurrence}/{e.Claim.Id}")));
        }

        foreach (var e in data.Entities)
        {
            lines.Add($"entity {e.Id}|about {Ids(data.ClaimsAbout(e).Select(c => c.Id))}|mentioned in {Ids(e.MentionedIn.Select(a => a.Id))}");
        }

        foreach (var o in data.Organizations)
        {
            lines.Add($"outlet {o.Id}|{Ids(data.ClaimsBy(o).Select(c => c.Id))}");
        }

        foreach (var p in data.Predicates)
        {
            lines.Add($"predicate {p.Id}|{Ids(data.ClaimsWith(p).Select(c => c.Id))}");
        }

        lines.AddRange(data.Facts.Select(f => $"fact {f}|{Ids(f.Claims.Select(c => c.Id))}"));
        lines.AddRange(data.Conflicts.Select(c => $"conflict {c.Kind}|{c}|{Ids(c.Claims.Select(x => x.Id))}"));
        lines.AddRange(data.Timeline.Select(t => $"timeline {t}|{t.Claim.Id}"));
        lines.AddRange(data.TimelineByReporting.Select(t => $"by reporting {t}|{t.Claim.Id}"));
        lines.AddRange(data.CommandGraph.Edges.Select(e => $"edge {e}|{e.Claim?.Id}"));
        return lines;
    }

    private static string Value(ClaimValue value) => value is EntityValue entity ? entity.Entity.Id : value.ToString()!;

    private static string Ids(IEnumerable<Entity> entities) => Ids(entities.Select(e => e.Id));

    private static string Ids(IEnumerable<string> ids) => string.Join(",", ids);
}
