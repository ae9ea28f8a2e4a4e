using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AllianceData.Corpus;

/// <summary>Writes a corpus as seed files in the annotation format (docs/annotation-format.md).</summary>
internal static class SeedWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static SortedDictionary<string, string> Write(SyntheticCorpus corpus)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["organizations.json"] = Json(w => Registry(w, "organizations", corpus.Organizations, Organization)),
            ["people.json"] = Json(w => Registry(w, "people", corpus.People, Person)),
            ["places.json"] = Json(w => Registry(w, "places", corpus.Places, Place)),
            ["predicates.json"] = Json(w => Registry(w, "predicates", corpus.Predicates, Predicate)),
        };
        foreach (var article in corpus.Articles)
        {
            files[article.Id + ".txt"] = article.Text;
            files[article.Id + ".json"] = Json(w => Article(w, article));
        }

        return files;
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Registry<T>(Utf8JsonWriter w, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartObject();
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            write(w, item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Organization(Utf8JsonWriter w, SyntheticOrganization o)
    {
        w.WriteString("id", o.Id);
        w.WriteString("name", o.Name);
        Strings(w, "aliases", o.Aliases);
        w.WriteString("kind", o.Kind);
        Optional(w, "country", o.Country);
        Optional(w, "parent", o.Parent);
        Strings(w, "reportsTo", o.ReportsTo);
        Optional(w, "description", o.Description);
    }

    private static void Person(Utf8JsonWriter w, SyntheticPerson p)
    {
        w.WriteString("id", p.Id);
        w.WriteString("name", p.Name);
        Strings(w, "aliases", p.Aliases);
        Optional(w, "country", p.Country);
        if (p.Roles.Count > 0)
        {
            w.WriteStartArray("roles");
            foreach (var role in p.Roles)
            {
                w.WriteStartObject();
                w.WriteString("title", role.Title);
                Optional(w, "organization", role.Organization);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        Optional(w, "description", p.Description);
    }

    private static void Place(Utf8JsonWriter w, SyntheticPlace p)
    {
        w.WriteString("id", p.Id);
        w.WriteString("name", p.Name);
        Strings(w, "aliases", p.Aliases);
        w.WriteString("kind", p.Kind);
        Optional(w, "country", p.Country);
        Optional(w, "within", p.Within);
        Optional(w, "description", p.Description);
    }

    private static void Predicate(Utf8JsonWriter w, SyntheticPredicate p)
    {
        w.WriteString("id", p.Id);
        w.WriteString("label", p.Label);
        w.WriteString("description", p.Description);
        w.WriteString("object", p.ObjectKind);
        if (p.SingleValued)
        {
            w.WriteBoolean("singleValued", true);
        }
    }

    private static void Article(Utf8JsonWriter w, SyntheticArticle a)
    {
        w.WriteStartObject();
        w.WriteString("title", a.Title);
        Optional(w, "publisher", a.Publisher);
        Strings(w, "cites", a.Cites);
        w.WritePropertyName("published");
        Date(w, a.Published, inferred: a.Published.Precision != "day");
        w.WriteStartObject("body");
        w.WriteString("start", a.BodyStartQuote);
        w.WriteString("end", a.BodyEndQuote);
        w.WriteEndObject();
        Strings(w, "mentions", a.Mentions);
        w.WriteStartArray("claims");
        foreach (var c in a.Claims)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("subject", c.Subject);
            w.WriteString("predicate", c.Predicate);
            w.WriteStartObject("object");
            switch (c.Object.Kind)
            {
                case "entity":
                    w.WriteString("entity", c.Object.Entity);
                    break;
                case "time":
                    w.WritePropertyName("time");
                    Date(w, c.Object.Time!, inferred: null);
                    break;
                case "quantity":
                    var q = c.Object.Quantity!;
                    w.WriteStartObject("quantity");
                    w.WriteNumber("amount", q.Amount);
                    w.WriteString("unit", q.Unit);
                    Optional(w, "item", q.Item);
                    if (q.Bound != "exact")
                    {
                        w.WriteString("bound", q.Bound);
                    }

                    Optional(w, "expression", q.Expression);
                    w.WriteEndObject();
                    break;
                default:
                    w.WriteString("text", c.Object.Text);
                    break;
            }

            w.WriteEndObject();
            w.WriteString("modality", c.Modality);
            if (c.AttributionSource is not null || c.AttributionVia is not null)
            {
                w.WriteStartObject("attribution");
                Optional(w, "source", c.AttributionSource);
                Optional(w, "via", c.AttributionVia);
                w.WriteEndObject();
            }

            if (c.When is not null)
            {
                w.WritePropertyName("when");
                Date(w, c.When, inferred: null);
            }

            Optional(w, "where", c.Where);
            Optional(w, "note", c.Note);
            w.WriteStartArray("evidence");
            foreach (var e in c.Evidence)
            {
                w.WriteStartObject();
                w.WriteString("quote", e.Quote);
                Optional(w, "prefix", e.Prefix);
                if (e.Occurrence is { } occurrence)
                {
                    w.WriteNumber("occurrence", occurrence);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Date(Utf8JsonWriter w, SyntheticDate date, bool? inferred)
    {
        w.WriteStartObject();
        w.WriteString("date", date.Date);
        w.WriteString("precision", date.Precision);
        Optional(w, "expression", date.Expression);
        if (date.ExplicitInterval)
        {
            w.WriteString("start", date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("end", date.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (inferred == true)
        {
            w.WriteBoolean("inferred", true);
            w.WriteString("basis", "The dateline gives the month but not the day.");
        }

        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
