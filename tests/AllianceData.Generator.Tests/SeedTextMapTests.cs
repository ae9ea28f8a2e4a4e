using System;
using System.Collections.Generic;
using System.Text;
using AllianceData.Generator.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace AllianceData.Generator.Tests;

/// <summary>The byte-to-location map agrees with Roslyn's own <see cref="SourceText.Lines"/>, in any order of lookups.</summary>
public class SeedTextMapTests
{
    public static TheoryData<string, string> Texts => new()
    {
        { "ascii, LF", "{\n  \"a\": 1,\n  \"b\": [true, null]\n}\n" },
        { "ascii, CR LF and lone CR", "{\r\n\"a\":\r1,\r\n\r\n\"b\": 2}" },
        { "Roslyn's other line breaks", "a\u0085b\u2028c\u2029d\n\u0085\u0085e" },
        { "two- three- and four-byte characters", "é\n東京 \"x\"\n😀😀 y\r\nz ü" },
        { "look-alikes of line breaks (C2 and E2 leads)", "\u00c2\u00a0\u2014\u201c\u201d\u2027\u202a\nx" },
        { "a lone surrogate (written as U+FFFD)", "a\ud800b\n\udc00c" },
        { "empty", string.Empty },
        { "more lines than the line table is first rented for (a break on nearly every byte)", new string('\n', 90) + "a\r\r\nb\n\n" + new string('\n', 40) },
        { "long: wide characters at every position of the scan's vector blocks", Long() },
    };

    /// <summary>Runs of ASCII of every length from 0 to 70, each followed by a wide character and a line break.</summary>
    private static string Long()
    {
        var builder = new StringBuilder();
        var wide = new[] { "é", "東", "😀", "\u2028", "\u0085" };
        for (var run = 0; run <= 70; run++)
        {
            builder.Append('a', run).Append(wide[run % wide.Length]).Append(run % 3 == 0 ? "\r\n" : "\n");
        }

        return builder.ToString();
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_character_boundary_maps_as_Roslyn_does_forward_and_back(string name, string content)
    {
        var text = SourceText.From(content, Encoding.UTF8);
        var boundaries = Boundaries(content);
        var order = new List<int>(boundaries.Keys);
        var orders = new[] { order, Reversed(order), Zigzag(order) };
        foreach (var lookups in orders)
        {
            // Disposed after each order: the next map rents the line table this one gave back, stale entries and all.
            using var map = new SeedTextMap("/seeds/a.json", text);
            for (var i = 0; i + 1 < lookups.Count; i++)
            {
                var (from, to) = (Math.Min(lookups[i], lookups[i + 1]), Math.Max(lookups[i], lookups[i + 1]));
                var location = map.Locate(from, to);
                var expected = TextSpan.FromBounds(boundaries[from], boundaries[to]);
                Assert.True(expected == location.Span, $"{name}: bytes {from}..{to} gave {location.Span}, expected {expected}");
                Assert.Equal(text.Lines.GetLinePositionSpan(expected), location.LineSpan);
            }
        }
    }

    public static TheoryData<string, string> Documents => new()
    {
        { "ascii, LF, CR LF and lone CR, one at the end", "{\n  \"a\": 1,\r\n  \"b\":\r[true, null]\r\n\r}\r" },
        { "ascii, no line break", "{\"a\": [1, 2]}" },
        { "wide characters, no Unicode line break", "{\n\"é\": \"東京\",\r\n\"x\": \"😀 —\"\r}\n" },
        { "wide characters and U+2028 in strings", "{\n\"é\": \"東\u2028京\",\r\n\"x\": \"😀\u0085\"\n}\n" },
        { "U+2029 in a string", "{\"a\":\n\"x\u2029y\"\n}" },
        { "left to System.Text.Json (a surrogate escape)", "{\n\"a\": \"\\ud83d\\ude00\",\r\n\"b\": 1\n}" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void After_the_tree_is_read_every_character_boundary_still_maps_as_Roslyn_does(string name, string content)
    {
        // Reading the tree hands the map the line starts the fast path recorded (in an ASCII file).
        var text = SourceText.From(content, Encoding.UTF8);
        var boundaries = Boundaries(content);
        using var map = new SeedTextMap("/seeds/a.json", text);
        var read = map.ReadTree();
        Assert.True(read.Tree is not null, name);
        read.Tree!.Return();
        var offsets = new List<int>(boundaries.Keys);
        offsets.Sort();
        foreach (var from in offsets)
        {
            var expected = new TextSpan(boundaries[from], 0);
            Assert.Equal(text.Lines.GetLinePositionSpan(expected), map.Locate(from, from).LineSpan);
        }
    }

    [Fact]
    public void A_file_in_a_pooled_buffer_ends_where_it_ends_not_where_the_last_file_did()
    {
        // Both texts are of one pool size class (2,049 to 4,096 bytes), so the second is most likely
        // handed the first one's array, its tail still full of the first file's lines and wide characters.
        var longer = "{\n\"a\": [\n" + string.Join(",\n", System.Linq.Enumerable.Repeat("\"é\u2028x\"", 350)) + "\n]}\n";
        var shorter = "{\"b\": \"" + new string('y', 2100) + "\"}";
        Assert.InRange(Encoding.UTF8.GetByteCount(longer), 2049, 4096);
        using (var first = new SeedTextMap("/seeds/a.json", SourceText.From(longer, Encoding.UTF8)))
        {
            first.ReadTree().Tree!.Return();
        }

        var text = SourceText.From(shorter, Encoding.UTF8);
        using var second = new SeedTextMap("/seeds/b.json", text);
        var read = second.ReadTree();

        Assert.Null(read.ErrorMessage);
        Assert.Equal(shorter.Length, second.Length);
        read.Tree!.Return();
        var end = second.Locate(second.Length, second.Length + 100);
        Assert.Equal(text.Lines.GetLinePositionSpan(new TextSpan(shorter.Length, 0)), end.LineSpan);
    }

    /// <summary>Each UTF-8 byte offset at which a character starts (and the end), with its UTF-16 offset.</summary>
    private static Dictionary<int, int> Boundaries(string content)
    {
        var boundaries = new Dictionary<int, int>();
        var bytes = 0;
        for (var i = 0; i < content.Length; i++)
        {
            boundaries[bytes] = i;
            var pair = char.IsHighSurrogate(content[i]) && i + 1 < content.Length && char.IsLowSurrogate(content[i + 1]);
            bytes += Encoding.UTF8.GetByteCount(pair ? content.Substring(i, 2) : char.IsSurrogate(content[i]) ? "\ufffd" : content.Substring(i, 1));
            if (pair)
            {
                i++;
            }
        }

        boundaries[bytes] = content.Length;
        return boundaries;
    }

    private static List<int> Reversed(List<int> order)
    {
        var reversed = new List<int>(order);
        reversed.Reverse();
        return reversed;
    }

    /// <summary>Small steps forward with jumps back, as a parse looks values up.</summary>
    private static List<int> Zigzag(List<int> order)
    {
        var zigzag = new List<int>();
        for (var i = 0; i < order.Count; i++)
        {
            zigzag.Add(order[i]);
            zigzag.Add(order[i / 2]);
        }

        return zigzag;
    }
}
