using System.Collections.Generic;
using System.Linq;

namespace AllianceData.Analysis;

/// <summary>How much of an article's body its claims' evidence covers.</summary>
/// <param name="Article">The article.</param>
/// <param name="Sentences">Its body sentences.</param>
/// <param name="Uncovered">The sentences no evidence quote overlaps.</param>
public sealed record ArticleCoverage(Article Article, IReadOnlyList<SentenceSpan> Sentences, IReadOnlyList<SentenceSpan> Uncovered)
{
    /// <summary>How many body sentences at least one evidence quote overlaps.</summary>
    public int CoveredCount => Sentences.Count - Uncovered.Count;

    /// <summary>The covered share of body sentences, from 0 to 1.</summary>
    public double Ratio => Sentences.Count == 0 ? 1 : (double)CoveredCount / Sentences.Count;
}

/// <summary>Measures evidence coverage: the share of body sentences that at least one evidence quote overlaps.</summary>
public static class EvidenceCoverage
{
    /// <summary>Coverage of one article.</summary>
    public static ArticleCoverage Of(Article article)
    {
        var sentences = SentenceSplitter.Split(article);
        var quotes = article.Claims.SelectMany(c => c.Evidence).ToList();
        var uncovered = sentences.Where(s => !quotes.Any(q => q.Start < s.End && s.Start < q.End)).ToArray();
        return new ArticleCoverage(article, sentences, uncovered);
    }

    /// <summary>Coverage of every article of a dataset.</summary>
    public static IReadOnlyList<ArticleCoverage> Of(Dataset dataset) => dataset.Articles.Select(Of).ToArray();
}
