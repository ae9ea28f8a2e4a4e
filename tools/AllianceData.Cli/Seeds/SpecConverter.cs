using System;
using System.Globalization;
using System.Linq;
using AllianceData.Generator.Model;
using AllianceData.Seeding;

namespace AllianceData.Cli.Seeds;

/// <summary>
/// Turns the generator's linked <see cref="DatasetSpec"/> into a runtime <see cref="Dataset"/> through the
/// public <see cref="DatasetBuilder"/>: the same seeds the generated code hands it, built at run time.
/// </summary>
internal static class SpecConverter
{
    public static Dataset ToDataset(DatasetSpec spec)
    {
        var builder = new DatasetBuilder();
        foreach (var o in spec.Organizations)
        {
            builder.Add(new OrganizationSeed
            {
                Id = o.Id,
                Name = o.Name,
                Aliases = o.Aliases.ToArray(),
                Kind = Vocab.Parse<OrganizationKind>(o.Kind),
                Country = o.Country,
                Parent = o.Parent,
                ReportsTo = o.ReportsTo.ToArray(),
                Description = o.Description,
            });
        }

        foreach (var p in spec.People)
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

        foreach (var p in spec.Places)
        {
            builder.Add(new PlaceSeed
            {
                Id = p.Id,
                Name = p.Name,
                Aliases = p.Aliases.ToArray(),
                Kind = Vocab.Parse<PlaceKind>(p.Kind),
                Country = p.Country,
                Within = p.Within,
                Description = p.Description,
            });
        }

        foreach (var p in spec.Predicates)
        {
            builder.Add(new PredicateSeed
            {
                Id = p.Id,
                Label = p.Label,
                Description = p.Description,
                ObjectKind = Vocab.Parse<ValueKind>(p.ObjectKind),
                IsSingleValued = p.SingleValued,
            });
        }

        foreach (var a in spec.Articles)
        {
            builder.Add(new ArticleSeed
            {
                Id = a.Id,
                FileName = a.FileName,
                Title = a.Title,
                Url = a.Url,
                Publisher = a.Publisher,
                PublisherNote = a.PublisherNote,
                Cites = a.Cites.ToArray(),
                Published = new PublicationDate(Time(a.Published.Date), a.Published.Inferred, a.Published.Basis),
                Text = a.Text,
                BodyStart = a.BodyStart,
                BodyEnd = a.BodyEnd,
                Mentions = a.Mentions.ToArray(),
                Claims = a.Claims.Select(Claim).ToArray(),
            });
        }

        return builder.Build();
    }

    private static ClaimSeed Claim(ClaimSpec c) => new()
    {
        Id = c.Id,
        Subject = c.Subject,
        Predicate = c.Predicate,
        ObjectEntity = c.Object.Kind == "entity" ? c.Object.Entity : null,
        ObjectValue = c.Object.Kind switch
        {
            "entity" => null,
            "time" => Time(c.Object.Time!),
            "quantity" => Quantity(c.Object.Quantity!),
            _ => new TextValue(c.Object.Text!),
        },
        Modality = Vocab.Parse<Modality>(c.Modality),
        AttributionSource = c.AttributionSource,
        AttributionVia = c.AttributionVia,
        When = c.When is null ? null : Time(c.When),
        Where = c.Where,
        Note = c.Note,
        Evidence = c.Evidence.Select(e => new EvidenceSeed
        {
            Quote = e.Quote,
            Start = e.Start,
            End = e.End,
            Prefix = e.Prefix,
            Suffix = e.Suffix,
            Occurrence = e.Occurrence,
        }).ToArray(),
    };

    private static TimeValue Time(DateEntry time) =>
        new(time.Date, Vocab.Parse<TimePrecision>(time.Precision), Date(time.Start), Date(time.End), time.Expression);

    private static QuantityValue Quantity(QuantityEntry q) =>
        new(q.Amount, Vocab.Parse<QuantityUnit>(q.Unit), Vocab.Parse<QuantityBound>(q.Bound), q.Item, q.Expression);

    /// <summary>A validated yyyy-MM-dd date.</summary>
    public static DateTime Date(string isoDate) => DateTime.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
