using AllianceData.Generator.Model;

namespace AllianceData.Generator.Emitting;

/// <summary>
/// Writes one article's file: a loader method that returns the article's seed, decoded from a
/// single literal (docs/emission.md). A UTF-8 literal where the target allows it, so the data goes
/// to the assembly's data section, not its user-string heap; a string literal otherwise.
/// </summary>
internal static class ArticleEmitter
{
    private const string Seeding = "global::AllianceData.Seeding";

    public static string Emit(ArticleSource source)
    {
        var article = source.Article;
        var payload = ArticlePayloadWriter.Write(article);
        var utf8 = source.Target.Utf8Literals && !ArticleText.HasLoneSurrogate(payload);
        var literal = CSharpLiteral.String(payload);
        var writer = new SourceWriter();
        DatasetClassScope.Open(writer, source.Target);
        writer.Line($"/// <summary>The data of article <c>{CSharpLiteral.DocText(article.Id)}</c>, “{CSharpLiteral.DocText(article.Title)}”: {article.Claims.Count} claim(s), decoded when the article is first read.</summary>");
        writer.Line(DatasetEmitter.GeneratedCode);
        writer.Line(utf8
            ? $"private static {Seeding}.ArticleSeed {source.LoaderName}() => {Seeding}.ArticlePayload.Read(global::System.Text.Encoding.UTF8.GetString({literal}u8));"
            : $"private static {Seeding}.ArticleSeed {source.LoaderName}() => {Seeding}.ArticlePayload.Read({literal});");
        DatasetClassScope.Close(writer, source.Target);
        return writer.ToString();
    }
}
