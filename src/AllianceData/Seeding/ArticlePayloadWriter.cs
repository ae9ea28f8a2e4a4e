using System;
using System.Globalization;
using System.Text;

namespace AllianceData.Seeding;

/// <summary>
/// Encodes an <see cref="ArticleSeed"/> as a version 2 payload (docs/emission.md), field by field in the
/// order <see cref="ArticlePayloadReader"/> reads them. The generator has its own writer over its own model.
/// </summary>
internal static class ArticlePayloadWriter
{
    public static string Write(ArticleSeed seed)
    {
        var b = new StringBuilder(ArticlePayload.Version2, 256 + (seed.Text?.Length ?? 0));
        Str(b, seed.Id, "Id");
        Str(b, seed.FileName, "FileName");
        Str(b, seed.Title, "Title");
        var names = ReferenceNames.Of(seed);
        Strs(b, names.Names, "registry IDs");
        OStr(b, seed.Url);
        ORef(b, names, seed.Publisher);
        OStr(b, seed.PublisherNote);
        Refs(b, names, seed.Cites, "Cites");
        var published = seed.Published ?? throw Missing(seed.Id, "Published");
        Time(b, published.Date ?? throw Missing(seed.Id, "Published.Date"), seed.Id);
        b.Append(published.IsInferred ? '1' : '0');
        OStr(b, published.Basis);
        Str(b, seed.Text, "Text");
        Int(b, seed.BodyStart);
        Int(b, seed.BodyEnd);
        Refs(b, names, seed.Mentions, "Mentions");
        var claims = seed.Claims!;
        Int(b, claims.Length);
        foreach (var claim in claims)
        {
            Claim(b, claim, seed, names);
        }

        return b.ToString();
    }

    private static void Claim(StringBuilder b, ClaimSeed claim, ArticleSeed seed, ReferenceNames names)
    {
        var article = seed.Id;
        Str(b, claim.Id, "claim Id");
        Ref(b, names, claim.Subject, "claim Subject");
        Ref(b, names, claim.Predicate, "claim Predicate");
        Value(b, claim, article, names);
        Enum(b, claim.Modality);
        ORef(b, names, claim.AttributionSource);
        OStr(b, claim.AttributionVia);
        if (claim.When is { } when)
        {
            b.Append('t');
            Time(b, when, article);
        }
        else
        {
            b.Append('~');
        }

        ORef(b, names, claim.Where);
        OStr(b, claim.Note);
        var evidence = claim.Evidence ?? throw Missing(article, "claim Evidence");
        Int(b, evidence.Length);
        foreach (var e in evidence)
        {
            if (e is null)
            {
                throw Missing(article, "claim Evidence[]");
            }

            // Version 2 keeps the offsets only and reads the quote back from the text: a quote that is not
            // the text between its offsets would come back changed, so it cannot be written.
            if (e.Quote is null || e.Start < 0 || e.End < e.Start || e.End > seed.Text.Length
                || e.Quote.Length != e.End - e.Start || string.CompareOrdinal(seed.Text, e.Start, e.Quote, 0, e.Quote.Length) != 0)
            {
                throw new ArgumentException($"An evidence quote of claim '{claim.Id}' of article '{article}' is not the article's text between its offsets {e.Start} and {e.End}; the payload stores the offsets only.", "seed");
            }

            Int(b, e.Start);
            Int(b, e.End);
            OStr(b, e.Prefix);
            OStr(b, e.Suffix);
            if (e.Occurrence is { } occurrence)
            {
                Int(b, occurrence);
            }
            else
            {
                b.Append('~');
            }
        }
    }

