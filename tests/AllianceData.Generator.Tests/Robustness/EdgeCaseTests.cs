using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AllianceData.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static AllianceData.Generator.Tests.Robustness.RobustnessHarness;

namespace AllianceData.Generator.Tests.Robustness;

/// <summary>
/// The known suspicious corners, one by one: numbers at and past the limits of double and int,
/// dates at the ends of the calendar, claims that are not objects, empty and whitespace-only files,
/// byte order marks and UTF-16, duplicate properties, Unicode handles, very long IDs, invalid UTF-8
/// in the article text. Each gives exactly the expected errors, every one located in a seed file,
/// or valid output; never a generator exception; and the output always compiles.
/// </summary>
public class EdgeCaseTests
{
    private const string Predicates = """
        {
          "predicates": [
            { "id": "upgrades", "label": "upgrades", "description": "The subject strengthens the object.", "object": "entity" },
            { "id": "launch-date", "label": "is launched on", "description": "When it starts operating.", "object": "time", "singleValued": true },
            { "id": "counts", "label": "counts", "description": "How many.", "object": "quantity" }
          ]
        }
        """;

    /// <summary>The sample annotation with one more claim, whose object or evidence the case fills in.</summary>
    private static string WithClaim(string objectJson, string evidenceJson = """{ "quote": "Kyodo said." }""") =>
        SampleSeeds.Annotation.Replace(
            "\n  ]\n}",
            $$"""
            ,
                { "id": "extra", "subject": "united-states", "predicate": "counts", "object": {{objectJson}}, "modality": "asserted", "evidence": [ {{evidenceJson}} ] }
              ]
            }
            """.TrimEnd());

    private static string Amount(string amount) => WithClaim($$"""{ "quantity": { "amount": {{amount}}, "unit": "person" } }""");

    private static string Occurrence(string occurrence) => WithClaim("""{ "quantity": { "amount": 1, "unit": "count" } }""", $$"""{ "quote": "will", "occurrence": {{occurrence}} }""");

    private static string Date(string date, string precision) => SampleSeeds.Annotation.Replace(
        "\"published\": { \"date\": \"2024-03\", \"precision\": \"month\",",
        $"\"published\": {{ \"date\": \"{date}\", \"precision\": \"{precision}\",");

    private static byte[] Utf16(string text, bool bigEndian) => new UnicodeEncoding(bigEndian, byteOrderMark: true).GetPreamble().Concat(new UnicodeEncoding(bigEndian, false).GetBytes(text)).ToArray();

    private static string Places(string place) => """{ "places": [ { "id": "tokyo", "name": "Tokyo", "kind": "city", "country": "JP" }, """ + place + " ] }";

