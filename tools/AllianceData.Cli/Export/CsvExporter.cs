using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace AllianceData.Cli.Export;

/// <summary>
/// Writes one table of the dataset as CSV (RFC 4180: a header row, fields quoted when they hold a comma,
/// quote or line break, quotes doubled). Lists inside a field are joined with " | ". For spreadsheets;
/// JSON Lines is the lossless export.
/// </summary>
internal static class CsvExporter
{
    public static readonly string[] TableNames = { "claims", "articles", "entities", "facts", "evidence" };

    public const string ListSeparator = " | ";

    public static void Write(Dataset dataset, string table, TextWriter writer)
    {
        var (header, rows) = table switch
        {
            "claims" => Claims(dataset),
            "articles" => Articles(dataset),
            "entities" => Entities(dataset),
            "facts" => Facts(dataset),
            "evidence" => Evidence(dataset),
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Unknown table."),
        };
        Row(writer, header);
        foreach (var row in rows)
        {
            Row(writer, row);
        }
    }

    /// <summary>Quotes a field when it needs it.</summary>
    public static string Field(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        return value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void Row(TextWriter writer, IReadOnlyList<string?> fields)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            line.Append(Field(fields[i]));
        }

        writer.Write(line.Append("\r\n").ToString());
    }

    private static (string[] Header, IEnumerable<string?[]> Rows) Claims(Dataset dataset) => (
        new[]
        {
            "id", "article", "articleDate", "publisher", "subject", "subjectName", "predicate", "objectKind", "object",
            "objectEntity", "objectDate", "objectPrecision", "objectStart", "objectEnd", "objectAmount", "objectUnit", "objectBound", "objectItem", "objectExpression", "objectText",
            "modality", "attributionSource", "attributionVia", "when", "whenPrecision", "whenStart", "whenEnd", "whenExpression", "where", "note",
            "evidenceCount", "evidenceQuotes", "evidenceOffsets",
        },
        dataset.Claims.Select(c =>
        {
            var time = c.Object as TimeValue;
            var quantity = c.Object as QuantityValue;
            return new[]
            {
                c.Id, c.Article.Id, c.Article.Published.Date.Date, c.Article.Publisher?.Id, c.Subject.Id, c.Subject.Name, c.Predicate.Id, Vocab.Token(c.Object.Kind), c.Object.ToString(),
                (c.Object as EntityValue)?.Entity.Id, time?.Date, time is null ? null : Vocab.Token(time.Precision), Day(time?.Start), Day(time?.End),
                quantity is null ? null : Number(quantity.Amount), quantity is null ? null : Vocab.Token(quantity.Unit), quantity is null ? null : Vocab.Token(quantity.Bound), quantity?.Item, time?.Expression ?? quantity?.Expression, (c.Object as TextValue)?.Text,
                Vocab.Token(c.Modality), c.Attribution?.Source?.Id, c.Attribution?.Via,
                c.When?.Date, c.When is null ? null : Vocab.Token(c.When.Precision), Day(c.When?.Start), Day(c.When?.End), c.When?.Expression, c.Where?.Id, c.Note,
                Number(c.Evidence.Count), string.Join(ListSeparator, c.Evidence.Select(e => e.Quote)), string.Join(ListSeparator, c.Evidence.Select(e => Number(e.Start) + "-" + Number(e.End))),
            };
        }));

    private static (string[] Header, IEnumerable<string?[]> Rows) Articles(Dataset dataset) => (
        new[]
        {
            "id", "fileName", "title", "url", "publisher", "publisherNote", "cites", "publishedDate", "publishedPrecision", "publishedStart", "publishedEnd",
            "publishedExpression", "publishedInferred", "publishedBasis", "bodyStart", "bodyEnd", "mentions", "claimCount", "text",
        },
        dataset.Articles.Select(a => new[]
        {
            a.Id, a.FileName, a.Title, a.Url, a.Publisher?.Id, a.PublisherNote, Join(a.Cites.Select(o => o.Id)), a.Published.Date.Date, Vocab.Token(a.Published.Date.Precision),
            Day(a.Published.Date.Start), Day(a.Published.Date.End), a.Published.Date.Expression, a.Published.IsInferred ? "true" : "false", a.Published.Basis,
            Number(a.BodyStart), Number(a.BodyEnd), Join(a.Mentions.Select(e => e.Id)), Number(a.Claims.Count), a.Text,
        }));

    private static (string[] Header, IEnumerable<string?[]> Rows) Entities(Dataset dataset) => (
        new[] { "type", "id", "name", "aliases", "kind", "country", "parent", "reportsTo", "roles", "within", "description" },
        dataset.Entities.Select(e => new[]
        {
            Vocab.Token(e.EntityType), e.Id, e.Name, Join(e.Aliases),
            e switch { Organization o => Vocab.Token(o.Kind), Place p => Vocab.Token(p.Kind), _ => null },
            e.Country,
            (e as Organization)?.Parent?.Id,
            e is Organization org ? Join(org.ReportsTo.Select(r => r.Id)) : null,
            e is Person person ? Join(person.Roles.Select(r => r.Organization is null ? r.Title : r.Title + " @ " + r.Organization.Id)) : null,
            (e as Place)?.Within?.Id,
            e.Description,
        }));

    private static (string[] Header, IEnumerable<string?[]> Rows) Facts(Dataset dataset) => (
        new[] { "subject", "subjectName", "predicate", "objectKind", "object", "claims", "articles", "sources", "independentSourceCount", "corroborated" },
        dataset.Facts.Select(f => new[]
        {
            f.Subject.Id, f.Subject.Name, f.Predicate.Id, Vocab.Token(f.Object.Kind), f.Object.ToString(), Join(f.Claims.Select(c => c.Id)), Join(f.Articles.Select(a => a.Id)),
            Join(f.Sources.Select(s => s.Name)), Number(f.IndependentSourceCount), f.IsCorroborated ? "true" : "false",
        }));

    private static (string[] Header, IEnumerable<string?[]> Rows) Evidence(Dataset dataset) => (
        new[] { "claim", "article", "index", "quote", "start", "end", "prefix", "suffix", "occurrence" },
        dataset.Claims.SelectMany(c => c.Evidence.Select((e, i) => new[]
        {
            c.Id, c.Article.Id, Number(i + 1), e.Quote, Number(e.Start), Number(e.End), e.Prefix, e.Suffix, e.Occurrence is { } n ? Number(n) : null,
        })));

    private static string Join(IEnumerable<string> values) => string.Join(ListSeparator, values);

    private static string? Day(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
