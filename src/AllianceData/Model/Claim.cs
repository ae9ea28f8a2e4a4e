using System.Collections.Generic;

namespace AllianceData;

/// <summary>Who an article says a statement comes from.</summary>
/// <param name="Source">The outlet, person or government named as the source, when it is an entity.</param>
/// <param name="Via">How the article describes the source ("diplomatic sources").</param>
public sealed record Attribution(Entity? Source, string? Via)
{
    /// <inheritdoc />
    public override string ToString() => Source is null ? Via ?? string.Empty : Via is null ? Source.Name : Source.Name + " (" + Via + ")";
}

/// <summary>
/// An exact quote of the article that states a claim (W3C TextQuoteSelector), with its computed
/// position (TextPositionSelector): <c>Article.Text.Substring(Start, End - Start) == Quote</c>.
/// </summary>
public sealed class Evidence
{
    internal Evidence(string quote, int start, int end, string? prefix, string? suffix, int? occurrence)
    {
        Quote = quote;
        Start = start;
        End = end;
        Prefix = prefix;
        Suffix = suffix;
        Occurrence = occurrence;
    }

    /// <summary>The quoted words, exactly as in the text.</summary>
    public string Quote { get; }

    /// <summary>UTF-16 offset of the quote in the article text.</summary>
    public int Start { get; }

    /// <summary>UTF-16 offset just past the quote (exclusive).</summary>
    public int End { get; }

    /// <summary>The disambiguating text before the quote, when the annotation gives one.</summary>
    public string? Prefix { get; }

    /// <summary>The disambiguating text after the quote, when the annotation gives one.</summary>
    public string? Suffix { get; }

    /// <summary>Which match of the quote (1-based), when the annotation gives one.</summary>
    public int? Occurrence { get; }

    /// <summary>The claim this evidence supports.</summary>
    public Claim Claim { get; internal set; } = null!;

    /// <inheritdoc />
    public override string ToString() => Quote;
}

/// <summary>One statement of an article: subject, predicate, object, with the words that say it.</summary>
public sealed class Claim
{
    internal Claim(string localId, Article article, Entity subject, Predicate predicate, ClaimValue value, Modality modality, Attribution? attribution, TimeValue? when, Place? where, string? note, IReadOnlyList<Evidence> evidence)
    {
        LocalId = localId;
        Id = article.Id + "#" + localId;
        Article = article;
        Subject = subject;
        Predicate = predicate;
        Object = value;
        Modality = modality;
        Attribution = attribution;
        When = when;
        Where = where;
        Note = note;
        Evidence = evidence;
    }

    /// <summary>The global ID: <c>&lt;article id&gt;#&lt;claim id&gt;</c>.</summary>
    public string Id { get; }

    /// <summary>The ID within its article.</summary>
    public string LocalId { get; }

    /// <summary>The article that makes the claim.</summary>
    public Article Article { get; }

    /// <summary>What the claim is about.</summary>
    public Entity Subject { get; }

    /// <summary>What it says of the subject.</summary>
    public Predicate Predicate { get; }

    /// <summary>The value: an entity, a time, a quantity or text.</summary>
    public ClaimValue Object { get; }

    /// <summary>How the article puts it: reported, planned, announced...</summary>
    public Modality Modality { get; }

    /// <summary>Who the article says the statement comes from.</summary>
    public Attribution? Attribution { get; }

    /// <summary>When the stated thing happens or happened.</summary>
    public TimeValue? When { get; }

    /// <summary>Where it happens.</summary>
    public Place? Where { get; }

    /// <summary>A free-text note of the annotator.</summary>
    public string? Note { get; }

    /// <summary>The quotes that state the claim; at least one.</summary>
    public IReadOnlyList<Evidence> Evidence { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Subject.Name} {Predicate.Label} {Object}";
}
