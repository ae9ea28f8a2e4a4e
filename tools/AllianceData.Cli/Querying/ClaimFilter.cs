using System.Collections.Generic;
using System.Linq;

namespace AllianceData.Cli.Querying;

/// <summary>
/// The filters of the query commands, resolved against a dataset. A claim passes when it passes every
/// filter given:
/// <list type="bullet">
/// <item><c>--about</c>: its subject is the entity.</item>
/// <item><c>--source</c>: an article ID matches the claims of that article; an entity matches the claims of
/// the articles it published and the claims attributed to it (<see cref="Dataset.ClaimsBy(Organization)"/>).</item>
/// <item><c>--predicate</c>: it uses the predicate.</item>
/// <item><c>--from</c>/<c>--to</c>: its time interval overlaps the range. Its time is its object when that is a
/// time, else its <c>when</c>, else the publication date of its article (<see cref="TimeOf"/>).</item>
/// </list>
/// </summary>
internal sealed class ClaimFilter
{
    public Entity? About { get; init; }

    public Article? SourceArticle { get; init; }

    public Entity? SourceEntity { get; init; }

    public Predicate? Predicate { get; init; }

    public DateBound? From { get; init; }

    public DateBound? To { get; init; }

    public bool IsEmpty => About is null && SourceArticle is null && SourceEntity is null && Predicate is null && From is null && To is null;

    /// <summary>The time a claim is about, for filtering: its time object, else its <c>when</c>, else its article's publication date.</summary>
    public static TimeValue TimeOf(Claim claim) => claim.Object as TimeValue ?? claim.When ?? claim.Article.Published.Date;

    public bool Matches(Claim claim) =>
        (About is null || ReferenceEquals(claim.Subject, About)) &&
        (Predicate is null || ReferenceEquals(claim.Predicate, Predicate)) &&
        (SourceArticle is null || ReferenceEquals(claim.Article, SourceArticle)) &&
        (SourceEntity is null || ReferenceEquals(claim.Article.Publisher, SourceEntity) || ReferenceEquals(claim.Attribution?.Source, SourceEntity)) &&
        InRange(TimeOf(claim));

    /// <summary>Whether <paramref name="time"/>'s interval overlaps the <c>--from</c>..<c>--to</c> range.</summary>
    public bool InRange(TimeValue time) =>
        (From is null || time.End >= From.Start) &&
        (To is null || time.Start <= To.End);

    /// <summary>The claims that pass, starting from the narrowest precomputed index.</summary>
    public IEnumerable<Claim> Apply(Dataset dataset)
    {
        IEnumerable<Claim> claims =
            About is not null ? dataset.ClaimsAbout(About)
            : Predicate is not null ? dataset.ClaimsWith(Predicate)
            : SourceArticle is not null ? dataset.ClaimsBy(SourceArticle)
            : dataset.Claims;
        return claims.Where(Matches);
    }

    /// <summary>Checks that the range is not empty.</summary>
    public void Validate()
    {
        if (From is not null && To is not null && From.Start > To.End)
        {
            throw CliException.Usage($"--from {From.Text} is after --to {To.Text}.");
        }
    }
}
