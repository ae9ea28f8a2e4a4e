using System.Collections.Generic;
using AllianceData.Generator.Linking;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Emitting;

/// <summary>
/// Writes one bucket's file: the payloads of its articles (docs/emission.md) one after another in a
/// single literal, and one loader that decodes article <c>position</c> from its slice. One literal and
/// one method per bucket, not per article, so the JIT compiles at most 256 loaders however many
/// articles there are. A UTF-8 literal where the target allows it, so the data goes to the
/// assembly's data section, not its user-string heap (lone surrogates escaped by
/// <see cref="Utf8Transport"/>); a string constant otherwise.
/// </summary>
internal static class ArticleEmitter
{
    private const string Seeding = "global::AllianceData.Seeding";

    public static string Emit(ArticleBucket bucket)
    {
        var suffix = ArticleNames.Suffix(bucket.Bucket);
        var utf8 = bucket.Target.Utf8Literals;
        var writer = new SourceWriter();
        DatasetClassScope.Open(writer, bucket.Target);
        writer.Line($"/// <summary>The data of {bucket.Articles.Count} article(s), one payload after another; each is decoded when its article is first read.</summary>");
        writer.StartLiteral(utf8 ? $"private static global::System.ReadOnlySpan<byte> ArticleData_{suffix} => " : $"private const string ArticleData_{suffix} = ");

        // Each payload is written once into a reused buffer, then escaped straight into the literal.
        var payload = PayloadBuffer.Take();
        var slices = new List<(int Start, int Length, bool Unescape)>(bucket.Articles.Count);
        var offset = 0;
        foreach (var source in bucket.Articles)
        {
            payload.Clear();
            ArticlePayloadWriter.Write(payload, source.Article);
            var unescape = false;
            var length = payload.Length;
            if (utf8)
            {
                length = writer.Utf8LiteralPart(payload, out unescape); // a UTF-8 span is sliced in bytes
            }
            else
            {
                writer.LiteralPart(payload);
            }

            slices.Add((offset, length, unescape));
            offset += length;
        }

        payload.Release();
        writer.EndLiteral(utf8 ? "u8;" : ";");
        writer.Line();
        writer.Line("/// <summary>The seed of the article at <paramref name=\"position\"/> in this bucket, decoded from its slice of the data.</summary>");
        writer.Line(DatasetEmitter.GeneratedCode);
        writer.Open($"private static {Seeding}.ArticleSeed LoadArticles_{suffix}(int position)");
        writer.Open("switch (position)");
        var resources = $", typeof({bucket.Target.FullyQualifiedName}).Assembly";
        for (var i = 0; i < slices.Count; i++)
        {
            var article = bucket.Articles[i].Article;
            var (start, length, unescape) = slices[i];
            var slice = utf8
                ? $"global::System.Text.Encoding.UTF8.GetString(ArticleData_{suffix}.Slice({CSharpLiteral.Integer(start)}, {CSharpLiteral.Integer(length)}))"
                : $"ArticleData_{suffix}.Substring({CSharpLiteral.Integer(start)}, {CSharpLiteral.Integer(length)})";
            writer.StartLine().Append("// ").AppendDocText(article.Id).Append(": “").AppendDocText(article.Title).Append("”, ").AppendInteger(article.Claims.Count).Append(" claim(s)").EndLine();
            var decoded = unescape ? $"{Seeding}.ArticlePayload.Unescape({slice})" : slice;
            var texts = article.TextResource is null ? string.Empty : resources; // its text is a resource of this assembly
            writer.Line($"case {CSharpLiteral.Integer(bucket.Articles[i].Position)}: return {Seeding}.ArticlePayload.Read({decoded}{texts});");
        }

        writer.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(position));");
        writer.Close();
        writer.Close();
        DatasetClassScope.Close(writer, bucket.Target);
        return writer.Finish();
    }
}
