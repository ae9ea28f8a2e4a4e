using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AllianceData.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static AllianceData.Generator.Tests.Robustness.RobustnessHarness;

namespace AllianceData.Generator.Tests.Robustness;

/// <summary>
/// Strings that would break generated C# if they were pasted into it (quotes, backslashes, every
/// kind of line break, comment and preprocessor openers, raw-string quotes, lone surrogates, NUL,
/// XML-doc markup, a megabyte of all of them) put in every string field that reaches generated code,
/// and in the article text itself. The output must compile with no diagnostic at all, its syntax tree
/// must have exactly the shape the same seeds with a benign string give, and every value must reach
/// the typed model unchanged, UTF-16 code unit for code unit.
/// </summary>
public class InjectionTests
{
    private const string Everything =
        "\"q\" \\ \\\" \\\\\" \n \r \r\n \u2028 \u2029 \u0085 */ /* // # #if X\n#endif {{ } } \"\"\" @\" $\"{0}\" " +
        "\ud800 \udc00 \udc00\ud800 \0 </summary> <remarks> & &amp; < > ]]> <!-- \\u0022 \t \v \f \ufeff \u200b \u202e \ufffe \uffff \U0001F600";

    public static readonly IReadOnlyDictionary<string, string> Hostile = new Dictionary<string, string>
    {
        ["quote"] = "\"",
        ["backslash"] = "\\",
        ["escaped quote"] = "\\\"",
        ["trailing backslash"] = "text\\",
        ["newline"] = "a\nb",
        ["carriage return"] = "a\rb",
        ["crlf"] = "a\r\nb",
        ["line separator U+2028"] = "a\u2028b",
        ["paragraph separator U+2029"] = "a\u2029b",
        ["next line U+0085"] = "a\u0085b",
        ["comment end"] = "*/",
        ["comment start"] = "/*",
        ["line comment"] = "// x",
        ["hash"] = "#",
        ["directive after newline"] = "x\n#error injected\n#if false",
        ["directive after U+2028"] = "x\u2028#error injected",
        ["braces"] = "{ } }} {{",
        ["raw string quotes"] = "\"\"\"",
        ["verbatim and interpolation"] = "@\"{0}\" $\"{x}\"",
        ["lone high surrogate"] = "a\ud800b",
        ["lone low surrogate"] = "a\udc00b",
        ["reversed surrogates"] = "\udc00\ud800",
        ["high surrogate at end"] = "a\ud800",
        ["NUL"] = "a\0b",
        ["control characters"] = "\u0001\u0007\b\t\v\f\u001b\u007f",
        ["summary end"] = "</summary>",
        ["xml markup"] = "</summary><remarks>x</remarks><summary>",
        ["ampersand"] = "&",
        ["entity"] = "&amp; &lt; &#x41; &bogus;",
        ["cdata and comment"] = "<![CDATA[ ]]> <!-- -->",
        ["unicode escape text"] = "\\u0022 \\x41 \\U0001F600",
        ["format characters"] = "\ufeff\u200b\u200e\u202e",
        ["noncharacters"] = "\ufffe\uffff",
        ["private use"] = "\ue000",
        ["UTF-8 literal escape U+F8FF"] = "a\uf8ffb\uf8ff\ue000c\uf8ff",
        ["escape then lone surrogate"] = "\uf8ff\ud800\uf8ff\uf8ff\udfff",
        ["astral"] = "\U0001F600 \U0001D11E",
        ["everything"] = Everything,
        ["1 MB"] = string.Concat(Enumerable.Repeat(Everything, (1 << 20) / Everything.Length + 1)),
    };

