using System;
using System.Globalization;
using System.Linq;
using AllianceData.Generator.Model;
using AllianceData.Generator.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace AllianceData.Generator.Tests;

/// <summary>
/// The annotation parser's shortcuts read what the plain paths read: numbers taken from their bytes,
/// properties matched in the order written, a claim's located strings and its evidence checks.
/// </summary>
public class AnnotationReadingTests
{
    private const string Claim =
        "{\"id\": \"c1\", \"subject\": \"japan\", \"predicate\": \"ally-of\", \"object\": {\"entity\": \"us\"}, \"modality\": \"reported\", " +
        "\"attribution\": {\"source\": \"nhk\", \"via\": \"officials\"}, \"when\": {\"date\": \"2024\", \"precision\": \"year\"}, " +
        "\"where\": \"tokyo\", \"note\": \"n\", \"evidence\": [{\"quote\": \"q\", \"occurrence\": 2}]}";

    private static (T? Value, ParseContext Context) Read<T>(string json, Func<JsonNode, ParseContext, T?> read)
        where T : class
    {
        var context = new ParseContext(new SeedTextMap("/seeds/a.json", SourceText.From(json)));
        var tree = context.Map.ReadTree().Tree!;
        var value = read(tree.Root, context);
        tree.Return();
        return (value, context);
    }

    /// <summary>What an article holds before its one claim, on the same line: a claim's columns are its offsets plus this length.</summary>
    private const string Article = "{\"title\": \"t\", \"published\": {\"date\": \"2024-01-01\", \"precision\": \"day\"}, \"claims\": [";

    private static (ClaimEntry? Claim, ParseContext Context) ReadClaim(string claim) =>
        Read(Article + claim + "]}", (root, context) => ArticleAnnotationParser.Read(root, context)?.Claims.SingleOrDefault());

