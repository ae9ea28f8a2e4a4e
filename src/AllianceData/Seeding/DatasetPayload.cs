using System;
using System.ComponentModel;

namespace AllianceData.Seeding;

/// <summary>
/// Builds a dataset from its registry payload (version 1, docs/emission.md) and a loader of its
/// articles: what generated code calls on first access, so that opening a dataset costs decoding
/// its registries and nothing per article until an article is read. For generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DatasetPayload
{
    /// <summary>The prefix every version 1 registry payload starts with.</summary>
    internal const string Version1 = "R1|";

    /// <summary>Decodes the registries and article IDs, and builds the dataset with each article loaded on first read.</summary>
    /// <param name="registries">The registry payload, starting with <c>R1|</c>.</param>
    /// <param name="loadArticle">Returns the seed of the article at an index of the payload's article list.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FormatException">The payload is malformed.</exception>
    public static Dataset Build(string registries, Func<int, ArticleSeed> loadArticle)
    {
        if (registries is null)
        {
            throw new ArgumentNullException(nameof(registries));
        }

        if (loadArticle is null)
        {
            throw new ArgumentNullException(nameof(loadArticle));
        }

        var builder = new DatasetBuilder();
        var articleIds = new ArticlePayloadReader(registries).ReadRegistries(builder);
        for (var i = 0; i < articleIds.Length; i++)
        {
            var index = i;
            builder.Add(articleIds[i], () => loadArticle(index));
        }

        return builder.Build();
    }
}