    /// <summary>
    /// Name → the seed file it replaces, its content (a string or bytes) and the errors it must give
    /// (none: valid output). An invalid occurrence is dropped, so the quote it should pick is then
    /// also reported ambiguous (ALD0008); a BOM is not JSON, and only the first is the encoding's.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (string Seed, object Content, string[] Errors)> Cases = new Dictionary<string, (string, object, string[])>
    {
        ["amount 1e400"] = ("seeds/a1.json", Amount("1e400"), new[] { "ALD0010" }),
        ["amount -1e400"] = ("seeds/a1.json", Amount("-1e400"), new[] { "ALD0010" }),
        ["amount -0"] = ("seeds/a1.json", Amount("-0"), new string[0]),
        ["amount 30-digit integer"] = ("seeds/a1.json", Amount("123456789012345678901234567890"), new string[0]),
        ["amount 1e-400"] = ("seeds/a1.json", Amount("1e-400"), new string[0]),
        ["amount 5e-324"] = ("seeds/a1.json", Amount("5e-324"), new string[0]),
        ["amount max double"] = ("seeds/a1.json", Amount("1.7976931348623157e308"), new string[0]),
        ["amount a string"] = ("seeds/a1.json", Amount("\"12\""), new[] { "ALD0002" }),
        ["amount null"] = ("seeds/a1.json", Amount("null"), new[] { "ALD0002" }),
        ["occurrence 1e400"] = ("seeds/a1.json", Occurrence("1e400"), new[] { "ALD0010", "ALD0008" }),
        ["occurrence -0"] = ("seeds/a1.json", Occurrence("-0"), new[] { "ALD0010", "ALD0008" }),
        ["occurrence 0"] = ("seeds/a1.json", Occurrence("0"), new[] { "ALD0010", "ALD0008" }),
        ["occurrence 1.5"] = ("seeds/a1.json", Occurrence("1.5"), new[] { "ALD0010", "ALD0008" }),
        ["occurrence 2147483647"] = ("seeds/a1.json", Occurrence("2147483647"), new[] { "ALD0010" }),
        ["occurrence 2147483648"] = ("seeds/a1.json", Occurrence("2147483648"), new[] { "ALD0010", "ALD0008" }),
        ["occurrence 9007199254740993"] = ("seeds/a1.json", Occurrence("9007199254740993"), new[] { "ALD0010", "ALD0008" }),
        ["occurrence 2e0"] = ("seeds/a1.json", Occurrence("2e0"), new string[0]),
        ["occurrence true"] = ("seeds/a1.json", Occurrence("true"), new[] { "ALD0002", "ALD0008" }),
        ["date year 0000"] = ("seeds/a1.json", Date("0000", "year"), new[] { "ALD0010" }),
        ["date year 0001"] = ("seeds/a1.json", Date("0001", "year"), new string[0]),
        ["date year 9999"] = ("seeds/a1.json", Date("9999", "year"), new string[0]),
        ["date 9999-12-31"] = ("seeds/a1.json", Date("9999-12-31", "day"), new string[0]),
        ["date 0001-01-01"] = ("seeds/a1.json", Date("0001-01-01", "day"), new string[0]),
        ["date 10000"] = ("seeds/a1.json", Date("10000", "year"), new[] { "ALD0010" }),
        ["date 2023-02-29"] = ("seeds/a1.json", Date("2023-02-29", "day"), new[] { "ALD0010" }),
        ["date 2024-02-29"] = ("seeds/a1.json", Date("2024-02-29", "day"), new string[0]),
        ["date Arabic-Indic digits"] = ("seeds/a1.json", Date("\u0662\u0660\u0662\u0664", "year"), new[] { "ALD0010" }),
        ["date with spaces"] = ("seeds/a1.json", Date(" 2024", "year"), new[] { "ALD0010" }),
        ["interval 0001-01-01..9999-12-31"] = ("seeds/a1.json", WithClaim("""{ "quantity": { "amount": 1, "unit": "count" } }""").Replace("\"start\": \"2024-03-01\"", "\"start\": \"0001-01-01\", \"end\": \"9999-12-31\""), new string[0]),
        ["claims not objects"] = ("seeds/a1.json", SampleSeeds.Annotation.Substring(0, SampleSeeds.Annotation.IndexOf("\"claims\"", StringComparison.Ordinal)) + "\"claims\": [1, \"x\", null, [], true, 1e400] }", new[] { "ALD0002", "ALD0002", "ALD0002", "ALD0002", "ALD0002", "ALD0002" }),
        ["claims an object"] = ("seeds/a1.json", SampleSeeds.Annotation.Substring(0, SampleSeeds.Annotation.IndexOf("\"claims\"", StringComparison.Ordinal)) + "\"claims\": {} }", new[] { "ALD0002" }),
        ["empty annotation"] = ("seeds/a1.json", "", new[] { "ALD0001" }),
        ["whitespace-only annotation"] = ("seeds/a1.json", " \n\t\r\n  \u2028 ", new[] { "ALD0001" }),
        ["empty registry"] = ("seeds/places.json", "", new[] { "ALD0001" }),
        ["BOM only"] = ("seeds/places.json", new byte[] { 0xEF, 0xBB, 0xBF }, new[] { "ALD0001" }),
        ["BOM then JSON"] = ("seeds/a1.json", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(SampleSeeds.Annotation)).ToArray(), new string[0]),
        ["two BOMs then JSON"] = ("seeds/a1.json", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetPreamble()).Concat(Encoding.UTF8.GetBytes(SampleSeeds.Annotation)).ToArray(), new[] { "ALD0001" }),
        ["UTF-16 LE with BOM"] = ("seeds/a1.json", Utf16(SampleSeeds.Annotation, bigEndian: false), new string[0]),
        ["UTF-16 BE with BOM"] = ("seeds/a1.json", Utf16(SampleSeeds.Annotation, bigEndian: true), new string[0]),
        ["UTF-16 without BOM"] = ("seeds/a1.json", new UnicodeEncoding(false, false).GetBytes(SampleSeeds.Annotation), new[] { "ALD0001" }),
        ["invalid UTF-8 in a string"] = ("seeds/places.json", Encoding.UTF8.GetBytes(Places("""{ "id": "osaka", "name": "Osaka X", "kind": "city" }""")).Select(b => b == (byte)'X' ? (byte)0xFF : b).ToArray(), new string[0]),
        ["invalid UTF-8 between tokens"] = ("seeds/places.json", Encoding.UTF8.GetBytes(Places("""{ "id": "osaka", "name": "Osaka" X, "kind": "city" }""")).Select(b => b == (byte)'X' ? (byte)0xC3 : b).ToArray(), new[] { "ALD0001" }),
        ["duplicate title"] = ("seeds/a1.json", SampleSeeds.Annotation.Replace("\"title\": \"Headline\",", "\"title\": \"Headline\", \"title\": \"Again\","), new[] { "ALD0020" }),
        ["duplicate registry array"] = ("seeds/places.json", """{ "places": [], "places": [ { "id": "tokyo", "name": "Tokyo", "kind": "city" } ] }""", new[] { "ALD0020" }),
        ["duplicate property, first of wrong type"] = ("seeds/places.json", Places("""{ "id": 5, "id": "osaka", "name": "Osaka", "kind": "city" }"""), new[] { "ALD0002", "ALD0020" }),
        ["unicode handles"] = ("seeds/places.json", Places("""{ "id": "osaka", "handle": "Ōsaka", "name": "Osaka", "kind": "city" }, { "id": "kyoto", "handle": "京都", "name": "Kyoto", "kind": "city" }, { "id": "nara", "handle": "Ωmega_Ünï", "name": "Nara", "kind": "city" }"""), new[] { "ALD0011", "ALD0011", "ALD0011" }),
        ["handle with escapes"] = ("seeds/places.json", Places("""{ "id": "osaka", "handle": "\\u0041b", "name": "Osaka", "kind": "city" }"""), new[] { "ALD0011" }),
        ["handle a lone surrogate"] = ("seeds/places.json", Places("""{ "id": "osaka", "handle": "A\ud800", "name": "Osaka", "kind": "city" }"""), new[] { "ALD0011" }),
        ["id with a lone surrogate"] = ("seeds/places.json", Places("""{ "id": "osaka\ud800", "handle": "Osaka", "name": "Osaka", "kind": "city" }"""), new[] { "ALD0010" }),
        ["id with NUL"] = ("seeds/places.json", Places("""{ "id": "osaka\u0000", "handle": "Osaka", "name": "Osaka", "kind": "city" }"""), new[] { "ALD0010" }),
        ["property name with NUL"] = ("seeds/places.json", Places("""{ "id": "osaka", "na\u0000me": "Osaka", "name": "Osaka", "kind": "city" }"""), new[] { "ALD0003" }),
        ["100,000-character id with a handle"] = ("seeds/places.json", Places($$"""{ "id": "{{new string('a', 100_000)}}", "handle": "Long", "name": "Osaka", "kind": "city" }"""), new string[0]),
        ["100,000-character id"] = ("seeds/places.json", Places($$"""{ "id": "{{new string('a', 100_000)}}", "name": "Osaka", "kind": "city" }"""), new[] { "ALD0011" }),
        ["100,000-character claim id"] = ("seeds/a1.json", SampleSeeds.Annotation.Replace("\"id\": \"upgrade\"", $"\"id\": \"{new string('u', 100_000)}\""), new string[0]),
        ["root an array"] = ("seeds/a1.json", "[]", new[] { "ALD0002" }),
        ["root a string"] = ("seeds/predicates.json", "\"predicates\"", new[] { "ALD0002" }),
        ["nesting 65 deep"] = ("seeds/a1.json", SampleSeeds.Annotation.Replace("\"title\": \"Headline\"", "\"title\": " + new string('[', 65) + new string(']', 65)), new[] { "ALD0001" }),
        ["nesting 63 deep"] = ("seeds/a1.json", SampleSeeds.Annotation.Replace("\"title\": \"Headline\"", "\"title\": " + new string('[', 62) + new string(']', 62)), new[] { "ALD0002" }),
        ["empty article text"] = ("seeds/a1.txt", "", new[] { "ALD0016", "ALD0007", "ALD0007" }),
        ["article text of NULs"] = ("seeds/a1.txt", new string('\0', 10), new[] { "ALD0016", "ALD0007", "ALD0007" }),
        ["empty body quotes"] = ("seeds/a1.json", SampleSeeds.Annotation.Replace("\"body\": { \"start\": \"The US will\", \"end\": \"Kyodo said.\" }", "\"body\": { \"start\": \"\", \"end\": \"\" }"), new[] { "ALD0010", "ALD0010" }),
        ["empty quote"] = ("seeds/a1.json", SampleSeeds.Annotation.Replace("\"quote\": \"launch its joint command by March 2025\"", "\"quote\": \"\""), new[] { "ALD0010" }),
        ["quote longer than the text"] = ("seeds/a1.json", SampleSeeds.Annotation.Replace("\"quote\": \"launch its joint command by March 2025\"", $"\"quote\": \"{new string('x', 10_000)}\""), new[] { "ALD0007" }),
        ["prefix and suffix longer than the text"] = ("seeds/a1.json", SampleSeeds.Annotation.Replace("\"quote\": \"launch its joint command by March 2025\"", $"\"quote\": \"launch\", \"prefix\": \"{new string('x', 10_000)}\", \"suffix\": \"{new string('y', 10_000)}\""), new[] { "ALD0007" }),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Edge_case_gives_exactly_its_located_errors_or_valid_output(string name)
    {
        var (seed, content, expected) = Cases[name];
        var files = Seeds(("seeds/predicates.json", Predicates), (seed, content));
        var outcome = Run(files);

        AssertNoGeneratorException(outcome);
        var errors = Errors(outcome);
        Assert.True(
            expected.OrderBy(e => e).SequenceEqual(errors.Select(e => e.Id).OrderBy(e => e)),
            $"Expected [{string.Join(", ", expected)}], got:\n{Describe(errors)}");
        foreach (var error in errors)
        {
            AssertLocatedIn(error, files.Single(f => f.Path == error.Location.GetLineSpan().Path));
            AssertSafeMessage(error);
        }

        if (errors.Count == 0)
        {
            CompileCleanlyAndLoad(outcome);
        }
        else
        {
            AssertCompilesCleanly(outcome);
        }
    }

    private static Dataset Load(params (string Name, object? Content)[] changes)
    {
        var outcome = Run(Seeds(new[] { ("seeds/predicates.json", (object?)Predicates) }.Concat(changes).ToArray()));
        AssertNoGeneratorException(outcome);
        Assert.Empty(outcome.GeneratorDiagnostics);
        return CompileCleanlyAndLoad(outcome);
    }

    [Theory]
    [InlineData("-0", -0.0)]
    [InlineData("123456789012345678901234567890", 1.2345678901234568E+29)]
    [InlineData("1e-400", 0.0)]
    [InlineData("5e-324", double.Epsilon)]
    [InlineData("1.7976931348623157e308", double.MaxValue)]
    [InlineData("0.1", 0.1)]
    [InlineData("-2.5E+3", -2500.0)]
    public void Amounts_reach_the_model_bit_for_bit(string written, double expected)
    {
        var dataset = Load(("seeds/a1.json", Amount(written)));

        var amount = ((QuantityValue)dataset.Claim("a1#extra")!.Object).Amount;
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(amount));
    }

    [Fact]
    public void Calendar_ends_reach_the_model()
    {
        var first = Load(("seeds/a1.json", Date("0001-01-01", "day"))).Articles[0].Published.Date;
        Assert.Equal((DateTime.MinValue.Date, DateTime.MinValue.Date), (first.Start, first.End));

        var last = Load(("seeds/a1.json", Date("9999", "year"))).Articles[0].Published.Date;
        Assert.Equal((new DateTime(9999, 1, 1), new DateTime(9999, 12, 31)), (last.Start, last.End));
    }

    [Fact]
    public void Non_ascii_handles_are_refused_and_the_entities_stay_reachable_by_id()
    {
        var outcome = Run(Seeds(("seeds/places.json", Cases["unicode handles"].Content)));

        Assert.Equal(3, outcome.Errors.Count(e => e.Id == "ALD0011"));
        Assert.Empty(outcome.Output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Assert.NotNull(outcome.LoadDataset().Place("kyoto"));
    }

    /// <summary>Invalid UTF-8 in an article text reads as U+FFFD, as the compiler reads it, and a quote can quote it.</summary>
    [Fact]
    public void Invalid_utf8_in_the_article_text_is_replacement_characters_that_quotes_match()
    {
        var text = Encoding.UTF8.GetBytes(SampleSeeds.ArticleText.Replace("Kyodo said.", "Kyodo \u00e9 said.")).ToList();
        var e = text.IndexOf(0xC3);
        text.RemoveAt(e + 1); // "é" cut to its lead byte: invalid
        var annotation = SampleSeeds.Annotation
            .Replace("\"end\": \"Kyodo said.\"", "\"end\": \"said.\"")
            .Replace("\"quote\": \"launch its joint command by March 2025\"", "\"quote\": \"Kyodo \\ufffd said.\"");

        var dataset = Load(("seeds/a1.txt", text.ToArray()), ("seeds/a1.json", annotation));

        var evidence = dataset.Claim("a1#launch")!.Evidence[0];
        Assert.Equal("Kyodo \ufffd said.", evidence.Quote);
        Assert.Equal(evidence.Quote, dataset.Articles[0].Text.Substring(evidence.Start, evidence.End - evidence.Start));
    }

    [Fact]
    public void A_bom_is_not_part_of_the_article_text()
    {
        var dataset = Load(("seeds/a1.txt", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(SampleSeeds.ArticleText)).ToArray()));

        Assert.Equal(SampleSeeds.ArticleText, dataset.Articles[0].Text);
    }

    /// <summary>A diagnostic after a BOM, a UTF-16 file or invalid UTF-8 still points at the right line and column.</summary>
    [Theory]
    [InlineData("utf-8 bom")]
    [InlineData("utf-16")]
    [InlineData("invalid utf-8")]
    public void Positions_are_in_characters_whatever_the_encoding(string encoding)
    {
        var places = "{\n  \"places\": [\n    { \"id\": \"t\u00f6ky\u00f6\", \"name\": \"T\u00f6ky\u00f6 \U0001F600\", \"kind\": \"citty\" }\n  ]\n}";
        var bytes = encoding switch
        {
            "utf-8 bom" => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(places)).ToArray(),
            "utf-16" => Utf16(places, bigEndian: false),
            _ => Encoding.UTF8.GetBytes(places.Replace("\u00f6", "\u00f6~")).Select(b => b == (byte)'~' ? (byte)0xFF : b).ToArray(),
        };
        var files = Seeds(("seeds/places.json", bytes));
        var outcome = Run(files);

        var errors = Errors(outcome);
        Assert.All(errors, e => AssertLocatedIn(e, files.Single(f => f.Path == e.Location.GetLineSpan().Path)));
        var kind = errors.Single(e => e.GetMessage().Contains("citty"));
        var text = files.Single(f => f.Path.EndsWith("places.json")).GetText()!.ToString();
        Assert.Equal(encoding == "invalid utf-8", text.Contains('\ufffd'));
        Assert.Equal("\"citty\"", text.Substring(kind.Location.SourceSpan.Start, kind.Location.SourceSpan.Length));
        Assert.Equal(2, kind.Location.GetLineSpan().StartLinePosition.Line);
    }
}
