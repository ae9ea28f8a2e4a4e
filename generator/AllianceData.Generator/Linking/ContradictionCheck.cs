using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AllianceData.Generator.Model;
using AllianceData.Generator.Parsing;

namespace AllianceData.Generator.Linking;

/// <summary>
/// Warns when two claims with the same subject and a single-valued predicate give values that
/// cannot both hold, and the articles were reported at the same time. A later article that gives a
/// different value is an evolution of the story, not a mistake: the runtime's Conflicts API reports
/// it, the build does not. Mirrors the runtime's ValueCompatibility (the generator cannot reference it).
/// </summary>
internal static class ContradictionCheck
{
    /// <summary>
    /// Compares the claims of each (subject, predicate) group whose articles' publication intervals
    /// overlap: a sweep over the group sorted by publication start, so the cost follows the pairs
    /// reported at the same time, not the square of the group. Most groups hold one claim; they are
    /// only counted, never sorted or copied, which keeps the step cheap enough to re-run on every edit.
    /// </summary>
    /// <param name="singleValuedClaims">Each claim as its article and its place in <see cref="ArticleClaims.SingleValued"/>.</param>
    public static List<Contradiction> Find(IReadOnlyList<(ArticleClaims Article, int Index)> singleValuedClaims)
    {
        var found = new List<Contradiction>();
        var count = singleValuedClaims.Count;

        // Each (subject, predicate) gets a group number in the order its first claim comes, so the
        // groups are visited, and their diagnostics come out, in seed order.
        var groupOf = new Dictionary<(string Subject, string Predicate), int>(count);
        var groupOfClaim = new int[count];
        var sizes = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var claim = Claim(singleValuedClaims[i]);
            if (!groupOf.TryGetValue((claim.Subject, claim.Predicate), out var group))
            {
                group = sizes.Count;
                groupOf.Add((claim.Subject, claim.Predicate), group);
                sizes.Add(0);
            }

            groupOfClaim[i] = group;
            sizes[group]++;
        }

        // The claims laid out group after group (a counting sort), in seed order within each.
        var offsets = new int[sizes.Count + 1];
        for (var g = 0; g < sizes.Count; g++)
        {
            offsets[g + 1] = offsets[g] + sizes[g];
        }

        var members = new int[count];
        var filled = (int[])offsets.Clone();
        for (var i = 0; i < count; i++)
        {
            members[filled[groupOfClaim[i]]++] = i;
        }

        // Within a group, by publication start (as yyyyMMdd) then seed order: stable, so claims
        // published on the same day keep seed order and "first" and "second" read as in the seeds.
        var keys = new long[count];
        var ends = new int[count];
        for (var g = 0; g < sizes.Count; g++)
        {
            if (sizes[g] < 2)
            {
                continue;
            }

            for (var m = offsets[g]; m < offsets[g + 1]; m++)
            {
                var published = singleValuedClaims[members[m]].Article.Published;
                keys[m] = ((long)DayNumber(published.Start) << 32) | (uint)members[m];
                ends[members[m]] = DayNumber(published.End);
            }

            Array.Sort(keys, members, offsets[g], sizes[g]);
            for (var a = offsets[g]; a < offsets[g + 1]; a++)
            {
                var earlier = singleValuedClaims[members[a]];
                for (var b = a + 1; b < offsets[g + 1] && (int)(keys[b] >> 32) <= ends[members[a]]; b++)
                {
                    var later = singleValuedClaims[members[b]];
                    var (first, second) = members[a] < members[b] ? (earlier, later) : (later, earlier);
                    var (firstClaim, secondClaim) = (Claim(first), Claim(second));
                    if (Incompatibility(firstClaim.Object, secondClaim.Object) is { } reason)
                    {
                        found.Add(new Contradiction(
                            second.Article.Target,
                            second.Article.ArticleId,
                            second.Index,
                            secondClaim.Id,
                            first.Article.ArticleId,
                            first.Index,
                            firstClaim.Id,
                            secondClaim.Predicate,
                            reason));
                    }
                }
            }
        }

        return found;
    }

    private static ComparedClaim Claim((ArticleClaims Article, int Index) claim) => claim.Article.SingleValued[claim.Index];

    /// <summary>A <c>yyyy-MM-dd</c> date (as the parser writes interval bounds) as the number yyyyMMdd, which orders as the date does.</summary>
    private static int DayNumber(string date) =>
        (((ValueParsers.Digits(date, 0, 4) * 100) + ValueParsers.Digits(date, 5, 2)) * 100) + ValueParsers.Digits(date, 8, 2);

    private static string? Incompatibility(ClaimObjectSpec a, ClaimObjectSpec b)
    {
        if (a.Kind != b.Kind)
        {
            return $"a {a.Kind} and a {b.Kind} cannot be compared";
        }

        return a.Kind switch
        {
            "entity" => a.Entity == b.Entity ? null : $"'{a.Entity}' is not '{b.Entity}'",
            "time" => Overlaps(a.Time!, b.Time!) ? null : $"{a.Time!.Start}..{a.Time.End} and {b.Time!.Start}..{b.Time.End} do not overlap",
            "quantity" => QuantitiesOverlap(a.Quantity!, b.Quantity!) ? null : $"{Describe(a.Quantity!)} and {Describe(b.Quantity!)} cannot both hold",
            _ => Normalize(a.Text!) == Normalize(b.Text!) ? null : $"\"{a.Text}\" differs from \"{b.Text}\"",
        };
    }

    private static bool Overlaps(DateEntry a, DateEntry b) =>
        string.CompareOrdinal(a.Start, b.End) <= 0 && string.CompareOrdinal(b.Start, a.End) <= 0;

    private static bool QuantitiesOverlap(QuantityEntry a, QuantityEntry b)
    {
        if (a.Unit != b.Unit || (a.Item is not null && b.Item is not null && Normalize(a.Item) != Normalize(b.Item)))
        {
            return false;
        }

        var (lowA, highA) = Range(a);
        var (lowB, highB) = Range(b);
        return lowA <= highB && lowB <= highA;
    }

    /// <summary>The runtime's rule: approximate is within 10 %, atLeast/atMost are open-ended.</summary>
    private static (double Low, double High) Range(QuantityEntry q)
    {
        var tolerance = Math.Abs(q.Amount) * 0.1;
        return q.Bound switch
        {
            "approximate" => (q.Amount - tolerance, q.Amount + tolerance),
            "atLeast" => (q.Amount, double.PositiveInfinity),
            "atMost" => (double.NegativeInfinity, q.Amount),
            _ => (q.Amount, q.Amount),
        };
    }

    private static string Describe(QuantityEntry q) => q.Amount.ToString("R", CultureInfo.InvariantCulture) + " " + q.Unit;

    private static string Normalize(string text) =>
        string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
