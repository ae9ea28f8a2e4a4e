using System;
using System.Collections.Generic;
using System.Linq;
using AllianceData.Generator.Diagnostics;

namespace AllianceData.Cli.Querying;

/// <summary>Finds what a user names on the command line: an entity by ID, name or alias; an article by ID; a predicate by ID.</summary>
internal static class EntityResolver
{
    /// <summary>The entity with this ID, else the one whose name or an alias matches (case-insensitive); a usage error when none or several do.</summary>
    public static Entity Entity(Dataset dataset, string text, string option)
    {
        if (TryEntity(dataset, text, option, out var entity))
        {
            return entity!;
        }

        var candidates = dataset.Entities.Select(e => e.Id).Concat(dataset.Entities.Select(e => e.Name)).Concat(dataset.Entities.SelectMany(e => e.Aliases));
        throw CliException.Usage($"{option}: no entity has the ID, name or alias '{text}'{Suggestions.DidYouMean(text, candidates)}");
    }

    /// <summary>
    /// An article by ID, or an entity (outlet, person, government) by ID, name or alias, for <c>--source</c>.
    /// </summary>
    public static (Article? Article, Entity? Entity) Source(Dataset dataset, string text, string option)
    {
        if (dataset.Article(text) is { } article)
        {
            return (article, null);
        }

        if (TryEntity(dataset, text, option, out var entity))
        {
            return (null, entity);
        }

        var candidates = dataset.Articles.Select(a => a.Id).Concat(dataset.Entities.Select(e => e.Id)).Concat(dataset.Entities.Select(e => e.Name)).Concat(dataset.Entities.SelectMany(e => e.Aliases));
        throw CliException.Usage($"{option}: no article ID, and no entity ID, name or alias, is '{text}'{Suggestions.DidYouMean(text, candidates)}");
    }

    public static Predicate Predicate(Dataset dataset, string text, string option) =>
        dataset.Predicate(text)
        ?? throw CliException.Usage($"{option}: no predicate has the ID '{text}'{Suggestions.DidYouMean(text, dataset.Predicates.Select(p => p.Id))}; the predicates are: {string.Join(", ", dataset.Predicates.Select(p => p.Id))}");

    private static bool TryEntity(Dataset dataset, string text, string option, out Entity? entity)
    {
        entity = dataset.Entity(text);
        if (entity is not null)
        {
            return true;
        }

        var byName = Matches(dataset, text, e => new[] { e.Name });
        var matches = byName.Count > 0 ? byName : Matches(dataset, text, e => e.Aliases);
        if (matches.Count > 1)
        {
            throw CliException.Usage($"{option}: '{text}' names {matches.Count} entities ({string.Join(", ", matches.Select(e => e.Id))}); give the ID.");
        }

        entity = matches.SingleOrDefault();
        return entity is not null;
    }

    private static List<Entity> Matches(Dataset dataset, string text, Func<Entity, IEnumerable<string>> names) =>
        dataset.Entities.Where(e => names(e).Any(n => string.Equals(n.Trim(), text.Trim(), StringComparison.OrdinalIgnoreCase))).ToList();
}
