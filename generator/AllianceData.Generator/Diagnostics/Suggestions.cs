using System;
using System.Collections.Generic;

namespace AllianceData.Generator.Diagnostics;

/// <summary>"Did you mean ...?" for near misses: the closest candidate within a small edit distance.</summary>
internal static class Suggestions
{
    /// <summary>Returns "; did you mean 'x'?" or an empty string, ready to append to a message.</summary>
    public static string DidYouMean(string value, IEnumerable<string> candidates)
    {
        var best = Closest(value, candidates);
        return best is null ? string.Empty : $"; did you mean '{best}'?";
    }

    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        // Only near misses are worth suggesting: a third of the word may differ, at most.
        var limit = Math.Max(2, value.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - value.Length) > limit)
            {
                continue;
            }

            var distance = Distance(value.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance <= limit && (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Levenshtein distance with two rows.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
