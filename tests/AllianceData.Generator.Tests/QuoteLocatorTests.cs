using System;
using AllianceData.Generator.Linking;
using AllianceData.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace AllianceData.Generator.Tests;

/// <summary>
/// The quote search looks in the body first and in the rest of the text only for a quote with no
/// body match: each case here sits on one edge of that, and a sweep of small texts holds it to the
/// plain search over the whole text that it replaces.
/// </summary>
public class QuoteLocatorTests
{
    private const string Text = "cat head. [cat sat; cat] cat tail cat";

    // The body is the bracketed part, brackets included.
    private static readonly int BodyStart = Text.IndexOf('[');
    private static readonly int BodyEnd = Text.IndexOf(']') + 1;

    private static EvidenceEntry Quote(string quote, string? prefix = null, string? suffix = null, int? occurrence = null) =>
        new(quote, prefix, suffix, occurrence, new LocationInfo("a.json", default, default));

    [Fact]
    public void A_quote_once_in_the_body_is_found_there_whatever_occurs_outside()
    {
        var match = QuoteLocator.Find(Text, BodyStart, BodyEnd, Quote("cat "));

        Assert.Equal((QuoteStatus.Found, Text.IndexOf("[cat ", StringComparison.Ordinal) + 1, 1), (match.Status, match.Start, match.Count));
    }

    [Fact]
    public void A_quote_only_outside_the_body_is_outside_not_missing()
    {
        Assert.Equal(QuoteStatus.OutsideBody, QuoteLocator.Find(Text, BodyStart, BodyEnd, Quote("tail")).Status);
        Assert.Equal(QuoteStatus.NotFound, QuoteLocator.Find(Text, BodyStart, BodyEnd, Quote("dog")).Status);
    }

    [Fact]
    public void A_match_across_the_end_of_the_body_is_not_in_it()
    {
        Assert.Equal(QuoteStatus.OutsideBody, QuoteLocator.Find(Text, BodyStart, BodyEnd, Quote("] cat")).Status);
        Assert.Equal(QuoteStatus.Found, QuoteLocator.Find(Text, BodyStart, BodyEnd, Quote("cat]")).Status);
    }

    [Fact]
    public void A_prefix_may_reach_before_the_body_and_a_suffix_after_it()
    {
        Assert.Equal(QuoteStatus.Found, QuoteLocator.Find(Text, BodyStart, BodyEnd, Quote("[cat", prefix: ". ")).Status);
        Assert.Equal(QuoteStatus.Found, QuoteLocator.Find(Text, BodyStart, BodyEnd, Quote("cat]", suffix: " cat")).Status);
        Assert.Equal(QuoteStatus.OutsideBody, QuoteLocator.Find(Text, BodyStart, BodyEnd, Quote("cat", prefix: "] ")).Status);
    }

    [Fact]
    public void Body_matches_are_counted_for_ambiguity_and_occurrences()
    {
        Assert.Equal((QuoteStatus.Ambiguous, 2), (QuoteLocator.Find(Text, BodyStart, BodyEnd, Quote("cat")).Status, QuoteLocator.Find(Text, BodyStart, BodyEnd, Quote("cat")).Count));
        var second = QuoteLocator.Find(Text, BodyStart, BodyEnd, Quote("cat", occurrence: 2));
        Assert.Equal((QuoteStatus.Found, Text.IndexOf("cat]", StringComparison.Ordinal)), (second.Status, second.Start));
        Assert.Equal((QuoteStatus.NoSuchOccurrence, 2), (QuoteLocator.Find(Text, BodyStart, BodyEnd, Quote("cat", occurrence: 3)).Status, QuoteLocator.Find(Text, BodyStart, BodyEnd, Quote("cat", occurrence: 3)).Count));
    }

    [Fact]
    public void Overlapping_matches_each_count()
    {
        var match = QuoteLocator.Find("aaaa", 0, 4, Quote("aa"));

        Assert.Equal((QuoteStatus.Ambiguous, 3), (match.Status, match.Count));
    }

    [Fact]
    public void Over_small_texts_it_agrees_with_a_search_of_the_whole_text()
    {
        // A fixed linear congruential sequence: every run checks the same cases.
        var state = 12345u;
        int Next(int bound)
        {
            state = unchecked((state * 1664525u) + 1013904223u);
            return (int)((state >> 8) % (uint)bound);
        }

        string Word(int length)
        {
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = "ab"[Next(2)];
            }

            return new string(chars);
        }

        for (var round = 0; round < 20000; round++)
        {
            var text = Word(Next(16));
            var bodyStart = Next(text.Length + 1);
            var bodyEnd = bodyStart + Next(text.Length - bodyStart + 1);
            var quote = Quote(Word(1 + Next(4)), Next(3) == 0 ? Word(Next(3)) : null, Next(3) == 0 ? Word(Next(3)) : null, Next(3) == 0 ? 1 + Next(3) : null);

            var expected = WholeTextSearch(text, bodyStart, bodyEnd, quote);
            var actual = QuoteLocator.Find(text, bodyStart, bodyEnd, quote);

            Assert.True(
                (expected.Status, expected.Start, expected.Count) == (actual.Status, actual.Start, actual.Count),
                $"\"{quote.Quote}\" (prefix \"{quote.Prefix}\", suffix \"{quote.Suffix}\", occurrence {quote.Occurrence}) in \"{text}\", body {bodyStart} to {bodyEnd}: expected {expected.Status} at {expected.Start} ({expected.Count}), got {actual.Status} at {actual.Start} ({actual.Count})");
        }
    }

    /// <summary>The search as it was: every match in the whole text, then which are in the body.</summary>
    private static QuoteMatch WholeTextSearch(string text, int bodyStart, int bodyEnd, EvidenceEntry evidence)
    {
        var wanted = evidence.Occurrence ?? 1;
        var inBody = 0;
        var anywhere = 0;
        var chosen = -1;
        for (var index = text.IndexOf(evidence.Quote, StringComparison.Ordinal); index >= 0; index = index + 1 < text.Length ? text.IndexOf(evidence.Quote, index + 1, StringComparison.Ordinal) : -1)
        {
            var after = index + evidence.Quote.Length;
            var hasPrefix = evidence.Prefix is not { Length: > 0 } prefix || (index >= prefix.Length && string.CompareOrdinal(text, index - prefix.Length, prefix, 0, prefix.Length) == 0);
            var hasSuffix = evidence.Suffix is not { Length: > 0 } suffix || (after + suffix.Length <= text.Length && string.CompareOrdinal(text, after, suffix, 0, suffix.Length) == 0);
            if (!hasPrefix || !hasSuffix)
            {
                continue;
            }

            anywhere++;
            if (index >= bodyStart && after <= bodyEnd && ++inBody == wanted)
            {
                chosen = index;
            }
        }

        return anywhere == 0 ? new QuoteMatch(QuoteStatus.NotFound, -1, 0)
            : inBody == 0 ? new QuoteMatch(QuoteStatus.OutsideBody, -1, 0)
            : evidence.Occurrence is not null ? (chosen >= 0 ? new QuoteMatch(QuoteStatus.Found, chosen, inBody) : new QuoteMatch(QuoteStatus.NoSuchOccurrence, -1, inBody))
            : inBody == 1 ? new QuoteMatch(QuoteStatus.Found, chosen, 1) : new QuoteMatch(QuoteStatus.Ambiguous, -1, inBody);
    }
}