    public static TheoryData<string, bool> Cases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var name in Hostile.Keys)
        {
            data.Add(name, false);
            if (name != "1 MB")
            {
                data.Add(name, true); // The megabyte once is enough: the short cases cover both ways of writing.
            }
        }

        return data;
    }

    /// <summary>
    /// <paramref name="escapeAll"/>: JSON strings written with \u escapes for everything outside
    /// ASCII, or with the characters themselves (UTF-8), escaping only what JSON requires.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_string_in_every_field_compiles_keeps_the_shape_and_arrives_unchanged(string name, bool escapeAll)
    {
        var value = Hostile[name];
        var (files, text) = SeedsWith(value, escapeAll);
        var outcome = Run(files);

        AssertNoGeneratorException(outcome);
        Assert.True(outcome.GeneratorDiagnostics.IsEmpty, Describe(outcome.GeneratorDiagnostics));
        var dataset = CompileCleanlyAndLoad(outcome);

        // A lone surrogate cannot be UTF-8, so its article's literal is escaped and unescaped at run
        // time: compare with a benign value that takes the same path (the escape character itself).
        // A registry past PayloadLiteral.StringLimit becomes a UTF-8 literal: a benign value as long
        // takes that path too.
        var benignText = value.Length > 100_000 ? new string('b', value.Length) : "benign";
        var benignValue = HasLoneSurrogate(value) || value.Contains('\uF8FF') ? benignText + "\uF8FF" : benignText;
        var shaped = outcome;
        var benign = Run(SeedsWith(benignValue, escapeAll).Files);
        Assert.Empty(benign.GeneratorDiagnostics);
        var expectedTrees = benign.RunResult.GeneratedTrees.OrderBy(t => t.FilePath, StringComparer.Ordinal).ToList();
        var actualTrees = shaped.RunResult.GeneratedTrees.OrderBy(t => t.FilePath, StringComparer.Ordinal).ToList();
        Assert.Equal(expectedTrees.Select(t => System.IO.Path.GetFileName(t.FilePath)), actualTrees.Select(t => System.IO.Path.GetFileName(t.FilePath)));
        foreach (var (expected, actual) in expectedTrees.Zip(actualTrees))
        {
            AssertSameShape(expected, actual);
        }

        AssertArrivedUnchanged(dataset, value, text);
    }

    [Fact]
    public void Hostile_strings_cover_every_character_class_the_emitter_escapes()
    {
        var all = string.Concat(Hostile.Values.Where(v => v.Length < 10_000));
        foreach (var c in new[] { '"', '\\', '\n', '\r', '\u2028', '\u2029', '\u0085', '\0', '\ud800', '\udc00', '&', '<', '>', '#', '{', '}', '*', '/' })
        {
            Assert.Contains(c, all);
        }

        Assert.True(Hostile["1 MB"].Length >= 1 << 20);
    }

    /// <summary>The seed folder with <paramref name="value"/> in every free-text field, and the article text it uses.</summary>
    private static (List<AdditionalText> Files, string Text) SeedsWith(string value, bool escapeAll)
    {
        string S(string s) => Json.String(s, escapeAll);
        var h = S(value);
        var text = "Headline\nBODY " + value + " |" + value + "| END\nfooter\n";

        var organizations = $$"""
            {
              "organizations": [
                { "id": "usfj", "name": {{h}}, "aliases": [{{h}}, {{h}}], "kind": "military-command", "country": "US", "reportsTo": ["indopacom"], "description": {{h}} },
                { "id": "indopacom", "name": {{h}}, "kind": "military-command" },
                { "id": "kyodo", "name": "Kyodo", "kind": "news-outlet" }
              ]
            }
            """;
        var people = $$"""
            { "people": [ { "id": "blinken", "name": {{h}}, "aliases": [{{h}}], "country": "US", "roles": [ { "title": {{h}}, "organization": "usfj" } ], "description": {{h}} } ] }
            """;
        var places = $$"""
            { "places": [ { "id": "tokyo", "name": {{h}}, "aliases": [{{h}}], "kind": "city", "country": "JP", "description": {{h}} } ] }
            """;
        var predicates = $$"""
            {
              "predicates": [
                { "id": "says", "label": {{h}}, "description": {{h}}, "object": "text" },
                { "id": "counts", "label": {{h}}, "description": {{h}}, "object": "quantity" },
                { "id": "happens", "label": {{h}}, "description": {{h}}, "object": "time" },
                { "id": "upgrades", "label": {{h}}, "description": {{h}}, "object": "entity" }
              ]
            }
            """;
        var annotation = $$"""
            {
              "title": {{h}},
              "url": {{h}},
              "publisher": "kyodo",
              "publisherNote": {{h}},
              "published": { "date": "2024-03", "precision": "month", "expression": {{h}}, "inferred": true, "basis": {{h}} },
              "body": { "start": "BODY", "end": "END" },
              "mentions": ["usfj", "blinken", "tokyo"],
              "claims": [
                {
                  "id": "text-claim", "subject": "usfj", "predicate": "says", "object": { "text": {{h}} }, "modality": "reported",
                  "attribution": { "source": "blinken", "via": {{h}} },
                  "when": { "date": "2024", "precision": "year", "expression": {{h}} },
                  "where": "tokyo",
                  "note": {{h}},
                  "evidence": [ { "quote": {{h}}, "prefix": "BODY ", "suffix": " |" }, { "quote": "BODY", "suffix": {{S(" " + value + " |")}} } ]
                },
                {
                  "id": "quantity-claim", "subject": "blinken", "predicate": "counts",
                  "object": { "quantity": { "amount": 1, "unit": "person", "item": {{h}}, "expression": {{h}} } }, "modality": "asserted",
                  "evidence": [ { "quote": {{h}}, "prefix": " |", "suffix": "| END" } ]
                },
                {
                  "id": "time-claim", "subject": "tokyo", "predicate": "happens",
                  "object": { "time": { "date": "2025", "precision": "year", "expression": {{h}} } }, "modality": "planned",
                  "evidence": [ { "quote": "END", "prefix": {{S("|" + value + "| ")}} } ]
                },
                {
                  "id": "entity-claim", "subject": "usfj", "predicate": "upgrades", "object": { "entity": "indopacom" }, "modality": "asserted",
                  "evidence": [ { "quote": {{h}}, "occurrence": 2 } ]
                }
              ]
            }
            """;

        var files = Seeds(
            ("seeds/a1.txt", text),
            ("seeds/a1.json", annotation),
            ("seeds/organizations.json", organizations),
            ("seeds/people.json", people),
            ("seeds/places.json", places),
            ("seeds/predicates.json", predicates));
        return (files, text);
    }

    /// <summary>Hostile text changes literals and doc text, never structure: same nodes, same tokens, same lines.</summary>
    private static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static void AssertSameShape(SyntaxTree expected, SyntaxTree actual)
    {
        static string[] Nodes(SyntaxTree tree) => tree.GetRoot().DescendantNodes(descendIntoTrivia: true).Select(n => n.Kind().ToString()).ToArray();
        static string[] Tokens(SyntaxTree tree) => tree.GetRoot().DescendantTokens().Select(t => t.Kind().ToString()).ToArray();
        static string[] Trivia(SyntaxTree tree) => tree.GetRoot().DescendantTrivia().Select(t => t.Kind().ToString()).ToArray();

        Assert.Empty(actual.GetDiagnostics());
        Assert.Equal(Nodes(expected), Nodes(actual));
        Assert.Equal(Tokens(expected), Tokens(actual));
        Assert.Equal(Trivia(expected), Trivia(actual));
        Assert.Equal(expected.GetText().Lines.Count, actual.GetText().Lines.Count);

        var root = (Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax)actual.GetRoot();
        Assert.Equal(
            expected.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax>().Count(),
            root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax>().Count());
        Assert.DoesNotContain(root.DescendantTrivia(), t => t.IsDirective && !t.IsKind(SyntaxKind.NullableDirectiveTrivia));
    }

    private static void AssertArrivedUnchanged(Dataset dataset, string value, string text)
    {
        void Same(string? actual, string what) =>
            Assert.True(string.Equals(value, actual, StringComparison.Ordinal), $"{what} changed: {Show(actual)} instead of {Show(value)}");

        var usfj = dataset.Organization("usfj")!;
        Same(usfj.Name, "organization name");
        Assert.Equal(2, usfj.Aliases.Count);
        usfj.Aliases.ToList().ForEach(a => Same(a, "organization alias"));
        Same(usfj.Description, "organization description");
        Same(dataset.Organization("indopacom")!.Name, "second organization name");

        var blinken = dataset.Person("blinken")!;
        Same(blinken.Name, "person name");
        Same(Assert.Single(blinken.Aliases), "person alias");
        Same(Assert.Single(blinken.Roles).Title, "role title");
        Same(blinken.Description, "person description");

        var tokyo = dataset.Place("tokyo")!;
        Same(tokyo.Name, "place name");
        Same(Assert.Single(tokyo.Aliases), "place alias");
        Same(tokyo.Description, "place description");

        Assert.Equal(4, dataset.Predicates.Count);
        foreach (var predicate in dataset.Predicates)
        {
            Same(predicate.Label, "predicate label");
            Same(predicate.Description, "predicate description");
        }

        var article = Assert.Single(dataset.Articles);
        Assert.True(string.Equals(text, article.Text, StringComparison.Ordinal), "article text changed");
        Same(article.Title, "title");
        Same(article.Url, "url");
        Same(article.PublisherNote, "publisher note");
        Same(article.Published.Basis, "publication basis");
        Same(article.Published.Date.Expression, "publication expression");
        Assert.Equal("BODY", article.Text.Substring(article.BodyStart, 4));

        var textClaim = dataset.Claim("a1#text-claim")!;
        Same(((TextValue)textClaim.Object).Text, "text object");
        Same(textClaim.Attribution!.Via, "attribution via");
        Same(textClaim.When!.Expression, "when expression");
        Same(textClaim.Note, "note");
        Same(textClaim.Evidence[0].Quote, "evidence quote");
        Assert.Equal(" " + value + " |", textClaim.Evidence[1].Suffix);

        var quantity = (QuantityValue)dataset.Claim("a1#quantity-claim")!.Object;
        Same(quantity.Item, "quantity item");
        Same(quantity.Expression, "quantity expression");
        Same(((TimeValue)dataset.Claim("a1#time-claim")!.Object).Expression, "time expression");
        Assert.Equal("|" + value + "| ", dataset.Claim("a1#time-claim")!.Evidence[0].Prefix);

        Assert.Equal(5, dataset.Claims.Sum(c => c.Evidence.Count));
        foreach (var evidence in dataset.Claims.SelectMany(c => c.Evidence))
        {
            Assert.True(string.Equals(evidence.Quote, text.Substring(evidence.Start, evidence.End - evidence.Start), StringComparison.Ordinal), "evidence offsets");
        }

        var occurrences = dataset.Claim("a1#text-claim")!.Evidence[0].Start;
        Assert.Equal(text.IndexOf(value, occurrences + 1, StringComparison.Ordinal), dataset.Claim("a1#entity-claim")!.Evidence[0].Start);
    }

    private static string Show(string? value) =>
        value is null ? "null" : value.Length > 200 ? $"({value.Length} chars)" : string.Concat(value.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
}
