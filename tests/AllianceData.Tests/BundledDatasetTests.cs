using System.IO;
using System.Linq;
using AllianceData;

namespace AllianceData.Tests;

/// <summary>The contract of the bundled dataset: what every later feature builds on.</summary>
public class BundledDatasetTests
{
    private static readonly Dataset Data = Alliance.Dataset;

    private static string SeedsFolder() => AllianceData.Testing.RepoPaths.Seeds;

    [Fact]
    public void Every_seed_article_is_in_the_dataset_with_its_text_byte_for_byte()
    {
        var files = Directory.GetFiles(SeedsFolder(), "*.txt").OrderBy(f => f, System.StringComparer.Ordinal).ToList();

        Assert.Equal(5, files.Count);
        Assert.Equal(files.Select(Path.GetFileNameWithoutExtension), Data.Articles.Select(a => a.Id));
        foreach (var file in files)
        {
            var article = Data.Article(Path.GetFileNameWithoutExtension(file)!)!;
            Assert.Equal(File.ReadAllText(file), article.Text);
        }
    }

    /// <summary>
    /// The package's MSBuild targets embed each seed text in the assembly as it is, and generated
    /// code reads it from there: the bytes of each resource are the seed file's bytes.
    /// </summary>
    [Fact]
    public void Every_seed_text_is_embedded_in_the_assembly_byte_for_byte()
    {
        var assembly = typeof(Alliance).Assembly;
        var resources = assembly.GetManifestResourceNames().Where(n => n.StartsWith("AllianceData.Seeds/", System.StringComparison.Ordinal)).ToList();

        Assert.Equal(5, resources.Count);
        foreach (var file in Directory.GetFiles(SeedsFolder(), "*.txt"))
        {
            var name = Assert.Single(resources, r => r.EndsWith("/" + Path.GetFileName(file), System.StringComparison.Ordinal));
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.Equal(File.ReadAllBytes(file), copy.ToArray());
        }
    }

    [Fact]
    public void Every_evidence_offset_selects_exactly_its_quote_inside_the_body()
    {
        var evidence = Data.Claims.SelectMany(c => c.Evidence).ToList();

        Assert.NotEmpty(evidence);
        foreach (var quote in evidence)
        {
            var article = quote.Claim.Article;
            Assert.Equal(quote.Quote, article.Text.Substring(quote.Start, quote.End - quote.Start));
            Assert.InRange(quote.Start, article.BodyStart, article.BodyEnd);
            Assert.InRange(quote.End, article.BodyStart, article.BodyEnd);
        }
    }

    [Fact]
    public void Every_reference_resolves_to_an_object_of_this_dataset()
    {
        var entities = Data.Entities.ToHashSet();
        foreach (var claim in Data.Claims)
        {
            Assert.Contains(claim.Subject, entities);
            Assert.Contains(claim.Predicate, Data.Predicates);
            if (claim.Object is EntityValue value)
            {
                Assert.Contains(value.Entity, entities);
            }

            Assert.Same(claim, Data.Claim(claim.Id));
            Assert.StartsWith(claim.Article.Id + "#", claim.Id);
        }

        foreach (var article in Data.Articles)
        {
            Assert.All(article.Mentions, e => Assert.Contains(e, entities));
            Assert.All(article.Cites, o => Assert.Contains(o, Data.Organizations));
        }
    }

    [Fact]
    public void Every_article_carries_title_date_body_and_mentions()
    {
        foreach (var article in Data.Articles)
        {
            Assert.False(string.IsNullOrWhiteSpace(article.Title));
            Assert.True(article.BodyEnd > article.BodyStart);
            Assert.NotEmpty(article.Mentions);
            Assert.Equal(2024, article.Published.Date.Start.Year);
            Assert.True(!article.Published.IsInferred || !string.IsNullOrWhiteSpace(article.Published.Basis), article.Id + " has an inferred date with no basis");
        }
    }

    [Fact]
    public void Typed_handles_reach_the_registry_entries()
    {
        Assert.Equal("us-forces-japan", Alliance.Organizations.UsForcesJapan.Id);
        Assert.Equal("antony-blinken", Alliance.People.AntonyBlinken.Id);
        Assert.Same(Data.Organizations, Alliance.Organizations.All);
        Assert.Contains("US Joint Force Command", Alliance.Organizations.UsForcesJapan.Aliases);
    }

    [Fact]
    public void Page_furniture_is_outside_every_body()
    {
        Assert.DoesNotContain("Leave a Reply", Data.Article("000_19445ac61a524e3f")!.Body);
        Assert.DoesNotContain("POPULAR ARTICLE", Data.Article("003_1418f6826f52c5a5")!.Body);
        Assert.DoesNotContain("ACCESS RANKING", Data.Article("003_1418f6826f52c5a5")!.Body);
    }
}
