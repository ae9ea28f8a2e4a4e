using System.Collections.Generic;

namespace AllianceData.Analysis;

/// <summary>A sentence of an article body: its offsets in <see cref="Article.Text"/>.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
public readonly record struct SentenceSpan(int Start, int End);

/// <summary>
/// Splits article bodies into sentences: at '.', '!' or '?' followed by white space, and at line
/// breaks, but not after abbreviations such as "U.S." or "Mr", nor after single initials.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new() { "U.S", "U.K", "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Adm", "Sgt", "No", "vs", "etc", "e.g", "i.e" };

    /// <summary>The sentences of the article's body that hold at least one letter or digit.</summary>
    public static IReadOnlyList<SentenceSpan> Split(Article article)
    {
        var text = article.Text;
        var sentences = new List<SentenceSpan>();
        var start = article.BodyStart;
        for (var i = article.BodyStart; i < article.BodyEnd; i++)
        {
            var c = text[i];
            var endsHere = c == '\n' ||
                ((c == '.' || c == '!' || c == '?') && (i + 1 == article.BodyEnd || char.IsWhiteSpace(text[i + 1])) && !IsAbbreviation(text, start, i));
            if (endsHere)
            {
                Add(sentences, text, start, c == '\n' ? i : i + 1);
                start = i + 1;
            }
        }

        Add(sentences, text, start, article.BodyEnd);
        return sentences;
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        if (text[dot] != '.')
        {
            return false;
        }

        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.Substring(wordStart, dot - wordStart).TrimStart('(', '"', '\u201C', '\'');
        return Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }

    private static void Add(List<SentenceSpan> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                sentences.Add(new SentenceSpan(start, end));
                return;
            }
        }
    }
}
