using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;

namespace AllianceData.Seeding;

/// <summary>
/// Links seeds into a <see cref="Dataset"/>: resolves every ID to its object and fills the
/// reverse indexes. Called by generated code; the generator has already validated every reference,
/// so an unresolved ID here means the generated code and this library disagree, and throws.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DatasetBuilder
{
    private readonly List<OrganizationSeed> _organizations = new();
    private readonly List<PersonSeed> _people = new();
    private readonly List<PlaceSeed> _places = new();
    private readonly List<PredicateSeed> _predicates = new();
    // In Add order: a seed added whole, or an ID with the loader that decodes its seed on first use.
    private readonly List<(ArticleSeed? Seed, string? Id, Func<ArticleSeed>? Load)> _articles = new();

    /// <summary>Adds an organization.</summary>
    public DatasetBuilder Add(OrganizationSeed seed) => Append(_organizations, seed);

    /// <summary>Adds a person.</summary>
    public DatasetBuilder Add(PersonSeed seed) => Append(_people, seed);

    /// <summary>Adds a place.</summary>
    public DatasetBuilder Add(PlaceSeed seed) => Append(_places, seed);

    /// <summary>Adds a predicate.</summary>
    public DatasetBuilder Add(PredicateSeed seed) => Append(_predicates, seed);

    /// <summary>Adds an article with its claims, linked when the dataset is built.</summary>
    public DatasetBuilder Add(ArticleSeed seed)
    {
        _articles.Add((seed ?? throw new ArgumentNullException(nameof(seed)), null, null));
        return this;
    }

    /// <summary>
    /// Adds an article whose seed <paramref name="load"/> returns the first time the article (or anything
    /// that needs every claim) is read. It is called at most once per built dataset; an unknown reference
    /// in its seed throws <see cref="InvalidOperationException"/> then.
    /// </summary>
    /// <param name="articleId">The article's ID, which the seed must have: <see cref="Dataset.Article"/> finds it without loading.</param>
    /// <param name="load">Returns the seed, e.g. by decoding an embedded <see cref="ArticlePayload"/>.</param>
    public DatasetBuilder Add(string articleId, Func<ArticleSeed> load)
    {
        _articles.Add((null, articleId ?? throw new ArgumentNullException(nameof(articleId)), load ?? throw new ArgumentNullException(nameof(load))));
        return this;
    }

    /// <summary>
    /// Links the registries into a dataset, and the articles added as seeds; articles added with a loader
    /// are linked on first read. Can be called again: each dataset loads its articles anew.
    /// </summary>
    public Dataset Build()
    {
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var organizations = _organizations.Select(s => Register(entities, new Organization(s.Id, s.Name, s.Aliases, s.Kind, s.Country, s.Description))).ToArray();
        var people = _people.Select(s => Register(entities, new Person(s.Id, s.Name, s.Aliases, s.Country, s.Description))).ToArray();
        var places = _places.Select(s => Register(entities, new Place(s.Id, s.Name, s.Aliases, s.Kind, s.Country, s.Description))).ToArray();
        var predicates = new Dictionary<string, Predicate>(StringComparer.Ordinal);
        foreach (var s in _predicates)
        {
            if (predicates.ContainsKey(s.Id))
            {
                throw new InvalidOperationException($"The dataset has two predicates '{s.Id}'.");
            }

            predicates.Add(s.Id, new Predicate(s.Id, s.Label, s.Description, s.ObjectKind, s.IsSingleValued));
        }

        LinkOrganizations(organizations, entities);
        for (var i = 0; i < people.Length; i++)
        {
            people[i].Roles = _people[i].Roles.Select(r => new Role(r.Title, r.Organization is null ? null : Get<Organization>(entities, r.Organization))).ToArray();
        }

        for (var i = 0; i < places.Length; i++)
        {
            places[i].Within = _places[i].Within is { } within ? Get<Place>(entities, within) : null;
        }

        var articles = new ArticleList(ArticleSlots(entities, predicates, out var indexById), indexById, seed => BuildArticle(seed, entities, predicates));
        return new Dataset(articles, organizations, people, places, _predicates.Select(p => predicates[p.Id]).ToArray());
    }

    /// <summary>
    /// One slot per article. Seeds added whole are linked now, so their errors surface at Build as they
    /// always have (the CLI reports them as a bad file); loaders wait for the article's first read.
    /// </summary>
    private ArticleList.Slot[] ArticleSlots(Dictionary<string, Entity> entities, Dictionary<string, Predicate> predicates, out Dictionary<string, int> indexById)
    {
        var slots = new ArticleList.Slot[_articles.Count];
        indexById = new Dictionary<string, int>(slots.Length, StringComparer.Ordinal);
        for (var i = 0; i < slots.Length; i++)
        {
            // A seed's ID is read now, not at Add: callers may still fill the seed in between, as before.
            var (seed, loaderId, load) = _articles[i];
            var id = seed is null ? loaderId! : seed.Id;
            if (indexById.ContainsKey(id))
            {
                throw new InvalidOperationException($"The dataset has two articles '{id}'.");
            }

            indexById.Add(id, i);
            slots[i] = seed is null ? new ArticleList.Slot(id, load!) : new ArticleList.Slot(BuildArticle(seed, entities, predicates));
        }

        return slots;
    }

    private static Article BuildArticle(ArticleSeed seed, Dictionary<string, Entity> entities, Dictionary<string, Predicate> predicates)
    {
        var article = new Article(seed.Id, seed.FileName, seed.Title, seed.Url, seed.PublisherNote, seed.Published, seed.Text, seed.BodyStart, seed.BodyEnd)
        {
            Publisher = seed.Publisher is null ? null : Get<Organization>(entities, seed.Publisher),
            Cites = seed.Cites.Select(id => Get<Organization>(entities, id)).ToArray(),
            Mentions = seed.Mentions.Select(id => Get<Entity>(entities, id)).ToArray(),
        };
        var claims = new Claim[seed.Claims.Length];
        var localIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < claims.Length; i++)
        {
            claims[i] = BuildClaim(article, seed.Claims[i], entities, predicates);
            if (!localIds.Add(claims[i].LocalId))
            {
                throw new InvalidOperationException($"Article '{article.Id}' has two claims '{claims[i].LocalId}'.");
            }
        }

        article.Claims = claims;
        return article;
    }

    private static Claim BuildClaim(Article article, ClaimSeed seed, Dictionary<string, Entity> entities, Dictionary<string, Predicate> predicates)
    {
        var value = seed.ObjectEntity is { } entityId
            ? new EntityValue(Get<Entity>(entities, entityId))
            : seed.ObjectValue ?? throw new InvalidOperationException($"Claim '{seed.Id}' of article '{article.Id}' has no object.");
        var attribution = seed.AttributionSource is null && seed.AttributionVia is null
            ? null
            : new Attribution(seed.AttributionSource is null ? null : Get<Entity>(entities, seed.AttributionSource), seed.AttributionVia);
        if (!predicates.TryGetValue(seed.Predicate, out var predicate))
        {
            throw new InvalidOperationException($"Unknown predicate '{seed.Predicate}' in claim '{seed.Id}' of article '{article.Id}'.");
        }

        var evidence = seed.Evidence.Select(e => new Evidence(e.Quote, e.Start, e.End, e.Prefix, e.Suffix, e.Occurrence)).ToArray();
        var claim = new Claim(
            seed.Id,
            article,
            Get<Entity>(entities, seed.Subject),
            predicate,
            value,
            seed.Modality,
            attribution,
            seed.When,
            seed.Where is null ? null : Get<Place>(entities, seed.Where),
            seed.Note,
            evidence);
        foreach (var quote in evidence)
        {
            quote.Claim = claim;
        }

        return claim;
    }

    private void LinkOrganizations(Organization[] organizations, Dictionary<string, Entity> entities)
    {
        var children = organizations.ToDictionary(o => o, _ => new List<Organization>());
        var subordinates = organizations.ToDictionary(o => o, _ => new List<Organization>());
        for (var i = 0; i < organizations.Length; i++)
        {
            var (organization, seed) = (organizations[i], _organizations[i]);
            if (seed.Parent is { } parentId)
            {
                organization.Parent = Get<Organization>(entities, parentId);
                children[organization.Parent].Add(organization);
            }

            organization.ReportsTo = seed.ReportsTo.Select(id => Get<Organization>(entities, id)).ToArray();
            foreach (var superior in organization.ReportsTo)
            {
                subordinates[superior].Add(organization);
            }
        }

        foreach (var organization in organizations)
        {
            organization.Children = children[organization].ToArray();
            organization.Subordinates = subordinates[organization].ToArray();
        }
    }

    private static T Register<T>(Dictionary<string, Entity> entities, T entity)
        where T : Entity
    {
        if (entities.ContainsKey(entity.Id))
        {
            throw new InvalidOperationException($"The dataset has two entities '{entity.Id}'.");
        }

        entities.Add(entity.Id, entity);
        return entity;
    }

    private static T Get<T>(Dictionary<string, Entity> entities, string id)
        where T : Entity =>
        entities.TryGetValue(id, out var entity) && entity is T typed
            ? typed
            : throw new InvalidOperationException($"The dataset has no {typeof(T).Name.ToLowerInvariant()} '{id}'.");

    private DatasetBuilder Append<T>(List<T> list, T seed)
    {
        list.Add(seed ?? throw new ArgumentNullException(nameof(seed)));
        return this;
    }
}
