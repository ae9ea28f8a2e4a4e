using System.Collections.Generic;
using System.Linq;
using AllianceData.Generator.Linking;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Emitting;

/// <summary>
/// Writes the main file of one dataset class: the lazily built <c>Dataset</c>, typed handle groups
/// (<c>Organizations</c>, <c>People</c>, <c>Places</c>, <c>Predicates</c>, <c>Articles</c>) with their
/// XML docs, the registries as one payload, and the article loaders found by index, in switches of at
/// most <see cref="ChunkSize"/> cases so no method grows with the dataset. Article data is written by
/// <see cref="ArticleEmitter"/>, one file per bucket.
/// </summary>
internal static class DatasetEmitter
{
    private const string Runtime = "global::AllianceData";
    private const string Seeding = "global::AllianceData.Seeding";
    private const int ChunkSize = 256;

    /// <summary>
    /// What every group class inherits from <see cref="object"/> and a handle may be named like
    /// (an ID "equals" or "to-string"): such a handle hides the inherited member, and says so with
    /// <c>new</c>, as C# otherwise warns (CS0108, an error under TreatWarningsAsErrors).
    /// </summary>
    private static readonly HashSet<string> InheritedMembers = new(System.StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString",
    };

    public static string Emit(DatasetIndexSpec spec)
    {
        var writer = new SourceWriter();
        var target = spec.Target;
        DatasetClassScope.Open(writer, target);
        EmitDatasetProperty(writer, spec);
        EmitHandles(writer, target.FullyQualifiedName, "Organizations", "organization", "Organization", "Organizations", spec.Organizations.Select(o => (o.Handle, o.Name, o.Id, o.Description)));
        EmitHandles(writer, target.FullyQualifiedName, "People", "person", "Person", "People", spec.People.Select(p => (p.Handle, p.Name, p.Id, p.Description)));
        EmitHandles(writer, target.FullyQualifiedName, "Places", "place", "Place", "Places", spec.Places.Select(p => (p.Handle, p.Name, p.Id, p.Description)));
        EmitHandles(writer, target.FullyQualifiedName, "Predicates", "predicate", "Predicate", "Predicates", spec.Predicates.Select(p => (p.Handle, p.Label, p.Id, (string?)p.Description)));
        EmitHandles(writer, target.FullyQualifiedName, "Articles", "article", "Article", "Articles", spec.Articles.Select(a => (a.Handle, a.Title, a.Id, (string?)("Published " + a.PublishedDate + "."))));
        EmitBuilder(writer, spec);
        DatasetClassScope.Close(writer, target);
        return writer.Finish();
    }

    private static void EmitDatasetProperty(SourceWriter writer, DatasetIndexSpec spec)
    {
        writer.Line("/// <summary>");
        writer.Line($"/// The dataset of {spec.Articles.Count} article(s), {spec.Organizations.Count + spec.People.Count + spec.Places.Count} entities and {spec.Articles.Sum(a => a.ClaimCount)} claims,");
        writer.Line("/// validated at compile time; each article is decoded when first read.");
        writer.Line("/// </summary>");
        writer.Line(GeneratedCode);
        writer.Line($"public static {Runtime}.Dataset Dataset => DatasetHolder.Instance;");
        writer.Line();
        writer.Line("// A nested holder makes the build lazy and thread-safe through the type initializer.");
        writer.Open("private static class DatasetHolder");
        writer.Line($"internal static readonly {Runtime}.Dataset Instance = CreateDataset();");
        writer.Close();
    }

    private static void EmitHandles(SourceWriter writer, string datasetClass, string group, string kind, string type, string listProperty, IEnumerable<(string Handle, string Name, string Id, string? Description)> items)
    {
        writer.Line();
        writer.Line($"/// <summary>Typed handles for the {group.ToLowerInvariant()} of this dataset.</summary>");
        writer.Line(GeneratedCode);
        writer.Open($"public static class {group}");
        writer.Line($"/// <summary>Every {kind}, in seed order.</summary>");
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Runtime}.{type}> All => {datasetClass}.Dataset.{listProperty};");
        var member = $"{Runtime}.{type} ";
        var access = $" => {datasetClass}.Dataset.{listProperty}[";
        var index = 0;
        foreach (var item in items)
        {
            // In parts: a handle's lines are most of this file.
            writer.Line();
            writer.StartLine().Append("/// <summary>").AppendDocText(item.Name).Append(" (<c>").AppendDocText(item.Id).Append("</c>).</summary>").EndLine();
            if (item.Description is { Length: > 0 } description)
            {
                writer.StartLine().Append("/// <remarks>").AppendDocText(description).Append("</remarks>").EndLine();
            }

            var hides = InheritedMembers.Contains(item.Handle) ? "new " : string.Empty;
            writer.StartLine().Append("public static ").Append(hides).Append(member).Append(item.Handle).Append(access).AppendInteger(index++).Append("];").EndLine();
        }

        writer.Close();
    }

    private static void EmitBuilder(SourceWriter writer, DatasetIndexSpec spec)
    {
        // The registries and article IDs are one payload that the library decodes: a few lines for the
        // JIT to compile on first access, whatever the size of the registries (docs/emission.md).
        writer.Line();
        writer.Line($"private static {Runtime}.Dataset CreateDataset() =>");
        var registries = PayloadBuffer.Take();
        RegistryPayloadWriter.Write(registries, spec);
        PayloadLiteral.WriteLine(writer, spec.Target, $"    {Seeding}.DatasetPayload.Build(", registries, ", LoadArticle);");
        registries.Release();

        // Article i's loader, found by index: switches over at most ChunkSize cases each, no delegates to allocate.
        var articles = spec.Articles;
        var chunks = (articles.Count + ChunkSize - 1) / ChunkSize;
        writer.Line();
        writer.Line($"/// <summary>The seed of the article at <paramref name=\"index\"/> in the dataset's list, decoded from its bucket's file.</summary>");
        writer.Open($"private static {Seeding}.ArticleSeed LoadArticle(int index)");
        if (chunks <= 1)
        {
            EmitSwitch(writer, Enumerable.Range(0, articles.Count).Select(i => (i, Loader(articles[i]))));
        }
        else
        {
            EmitSwitch(writer, Enumerable.Range(0, chunks).Select(c => (c, "LoadArticle" + CSharpLiteral.Integer(c) + "(index)")), "index / " + CSharpLiteral.Integer(ChunkSize));
        }

        writer.Close();
        for (var c = 0; chunks > 1 && c < chunks; c++)
        {
            writer.Line();
            writer.Open($"private static {Seeding}.ArticleSeed LoadArticle{CSharpLiteral.Integer(c)}(int index)");
            var first = c * ChunkSize;
            EmitSwitch(writer, Enumerable.Range(first, System.Math.Min(ChunkSize, articles.Count - first)).Select(i => (i, Loader(articles[i]))));
            writer.Close();
        }
    }

    /// <summary>The call that loads an article: its bucket's loader, at its position there.</summary>
    private static string Loader(ArticleEntry article) =>
        $"LoadArticles_{ArticleNames.Suffix(article.Bucket)}({CSharpLiteral.Integer(article.Position)})";

    private static void EmitSwitch(SourceWriter writer, IEnumerable<(int Case, string Call)> cases, string on = "index")
    {
        writer.Open($"switch ({on})");
        foreach (var (value, call) in cases)
        {
            writer.Line($"case {CSharpLiteral.Integer(value)}: return {call};");
        }

        writer.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        writer.Close();
    }

    internal const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"AllianceData.Generator\", \"" + GeneratorInfo.Version + "\")]";
}
