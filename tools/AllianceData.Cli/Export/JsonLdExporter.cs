using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceData.Query;

namespace AllianceData.Cli.Export;

/// <summary>
/// Writes the dataset as one JSON-LD document with schema.org types, so that linked-data tools read it:
/// <c>NewsArticle</c>, <c>Organization</c>, <c>Person</c>, <c>Place</c>, <c>DefinedTerm</c> (predicates) and
/// <c>Claim</c> (with <c>appearance</c>, <c>firstAppearance</c>, <c>text</c>, <c>about</c>, <c>author</c>).
/// Evidence quotes are W3C Web Annotation selectors (<c>oa:TextQuoteSelector</c> with its offsets);
/// what schema.org has no term for lives under the <c>ald:</c> prefix.
/// </summary>
internal static class JsonLdExporter
{
    public const string VocabularyIri = "https://github.com/alliancedata/alliancedata/blob/main/docs/cli.md#";

    public static void Write(Dataset dataset, TextWriter writer)
    {
        var graph = new JsonArray();
        foreach (var p in dataset.Predicates)
        {
            graph.Add(Predicate(p));
        }

        foreach (var o in dataset.Organizations)
        {
            graph.Add(Organization(o));
        }

        foreach (var p in dataset.People)
        {
            graph.Add(Person(p));
        }

        foreach (var p in dataset.Places)
        {
            graph.Add(Place(p));
        }

        foreach (var a in dataset.Articles)
        {
            graph.Add(Article(a));
        }

        // A claim first appears in the earliest-published article of the fact it belongs to.
        var firstAppearance = new Dictionary<Claim, Article>();
        foreach (var fact in dataset.Facts)
        {
            var first = fact.Articles.OrderBy(a => a.Published.Date.Start).ThenBy(a => a.Published.Date.End).First();
            foreach (var claim in fact.Claims)
            {
                firstAppearance[claim] = first;
            }
        }

        foreach (var c in dataset.Claims)
        {
            graph.Add(Claim(c, firstAppearance.TryGetValue(c, out var first) ? first : c.Article));
        }

        var index = 0;
        foreach (var f in dataset.Facts)
        {
            graph.Add(Fact(f, ++index));
        }

        var document = new JsonObject
        {
            ["@context"] = Context(),
            ["@graph"] = graph,
        };
        writer.Write(document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        writer.Write('\n');
    }

    private static JsonObject Context() => new()
    {
        ["@vocab"] = "https://schema.org/",
        ["ald"] = VocabularyIri,
        ["oa"] = "http://www.w3.org/ns/oa#",
        ["entity"] = "urn:alliancedata:entity:",
        ["article"] = "urn:alliancedata:article:",
        ["claim"] = "urn:alliancedata:claim:",
        ["predicate"] = "urn:alliancedata:predicate:",
        ["fact"] = "urn:alliancedata:fact:",
    };

    private static JsonObject Ref(string iri) => new() { ["@id"] = iri };

    private static JsonObject Ref(Entity entity) => Ref("entity:" + entity.Id);

    private static JsonObject Ref(Article article) => Ref("article:" + article.Id);

    private static JsonArray Array(IEnumerable<JsonNode?> items) => new(items.ToArray());

    private static JsonArray Strings(IEnumerable<string> items) => Array(items.Select(s => (JsonNode?)JsonValue.Create(s)));

    private static JsonObject Predicate(Predicate p) => new()
    {
        ["@id"] = "predicate:" + p.Id,
        ["@type"] = "DefinedTerm",
        ["termCode"] = p.Id,
        ["name"] = p.Label,
        ["description"] = p.Description,
        ["ald:objectKind"] = Vocab.Token(p.ObjectKind),
        ["ald:singleValued"] = p.IsSingleValued,
    };

    private static JsonObject Entity(Entity e, string type)
    {
        var node = new JsonObject
        {
            ["@id"] = "entity:" + e.Id,
            ["@type"] = type,
            ["identifier"] = e.Id,
            ["name"] = e.Name,
            ["alternateName"] = Strings(e.Aliases),
        };
        if (e.Country is not null)
        {
            node["ald:country"] = e.Country;
        }

        if (e.Description is not null)
        {
            node["description"] = e.Description;
        }

        return node;
    }

    private static JsonObject Organization(Organization o)
    {
        var node = Entity(o, "Organization");
        node["ald:kind"] = Vocab.Token(o.Kind);
        if (o.Parent is not null)
        {
            node["parentOrganization"] = Ref(o.Parent);
        }

        node["ald:reportsTo"] = Array(o.ReportsTo.Select(r => (JsonNode?)Ref(r)));
        return node;
    }

    private static JsonObject Person(Person p)
    {
        var node = Entity(p, "Person");
        node["jobTitle"] = Strings(p.Roles.Select(r => r.Title));
        node["worksFor"] = Array(p.Roles.Where(r => r.Organization is not null).Select(r => r.Organization!).Distinct().Select(o => (JsonNode?)Ref(o)));
        node["ald:roles"] = Array(p.Roles.Select(r =>
        {
            var role = new JsonObject { ["@type"] = "Role", ["roleName"] = r.Title };
            if (r.Organization is not null)
            {
                role["ald:organization"] = Ref(r.Organization);
            }

            return (JsonNode?)role;
        }));
        return node;
    }

    private static JsonObject Place(Place p)
    {
        var node = Entity(p, "Place");
        node["ald:kind"] = Vocab.Token(p.Kind);
        if (p.Within is not null)
        {
            node["containedInPlace"] = Ref(p.Within);
        }

        return node;
    }

    private static JsonObject Article(Article a)
    {
        var node = new JsonObject
        {
            ["@id"] = "article:" + a.Id,
            ["@type"] = "NewsArticle",
            ["identifier"] = a.Id,
            ["headline"] = a.Title,
            ["datePublished"] = a.Published.Date.Date,
            ["ald:published"] = Time(a.Published.Date),
            ["ald:publishedInferred"] = a.Published.IsInferred,
        };
        if (a.Published.Basis is not null)
        {
            node["ald:publishedBasis"] = a.Published.Basis;
        }

        if (a.Url is not null)
        {
            node["url"] = a.Url;
        }

        if (a.Publisher is not null)
        {
            node["publisher"] = Ref(a.Publisher);
        }

        if (a.PublisherNote is not null)
        {
            node["ald:publisherNote"] = a.PublisherNote;
        }

        node["citation"] = Array(a.Cites.Select(o => (JsonNode?)Ref(o)));
        node["mentions"] = Array(a.Mentions.Select(e => (JsonNode?)Ref(e)));
        node["ald:fileName"] = a.FileName;
        node["ald:bodyStart"] = a.BodyStart;
        node["ald:bodyEnd"] = a.BodyEnd;
        node["articleBody"] = a.Body;
        node["text"] = a.Text;
        return node;
    }

    private static JsonObject Claim(Claim c, Article firstAppearance)
    {
        var about = new List<JsonNode?> { Ref(c.Subject) };
        if (c.Object is EntityValue { Entity: var entity } && entity != c.Subject)
        {
            about.Add(Ref(entity));
        }

        var node = new JsonObject
        {
            ["@id"] = "claim:" + c.Id,
            ["@type"] = "Claim",
            ["identifier"] = c.Id,
            ["name"] = c.ToString(),
            ["text"] = string.Join(" \u2026 ", c.Evidence.Select(e => e.Quote)),
            ["about"] = Array(about),
            ["appearance"] = Ref(c.Article),
            ["firstAppearance"] = Ref(firstAppearance),
            ["ald:subject"] = Ref(c.Subject),
            ["ald:predicate"] = Ref("predicate:" + c.Predicate.Id),
            ["ald:object"] = Value(c.Object),
            ["ald:modality"] = Vocab.Token(c.Modality),
        };
        if (c.Attribution?.Source is { } source)
        {
            node["author"] = Ref(source);
        }

        if (c.Attribution?.Via is { } via)
        {
            node["ald:attributionVia"] = via;
        }

        if (c.When is not null)
        {
            node["ald:when"] = Time(c.When);
        }

        if (c.Where is not null)
        {
            node["spatialCoverage"] = Ref(c.Where);
        }

        if (c.Note is not null)
        {
            node["ald:note"] = c.Note;
        }

        node["ald:evidence"] = Array(c.Evidence.Select(e =>
        {
            var selector = new JsonObject
            {
                ["@type"] = new JsonArray("oa:TextQuoteSelector", "oa:TextPositionSelector"),
                ["oa:exact"] = e.Quote,
                ["oa:start"] = e.Start,
                ["oa:end"] = e.End,
            };
            if (e.Prefix is not null)
            {
                selector["oa:prefix"] = e.Prefix;
            }

            if (e.Suffix is not null)
            {
                selector["oa:suffix"] = e.Suffix;
            }

            if (e.Occurrence is { } occurrence)
            {
                selector["ald:occurrence"] = occurrence;
            }

            return (JsonNode?)selector;
        }));
        return node;
    }

    private static JsonObject Fact(Fact f, int index) => new()
    {
        ["@id"] = "fact:" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["@type"] = "ald:Fact",
        ["name"] = $"{f.Subject.Name} {f.Predicate.Label} {f.Object}",
        ["ald:subject"] = Ref(f.Subject),
        ["ald:predicate"] = Ref("predicate:" + f.Predicate.Id),
        ["ald:object"] = Value(f.Object),
        ["ald:claims"] = Array(f.Claims.Select(c => (JsonNode?)Ref("claim:" + c.Id))),
        ["ald:independentSourceCount"] = f.IndependentSourceCount,
        ["ald:corroborated"] = f.IsCorroborated,
    };

    private static JsonNode Value(ClaimValue value) => value switch
    {
        EntityValue e => Ref(e.Entity),
        TimeValue t => Time(t),
        QuantityValue q => Quantity(q),
        TextValue t => JsonValue.Create(t.Text),
        _ => throw new System.NotSupportedException(value.GetType().Name),
    };

    private static JsonObject Time(TimeValue t)
    {
        var node = new JsonObject
        {
            ["@type"] = "ald:Time",
            ["ald:date"] = t.Date,
            ["ald:precision"] = Vocab.Token(t.Precision),
            ["startDate"] = RecordMapper.Day(t.Start),
            ["endDate"] = RecordMapper.Day(t.End),
        };
        if (t.Expression is not null)
        {
            node["ald:expression"] = t.Expression;
        }

        return node;
    }

    private static JsonObject Quantity(QuantityValue q)
    {
        var node = new JsonObject
        {
            ["@type"] = "QuantitativeValue",
            ["value"] = q.Amount,
            ["unitText"] = Vocab.Token(q.Unit),
            ["ald:bound"] = Vocab.Token(q.Bound),
        };
        if (q.Bound == QuantityBound.AtLeast)
        {
            node["minValue"] = q.Amount;
        }
        else if (q.Bound == QuantityBound.AtMost)
        {
            node["maxValue"] = q.Amount;
        }

        if (q.Item is not null)
        {
            node["ald:item"] = q.Item;
        }

        if (q.Expression is not null)
        {
            node["ald:expression"] = q.Expression;
        }

        return node;
    }
}
