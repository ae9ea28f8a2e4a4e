using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AllianceData.Seeding;

namespace AllianceData.Cli.Export;

/// <summary>
/// Reads a JSON Lines export back into a <see cref="Dataset"/> through the public <see cref="DatasetBuilder"/>.
/// Facts (and any other derived record) are skipped: the dataset recomputes them from the claims.
/// A malformed line is an <see cref="InvalidDataException"/> that names the line.
/// </summary>
internal static class JsonLinesReader
{
    public static Dataset Read(TextReader reader)
    {
        var json = ExportJsonContext.Compact;
        var builder = new DatasetBuilder();
        var articles = new List<ArticleSeed>();
        var articlesById = new Dictionary<string, (ArticleSeed Seed, List<ClaimSeed> Claims)>(StringComparer.Ordinal);
        var pendingClaims = new List<(int Line, ClaimRecord Claim)>();
        var number = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
                    ? t.GetString()!
                    : throw new InvalidDataException("the record has no \"type\"");
                switch (type)
                {
                    case "organization":
                        builder.Add(Organization(Get(root, json.OrganizationRecord)));
                        break;
                    case "person":
                        builder.Add(Person(Get(root, json.PersonRecord)));
                        break;
                    case "place":
                        builder.Add(Place(Get(root, json.PlaceRecord)));
                        break;
                    case "predicate":
                        builder.Add(Predicate(Get(root, json.PredicateRecord)));
                        break;
                    case "article":
                        var article = Article(Get(root, json.ArticleRecord));
                        if (!articlesById.TryAdd(article.Id, (article, new List<ClaimSeed>())))
                        {
                            throw new InvalidDataException($"article '{article.Id}' appears twice");
                        }

                        articles.Add(article);
                        break;
                    case "claim":
                        pendingClaims.Add((number, Get(root, json.ClaimRecord)));
                        break;
                    case "fact":
                        break; // Derived from the claims; the dataset recomputes it.
                    default:
                        throw new InvalidDataException($"unknown record type '{type}'");
                }
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidDataException or ArgumentException)
            {
                throw new InvalidDataException($"line {number.ToString(CultureInfo.InvariantCulture)}: {e.Message}", e);
            }
        }

        // Claims may come before or after their article; each joins its article in file order.
        foreach (var (line, claim) in pendingClaims)
        {
            if (!articlesById.TryGetValue(claim.Article, out var article))
            {
                throw new InvalidDataException($"line {line.ToString(CultureInfo.InvariantCulture)}: claim '{claim.Id}' names article '{claim.Article}', which the file does not hold");
            }

            article.Claims.Add(Claim(claim));
        }

        foreach (var article in articles)
        {
            article.Claims = articlesById[article.Id].Claims.ToArray();
            builder.Add(article);
        }

        try
        {
            return builder.Build();
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    private static T Get<T>(JsonElement element, JsonTypeInfo<T> typeInfo) =>
        element.Deserialize(typeInfo) ?? throw new InvalidDataException("the record is null");

    private static OrganizationSeed Organization(OrganizationRecord r) => new()
    {
        Id = r.Id,
        Name = r.Name,
        Aliases = r.Aliases.ToArray(),
        Kind = Vocab.Parse<OrganizationKind>(r.Kind),
        Country = r.Country,
        Parent = r.Parent,
        ReportsTo = r.ReportsTo.ToArray(),
        Description = r.Description,
    };

    private static PersonSeed Person(PersonRecord r) => new()
    {
        Id = r.Id,
        Name = r.Name,
        Aliases = r.Aliases.ToArray(),
        Country = r.Country,
        Roles = r.Roles.Select(role => new RoleSeed { Title = role.Title, Organization = role.Organization }).ToArray(),
        Description = r.Description,
    };

    private static PlaceSeed Place(PlaceRecord r) => new()
    {
        Id = r.Id,
        Name = r.Name,
        Aliases = r.Aliases.ToArray(),
        Kind = Vocab.Parse<PlaceKind>(r.Kind),
        Country = r.Country,
        Within = r.Within,
        Description = r.Description,
    };

    private static PredicateSeed Predicate(PredicateRecord r) => new()
    {
        Id = r.Id,
        Label = r.Label,
        Description = r.Description,
        ObjectKind = Vocab.Parse<ValueKind>(r.ObjectKind),
        IsSingleValued = r.SingleValued,
    };

    private static ArticleSeed Article(ArticleRecord r) => new()
    {
        Id = r.Id,
        FileName = r.FileName,
        Title = r.Title,
        Url = r.Url,
        Publisher = r.Publisher,
        PublisherNote = r.PublisherNote,
        Cites = r.Cites.ToArray(),
        Published = new PublicationDate(
            new TimeValue(r.Published.Date, Vocab.Parse<TimePrecision>(r.Published.Precision), Day(r.Published.Start), Day(r.Published.End), r.Published.Expression),
            r.Published.Inferred,
            r.Published.Basis),
        Text = r.Text,
        BodyStart = r.BodyStart,
        BodyEnd = r.BodyEnd,
        Mentions = r.Mentions.ToArray(),
    };

    private static ClaimSeed Claim(ClaimRecord r) => new()
    {
        Id = r.LocalId,
        Subject = r.Subject,
        Predicate = r.Predicate,
        ObjectEntity = r.Object.Kind == "entity" ? r.Object.Entity ?? throw new InvalidDataException($"claim '{r.Id}': an entity object needs \"entity\"") : null,
        ObjectValue = r.Object.Kind switch
        {
            "entity" => null,
            "time" => Time(r.Object.Time ?? throw new InvalidDataException($"claim '{r.Id}': a time object needs \"time\"")),
            "quantity" => Quantity(r.Object.Quantity ?? throw new InvalidDataException($"claim '{r.Id}': a quantity object needs \"quantity\"")),
            "text" => new TextValue(r.Object.Text ?? throw new InvalidDataException($"claim '{r.Id}': a text object needs \"text\"")),
            _ => throw new InvalidDataException($"claim '{r.Id}': unknown object kind '{r.Object.Kind}'"),
        },
        Modality = Vocab.Parse<Modality>(r.Modality),
        AttributionSource = r.Attribution?.Source,
        AttributionVia = r.Attribution?.Via,
        When = r.When is null ? null : Time(r.When),
        Where = r.Where,
        Note = r.Note,
        Evidence = r.Evidence.Select(e => new EvidenceSeed
        {
            Quote = e.Quote,
            Start = e.Start,
            End = e.End,
            Prefix = e.Prefix,
            Suffix = e.Suffix,
            Occurrence = e.Occurrence,
        }).ToArray(),
    };

    private static TimeValue Time(TimeRecord r) =>
        new(r.Date, Vocab.Parse<TimePrecision>(r.Precision), Day(r.Start), Day(r.End), r.Expression);

    private static QuantityValue Quantity(QuantityRecord r) =>
        new(r.Amount, Vocab.Parse<QuantityUnit>(r.Unit), Vocab.Parse<QuantityBound>(r.Bound), r.Item, r.Expression);

    private static DateTime Day(string text) => DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
