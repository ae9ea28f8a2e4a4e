using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Linking;

/// <summary>
/// Where each article's loader goes: its place in its dataset's index, then the bucket files. Both run
/// on every edit of an article, over every article, so they walk arrays in order rather than hash.
/// </summary>
internal static class ArticleBucketing
{
    /// <summary>Each article's loader, named as its dataset's index names it; none for a dataset that leaves its articles out (ALD0024).</summary>
    public static EquatableArray<ArticleSource> Sources(ImmutableArray<ArticleResult> articles, ImmutableArray<DatasetIndexResult> indexes)
    {
        var sources = EquatableArray.Builder<ArticleSource>(articles.Length);
        foreach (var index in indexes)
        {
            // The index lists a dataset's articles in the order it was given them, which is this order:
            // the next entry is the article's unless the dataset left its articles out.
            var entries = index.Spec.Articles;
            var next = 0;
            foreach (var article in articles)
            {
                if (article.Target != index.Spec.Target)
                {
                    continue;
                }

                var entry = next < entries.Count && string.Equals(entries[next].Id, article.Spec.Id, StringComparison.Ordinal)
                    ? entries[next++]
                    : index.Entry(article.Spec.Id);
                if (entry is not null)
                {
                    sources.Add(new ArticleSource(article.Target, entry.Bucket, entry.Position, article.Spec));
                }
            }
        }

        return sources.ToEquatableArray();
    }

    /// <summary>The bucket files: per dataset in hint-name order, per bucket in number order, each bucket's articles by position.</summary>
    public static ImmutableArray<ArticleBucket> Buckets(EquatableArray<ArticleSource> sources)
    {
        var targets = new List<DatasetTarget>(1);
        foreach (var source in sources)
        {
            if (!targets.Contains(source.Target))
            {
                targets.Add(source.Target);
            }
        }

        targets.Sort((x, y) => string.CompareOrdinal(x.HintName, y.HintName));
        var buckets = ImmutableArray.CreateBuilder<ArticleBucket>();
        var counts = new int[ArticleNames.Buckets];
        foreach (var target in targets)
        {
            Array.Clear(counts, 0, counts.Length);
            foreach (var source in sources)
            {
                if (source.Target == target)
                {
                    counts[source.Bucket]++;
                }
            }

            var members = new ImmutableArray<ArticleSource>.Builder?[ArticleNames.Buckets];
            foreach (var source in sources)
            {
                if (source.Target == target)
                {
                    (members[source.Bucket] ??= ImmutableArray.CreateBuilder<ArticleSource>(counts[source.Bucket])).Add(source);
                }
            }

            for (var bucket = 0; bucket < members.Length; bucket++)
            {
                if (members[bucket] is { } articles)
                {
                    if (!IsByPosition(articles))
                    {
                        articles.Sort((x, y) => x.Position.CompareTo(y.Position));
                    }

                    buckets.Add(new ArticleBucket(target, bucket, new EquatableArray<ArticleSource>(articles.MoveToImmutable())));
                }
            }
        }

        return buckets.ToImmutable();
    }

    /// <summary>Whether the articles are in position order already, as the index numbers them in the order it lists them.</summary>
    private static bool IsByPosition(ImmutableArray<ArticleSource>.Builder articles)
    {
        for (var i = 1; i < articles.Count; i++)
        {
            if (articles[i - 1].Position > articles[i].Position)
            {
                return false;
            }
        }

        return true;
    }
}
