using System.Collections.Generic;
using System.Linq;

namespace AllianceData.Query;

/// <summary>Computes facts, conflicts and timelines from a dataset's claims, once.</summary>
internal static class ClaimAnalysis
{
    /// <summary>
    /// Groups claims by subject and predicate, then greedily into facts whose values are pairwise
    /// compatible (a chain of overlaps, A~B~C with A incompatible with C, never joins A and C).
    /// </summary>
    public static IReadOnlyList<Fact> Facts(Dataset dataset)
    {
        var facts = new List<Fact>();
        foreach (var group in GroupBySubjectAndPredicate(dataset.Claims))
        {
            var clusters = new List<List<Claim>>();
            foreach (var claim in group)
            {
                var home = clusters.FirstOrDefault(cluster => cluster.All(member => ValueCompatibility.AreCompatible(member.Object, claim.Object)));
                if (home is null)
                {
                    clusters.Add(new List<Claim> { claim });
                }
                else
                {
                    home.Add(claim);
                }
            }

            facts.AddRange(clusters.Select(cluster => new Fact(cluster.ToArray())));
        }

        return facts;
    }

    public static IReadOnlyList<Conflict> Conflicts(Dataset dataset)
    {
        var conflicts = new List<Conflict>();
        foreach (var group in GroupBySubjectAndPredicate(dataset.Claims.Where(c => c.Predicate.IsSingleValued)))
        {
            var claims = group.OrderBy(c => c.Article.Published.Date.Start).ToArray();
            var pairs = new List<ConflictingPair>();
            for (var i = 0; i < claims.Length; i++)
            {
                for (var j = i + 1; j < claims.Length; j++)
                {
                    if (ValueCompatibility.Explain(claims[i].Object, claims[j].Object) is { } why)
                    {
                        var later = claims[j].Article.Published.Date.Start > claims[i].Article.Published.Date.End;
                        pairs.Add(new ConflictingPair(claims[i], claims[j], later ? ConflictKind.Evolution : ConflictKind.Contradiction, why));
                    }
                }
            }

            if (pairs.Count > 0)
            {
                conflicts.Add(new Conflict(claims, pairs));
            }
        }

        return conflicts;
    }

    /// <summary>Dated claims ordered by the time they refer to (its anchor, then its interval, then dataset order).</summary>
    public static IReadOnlyList<TimelineEntry> Timeline(Dataset dataset) =>
        Dated(dataset).OrderBy(e => e.Time.Anchor).ThenBy(e => e.Time.Start).ThenBy(e => e.Time.End).ToArray();

    /// <summary>Dated claims ordered by when they were reported, then by the time they refer to.</summary>
    public static IReadOnlyList<TimelineEntry> TimelineByReporting(Dataset dataset) =>
        Dated(dataset).OrderBy(e => e.Reported.Date.Anchor).ThenBy(e => e.Time.Anchor).ToArray();

    private static IEnumerable<TimelineEntry> Dated(Dataset dataset) =>
        dataset.Claims
            .Select(c => (Time: c.Object as TimeValue ?? c.When, Claim: c))
            .Where(e => e.Time is not null)
            .Select(e => new TimelineEntry(e.Time!, e.Claim));

    private static IEnumerable<IEnumerable<Claim>> GroupBySubjectAndPredicate(IEnumerable<Claim> claims) =>
        claims.GroupBy(c => (c.Subject, c.Predicate));
}
