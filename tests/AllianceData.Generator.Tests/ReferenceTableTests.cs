using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AllianceData.Generator.Emitting;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Tests;

/// <summary>The payload's table of registry IDs: each ID once, in first-use order, each reference written as its index, and the table inserted before them.</summary>
public class ReferenceTableTests
{
    private static ClaimSpec Claim(string id, string subject, string predicate, string entity, string? where = null) =>
        new(id, subject, predicate, new ClaimObjectSpec("entity", entity, null, null, null), "asserted", null, null, null, where, null, EquatableArray<EvidenceSpec>.Empty);

    private static ArticleSpec Article(params ClaimSpec[] claims) => Article(new[] { "org-usfj", "org-jjoc" }, claims);

    private static ArticleSpec Article(string[] mentions, params ClaimSpec[] claims) => new(
        "a1",
        "A1",
        "a1.txt",
        "Title",
        null,
        "org-kyodo",
        null,
        EquatableArray<string>.Empty,
        new PublicationEntry(new DateEntry("2024-07-28", "day", null, "2024-07-28", "2024-07-28"), false, null),
        "text",
        0,
        4,
        mentions.ToEquatableArray(),
        claims.ToEquatableArray());

    private static string Written(Action<PayloadBuffer> write)
    {
        var buffer = new PayloadBuffer();
        write(buffer);
        return new string(buffer.Chars, 0, buffer.Length);
    }

    [Fact]
    public void The_table_names_each_ID_once_in_first_use_order()
    {
        var table = TableOf(Article(Claim("c1", "org-usfj", "commands", "org-jjoc"), Claim("c2", "org-jjoc", "commands", "org-usfj", "place-tokyo")));

        var expected = Written(w =>
        {
            PayloadText.Int(w, 5);
            foreach (var id in new[] { "org-kyodo", "org-usfj", "org-jjoc", "commands", "place-tokyo" })
            {
                PayloadText.Str(w, id);
            }
        });
        Assert.Equal(expected, Written(table.WriteNames));
    }

    [Fact]
    public void Each_reference_in_writing_order_is_written_as_its_index()
    {
        var article = Article(Claim("c1", "org-usfj", "commands", "org-jjoc"), Claim("c2", "org-jjoc", "commands", "org-usfj", "place-tokyo"));
        var table = ReferenceTable.Take(0);

        // Publisher, mentions, then each claim's subject, predicate, object and place: the writer's order.
        var written = Written(w =>
        {
            table.OptionalReference(w, article.Publisher);
            table.References(w, article.Mentions);
            foreach (var claim in article.Claims)
            {
                table.Reference(w, claim.Subject);
                table.Reference(w, claim.Predicate);
                table.Reference(w, claim.Object.Entity!);
                table.OptionalReference(w, claim.Where);
            }
        });

        var expected = Written(w =>
        {
            PayloadText.Int(w, 0);
            PayloadText.Int(w, 2);
            PayloadText.Int(w, 1);
            PayloadText.Int(w, 2);
            foreach (var index in new[] { 1, 3, 2 })
            {
                PayloadText.Int(w, index);
            }

            w.Append('~');
            foreach (var index in new[] { 2, 3, 1, 4 })
            {
                PayloadText.Int(w, index);
            }
        });
        Assert.Equal(expected, written);
    }

    [Fact]
    public void The_table_is_inserted_before_the_references_that_made_it()
    {
        var table = ReferenceTable.Take(0);
        var written = Written(w =>
        {
            w.Append("head|");
            table.Reference(w, "org-usfj");
            table.Reference(w, "org-jjoc");
            table.Reference(w, "org-usfj");
            table.InsertNames(w, "head|".Length);
        });

        Assert.Equal("head|2;8:org-usfj8:org-jjoc0;1;0;", written);
    }

    [Fact]
    public void A_table_taken_again_after_its_release_starts_empty()
    {
        var table = ReferenceTable.Take(0);
        Written(w => table.Reference(w, "org-usfj"));
        table.Release();

        var next = ReferenceTable.Take(0);
        Assert.Equal("0;", Written(next.WriteNames));
        Assert.Equal("0;", Written(w => next.Reference(w, "org-jjoc")));
    }

    [Fact]
    public void An_ID_is_one_entry_whether_or_not_its_references_are_the_same_string_object()
    {
        // The parse keeps one string per recurring ID only as far as its table holds them.
        var copy = new string("org-usfj".ToCharArray());
        var article = Article(new[] { "org-usfj", "org-jjoc" }, Claim("c1", copy, "commands", new string("org-jjoc".ToCharArray())));

        Assert.Equal(Written(w => WriteIndexes(w, article, Naive(article))), Written(w => WriteIndexes(w, article, ReferenceTable.Take(0))));
        Assert.Equal(Written(w => WriteNames(w, Naive(article))), Written(TableOf(article).WriteNames));
    }

    [Fact]
    public void IDs_that_sample_alike_and_more_IDs_than_the_table_made_room_for_keep_their_own_entries()
    {
        // The same length, last two and middle characters: one first slot for all. Five new IDs a
        // claim, where the table sized itself for two.
        string Id(int i) => "org-x" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + "zz";
        var claims = Enumerable.Range(0, 40).Select(i => Claim("c" + i, Id(5 * i), Id((5 * i) + 1), Id((5 * i) + 2), Id((5 * i) + 3)) with { AttributionSource = Id((5 * i) + 4) }).ToArray();
        var article = Article(new[] { Id(7), Id(300) }, claims.Concat(claims.Take(10).Reverse()).ToArray());

        Assert.Equal(Written(w => WriteNames(w, Naive(article))), Written(TableOf(article).WriteNames));
        Assert.Equal(Written(w => WriteIndexes(w, article, Naive(article))), Written(w => WriteIndexes(w, article, ReferenceTable.Take(0))));
    }

    /// <summary>The table the writer makes: every reference of the article, in writing order.</summary>
    private static ReferenceTable TableOf(ArticleSpec article)
    {
        var table = ReferenceTable.Take(0);
        WriteIndexes(new PayloadBuffer(), article, table);
        return table;
    }

    /// <summary>The table as a dictionary would make it: each ID's index is the order of its first use.</summary>
    private static List<string> Naive(ArticleSpec article)
    {
        var names = new List<string>();
        foreach (var id in References(article).Where(id => id is not null).Select(id => id!))
        {
            if (!names.Contains(id))
            {
                names.Add(id);
            }
        }

        return names;
    }

    private static IEnumerable<string?> References(ArticleSpec article) =>
        new[] { article.Publisher }.Concat(article.Cites).Concat(article.Mentions)
            .Concat(article.Claims.SelectMany(c => new[] { c.Subject, c.Predicate, c.Object.Entity, c.AttributionSource, c.Where }));

    private static void WriteNames(PayloadBuffer w, List<string> names)
    {
        PayloadText.Int(w, names.Count);
        names.ForEach(name => PayloadText.Str(w, name));
    }

    private static void WriteIndexes(PayloadBuffer w, ArticleSpec article, List<string> names)
    {
        foreach (var id in References(article).Where(id => id is not null))
        {
            PayloadText.Int(w, names.IndexOf(id!));
        }
    }

    private static void WriteIndexes(PayloadBuffer w, ArticleSpec article, ReferenceTable table)
    {
        foreach (var id in References(article).Where(id => id is not null))
        {
            table.Reference(w, id!);
        }
    }
}
