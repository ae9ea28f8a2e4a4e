using System;
using System.Collections.Generic;
using System.Linq;
using AllianceData.Query;

namespace AllianceData;

/// <summary>
/// A typed dataset: articles, the entities they name, the predicates of the claim vocabulary and
/// the claims themselves, every reference resolved to an object. Lists keep seed order and compose
/// with LINQ; lookups by ID are dictionary-backed.
/// </summary>
public sealed class Dataset
{
    private readonly Dictionary<string, Entity> _entities;
    private readonly Dictionary<string, Predicate> _predicatesById;
    private readonly Dictionary<string, Article> _articlesById;
    private readonly Dictionary<string, Claim> _claimsById;
    private readonly Dictionary<Organization, Claim[]> _claimsByOutlet;
    private readonly Lazy<IReadOnlyList<Fact>> _facts;
    private readonly Lazy<IReadOnlyList<Conflict>> _conflicts;
    private readonly Lazy<IReadOnlyList<TimelineEntry>> _timeline;
    private readonly Lazy<IReadOnlyList<TimelineEntry>> _timelineByReporting;
    private readonly Lazy<OrganizationGraph> _graph;

    internal Dataset(Article[] articles, Organization[] organizations, Person[] people, Place[] places, Predicate[] predicates)
    {
        Articles = articles;
        Organizations = organizations;
        People = people;
        Places = places;
        Predicates = predicates;
        Entities = organizations.Cast<Entity>().Concat(people).Concat(places).ToArray();
        Claims = articles.SelectMany(a => a.Claims).ToArray();

        _entities = Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _predicatesById = predicates.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _articlesById = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _claimsById = Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);

        // An outlet's claims: those of the articles it published and those attributed to it.
        _claimsByOutlet = Claims
            .SelectMany(c => new[] { c.Article.Publisher, c.Attribution?.Source as Organization }.Where(o => o is not null).Distinct().Select(o => (Outlet: o!, Claim: c)))
            .GroupBy(x => x.Outlet, x => x.Claim)
            .ToDictionary(g => g.Key, g => g.ToArray());

        // Derived views are computed on first use, so loading the dataset stays cheap.
        _facts = new Lazy<IReadOnlyList<Fact>>(() => ClaimAnalysis.Facts(this));
        _conflicts = new Lazy<IReadOnlyList<Conflict>>(() => ClaimAnalysis.Conflicts(this));
        _timeline = new Lazy<IReadOnlyList<TimelineEntry>>(() => ClaimAnalysis.Timeline(this));
        _timelineByReporting = new Lazy<IReadOnlyList<TimelineEntry>>(() => ClaimAnalysis.TimelineByReporting(this));
        _graph = new Lazy<OrganizationGraph>(() => new OrganizationGraph(this));

        foreach (var group in Claims.GroupBy(c => c.Subject))
        {
            group.Key.Claims = group.ToArray();
        }

        foreach (var group in Claims.GroupBy(c => c.Predicate))
        {
            group.Key.Claims = group.ToArray();
        }

        foreach (var group in articles.SelectMany(a => a.Mentions.Select(e => (Entity: e, Article: a))).GroupBy(m => m.Entity, m => m.Article))
        {
            group.Key.MentionedIn = group.Distinct().ToArray();
        }
    }

    /// <summary>The articles, in seed file order.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>The organizations of the registry.</summary>
    public IReadOnlyList<Organization> Organizations { get; }

    /// <summary>The people of the registry.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>The places of the registry.</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>Organizations, people and places together.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>The predicates of the claim vocabulary.</summary>
    public IReadOnlyList<Predicate> Predicates { get; }

    /// <summary>Every claim of every article, article by article.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>The entity with this ID, or null.</summary>
    public Entity? Entity(string id) => _entities.TryGetValue(id, out var entity) ? entity : null;

    /// <summary>The organization with this ID, or null.</summary>
    public Organization? Organization(string id) => Entity(id) as Organization;

    /// <summary>The person with this ID, or null.</summary>
    public Person? Person(string id) => Entity(id) as Person;

    /// <summary>The place with this ID, or null.</summary>
    public Place? Place(string id) => Entity(id) as Place;

    /// <summary>The predicate with this ID, or null.</summary>
    public Predicate? Predicate(string id) => _predicatesById.TryGetValue(id, out var predicate) ? predicate : null;

    /// <summary>The article with this ID (its file name without extension), or null.</summary>
    public Article? Article(string id) => _articlesById.TryGetValue(id, out var article) ? article : null;

    /// <summary>The claim with this global ID (<c>article#claim</c>), or null.</summary>
    public Claim? Claim(string id) => _claimsById.TryGetValue(id, out var claim) ? claim : null;

    /// <summary>The claims whose subject is <paramref name="entity"/>: a precomputed list, no scan.</summary>
    public IReadOnlyList<Claim> ClaimsAbout(Entity entity) => (entity ?? throw new ArgumentNullException(nameof(entity))).Claims;

    /// <summary>The claims that use <paramref name="predicate"/>: a precomputed list, no scan.</summary>
    public IReadOnlyList<Claim> ClaimsWith(Predicate predicate) => (predicate ?? throw new ArgumentNullException(nameof(predicate))).Claims;

    /// <summary>The claims <paramref name="article"/> makes.</summary>
    public IReadOnlyList<Claim> ClaimsBy(Article article) => (article ?? throw new ArgumentNullException(nameof(article))).Claims;

    /// <summary>The claims of the articles <paramref name="outlet"/> published and the claims attributed to it: a precomputed list.</summary>
    public IReadOnlyList<Claim> ClaimsBy(Organization outlet) =>
        _claimsByOutlet.TryGetValue(outlet ?? throw new ArgumentNullException(nameof(outlet)), out var claims) ? claims : System.Array.Empty<Claim>();

    /// <summary>Claims grouped into facts: same subject and predicate, compatible values; with their independent sources.</summary>
    public IReadOnlyList<Fact> Facts => _facts.Value;

    /// <summary>Single-valued predicates whose claimed values cannot all hold, marked contradiction or evolution.</summary>
    public IReadOnlyList<Conflict> Conflicts => _conflicts.Value;

    /// <summary>Dated claims ordered by the time they refer to.</summary>
    public IReadOnlyList<TimelineEntry> Timeline => _timeline.Value;

    /// <summary>Dated claims ordered by when they were reported.</summary>
    public IReadOnlyList<TimelineEntry> TimelineByReporting => _timelineByReporting.Value;

    /// <summary>The organization and command graph, before and after the reform.</summary>
    public OrganizationGraph CommandGraph => _graph.Value;
}
