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

        // An outlet's claims: those of the articles it published and those attributed to it.
        _byOutlet = Claims
            .SelectMany(c => new[] { c.Article.Publisher, c.Attribution?.Source as Organization }.Where(o => o is not null).Distinct().Select(o => (Outlet: o!, Claim: c)))
            .GroupBy(x => x.Outlet, x => x.Claim)
            .ToDictionary(g => g.Key, g => g.ToArray());

        // The entities' and predicates' own lists are filled here, once, so their getters are a field read.
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

    /// <summary>Every claim of every article, article by article.</summary>
    public Claim[] Claims { get; }

    public Claim? Claim(string id) => _byId.TryGetValue(id, out var claim) ? claim : null;

    public IReadOnlyList<Claim> ClaimsBy(Organization outlet) =>
        _byOutlet.TryGetValue(outlet, out var claims) ? claims : Array.Empty<Claim>();
}
