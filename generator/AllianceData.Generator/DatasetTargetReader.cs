using System.Collections.Generic;
using System.Linq;
using AllianceData.Generator.Diagnostics;
using AllianceData.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AllianceData.Generator;

/// <summary>Reads a [SeedDataset] class into a <see cref="DatasetTarget"/>: plain strings, no symbols kept.</summary>
internal static class DatasetTargetReader
{
    public const string AttributeName = "AllianceData.SeedDatasetAttribute";

    /// <summary>A type's name as its declaration writes it: keywords escaped (<c>@class</c>), type parameters with variance (<c>I&lt;out T&gt;</c>).</summary>
    private static readonly SymbolDisplayFormat DeclarationFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameOnly,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters | SymbolDisplayGenericsOptions.IncludeVariance,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    public static (DatasetTarget? Target, DiagnosticInfo? Diagnostic) Read(GeneratorAttributeSyntaxContext context)
    {
        var symbol = (INamedTypeSymbol)context.TargetSymbol;
        var syntax = (ClassDeclarationSyntax)context.TargetNode;
        var attribute = context.Attributes[0];
        var attributeLocation = attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() is { } location
            ? ToInfo(location)
            : null;

        // A class whose parts repeat [SeedDataset] (itself an error, CS0579) is one dataset: the first part makes it.
        var first = symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == AttributeName)?.ApplicationSyntaxReference;
        if (first is not null && (first.SyntaxTree != syntax.SyntaxTree || !syntax.Span.Contains(first.Span)))
        {
            return (null, null);
        }

        var containing = new List<string>();
        var allPartial = IsPartial(syntax);
        var containingSymbol = symbol.ContainingType;
        for (var parent = syntax.Parent as TypeDeclarationSyntax; parent is not null && containingSymbol is not null; parent = parent.Parent as TypeDeclarationSyntax, containingSymbol = containingSymbol.ContainingType)
        {
            allPartial &= IsPartial(parent);
            var keyword = parent is RecordDeclarationSyntax record
                ? "record " + (record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? "struct " : string.Empty)
                : parent.Keyword.ValueText + " ";
            containing.Insert(0, "partial " + keyword + containingSymbol.ToDisplayString(DeclarationFormat));
        }

        if (!allPartial || !symbol.IsStatic)
        {
            var notPartial = DiagnosticInfo.Create(DiagnosticDescriptors.DatasetClassNotPartial, ToInfo(syntax.Identifier.GetLocation()), symbol.Name);
            return (null, notPartial);
        }

        // A member of the user's own with a name the output declares would be CS0102 in generated
        // code; reported here on the member instead, and the class is left without output.
        foreach (var member in symbol.GetMembers())
        {
            if (!member.IsImplicitlyDeclared && ReservedName(member.Name) is { } what && member.Locations.FirstOrDefault(l => l.IsInSource) is { } memberLocation)
            {
                return (null, DiagnosticInfo.Create(DiagnosticDescriptors.ReservedMemberName, ToInfo(memberLocation), symbol.Name, member.Name, what));
            }
        }

        var path = attribute.ConstructorArguments.FirstOrDefault().Value as string;
        var ns = symbol.ContainingNamespace.IsGlobalNamespace ? null : symbol.ContainingNamespace.ToDisplayString();
        var target = new DatasetTarget(
            ns,
            containing.ToEquatableArray(),
            symbol.Name,
            symbol.ToDisplayString(DeclarationFormat),
            symbol.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            path,
            null,
            attributeLocation)
        {
            NullableAnnotations = syntax.SyntaxTree.Options is not CSharpParseOptions options || options.LanguageVersion >= LanguageVersion.CSharp8,
            Utf8Literals = SupportsUtf8Literals(syntax.SyntaxTree.Options as CSharpParseOptions, context.SemanticModel.Compilation),
        };
        return (target, null);
    }

    /// <summary>What the generated code declares under <paramref name="name"/> in a dataset class, or null if nothing.</summary>
    private static string? ReservedName(string name) => name switch
    {
        "Dataset" => "the dataset property",
        "DatasetHolder" or "CreateDataset" or "LoadArticle" => "the dataset's loading code",
        "Organizations" or "People" or "Places" or "Predicates" or "Articles" => "a group of typed handles",
        _ when name.StartsWith("LoadArticles_", System.StringComparison.Ordinal) || name.StartsWith("ArticleData_", System.StringComparison.Ordinal) => "an article bucket's data and loader",
        _ => null,
    };

    private static bool SupportsUtf8Literals(CSharpParseOptions? options, Compilation compilation)
    {
        if (options is null || options.LanguageVersion < LanguageVersion.CSharp11 || compilation.GetTypeByMetadataName("System.ReadOnlySpan`1") is not { } span)
        {
            return false;
        }

        var bytes = span.Construct(compilation.GetSpecialType(SpecialType.System_Byte));
        return compilation.GetTypeByMetadataName("System.Text.Encoding") is { } encoding &&
            encoding.GetMembers("GetString").OfType<IMethodSymbol>().Any(m => m.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type, bytes));
    }

    private static bool IsPartial(TypeDeclarationSyntax syntax) => syntax.Modifiers.Any(m => m.IsKind(SyntaxKind.PartialKeyword));

    private static LocationInfo? ToInfo(Location location) =>
        location.SourceTree is null ? null : new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
}
