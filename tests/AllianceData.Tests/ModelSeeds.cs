using System.Linq;
using AllianceData.Seeding;

namespace AllianceData.Tests;

/// <summary>
/// Turns a built dataset back into the seeds that build it: the bundled dataset exposes no seeds, and
/// these let the tests rebuild it eagerly, lazily, or through payloads.
/// </summary>
internal static class ModelSeeds
{
    /// <summary>A builder with the registries of <paramref name="data"/> and none of its articles.</summary>
    public static DatasetBuilder Registries(Dataset data)
    {
        var builder = new DatasetBuilder();
        foreach (var o in data.Organizations)
        {
            builder.Add(new OrganizationSeed
            {
                Id = o.Id, Name = o.Name, Aliases = o.Aliases.ToArray(), Kind = o.Kind, Country = o.Country,
                Parent = o.Parent?.Id, ReportsTo = o.ReportsTo.Select(r => r.Id).ToArray(), Description = o.Description,
            });
        }

        foreach (var p in data.People)
        {
            builder.Add(new PersonSeed
            {
                Id = p.Id, Name = p.Name, Aliases = p.Aliases.ToArray(), Country = p.Country, Description = p.Description,
                Roles = p.Roles.Select(r => new RoleSeed { Title = r.Title, Organization = r.Organization?.Id }).ToArray(),
            });
        }

        foreach (var p in data.Places)
        {
            builder.Add(new PlaceSeed
            {
                Id = p.Id, Name = p.Name, Aliases = p.Aliases.ToArray(), Kind = p.Kind, Country = p.Country,
                Within = p.Within?.Id, Description = p.Description,
            });
        }

        foreach (var p in data.Predicates)
        {
            builder.Add(new PredicateSeed { Id = p.Id, Label = p.Label, Description = p.Description, ObjectKind = p.ObjectKind, IsSingleValued = p.IsSingleValued });
        }

        return builder;
    }

    /// <summary>The seed generated code would hand the builder for <paramref name="article"/>.</summary>
    public static ArticleSeed Article(Article article) => new()
    {
        Id = article.Id,
        FileName = article.FileName,
        Title = article.Title,
        Url = article.Url,
        Publisher = article.Publisher?.Id,
        PublisherNote = article.PublisherNote,
        Cites = article.Cites.Select(o => o.Id).ToArray(),
        Published = article.Published,
        Text = article.Text,
        BodyStart = article.BodyStart,
        BodyEnd = article.BodyEnd,
        Mentions = article.Mentions.Select(e => e.Id).ToArray(),
        Claims = article.Claims.Select(c => new ClaimSeed
        {
            Id = c.LocalId,
            Subject = c.Subject.Id,
            Predicate = c.Predicate.Id,
            ObjectEntity = (c.Object as EntityValue)?.Entity.Id,
            ObjectValue = c.Object is EntityValue ? null : c.Object,
            Modality = c.Modality,
            AttributionSource = c.Attribution?.Source?.Id,
            AttributionVia = c.Attribution?.Via,
            When = c.When,
            Where = c.Where?.Id,
            Note = c.Note,
            Evidence = c.Evidence.Select(e => new EvidenceSeed { Quote = e.Quote, Start = e.Start, End = e.End, Prefix = e.Prefix, Suffix = e.Suffix, Occurrence = e.Occurrence }).ToArray(),
        }).ToArray(),
    };
}
