using System.Collections.Generic;
using System.Linq;
using AllianceData.Generator.Linking;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Emitting;

/// <summary>
/// Writes the main file of one dataset class: the lazily built <c>Dataset</c>, typed handle groups
/// (<c>Organizations</c>, <c>People</c>, <c>Places</c>, <c>Predicates</c>, <c>Articles</c>), the
/// registries as readable initializers and the list of article loaders, in methods of at most
/// <see cref="ChunkSize"/> entries so no method grows with the dataset. Article data is written by
/// <see cref="ArticleEmitter"/>, one file per article.
/// </summary>
internal static class DatasetEmitter
{
    private const string Runtime = "global::AllianceData";
    private const string Seeding = "global::AllianceData.Seeding";
    private const int ChunkSize = 100;

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
        return writer.ToString();
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
        var index = 0;
        foreach (var item in items)
        {
            writer.Line();
            writer.Line($"/// <summary>{CSharpLiteral.DocText(item.Name)} (<c>{CSharpLiteral.DocText(item.Id)}</c>).</summary>");
            if (item.Description is { Length: > 0 } description)
            {
                writer.Line($"/// <remarks>{CSharpLiteral.DocText(description)}</remarks>");
            }

            var hides = InheritedMembers.Contains(item.Handle) ? "new " : string.Empty;
            writer.Line($"public static {hides}{Runtime}.{type} {item.Handle} => {datasetClass}.Dataset.{listProperty}[{CSharpLiteral.Integer(index++)}];");
        }

        writer.Close();
    }

    private static void EmitBuilder(SourceWriter writer, DatasetIndexSpec spec)
    {
        writer.Line();
        writer.Open($"private static {Runtime}.Dataset CreateDataset()");
        writer.Line($"var builder = new {Seeding}.DatasetBuilder();");
        var methods = new List<(string Name, System.Action Body)>();
        AddChunks(methods, "AddOrganizations", spec.Organizations, o => EmitOrganization(writer, o));
        AddChunks(methods, "AddPeople", spec.People, p => EmitPerson(writer, p));
        AddChunks(methods, "AddPlaces", spec.Places, p => EmitPlace(writer, p));
        AddChunks(methods, "AddPredicates", spec.Predicates, p => EmitPredicate(writer, p));

        // Each article's data is in its own file, behind its loader: the builder decodes it when the article is first read.
        AddChunks(methods, "AddArticles", spec.Articles, a => writer.Line($"builder.Add({CSharpLiteral.String(a.Id)}, {a.LoaderName});"));
        foreach (var method in methods)
        {
            writer.Line(method.Name + "(builder);");
        }

        writer.Line("return builder.Build();");
        writer.Close();
        foreach (var method in methods)
        {
            writer.Line();
            writer.Open($"private static void {method.Name}({Seeding}.DatasetBuilder builder)");
            method.Body();
            writer.Close();
        }
    }

    private static void AddChunks<T>(List<(string Name, System.Action Body)> methods, string name, EquatableArray<T> items, System.Action<T> emit)
        where T : System.IEquatable<T>
    {
        for (var start = 0; start < items.Count; start += ChunkSize)
        {
            var chunk = items.Skip(start).Take(ChunkSize).ToList();
            var suffix = items.Count > ChunkSize ? CSharpLiteral.Integer(start / ChunkSize) : string.Empty;
            methods.Add((name + suffix, () => chunk.ForEach(emit)));
        }
    }

    private static void EmitOrganization(SourceWriter writer, OrganizationSpec o)
    {
        writer.Open($"builder.Add(new {Seeding}.OrganizationSeed");
        writer.Line($"Id = {CSharpLiteral.String(o.Id)},");
        writer.Line($"Name = {CSharpLiteral.String(o.Name)},");
        writer.Line($"Aliases = {CSharpLiteral.StringArray(o.Aliases)},");
        writer.Line($"Kind = {Runtime}.OrganizationKind.{HandleNames.ToPascalCase(o.Kind)},");
        writer.Line($"Country = {CSharpLiteral.String(o.Country)},");
        writer.Line($"Parent = {CSharpLiteral.String(o.Parent)},");
        writer.Line($"ReportsTo = {CSharpLiteral.StringArray(o.ReportsTo)},");
        writer.Line($"Description = {CSharpLiteral.String(o.Description)},");
        writer.Close(");");
    }

    private static void EmitPerson(SourceWriter writer, PersonSpec p)
    {
        writer.Open($"builder.Add(new {Seeding}.PersonSeed");
        writer.Line($"Id = {CSharpLiteral.String(p.Id)},");
        writer.Line($"Name = {CSharpLiteral.String(p.Name)},");
        writer.Line($"Aliases = {CSharpLiteral.StringArray(p.Aliases)},");
        writer.Line($"Country = {CSharpLiteral.String(p.Country)},");
        var roles = string.Join(", ", p.Roles.Select(r => $"new {Seeding}.RoleSeed {{ Title = {CSharpLiteral.String(r.Title)}, Organization = {CSharpLiteral.String(r.Organization)} }}"));
        writer.Line($"Roles = new {Seeding}.RoleSeed[] {{ {roles} }},");
        writer.Line($"Description = {CSharpLiteral.String(p.Description)},");
        writer.Close(");");
    }

    private static void EmitPlace(SourceWriter writer, PlaceSpec p)
    {
        writer.Open($"builder.Add(new {Seeding}.PlaceSeed");
        writer.Line($"Id = {CSharpLiteral.String(p.Id)},");
        writer.Line($"Name = {CSharpLiteral.String(p.Name)},");
        writer.Line($"Aliases = {CSharpLiteral.StringArray(p.Aliases)},");
        writer.Line($"Kind = {Runtime}.PlaceKind.{HandleNames.ToPascalCase(p.Kind)},");
        writer.Line($"Country = {CSharpLiteral.String(p.Country)},");
        writer.Line($"Within = {CSharpLiteral.String(p.Within)},");
        writer.Line($"Description = {CSharpLiteral.String(p.Description)},");
        writer.Close(");");
    }

    private static void EmitPredicate(SourceWriter writer, PredicateSpec p)
    {
        writer.Open($"builder.Add(new {Seeding}.PredicateSeed");
        writer.Line($"Id = {CSharpLiteral.String(p.Id)},");
        writer.Line($"Label = {CSharpLiteral.String(p.Label)},");
        writer.Line($"Description = {CSharpLiteral.String(p.Description)},");
        writer.Line($"ObjectKind = {Runtime}.ValueKind.{HandleNames.ToPascalCase(p.ObjectKind)},");
        writer.Line($"IsSingleValued = {CSharpLiteral.Boolean(p.SingleValued)},");
        writer.Close(");");
    }

    internal const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"AllianceData.Generator\", \"" + GeneratorInfo.Version + "\")]";
}
