using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AllianceData.Seeding;

namespace AllianceData.Tests;

/// <summary>Articles added with a loader: nothing loads until read, each loads once, and the dataset equals an eager one.</summary>
public class LazyDatasetTests
{
    private static readonly ArticleSeed[] Seeds = Alliance.Dataset.Articles.Select(ModelSeeds.Article).ToArray();

    /// <summary>A dataset of the bundled seeds, each article added with a loader that counts its calls.</summary>
    private sealed class Counted
    {
        private readonly int[] _calls = new int[Seeds.Length];

        public Counted(Func<int, ArticleSeed>? load = null)
        {
            var builder = ModelSeeds.Registries(Alliance.Dataset);
            for (var i = 0; i < Seeds.Length; i++)
            {
                var index = i;
                builder.Add(Seeds[i].Id, () =>
                {
                    Interlocked.Increment(ref _calls[index]);
                    return load is null ? Seeds[index] : load(index);
                });
            }

            Data = builder.Build();
        }

        public Dataset Data { get; }

        public int[] Calls => _calls.ToArray();
    }

    private static int[] None => new int[Seeds.Length];

    private static int[] Once => Enumerable.Repeat(1, Seeds.Length).ToArray();

    [Fact]
    public void Building_and_reading_the_registries_loads_no_article()
    {
        var lazy = new Counted();

        Assert.Equal(Seeds.Length, lazy.Data.Articles.Count);
        Assert.NotNull(lazy.Data.Organization("us-forces-japan"));
        Assert.NotEmpty(lazy.Data.Entities);
        Assert.NotEmpty(lazy.Data.Predicates);
        Assert.Null(lazy.Data.Article("no-such-article"));
        Assert.Equal(None, lazy.Calls);
    }

    [Fact]
    public void Reading_one_article_loads_only_that_article_once()
    {
        var lazy = new Counted();

        var article = lazy.Data.Articles[2];

        Assert.Same(article, lazy.Data.Articles[2]);
        Assert.Same(article, lazy.Data.Article(Seeds[2].Id));
        Assert.Equal(Seeds[2].Id, article.Id);
        Assert.Equal(Seeds[2].Claims.Length, article.Claims.Count);
        Assert.Equal(None.Select((_, i) => i == 2 ? 1 : 0), lazy.Calls);
    }

    [Fact]
    public void Finding_an_article_by_id_loads_only_that_article()
    {
        var lazy = new Counted();

        var article = lazy.Data.Article(Seeds[3].Id);

        Assert.Same(lazy.Data.Articles[3], article);
        Assert.Equal(None.Select((_, i) => i == 3 ? 1 : 0), lazy.Calls);
    }

    [Fact]
    public async Task Many_threads_reading_one_article_load_it_once_and_see_one_instance()
    {
        using var go = new ManualResetEventSlim();
        var lazy = new Counted(i =>
        {
            Thread.Sleep(20); // Keeps the first loader busy while the others arrive.
            return Seeds[i];
        });

        var tasks = Enumerable.Range(0, 32)
            .Select(_ => Task.Factory.StartNew(() => { go.Wait(); return lazy.Data.Articles[1]; }, TaskCreationOptions.LongRunning))
            .ToArray();
        go.Set();
        var seen = await Task.WhenAll(tasks);

        Assert.Single(seen.Distinct());
        Assert.Equal(None.Select((_, i) => i == 1 ? 1 : 0), lazy.Calls);
    }

    [Fact]
    public async Task Many_threads_reading_the_claims_load_every_article_once()
    {
        using var go = new ManualResetEventSlim();
        var lazy = new Counted();

        var tasks = Enumerable.Range(0, 16)
            .Select(n => Task.Factory.StartNew(() => { go.Wait(); return n % 2 == 0 ? (object)lazy.Data.Claims : lazy.Data.Articles[n % Seeds.Length]; }, TaskCreationOptions.LongRunning))
            .ToArray();
        go.Set();
        await Task.WhenAll(tasks);

        Assert.Equal(Once, lazy.Calls);
        Assert.Equal(Seeds.Sum(s => s.Claims.Length), lazy.Data.Claims.Count);
    }

    private static readonly string[] Views =
    {
        "Claims", "Claim(id)", "ClaimsAbout", "ClaimsWith", "ClaimsBy(outlet)", "Entity.Claims", "Predicate.Claims",
        "MentionedIn", "Facts", "Conflicts", "Timeline", "TimelineByReporting", "CommandGraph", "enumerating Articles",
    };

    public static TheoryData<string> EveryClaimView => new(Views);

