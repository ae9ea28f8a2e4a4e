using System;
using System.Collections.Generic;
using System.Linq;

namespace AllianceData;

/// <summary>
/// Everything about a dataset that needs every claim: the claim list, the lookups by ID and outlet, and
/// the per-entity and per-predicate lists. Built once per dataset, on first use (it materialises every
/// article), so that opening the dataset and reading a few articles stays cheap.
/// </summary>
internal sealed class ClaimIndex
{
    private readonly Dictionary<string, Claim> _byId;
    private readonly Dictionary<Organization, Claim[]> _byOutlet;

    public ClaimIndex(IReadOnlyList<Article> articles)
    {
        var claims = new List<Claim>();
        foreach (var article in articles)
        {
            claims.AddRange(article.Claims);
        }

        Claims = claims.ToArray();
        _byId = new Dictionary<string, Claim>(Claims.Length, StringComparer.Ordinal);
        foreach (var claim in Claims)
        {
            if (_byId.ContainsKey(claim.Id))
            {
                throw new InvalidOperationException($"The dataset has two claims '{claim.Id}'.");
            }

            _byId.Add(claim.Id, claim);
        }

        // Loops over dictionaries of reference types, not LINQ groups over tuples: a group of
        // (entity, claim) tuples is framework code instantiated over a value type, which no
        // precompiled (ReadyToRun) image holds, so each first use in a process JIT-compiled it.
        // An outlet's claims: those of the articles it published and those attributed to it.
        var byOutlet = new Dictionary<Organization, List<Claim>>();
        foreach (var claim in Claims)
        {
            var publisher = claim.Article.Publisher;
            if (publisher is not null)
            {
                Add(byOutlet, publisher, claim);
            }

            if (claim.Attribution?.Source is Organization source && source != publisher)
            {
                Add(byOutlet, source, claim);
            }
        }

        _byOutlet = new Dictionary<Organization, Claim[]>(byOutlet.Count);
        foreach (var pair in byOutlet)
        {
            _byOutlet.Add(pair.Key, pair.Value.ToArray());
        }

        // The entities' and predicates' own lists are filled here, once, so their getters are a field read.
        foreach (var group in Claims.GroupBy(c => c.Subject))
        {
            group.Key.Claims = group.ToArray();
        }

        foreach (var group in Claims.GroupBy(c => c.Predicate))
        {
            group.Key.Claims = group.ToArray();
        }

        var mentionedIn = new Dictionary<Entity, List<Article>>();
        foreach (var article in articles)
        {
            foreach (var entity in article.Mentions)
            {
                // An article's mentions are visited together, so a repeated mention is the list's last entry.
                if (!mentionedIn.TryGetValue(entity, out var list) || list[list.Count - 1] != article)
                {
                    Add(mentionedIn, entity, article);
                }
            }
        }

        foreach (var pair in mentionedIn)
        {
            pair.Key.MentionedIn = pair.Value.ToArray();
        }
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> lists, TKey key, TValue value)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists.Add(key, list = new List<TValue>());
        }

        list.Add(value);
    }

    /// <summary>Every claim of every article, article by article.</summary>
    public Claim[] Claims { get; }

    public Claim? Claim(string id) => _byId.TryGetValue(id, out var claim) ? claim : null;

    public IReadOnlyList<Claim> ClaimsBy(Organization outlet) =>
        _byOutlet.TryGetValue(outlet, out var claims) ? claims : Array.Empty<Claim>();
}
