using System;
using System.Collections;
using System.Collections.Generic;
using AllianceData.Seeding;

namespace AllianceData;

/// <summary>
/// <see cref="Dataset.Articles"/>: a list whose entry i is linked from its seed the first time it is read,
/// so that opening a dataset of thousands of articles costs only its registries. Thread-safe: each
/// slot loads its seed at most once (under the slot's lock) and publishes one <see cref="Article"/>.
/// </summary>
internal sealed class ArticleList : IReadOnlyList<Article>
{
    private readonly Slot[] _slots;
    private readonly Dictionary<string, int> _indexById;
    private readonly Func<ArticleSeed, Article> _link;

    /// <param name="slots">The articles in seed order, each loaded or still to load.</param>
    /// <param name="indexById">The index of each article ID in <paramref name="slots"/>.</param>
    /// <param name="link">Links a seed into an article (with its claims) against the dataset's registries.</param>
    public ArticleList(Slot[] slots, Dictionary<string, int> indexById, Func<ArticleSeed, Article> link)
    {
        _slots = slots;
        _indexById = indexById;
        _link = link;
    }

    public int Count => _slots.Length;

    public Article this[int index]
    {
        get
        {
            var slot = _slots[index];
            return slot.Article ?? Materialise(slot);
        }
    }

    /// <summary>The article with this ID, materialising only that one; null when there is none.</summary>
    public Article? Find(string id) => _indexById.TryGetValue(id, out var index) ? this[index] : null;

    public IEnumerator<Article> GetEnumerator()
    {
        for (var i = 0; i < _slots.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Article Materialise(Slot slot)
    {
        // A lock rather than a compare-and-swap: a race must not call the loader twice (it may decode megabytes).
        lock (slot)
        {
            if (slot.Article is { } article)
            {
                return article;
            }

            var seed = slot.Load!() ?? throw new InvalidOperationException($"The loader of article '{slot.Id}' returned no seed.");
            if (!string.Equals(seed.Id, slot.Id, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The loader of article '{slot.Id}' returned article '{seed.Id}'.");
            }

            article = _link(seed);
            slot.Article = article;
            slot.Load = null; // The seed and whatever the loader holds can be collected now.
            return article;
        }
    }

    /// <summary>One article: its ID, and either its loader or the article once linked.</summary>
    internal sealed class Slot
    {
        private volatile Article? _article;

        public Slot(string id, Func<ArticleSeed> load)
        {
            Id = id;
            Load = load;
        }

        public Slot(Article article)
        {
            Id = article.Id;
            _article = article;
        }

        public string Id { get; }

        public Func<ArticleSeed>? Load { get; set; }

        /// <summary>Volatile: a reader that sees the article sees it fully linked, claims included.</summary>
        public Article? Article
        {
            get => _article;
            set => _article = value;
        }
    }
}
