using System;
using System.Collections.Immutable;
using AllianceData.Generator.Emitting;
using AllianceData.Generator.Model;

namespace AllianceData.Generator.Tests;

/// <summary>The payload's table of registry IDs: each ID once, in first-use order, and each reference written as the index the table recorded for it.</summary>
public class ReferenceTableTests
{
    private static ClaimSpec Claim(string id, string subject, string predicate, string entity, string? where = null) =>
        new(id, subject, predicate, new ClaimObjectSpec("entity", entity, null, null, null), "asserted", null, null, null, where, null, EquatableArray<EvidenceSpec>.Empty);

    private static ArticleSpec Article(params ClaimSpec[] claims) => new(
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
        new[] { "org-usfj", "org-jjoc" }.ToEquatableArray(),
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
        var table = ReferenceTable.Of(Article(Claim("c1", "org-usfj", "commands", "org-jjoc"), Claim("c2", "org-jjoc", "commands", "org-usfj", "place-tokyo")));

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
        var table = ReferenceTable.Of(article);

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
    public void A_reference_out_of_the_recorded_order_is_a_bug_not_a_wrong_index()
    {
        var article = Article(Claim("c1", "org-usfj", "commands", "org-jjoc"));

        // The publisher comes first: asking for a claim's subject instead must not write some index.
        Assert.Throws<InvalidOperationException>(() => ReferenceTable.Of(article).Reference(new PayloadBuffer(), "org-usfj"));

        // Nor may the writer refer to more than the table recorded.
        var table = ReferenceTable.Of(article);
        foreach (var id in new[] { "org-kyodo", "org-usfj", "org-jjoc", "org-usfj", "commands", "org-jjoc" })
        {
            table.Reference(new PayloadBuffer(), id);
        }

        Assert.Throws<InvalidOperationException>(() => table.Reference(new PayloadBuffer(), "org-jjoc"));
    }
}
