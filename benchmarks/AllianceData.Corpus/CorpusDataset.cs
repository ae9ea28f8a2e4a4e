using System;
using System.Linq;
using AllianceData.Seeding;

namespace AllianceData.Corpus;

/// <summary>Hands a corpus to the public <see cref="DatasetBuilder"/> API, as generated code would.</summary>
internal static class CorpusDataset
{
    public static DatasetBuilder ToBuilder(SyntheticCorpus corpus)
    {
        var builder = new DatasetBuilder();
        foreach (var o in corpus.Organizations)
        {
            builder.Add(new OrganizationSeed
            {
                Id = o.Id,
                Name = o.Name,
                Aliases = o.Aliases.ToArray(),
                Kind = Parse<OrganizationKind>(o.Kind),
                Country = o.Country,
                Parent = o.Parent,
                ReportsTo = o.ReportsTo.ToArray(),
                Description = o.Description,
            });
        }

        foreach (var p in corpus.People)
        {
            builder.Add(new PersonSeed
            {
                Id = p.Id,
                Name = p.Name,
                Aliases = p.Aliases.ToArray(),
                Country = p.Country,
                Roles = p.Roles.Select(r => new RoleSeed { Title = r.Title, Organization = r.Organization }).ToArray(),
                Description = p.Description,
            });
        }

        foreach (var p in corpus.Places)
        {
            builder.Add(new PlaceSeed
            {
                Id = p.Id,
                Name = p.Name,
                Aliases = p.Aliases.ToArray(),
                Kind = Parse<PlaceKind>(p.Kind),
                Country = p.Country,
                Within = p.Within,
                Description = p.Description,
            });
        }

        foreach (var p in corpus.Predicates)
        {
            builder.Add(new PredicateSeed
            {
                Id = p.Id,
                Label = p.Label,
                Description = p.Description,
                ObjectKind = Parse<ValueKind>(p.ObjectKind),
                IsSingleValued = p.SingleValued,
            });
        }

        foreach (var a in corpus.Articles)
        {
            builder.Add(new ArticleSeed
            {
                Id = a.Id,
                FileName = a.Id + ".txt",
                Title = a.Title,
                Publisher = a.Publisher,
                Cites = a.Cites.ToArray(),
                Published = new PublicationDate(Time(a.Published), a.Published.Precision != "day", a.Published.Precision != "day" ? "The dateline gives the month but not the day." : null),
                Text = a.Text,
                BodyStart = a.BodyStart,
                BodyEnd = a.BodyEnd,
                Mentions = a.Mentions.ToArray(),
                Claims = a.Claims.Select(c => new ClaimSeed
                {
                    Id = c.Id,
                    Subject = c.Subject,
                    Predicate = c.Predicate,
                    ObjectEntity = c.Object.Entity,
                    ObjectValue = c.Object.Kind switch
                    {
                        "entity" => null,
                        "time" => Time(c.Object.Time!),
                        "quantity" => Quantity(c.Object.Quantity!),
                        _ => new TextValue(c.Object.Text!),
                    },
                    Modality = Parse<Modality>(c.Modality),
                    AttributionSource = c.AttributionSource,
                    AttributionVia = c.AttributionVia,
                    When = c.When is null ? null : Time(c.When),
                    Where = c.Where,
                    Note = c.Note,
                    Evidence = c.Evidence.Select(e => new EvidenceSeed { Quote = e.Quote, Start = e.Start, End = e.Start + e.Quote.Length, Prefix = e.Prefix, Occurrence = e.Occurrence }).ToArray(),
                }).ToArray(),
            });
        }

        return builder;
    }

    private static TimeValue Time(SyntheticDate date) =>
        new(date.Date, Parse<TimePrecision>(date.Precision), date.Start, date.End, date.Expression);

    private static QuantityValue Quantity(SyntheticQuantity q) =>
        new(q.Amount, q.Unit switch
        {
            "USD" => QuantityUnit.USD,
            "JPY" => QuantityUnit.JPY,
            "AUD" => QuantityUnit.AUD,
            _ => Parse<QuantityUnit>(q.Unit),
        }, Parse<QuantityBound>(q.Bound), q.Item, q.Expression);

    /// <summary>"military-command" → MilitaryCommand, "atLeast" → AtLeast.</summary>
    private static T Parse<T>(string value)
        where T : struct, Enum =>
        Enum.Parse<T>(string.Concat(value.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part.Substring(1))));
}
