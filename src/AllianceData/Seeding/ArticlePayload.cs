using System;
using System.ComponentModel;

namespace AllianceData.Seeding;

/// <summary>
/// Reads and writes the article payload (version 2, docs/emission.md): one string per article that
/// generated code embeds and decodes on first use. For generated code and tools.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ArticlePayload
{
    /// <summary>The prefix of version 1 payloads, which generated code of earlier releases embeds; still read.</summary>
    internal const string Version1 = "A1|";

    /// <summary>The prefix of version 2 payloads, which the generator writes: registry IDs by index, evidence by offsets.</summary>
    internal const string Version2 = "A2|";

    /// <summary>Decodes a payload (version 2, or version 1) into the seed generated code would have built.</summary>
    /// <param name="payload">The payload, starting with <c>A2|</c> (or <c>A1|</c>).</param>
    /// <returns>The article seed, with its claims and evidence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="payload"/> is null.</exception>
    /// <exception cref="FormatException">The payload is malformed; the message names the offset and, once read, the article.</exception>
    public static ArticleSeed Read(string payload) =>
        new ArticlePayloadReader(payload ?? throw new ArgumentNullException(nameof(payload))).ReadArticle();

    /// <summary>Decodes a payload whose article text the build embedded in <paramref name="texts"/> as a manifest resource.</summary>
    /// <param name="payload">The payload, starting with <c>A2|</c> (or <c>A1|</c>).</param>
    /// <param name="texts">The assembly that holds the article's text: the one the generated code is in.</param>
    /// <returns>The article seed, with its claims and evidence.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FormatException">The payload is malformed, or the embedded text is not as long as the generator read it.</exception>
    /// <exception cref="InvalidOperationException">The assembly has no resource of the name the payload gives.</exception>
    public static ArticleSeed Read(string payload, System.Reflection.Assembly texts) =>
        new ArticlePayloadReader(payload ?? throw new ArgumentNullException(nameof(payload)), texts ?? throw new ArgumentNullException(nameof(texts))).ReadArticle();

    /// <summary>
    /// Reverses the escape that lets a payload with lone surrogates travel in a UTF-8 literal:
    /// U+F8FF followed by U+E000 + n stands for the surrogate U+D800 + n, and U+F8FF U+F8FF for U+F8FF.
    /// </summary>
    /// <param name="transport">The text decoded from the UTF-8 literal.</param>
    /// <returns>The payload.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transport"/> is null.</exception>
    /// <exception cref="FormatException">An escape is cut short or names no surrogate.</exception>
    public static string Unescape(string transport) =>
        Utf8Transport.Decode(transport ?? throw new ArgumentNullException(nameof(transport)));

    /// <summary>Encodes a seed as a version 2 payload, such that <see cref="Read(string)"/> gives back an equal seed.</summary>
    /// <param name="seed">The article seed.</param>
    /// <returns>The payload.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="seed"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The seed has a null where the format needs a value, a claim without an object or with an
    /// <see cref="EntityValue"/> object (entity objects are written by ID, <see cref="ClaimSeed.ObjectEntity"/>),
    /// an enum value with no name, a date with a time of day, or an evidence quote that is not the
    /// article's text between the evidence offsets (version 2 stores the offsets only).
    /// </exception>
    public static string Write(ArticleSeed seed) =>
        ArticlePayloadWriter.Write(seed ?? throw new ArgumentNullException(nameof(seed)));
}
