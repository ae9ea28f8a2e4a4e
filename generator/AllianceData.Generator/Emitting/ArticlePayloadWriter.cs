using System.Text;
using AllianceData.Generator.Linking;
using AllianceData.Generator.Model;
using static AllianceData.Generator.Emitting.PayloadText;

namespace AllianceData.Generator.Emitting;

/// <summary>
/// Writes an article's data in the payload format of docs/emission.md, which the runtime's
/// <c>AllianceData.Seeding.ArticlePayload.Read</c> decodes on first use. Strings are length-prefixed,
/// so the payload needs no escaping of its own; the C# literal around it does that.
/// </summary>
internal static class ArticlePayloadWriter
{
    public const string Version = "A1|";

    public static string Write(ArticleSpec a)
    {
        var w = new StringBuilder(a.Text.Length + (a.Claims.Count * 256) + 256);
        w.Append(Version);
        Str(w, a.Id);
        Str(w, a.FileName);
        Str(w, a.Title);
        OStr(w, a.Url);
        OStr(w, a.Publisher);
        OStr(w, a.PublisherNote);
        Strs(w, a.Cites);
        Time(w, a.Published.Date);
        w.Append(a.Published.Inferred ? '1' : '0');
        OStr(w, a.Published.Basis);
        Str(w, a.Text);
        Int(w, a.BodyStart);
        Int(w, a.BodyEnd);
        Strs(w, a.Mentions);
        Int(w, a.Claims.Count);
        foreach (var claim in a.Claims)
        {
            Claim(w, claim);
        }

        return w.ToString();
    }

    private static void Claim(StringBuilder w, ClaimSpec c)
    {
        Str(w, c.Id);
        Str(w, c.Subject);
        Str(w, c.Predicate);
        switch (c.Object.Kind)
        {
            case "entity":
                w.Append('e');
                Str(w, c.Object.Entity!);
                break;
            case "time":
                w.Append('t');
                Time(w, c.Object.Time!);
                break;
            case "quantity":
                w.Append('q');
                var q = c.Object.Quantity!;
                Num(w, q.Amount);
                Str(w, HandleNames.ToPascalCase(q.Unit));
                Str(w, HandleNames.ToPascalCase(q.Bound));
                OStr(w, q.Item);
                OStr(w, q.Expression);
                break;
            default:
                w.Append('x');
                Str(w, c.Object.Text!);
                break;
        }

        Str(w, HandleNames.ToPascalCase(c.Modality));
        OStr(w, c.AttributionSource);
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

        OStr(w, c.Where);
        OStr(w, c.Note);
        Int(w, c.Evidence.Count);
        foreach (var e in c.Evidence)
        {
            Str(w, e.Quote);
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

    private static void Time(StringBuilder w, DateEntry time)
    {
        Str(w, time.Date);
        Str(w, HandleNames.ToPascalCase(time.Precision));
        Str(w, time.Start);
        Str(w, time.End);
        OStr(w, time.Expression);
    }
}
