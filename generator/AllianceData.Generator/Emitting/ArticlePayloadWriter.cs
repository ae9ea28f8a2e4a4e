using AllianceData.Generator.Linking;
using AllianceData.Generator.Model;
using static AllianceData.Generator.Emitting.PayloadText;

namespace AllianceData.Generator.Emitting;

/// <summary>
/// Writes an article's data in the payload format of docs/emission.md (version 2), which the runtime's
/// <c>AllianceData.Seeding.ArticlePayload.Read</c> decodes on first use. Strings are length-prefixed,
/// so the payload needs no escaping of its own; the C# literal around it does that. Registry IDs are
/// written once each, in a table at the start, and referred to by their index; evidence is written
/// as offsets only, since the linker checked that each quote is exactly the text at its offsets.
/// </summary>
internal static class ArticlePayloadWriter
{
    public const string Version = "A2|";

    /// <summary>The payload's length in characters.</summary>
    public static int Length(ArticleSpec a) => PayloadBuffer.LengthOf(a, Write);

    /// <summary>Appends the payload to <paramref name="w"/>, so that a bucket's payloads share one buffer.</summary>
    public static void Write(PayloadBuffer w, ArticleSpec a)
    {
        // Room for the publisher, the cites, the mentions and two new IDs per claim: a claim names up to
        // five, but mostly entities the article mentions, so the distinct ones rarely outgrow it.
        var names = ReferenceTable.Take(1 + a.Cites.Count + a.Mentions.Count + (2 * a.Claims.Count));
        w.Append(Version);
        Str(w, a.Id);
        Str(w, a.FileName);
        Str(w, a.Title);
        var namesAt = w.Length; // the table goes here, once the references after it have made it
        OStr(w, a.Url);
        names.OptionalReference(w, a.Publisher);
        OStr(w, a.PublisherNote);
        names.References(w, a.Cites);
        Time(w, a.Published.Date);
        w.Append(a.Published.Inferred ? '1' : '0');
        OStr(w, a.Published.Basis);
        if (a.TextResource is { } resource)
        {
            // Embedded by the build as it is: the payload names the resource and the text's length.
            w.Append('@');
            Str(w, resource);
            Int(w, a.Text.Length);
        }
        else
        {
            Str(w, a.Text);
        }

        Int(w, a.BodyStart);
        Int(w, a.BodyEnd);
        names.References(w, a.Mentions);
        Int(w, a.Claims.Count);
        foreach (var claim in a.Claims)
        {
            Claim(w, claim, names);
        }

        names.InsertNames(w, namesAt);
        names.Release();
    }

    private static void Claim(PayloadBuffer w, ClaimSpec c, ReferenceTable names)
    {
        Str(w, c.Id);
        names.Reference(w, c.Subject);
        names.Reference(w, c.Predicate);
        switch (c.Object.Kind)
        {
            case "entity":
                w.Append('e');
                names.Reference(w, c.Object.Entity!);
                break;
            case "time":
                w.Append('t');
                Time(w, c.Object.Time!);
                break;
            case "quantity":
                w.Append('q');
                var q = c.Object.Quantity!;
                Num(w, q.Amount);
                Enum(w, q.Unit);
                Enum(w, q.Bound);
                OStr(w, q.Item);
                OStr(w, q.Expression);
                break;
            default:
                w.Append('x');
                Str(w, c.Object.Text!);
                break;
        }

        Enum(w, c.Modality);
        names.OptionalReference(w, c.AttributionSource);
        OStr(w, c.AttributionVia);
        if (c.When is null)
        {
            w.Append('~');
        }
        else
        {
            w.Append('t');
            Time(w, c.When);
        }

        names.OptionalReference(w, c.Where);
        OStr(w, c.Note);
        Int(w, c.Evidence.Count);
        foreach (var e in c.Evidence)
        {
            Int(w, e.Start);
            Int(w, e.End);
            OStr(w, e.Prefix);
            OStr(w, e.Suffix);
            if (e.Occurrence is { } occurrence)
            {
                Int(w, occurrence);
            }
            else
            {
                w.Append('~');
            }
        }
    }

    private static void Time(PayloadBuffer w, DateEntry time)
    {
        Str(w, time.Date);
        Enum(w, time.Precision);
        Str(w, time.Start);
        Str(w, time.End);
        OStr(w, time.Expression);
    }
}