    /// <summary>Each diagnostic as its ID and the column in the claim where it starts.</summary>
    private static string Reported(ParseContext context) =>
        string.Join("|", context.Diagnostics.Select(d => $"{d.Descriptor.Id} {d.Location!.Value.LineSpan.Start.Character - Article.Length}"));

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("7")]
    [InlineData("-42")]
    [InlineData("5500000000")]
    [InlineData("999999999999999")]
    [InlineData("-999999999999999")]
    [InlineData("1000000000000001")]
    [InlineData("9007199254740993")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("1.5")]
    [InlineData("-0.0")]
    [InlineData("1e3")]
    [InlineData("2E-2")]
    [InlineData("0.1")]
    public void A_number_reads_as_the_double_its_text_parses_to(string number)
    {
        var (quantity, context) = Read("{\"amount\": " + number + ", \"unit\": \"count\"}", ValueParsers.ReadQuantity);

        Assert.Empty(context.Diagnostics);
        var expected = double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(quantity!.Amount));
    }

    [Fact]
    public void A_claim_written_in_any_property_order_reads_the_same_but_for_its_locations()
    {
        var (inOrder, first) = ReadClaim(Claim);
        var reversed = "{" + string.Join(", ", Properties(Claim).Reverse()) + "}";
        var (outOfOrder, second) = ReadClaim(reversed);

        Assert.Empty(first.Diagnostics);
        Assert.Empty(second.Diagnostics);
        Assert.Equal(Strip(inOrder!), Strip(outOfOrder!));
        Assert.Equal(("c1", "japan", "ally-of", "us", "nhk", "officials", "tokyo", 2), (inOrder!.Id.Value, inOrder.Subject.Value, inOrder.Predicate.Value, inOrder.Object.Entity!.Value.Value, inOrder.AttributionSource!.Value.Value, inOrder.AttributionVia, inOrder.Where!.Value.Value, inOrder.Evidence.Single().Occurrence));
        Assert.Equal(Article.Length + reversed.IndexOf("\"japan\"", StringComparison.Ordinal), outOfOrder!.Subject.Location.LineSpan.Start.Character);
    }

    [Fact]
    public void Unknown_and_duplicate_properties_are_reported_whatever_their_order()
    {
        var claim = Claim.Replace("{\"id\": \"c1\", ", "{\"id\": \"c1\", \"evidence\": [{\"quote\": \"x\"}], \"subjct\": \"a\", \"id\": \"c2\", ");
        var (read, context) = ReadClaim(claim);

        var unknown = claim.IndexOf("\"subjct\"", StringComparison.Ordinal);
        var id = claim.LastIndexOf("\"id\"", StringComparison.Ordinal);
        var evidence = claim.LastIndexOf("\"evidence\"", StringComparison.Ordinal);
        Assert.Equal($"ALD0003 {unknown}|ALD0020 {id}|ALD0020 {evidence}", Reported(context));
        Assert.Equal(("c1", "x"), (read!.Id.Value, read.Evidence.Single().Quote));
    }

    [Theory]
    [InlineData("[]", "ALD0010")]
    [InlineData("\"q\"", "ALD0002|ALD0010")]
    public void A_claim_without_evidence_quotes_is_reported_once_per_check(string evidence, string ids)
    {
        var claim = Claim.Substring(0, Claim.IndexOf("\"evidence\"", StringComparison.Ordinal)) + "\"evidence\": " + evidence + "}";
        var (read, context) = ReadClaim(claim);

        Assert.True(read is null || read.Evidence.IsEmpty);
        var at = claim.LastIndexOf(evidence, StringComparison.Ordinal);
        Assert.Equal(string.Join("|", ids.Split('|').Select(i => $"{i} {at}")), Reported(context));
        Assert.Equal(new[] { "[]", "evidence" }, context.Diagnostics.Last().MessageArgs.Take(2));
    }

    [Fact]
    public void A_claim_missing_its_id_subject_and_predicate_reports_each_and_reads_as_none()
    {
        var claim = Claim.Replace("\"id\": \"c1\", \"subject\": \"japan\", \"predicate\": \"ally-of\", ", string.Empty);
        var (read, context) = ReadClaim(claim);

        Assert.Null(read);
        Assert.Equal("ALD0004 0|ALD0004 0|ALD0004 0", Reported(context));
        Assert.Equal(new[] { "id", "subject", "predicate" }, context.Diagnostics.Select(d => d.MessageArgs[0]));
    }

    [Fact]
    public void A_claim_id_that_recurs_from_article_to_article_is_one_string_and_an_escaped_one_decodes()
    {
        var (first, _) = ReadClaim(Claim);
        var (second, _) = ReadClaim(Claim);
        var (escaped, context) = ReadClaim(Claim.Replace("\"c1\"", "\"c\\u0031\""));

        Assert.Same(first!.Id.Value, second!.Id.Value);
        Assert.Empty(context.Diagnostics);
        Assert.Equal("c1", escaped!.Id.Value);
    }

    /// <summary>The claim's properties as written, for an object with no nested commas at its top level.</summary>
    private static string[] Properties(string json)
    {
        var inner = json.Substring(1, json.Length - 2);
        var parts = new System.Collections.Generic.List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            depth += inner[i] is '{' or '[' ? 1 : inner[i] is '}' or ']' ? -1 : 0;
            if (depth == 0 && inner[i] == ',')
            {
                parts.Add(inner.Substring(start, i - start).Trim());
                start = i + 1;
            }
        }

        parts.Add(inner.Substring(start).Trim());
        return parts.ToArray();
    }

    /// <summary>A claim's content without its locations, which differ with the order written.</summary>
    private static string Strip(ClaimEntry claim) =>
        string.Join("|", claim.Id.Value, claim.Subject.Value, claim.Predicate.Value, claim.Object.Kind, claim.Object.Entity?.Value, claim.Modality, claim.AttributionSource?.Value, claim.AttributionVia, claim.When, claim.Where?.Value, claim.Note, string.Join(",", claim.Evidence.Select(e => (e.Quote, e.Prefix, e.Suffix, e.Occurrence))));
}
