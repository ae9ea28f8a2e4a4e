using System;
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
        // The match that counts is the occurrence-th in the body (the first without one): kept as
        // found, so a quote costs no list of its matches.
        var wanted = evidence.Occurrence ?? 1;
        var inBody = 0;
        var anywhere = 0;
        var chosen = -1;
        for (var index = text.IndexOf(evidence.Quote, StringComparison.Ordinal);
             index >= 0;
             index = index + 1 < text.Length ? text.IndexOf(evidence.Quote, index + 1, StringComparison.Ordinal) : -1)
        {
            if (!HasContext(text, index, evidence))
            {
                continue;
            }

            anywhere++;
            if (index >= bodyStart && index + evidence.Quote.Length <= bodyEnd && ++inBody == wanted)
            {
                chosen = index;
            }
        }

        if (anywhere == 0)
        {
            return new QuoteMatch(QuoteStatus.NotFound, -1, 0);
        }

        if (inBody == 0)
        {
            return new QuoteMatch(QuoteStatus.OutsideBody, -1, 0);
        }

        if (evidence.Occurrence is not null)
        {
            return chosen >= 0
                ? new QuoteMatch(QuoteStatus.Found, chosen, inBody)
                : new QuoteMatch(QuoteStatus.NoSuchOccurrence, -1, inBody);
        }

        return inBody == 1
            ? new QuoteMatch(QuoteStatus.Found, chosen, 1)
            : new QuoteMatch(QuoteStatus.Ambiguous, -1, inBody);
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