    /// <summary>The object: an entity ID takes precedence over a value, as in DatasetBuilder.</summary>
    private static void Value(StringBuilder b, ClaimSeed claim, string article, ReferenceNames names)
    {
        if (claim.ObjectEntity is { } entity)
        {
            b.Append('e');
            Ref(b, names, entity, "claim ObjectEntity");
            return;
        }

        switch (claim.ObjectValue)
        {
            case TimeValue time:
                b.Append('t');
                Time(b, time, article);
                break;
            case QuantityValue quantity:
                b.Append('q');
                Num(b, quantity.Amount);
                Enum(b, quantity.Unit);
                Enum(b, quantity.Bound);
                OStr(b, quantity.Item);
                OStr(b, quantity.Expression);
                break;
            case TextValue text:
                b.Append('x');
                Str(b, text.Text, "claim TextValue");
                break;
            default:
                // An EntityValue holds a linked entity, which a seed names by ID (ObjectEntity) instead.
                throw new ArgumentException($"Claim '{claim.Id}' of article '{article}' has no object the payload can hold: an entity object is written as ObjectEntity (its ID), other objects as a TimeValue, QuantityValue or TextValue.", "seed");
        }
    }

    private static void Time(StringBuilder b, TimeValue time, string article)
    {
        Str(b, time.Date, "time Date");
        Enum(b, time.Precision);
        Date(b, time.Start, article);
        Date(b, time.End, article);
        OStr(b, time.Expression);
    }

    private static void Date(StringBuilder b, DateTime date, string article)
    {
        // The format holds days only; writing a time of day would lose it silently.
        if (date.TimeOfDay != TimeSpan.Zero)
        {
            throw new ArgumentException($"A date of article '{article}' has a time of day ({date.ToString("o", CultureInfo.InvariantCulture)}); payload dates are days.", "seed");
        }

        b.Append("10:").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static void Str(StringBuilder b, string? value, string field)
    {
        if (value is null)
        {
            throw new ArgumentException($"The seed's {field} is null; the payload needs a string there.", "seed");
        }

        b.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
    }

    private static void OStr(StringBuilder b, string? value)
    {
        if (value is null)
        {
            b.Append('~');
        }
        else
        {
            Str(b, value, "optional string");
        }
    }

    private static void Strs(StringBuilder b, string[]? values, string field)
    {
        if (values is null)
        {
            throw new ArgumentException($"The seed's {field} is null; write an empty array.", "seed");
        }

        Int(b, values.Length);
        foreach (var value in values)
        {
            Str(b, value, field + "[]");
        }
    }

    private static void Ref(StringBuilder b, ReferenceNames names, string? id, string field) =>
        Int(b, names.IndexOf(id ?? throw new ArgumentException($"The seed's {field} is null; the payload needs a registry ID there.", "seed")));

    private static void ORef(StringBuilder b, ReferenceNames names, string? id)
    {
        if (id is null)
        {
            b.Append('~');
        }
        else
        {
            Int(b, names.IndexOf(id));
        }
    }

    private static void Refs(StringBuilder b, ReferenceNames names, string[]? ids, string field)
    {
        if (ids is null)
        {
            throw new ArgumentException($"The seed's {field} is null; write an empty array.", "seed");
        }

        Int(b, ids.Length);
        foreach (var id in ids)
        {
            Ref(b, names, id, field + "[]");
        }
    }

    private static void Int(StringBuilder b, int value) =>
        b.Append(value.ToString(CultureInfo.InvariantCulture)).Append(';');

    private static void Num(StringBuilder b, double value) =>
        b.Append(value.ToString("R", CultureInfo.InvariantCulture)).Append(';');

    private static void Enum<T>(StringBuilder b, T value)
        where T : struct, Enum
    {
        if (!EnumNames<T>.TryGetName(value, out var name))
        {
            throw new ArgumentException($"{value} is not a named {typeof(T).Name} member; the payload writes members by name.", "seed");
        }

        Str(b, name, typeof(T).Name);
    }

    private static ArgumentException Missing(string? article, string field) =>
        new($"The seed{(article is null ? string.Empty : " of article '" + article + "'")} has no {field}; the payload needs one.", "seed");
}
