using System.Collections.Generic;
using System.Linq;
using AllianceData.Query;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace AllianceData.Cli.Rendering;

/// <summary>The readable tables of the query commands.</summary>
internal static class Tables
{
    public static Table Claims(IReadOnlyList<Claim> claims)
    {
        var table = New("Subject", "Predicate", "Object", "Modality", "Article", "Evidence");
        foreach (var claim in claims)
        {
            table.AddRow(
                Cell(claim.Subject.Name, "bold"),
                Cell(claim.Predicate.Label),
                Cell(claim.Object.ToString()),
                Cell(Vocab.Token(claim.Modality), "italic"),
                Cell(ArticleLabel(claim.Article), "grey"),
                Cell(Quotes(claim), "green"));
        }

        return Caption(table, claims.Count, "claim");
    }

    public static Table Facts(IReadOnlyList<Fact> facts)
    {
        var table = New("Subject", "Predicate", "Object", "Sources", "Articles", "Evidence");
        foreach (var fact in facts)
        {
            table.AddRow(
                Cell(fact.Subject.Name, "bold"),
                Cell(fact.Predicate.Label),
                Cell(fact.Object.ToString()),
                Cell($"{fact.IndependentSourceCount}: {string.Join(", ", fact.Sources.Select(s => s.Name))}", fact.IsCorroborated ? "bold" : "grey"),
                Cell(string.Join("\n", fact.Articles.Select(a => a.Id)), "grey"),
                Cell(Quotes(fact.Claims[0]), "green"));
        }

        return Caption(table, facts.Count, "fact");
    }

    public static Table Conflicts(IReadOnlyList<Conflict> conflicts)
    {
        var table = New("Subject", "Predicate", "Kind", "Claimed values", "Why they conflict");
        foreach (var conflict in conflicts)
        {
            var values = conflict.Claims.Select(c => $"{c.Object} \u2014 {PublisherOrArticle(c.Article)}, {c.Article.Published.Date.Date}");
            var pairs = conflict.Pairs.Select(p => $"{p.Explanation} ({(p.Kind == ConflictKind.Evolution ? "evolution" : "contradiction")})");
            table.AddRow(
                Cell(conflict.Subject.Name, "bold"),
                Cell(conflict.Predicate.Label),
                Cell(conflict.Kind == ConflictKind.Evolution ? "evolution" : "contradiction", conflict.Kind == ConflictKind.Evolution ? "yellow" : "red"),
                Cell(string.Join("\n", values)),
                Cell(string.Join("\n", pairs), "grey"));
        }

        return Caption(table, conflicts.Count, "conflict");
    }

    public static Table Timeline(IReadOnlyList<TimelineEntry> entries)
    {
        var table = New("When", "Interval", "Subject", "Predicate", "Object", "Modality", "Reported");
        foreach (var entry in entries)
        {
            table.AddRow(
                Cell(entry.Time.Expression is null ? entry.Time.Date : $"{entry.Time.Date} \u201C{entry.Time.Expression}\u201D", "bold"),
                Cell(entry.Time.IntervalText, "grey"),
                Cell(entry.Claim.Subject.Name),
                Cell(entry.Claim.Predicate.Label),
                Cell(entry.Claim.Object.ToString()),
                Cell(Vocab.Token(entry.Claim.Modality), "italic"),
                Cell($"{entry.Reported.Date.Date} {PublisherOrArticle(entry.Claim.Article)}", "grey"));
        }

        return Caption(table, entries.Count, "dated claim");
    }

    private static Table New(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded).ShowRowSeparators();
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header, new Style(decoration: Decoration.Bold))));
        }

        return table;
    }

    private static Table Caption(Table table, int count, string noun) =>
        table.Caption(new TableTitle($"{count} {noun}{(count == 1 ? string.Empty : "s")}", new Style(Color.Grey)));

    private static IRenderable Cell(string text, string? style = null) =>
        new Text(text, style is null ? Style.Plain : Style.Parse(style));

    private static string Quotes(Claim claim) => string.Join("\n", claim.Evidence.Select(e => "\u201C" + e.Quote + "\u201D"));

    private static string ArticleLabel(Article article) => $"{article.Id}\n{article.Published.Date.Date} {PublisherOrArticle(article)}";

    private static string PublisherOrArticle(Article article) => article.Publisher?.Name ?? "(unattributed)";
}
