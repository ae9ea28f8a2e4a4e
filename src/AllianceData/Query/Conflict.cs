using System.Collections.Generic;
using System.Linq;

namespace AllianceData.Query;

/// <summary>Whether differing values contradict each other or show a plan that changed.</summary>
public enum ConflictKind
{
    /// <summary>Sources reporting at the same time disagree.</summary>
    Contradiction,

    /// <summary>A later report gives a different value: the plan or the knowledge changed.</summary>
    Evolution,
}

/// <summary>Two claims whose values cannot both hold, and why.</summary>
/// <param name="Earlier">The claim reported first (or first in dataset order when reported together).</param>
/// <param name="Later">The other claim.</param>
/// <param name="Kind">Contradiction, or evolution when <paramref name="Later"/> was reported strictly later.</param>
/// <param name="Explanation">Why both cannot hold.</param>
public sealed record ConflictingPair(Claim Earlier, Claim Later, ConflictKind Kind, string Explanation);

/// <summary>
/// Claims about one subject with a single-valued predicate whose values cannot all hold:
/// e.g. the launch date of Japan's joint command, "end of 2024" in March and "early next year" in July.
/// </summary>
public sealed class Conflict
{
    internal Conflict(IReadOnlyList<Claim> claims, IReadOnlyList<ConflictingPair> pairs)
    {
        Claims = claims;
        Pairs = pairs;
    }

    /// <summary>The subject the claims disagree about.</summary>
    public Entity Subject => Claims[0].Subject;

    /// <summary>The single-valued predicate.</summary>
    public Predicate Predicate => Claims[0].Predicate;

    /// <summary>Every claim with this subject and predicate, ordered by when it was reported.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>The pairs that cannot both hold.</summary>
    public IReadOnlyList<ConflictingPair> Pairs { get; }

    /// <summary>Evolution when every incompatible pair was reported at different times; otherwise contradiction.</summary>
    public ConflictKind Kind => Pairs.All(p => p.Kind == ConflictKind.Evolution) ? ConflictKind.Evolution : ConflictKind.Contradiction;

    /// <summary>A one-line account of the disagreement.</summary>
    public string Explanation =>
        $"{Subject.Name} {Predicate.Label}: " + string.Join("; ", Pairs.Select(p =>
            $"{p.Explanation} ({p.Earlier.Article.Published.Date.Date} vs {p.Later.Article.Published.Date.Date}{(p.Kind == ConflictKind.Evolution ? ", later report: the plan changed" : string.Empty)})"));

    /// <inheritdoc />
    public override string ToString() => Explanation;
}
