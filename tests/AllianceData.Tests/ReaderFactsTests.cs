using System.Linq;
using AllianceData;
using AllianceData.Analysis;

namespace AllianceData.Tests;

/// <summary>Facts a reader of the five articles checks first, computed from the dataset.</summary>
public class ReaderFactsTests
{
    private static readonly Dataset Data = Alliance.Dataset;

    [Fact]
    public void At_least_four_articles_report_the_restructuring_of_US_Forces_Japan()
    {
        var usfj = Alliance.Organizations.UsForcesJapan;
        var articles = Data.ClaimsAbout(usfj)
            .Where(c => c.Predicate.Id == "restructured-as")
            .Select(c => c.Article)
            .Distinct()
            .ToList();

        Assert.True(articles.Count >= 4, $"only {articles.Count} articles report it");
    }

    [Fact]
    public void Two_articles_report_the_three_star_commander()
    {
        var articles = Data.Claims
            .Where(c => c.Predicate.Id == "led-by-rank" && c.Object is TextValue { Text: var rank } && rank.Contains("three-star"))
            .Select(c => c.Article.Id)
            .Distinct()
            .OrderBy(id => id)
            .ToList();

        Assert.Equal(new[] { "002_1de40ac4d20b8b73", "004_538d84961c184b99" }, articles);
    }

    [Fact]
    public void The_launch_date_of_Japans_joint_command_is_stated_differently_by_different_sources()
    {
        var launches = Data.Claims
            .Where(c => c.Predicate.Id == "launch-date" && c.Subject.Id == "japan-joint-operations-command")
            .Select(c => (c.Article.Id, Time: (TimeValue)c.Object))
            .ToList();

        Assert.True(launches.Select(l => l.Id).Distinct().Count() >= 3);
        Assert.True(launches.Select(l => l.Time.Date).Distinct().Count() >= 3);
        // "end of 2024" and "early next year" (July 2024) cannot both hold.
        Assert.Contains(launches, a => launches.Any(b => !a.Time.Overlaps(b.Time)));
    }

    [Fact]
    public void The_new_US_headquarters_reports_to_Indo_Pacific_Command()
    {
        var usfj = Alliance.Organizations.UsForcesJapan;

        Assert.Contains(usfj.ReportsTo, o => o.Id == "us-indo-pacific-command");
        Assert.Contains(Data.ClaimsAbout(usfj), c => c.Predicate.Id == "reports-to" && c.Object is EntityValue { Entity.Id: "us-indo-pacific-command" });
    }

    [Fact]
    public void Evidence_covers_at_least_ninety_percent_of_every_articles_body_sentences()
    {
        foreach (var coverage in EvidenceCoverage.Of(Data))
        {
            var uncovered = string.Join(" | ", coverage.Uncovered.Select(s => coverage.Article.Text.Substring(s.Start, s.End - s.Start)));
            Assert.True(coverage.Ratio >= 0.9, $"{coverage.Article.Id}: {coverage.CoveredCount}/{coverage.Sentences.Count} covered; uncovered: {uncovered}");
        }
    }

    [Fact]
    public void The_sentence_splitter_keeps_abbreviations_and_splits_real_sentences()
    {
        var article = Data.Article("002_1de40ac4d20b8b73")!;
        var sentences = SentenceSplitter.Split(article).Select(s => article.Text.Substring(s.Start, s.End - s.Start)).ToList();

        Assert.DoesNotContain(sentences, s => s == "S." || s.EndsWith(" U.S."));
        Assert.Contains(sentences, s => s.StartsWith("During high-level security talks in Tokyo") && s.EndsWith("Joint Force Headquarters."));
    }
}
