using AllianceData.Generator.Model;

namespace AllianceData.Generator.Emitting;

/// <summary>
/// Writes one bucket's file of article loaders: for each article a method that returns its seed,
/// decoded from a single literal (docs/emission.md). A UTF-8 literal where the target allows it, so the data goes
/// to the assembly's data section, not its user-string heap (lone surrogates escaped by
/// <see cref="Utf8Transport"/>); a string literal otherwise.
/// </summary>
internal static class ArticleEmitter
{
    private const string Seeding = "global::AllianceData.Seeding";

    public static string Emit(ArticleBucket bucket)
    {
        var writer = new SourceWriter();
        DatasetClassScope.Open(writer, bucket.Target);
        var first = true;
        foreach (var source in bucket.Articles)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            var article = source.Article;
            writer.Line($"/// <summary>The data of article <c>{CSharpLiteral.DocText(article.Id)}</c>, “{CSharpLiteral.DocText(article.Title)}”: {article.Claims.Count} claim(s), decoded when the article is first read.</summary>");
            writer.Line(DatasetEmitter.GeneratedCode);
            PayloadLiteral.WriteLine(writer, bucket.Target, $"private static {Seeding}.ArticleSeed {source.LoaderName}() => {Seeding}.ArticlePayload.Read(", ArticlePayloadWriter.Write(article), ");");
        }

        DatasetClassScope.Close(writer, bucket.Target);
        return writer.ToString();
    }
}
