using System.Linq;
using AllianceData.Seeding;
using Xunit;

namespace AllianceData.Tests;

/// <summary>
/// The claim index's per-outlet and per-entity lists on data the bundled seeds do not have: a claim
/// credited to its own article's publisher, and an article that lists one entity twice among its
/// mentions (a dataset built at run time from seeds of the user's own may do both).
/// </summary>
public sealed class ClaimIndexTests
{
    private readonly ArticleSeed _seed;
    private readonly Dataset _data;

    public ClaimIndexTests()
    {
        var source = Alliance.Dataset.Articles.First(a => a.Publisher is not null && a.Claims.Count > 1 && a.Mentions.Count > 0);
        _seed = ModelSeeds.Article(source);
        _seed.Claims[0].AttributionSource = source.Publisher!.Id;
        _seed.Mentions = _seed.Mentions.Append(_seed.Mentions[0]).ToArray();
        _data = ModelSeeds.Registries(Alliance.Dataset).Add(_seed).Build();
    }

    [Fact]
    public void A_claim_credited_to_its_own_publisher_is_listed_once_for_that_outlet()
    {
        var claims = _data.ClaimsBy(_data.Organization(_seed.Publisher!)!);

        Assert.Equal(_data.Claims.Select(c => c.Id), claims.Select(c => c.Id));
    }

    [Fact]
    public void An_article_that_mentions_an_entity_twice_is_listed_once_among_where_it_is_mentioned()
    {
        var entity = _data.Entity(_seed.Mentions[0])!;

        Assert.Equal(new[] { _seed.Id }, entity.MentionedIn.Select(a => a.Id));
    }
}
