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
/// article's text, and says whether the one match lies in the body. Quotes are never empty (the
/// parse reports an empty one and drops it).
/// </summary>
internal static class QuoteLocator
{
    public static QuoteMatch Find(string text, int bodyStart, int bodyEnd, EvidenceEntry evidence)
    {
        // The match that counts is the occurrence-th in the body (the first without one): kept as
        // found, so a quote costs no list of its matches. Only the body is searched: the rest of the
        // text matters only to a quote with no match there, to tell "outside the body" from "nowhere".
        var quote = evidence.Quote;
        var wanted = evidence.Occurrence ?? 1;
        var inBody = 0;
        var chosen = -1;
        var lastStart = bodyEnd - quote.Length;
        for (var index = IndexOf(text, quote, bodyStart, lastStart); index >= 0; index = IndexOf(text, quote, index + 1, lastStart))
        {
            if (HasContext(text, index, evidence) && ++inBody == wanted)
            {
                chosen = index;
            }
        }

        if (inBody == 0)
        {
            return new QuoteMatch(MatchesAnywhere(text, evidence) ? QuoteStatus.OutsideBody : QuoteStatus.NotFound, -1, 0);
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

    /// <summary>The first match of a non-empty <paramref name="quote"/> starting from <paramref name="from"/> up to <paramref name="lastStart"/>, or -1.</summary>
    private static int IndexOf(string text, string quote, int from, int lastStart) =>
        from > lastStart ? -1 : text.IndexOf(quote, from, lastStart - from + quote.Length, StringComparison.Ordinal);

    private static bool MatchesAnywhere(string text, EvidenceEntry evidence)
    {
        for (var index = IndexOf(text, evidence.Quote, 0, text.Length - evidence.Quote.Length); index >= 0; index = IndexOf(text, evidence.Quote, index + 1, text.Length - evidence.Quote.Length))
        {
            if (HasContext(text, index, evidence))
            {
                return true;
            }
        }

        return false;
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
