using System.Collections.Generic;

namespace AllianceData;

/// <summary>When an article was published, and, if the date is inferred, why.</summary>
/// <param name="Date">The date at its precision.</param>
/// <param name="IsInferred">Whether the date is inferred from the text rather than printed.</param>
/// <param name="Basis">The reasoning behind an inferred date.</param>
public sealed record PublicationDate(TimeValue Date, bool IsInferred, string? Basis);

/// <summary>A news article: its verbatim text, metadata and the claims annotated on it.</summary>
public sealed class Article
{
    internal Article(string id, string fileName, string title, string? url, string? publisherNote, PublicationDate published, string text, int bodyStart, int bodyEnd)
    {
        Id = id;
        FileName = fileName;
        Title = title;
        Url = url;
        PublisherNote = publisherNote;
        Published = published;
        Text = text;
        BodyStart = bodyStart;
        BodyEnd = bodyEnd;
    }

    /// <summary>The seed file name without extension: <c>000_19445ac61a524e3f</c>.</summary>
    public string Id { get; }

    /// <summary>The seed text file's name: <c>000_19445ac61a524e3f.txt</c>.</summary>
    public string FileName { get; }

    /// <summary>The title as printed.</summary>
    public string Title { get; }

    /// <summary>Where the article was published, when known.</summary>
    public string? Url { get; }

    /// <summary>The outlet that published it, when the text makes it knowable.</summary>
    public Organization? Publisher { get; internal set; }

    /// <summary>Why the publisher is what it is, when inferred.</summary>
    public string? PublisherNote { get; }

    /// <summary>Outlets and agencies the article cites (Kyodo, the Financial Times...).</summary>
    public IReadOnlyList<Organization> Cites { get; internal set; } = System.Array.Empty<Organization>();

    /// <summary>When the article was published.</summary>
    public PublicationDate Published { get; }

    /// <summary>The article text, verbatim.</summary>
    public string Text { get; }

    /// <summary>Offset in <see cref="Text"/> where the body starts.</summary>
    public int BodyStart { get; }

    /// <summary>Offset in <see cref="Text"/> just past the body's end.</summary>
    public int BodyEnd { get; }

    /// <summary>The body: the text without headline and page furniture.</summary>
    public string Body => Text.Substring(BodyStart, BodyEnd - BodyStart);

    /// <summary>The entities the body names.</summary>
    public IReadOnlyList<Entity> Mentions { get; internal set; } = System.Array.Empty<Entity>();

    /// <summary>The claims the body makes.</summary>
    public IReadOnlyList<Claim> Claims { get; internal set; } = System.Array.Empty<Claim>();

    /// <inheritdoc />
    public override string ToString() => Title;
}
