using AllianceData.Generator.Model;

namespace AllianceData.Generator.Emitting;

/// <summary>
/// Writes one article's file: a loader method that returns the article's seed, decoded from a
/// single literal (docs/emission.md). A UTF-8 literal where the target allows it, so the data goes
/// to the assembly's data section, not its user-string heap (lone surrogates escaped by
/// <see cref="Utf8Transport"/>); a string literal otherwise.
/// </summary>
internal static class ArticleEmitter
{
    private const string Seeding = "global::AllianceData.Seeding";

    public static string Emit(ArticleSource source)
    {
        var article = source.Article;
        var payload = ArticlePayloadWriter.Write(article);
        var writer = new SourceWriter();
        DatasetClassScope.Open(writer, source.Target);
        writer.Line($"/// <summary>The data of article <c>{CSharpLiteral.DocText(article.Id)}</c>, “{CSharpLiteral.DocText(article.Title)}”: {article.Claims.Count} claim(s), decoded when the article is first read.</summary>");
        writer.Line(DatasetEmitter.GeneratedCode);
        writer.Line($"private static {Seeding}.ArticleSeed {source.LoaderName}() => {Seeding}.ArticlePayload.Read({PayloadLiteral.For(source.Target, payload)});");
        DatasetClassScope.Close(writer, source.Target);
        return writer.ToString();
    }
}
