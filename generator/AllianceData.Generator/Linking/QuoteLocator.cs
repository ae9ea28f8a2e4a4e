using System;
using System.Collections.Generic;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Linking;

internal enum QuoteStatus
{
    Found,
    NotFound,
    Ambiguous,
    OutsideBody,
    NoSuchOccurrence,
}

internal readonly struct QuoteMatch
{
    public QuoteMatch(QuoteStatus status, int start, int count)
    {
        Status = status;
        Start = start;
        Count = count;
    }

    public QuoteStatus Status { get; }

    public int Start { get; }

    /// <summary>How many body matches there were: reported for ambiguous quotes and missing occurrences.</summary>
    public int Count { get; }
}

/// <summary>
/// Finds a W3C TextQuoteSelector (quote, prefix, suffix) plus an optional 1-based occurrence in an
/// article's text, and says whether the one match lies in the body.
/// </summary>
internal static class QuoteLocator
{
    public static QuoteMatch Find(string text, int bodyStart, int bodyEnd, EvidenceEntry evidence)
    {
        var inBody = new List<int>();
        var anywhere = 0;
        for (var index = text.IndexOf(evidence.Quote, StringComparison.Ordinal);
             index >= 0;
             index = index + 1 < text.Length ? text.IndexOf(evidence.Quote, index + 1, StringComparison.Ordinal) : -1)
        {
            if (!HasContext(text, index, evidence))
            {
                continue;
            }

            anywhere++;
            if (index >= bodyStart && index + evidence.Quote.Length <= bodyEnd)
            {
                inBody.Add(index);
            }
        }

        if (anywhere == 0)
        {
            return new QuoteMatch(QuoteStatus.NotFound, -1, 0);
        }

        if (inBody.Count == 0)
        {
            return new QuoteMatch(QuoteStatus.OutsideBody, -1, 0);
        }

        if (evidence.Occurrence is { } occurrence)
        {
            return occurrence <= inBody.Count
                ? new QuoteMatch(QuoteStatus.Found, inBody[occurrence - 1], inBody.Count)
                : new QuoteMatch(QuoteStatus.NoSuchOccurrence, -1, inBody.Count);
        }

        return inBody.Count == 1
            ? new QuoteMatch(QuoteStatus.Found, inBody[0], 1)
            : new QuoteMatch(QuoteStatus.Ambiguous, -1, inBody.Count);
    }

    private static bool HasContext(string text, int index, EvidenceEntry evidence)
    {
        if (evidence.Prefix is { Length: > 0 } prefix &&
            (index < prefix.Length || string.CompareOrdinal(text, index - prefix.Length, prefix, 0, prefix.Length) != 0))
        {
            return false;
        }

        var after = index + evidence.Quote.Length;
        return evidence.Suffix is not { Length: > 0 } suffix ||
               (after + suffix.Length <= text.Length && string.CompareOrdinal(text, after, suffix, 0, suffix.Length) == 0);
    }
}