    [Theory]
    [MemberData(nameof(EveryClaimView))]
    public void A_view_of_every_claim_loads_every_article_exactly_once(string view)
    {
        var lazy = new Counted();
        var data = lazy.Data;
        var usfj = data.Organization("us-forces-japan")!;
        var kyodo = data.Organization("kyodo-news")!;
        Read(view);

        Assert.Equal(Once, lazy.Calls);

        // Reading it again, and every other view, loads nothing more.
        foreach (var other in Views)
        {
            Read(other);
        }

        Assert.Equal(Once, lazy.Calls);

        void Read(string name) => _ = name switch
        {
            "Claims" => data.Claims.Count,
            "Claim(id)" => data.Claim(Seeds[0].Id + "#" + Seeds[0].Claims[0].Id)!.Id.Length,
            "ClaimsAbout" => data.ClaimsAbout(usfj).Count,
            "ClaimsWith" => data.ClaimsWith(data.Predicates[0]).Count,
            "ClaimsBy(outlet)" => data.ClaimsBy(kyodo).Count,
            "Entity.Claims" => usfj.Claims.Count,
            "Predicate.Claims" => data.Predicates[0].Claims.Count,
            "MentionedIn" => usfj.MentionedIn.Count,
            "Facts" => data.Facts.Count,
            "Conflicts" => data.Conflicts.Count,
            "Timeline" => data.Timeline.Count,
            "TimelineByReporting" => data.TimelineByReporting.Count,
            "CommandGraph" => data.CommandGraph.Edges.Count,
            "enumerating Articles" => data.Articles.Count(a => a.Claims.Count > 0),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };
    }

    [Fact]
    public void A_lazy_dataset_equals_the_eager_dataset_of_the_same_seeds()
    {
        var eager = ModelSeeds.Registries(Alliance.Dataset);
        foreach (var seed in Seeds)
        {
            eager.Add(seed);
        }

        var expected = DatasetDescription.Of(eager.Build());

        Assert.Equal(expected, DatasetDescription.Of(new Counted().Data));
        Assert.Equal(expected, DatasetDescription.Of(Alliance.Dataset));
    }

    [Fact]
    public void A_dataset_of_decoded_payloads_equals_the_bundled_dataset()
    {
        var builder = ModelSeeds.Registries(Alliance.Dataset);
        foreach (var payload in Seeds.Select(ArticlePayload.Write))
        {
            builder.Add(ArticlePayload.Read(payload).Id, () => ArticlePayload.Read(payload));
        }

        Assert.Equal(DatasetDescription.Of(Alliance.Dataset), DatasetDescription.Of(builder.Build()));
    }

    [Fact]
    public void The_claim_lists_of_a_lazy_dataset_are_precomputed_and_allocate_nothing()
    {
        var data = new Counted().Data;
        var usfj = data.Organization("us-forces-japan")!;
        data.ClaimsAbout(usfj);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var first = data.ClaimsAbout(usfj);
        var second = data.ClaimsAbout(usfj);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Same(first, second);
        Assert.NotEmpty(first);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void An_unknown_reference_in_a_loaded_seed_throws_when_the_article_is_read()
    {
        var lazy = new Counted(i => i == 1 ? WithSubject(Seeds[i], "no-such-entity") : Seeds[i]);

        Assert.Equal(Seeds[0].Id, lazy.Data.Articles[0].Id);
        Assert.Contains("no-such-entity", Assert.Throws<InvalidOperationException>(() => lazy.Data.Articles[1]).Message);
        Assert.Throws<InvalidOperationException>(() => lazy.Data.Claims);
    }

    [Fact]
    public void An_unknown_reference_in_a_seed_added_whole_still_throws_at_build()
    {
        var builder = ModelSeeds.Registries(Alliance.Dataset).Add(WithSubject(Seeds[0], "no-such-entity"));

        Assert.Contains("no-such-entity", Assert.Throws<InvalidOperationException>(() => builder.Build()).Message);
    }

    [Fact]
    public void Duplicate_article_ids_throw_at_build_and_a_loader_must_return_its_article()
    {
        var twice = ModelSeeds.Registries(Alliance.Dataset).Add(Seeds[0]).Add(Seeds[0].Id, () => Seeds[0]);
        Assert.Contains("two articles", Assert.Throws<InvalidOperationException>(() => twice.Build()).Message);

        var other = ModelSeeds.Registries(Alliance.Dataset).Add("expected-id", () => Seeds[0]).Build();
        Assert.Contains("expected-id", Assert.Throws<InvalidOperationException>(() => other.Articles[0]).Message);
    }

    [Fact]
    public void A_loader_that_throws_is_retried_on_the_next_read()
    {
        var failures = 1;
        var lazy = new Counted(i => i == 0 && Interlocked.Decrement(ref failures) >= 0 ? throw new InvalidOperationException("transient") : Seeds[i]);

        Assert.Throws<InvalidOperationException>(() => lazy.Data.Articles[0]);
        Assert.Equal(Seeds[0].Id, lazy.Data.Articles[0].Id);
    }

    [Fact]
    public void Enumerating_the_articles_keeps_seed_order()
    {
        Assert.Equal(Seeds.Select(s => s.Id), new Counted().Data.Articles.Select(a => a.Id));
    }

    private static ArticleSeed WithSubject(ArticleSeed seed, string subject)
    {
        var copy = ArticlePayload.Read(ArticlePayload.Write(seed));
        copy.Claims[0].Subject = subject;
        return copy;
    }
}
