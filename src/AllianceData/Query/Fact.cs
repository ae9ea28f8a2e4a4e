using System.Collections.Generic;
using System.Linq;

namespace AllianceData.Query;

/// <summary>
/// Claims that state the same thing: same subject and predicate, and values that can all hold
/// together (equal entities, overlapping intervals, equal quantities within their precision).
/// </summary>
public sealed class Fact
{
    internal Fact(IReadOnlyList<Claim> claims)
    {
        Claims = claims;
        Articles = claims.Select(c => c.Article).Distinct().ToArray();
        Sources = claims.Select(ClaimSource.Of).Distinct().ToArray();
    }

    /// <summary>What the fact is about.</summary>
    public Entity Subject => Claims[0].Subject;

    /// <summary>What it says of the subject.</summary>
    public Predicate Predicate => Claims[0].Predicate;

    /// <summary>The value as the first supporting claim states it.</summary>
    public ClaimValue Object => Claims[0].Object;

    /// <summary>The supporting claims, in dataset order.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>The distinct articles that state it.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>The distinct upstream sources; claims relaying the same source count once.</summary>
    public IReadOnlyList<ClaimSource> Sources { get; }

    /// <summary>How many independent sources corroborate the fact.</summary>
    public int IndependentSourceCount => Sources.Count;

    /// <summary>Whether at least two independent sources state it.</summary>
    public bool IsCorroborated => Sources.Count >= 2;

    /// <inheritdoc />
    public override string ToString() => $"{Subject.Name} {Predicate.Label} {Object} ({Sources.Count} source(s))";
}
