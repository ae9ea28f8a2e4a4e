using System;

namespace AllianceData.Query;

/// <summary>
/// The upstream source of a claim, for counting independent sources: the entity the claim is
/// attributed to (Kyodo, a named official); else the article's publisher; else the article itself.
/// Two articles that both relay Kyodo share one source.
/// </summary>
public sealed class ClaimSource : IEquatable<ClaimSource>
{
    private ClaimSource(string key, string name, Entity? entity, Article? article)
    {
        Key = key;
        Name = name;
        Entity = entity;
        Article = article;
    }

    /// <summary>A stable key: an entity ID, or <c>article:</c> and an article ID.</summary>
    public string Key { get; }

    /// <summary>A readable name.</summary>
    public string Name { get; }

    /// <summary>The source entity, when the source is an outlet, person or government.</summary>
    public Entity? Entity { get; }

    /// <summary>The article, when it is its own (unattributed, unpublished-by-name) source.</summary>
    public Article? Article { get; }

    /// <summary>The upstream source of <paramref name="claim"/>.</summary>
    public static ClaimSource Of(Claim claim)
    {
        if (claim is null)
        {
            throw new ArgumentNullException(nameof(claim));
        }

        var entity = claim.Attribution?.Source ?? claim.Article.Publisher;
        return entity is not null
            ? new ClaimSource(entity.Id, entity.Name, entity, null)
            : new ClaimSource("article:" + claim.Article.Id, "article " + claim.Article.Id, null, claim.Article);
    }

    /// <inheritdoc />
    public bool Equals(ClaimSource? other) => other is not null && other.Key == Key;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ClaimSource);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    /// <inheritdoc />
    public override string ToString() => Name;
}
