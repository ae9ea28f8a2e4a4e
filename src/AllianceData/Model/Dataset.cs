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
    private readonly ArticleList _articles;
    private readonly Lazy<ClaimIndex> _claims;
    private readonly Lazy<IReadOnlyList<Fact>> _facts;
    private readonly Lazy<IReadOnlyList<Conflict>> _conflicts;
    private readonly Lazy<IReadOnlyList<TimelineEntry>> _timeline;
    private readonly Lazy<IReadOnlyList<TimelineEntry>> _timelineByReporting;
    private readonly Lazy<OrganizationGraph> _graph;

    internal Dataset(ArticleList articles, Organization[] organizations, Person[] people, Place[] places, Predicate[] predicates)
    {
        _articles = articles;
        Organizations = organizations;
        People = people;
        Places = places;
        Predicates = predicates;
        Entities = organizations.Cast<Entity>().Concat(people).Concat(places).ToArray();

        _entities = Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _predicatesById = predicates.ToDictionary(p => p.Id, StringComparer.Ordinal);

        // Opening the dataset costs only the registries: articles materialise on first read, and all
        // that needs every claim (the indexes, then the derived views) is computed on first use.
        _claims = new Lazy<ClaimIndex>(() => new ClaimIndex(_articles));
        _facts = new Lazy<IReadOnlyList<Fact>>(() => ClaimAnalysis.Facts(this));
        _conflicts = new Lazy<IReadOnlyList<Conflict>>(() => ClaimAnalysis.Conflicts(this));
        _timeline = new Lazy<IReadOnlyList<TimelineEntry>>(() => ClaimAnalysis.Timeline(this));
        _timelineByReporting = new Lazy<IReadOnlyList<TimelineEntry>>(() => ClaimAnalysis.TimelineByReporting(this));
        _graph = new Lazy<OrganizationGraph>(() => new OrganizationGraph(this));

        // An entity's or predicate's claim list needs the index; the owner lets its getter build it.
        foreach (var entity in Entities)
        {
            entity.Owner = this;
        }

        foreach (var predicate in predicates)
        {
            predicate.Owner = this;
        }
    }

    /// <summary>The articles, in seed file order.</summary>
    public IReadOnlyList<Article> Articles => _articles;

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
    public IReadOnlyList<Claim> Claims => ClaimIndex.Claims;

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
    public Article? Article(string id) => _articles.Find(id);

    /// <summary>The claim with this global ID (<c>article#claim</c>), or null.</summary>
    public Claim? Claim(string id) => ClaimIndex.Claim(id);

    /// <summary>The claims whose subject is <paramref name="entity"/>: a precomputed list, no scan.</summary>
    public IReadOnlyList<Claim> ClaimsAbout(Entity entity) => (entity ?? throw new ArgumentNullException(nameof(entity))).Claims;

    /// <summary>The claims that use <paramref name="predicate"/>: a precomputed list, no scan.</summary>
    public IReadOnlyList<Claim> ClaimsWith(Predicate predicate) => (predicate ?? throw new ArgumentNullException(nameof(predicate))).Claims;

    /// <summary>The claims <paramref name="article"/> makes.</summary>
    public IReadOnlyList<Claim> ClaimsBy(Article article) => (article ?? throw new ArgumentNullException(nameof(article))).Claims;

    /// <summary>The claims of the articles <paramref name="outlet"/> published and the claims attributed to it: a precomputed list.</summary>
    public IReadOnlyList<Claim> ClaimsBy(Organization outlet) =>
        ClaimIndex.ClaimsBy(outlet ?? throw new ArgumentNullException(nameof(outlet)));

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

    /// <summary>The claim index, built (every article materialised) on the first call.</summary>
    internal ClaimIndex ClaimIndex => _claims.Value;
}
