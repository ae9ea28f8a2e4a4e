using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AllianceData.Cli.Export;

/// <summary>
/// Writes a dataset as JSON Lines: one record per line, each with a <c>type</c>: every organization,
/// person, place, predicate, article and claim, with every field of the typed model, then the facts
/// (derived from the claims). <see cref="JsonLinesReader"/> reads it back into the same dataset.
/// </summary>
internal static class JsonLinesExporter
{
    public static void Write(Dataset dataset, TextWriter writer)
    {
        var json = ExportJsonContext.Compact;
        foreach (var o in dataset.Organizations)
        {
            Line(writer, RecordMapper.Organization(o), json.OrganizationRecord);
        }

        foreach (var p in dataset.People)
        {
            Line(writer, RecordMapper.Person(p), json.PersonRecord);
        }

        foreach (var p in dataset.Places)
        {
            Line(writer, RecordMapper.Place(p), json.PlaceRecord);
        }

        foreach (var p in dataset.Predicates)
        {
            Line(writer, RecordMapper.Predicate(p), json.PredicateRecord);
        }

        foreach (var a in dataset.Articles)
        {
            Line(writer, RecordMapper.Article(a), json.ArticleRecord);
        }

        foreach (var c in dataset.Claims)
        {
            Line(writer, RecordMapper.Claim(c), json.ClaimRecord);
        }

        foreach (var f in dataset.Facts)
        {
            Line(writer, RecordMapper.Fact(f), json.FactRecord);
        }
    }

    private static void Line<T>(TextWriter writer, T record, JsonTypeInfo<T> typeInfo)
    {
        writer.Write(JsonSerializer.Serialize(record, typeInfo));
        writer.Write('\n');
    }
}
