using System.IO;
using System.Linq;
using System.Text;
using AllianceData.Corpus;
using AllianceData.Generator.Parsing;
using AllianceData.Generator.Tests.Robustness;
using AllianceData.Testing;
using Microsoft.CodeAnalysis.Text;

namespace AllianceData.Generator.Tests;

/// <summary>
/// The fast path only ever accepts what System.Text.Json's reader accepts, and then builds the very
/// tree the walk over that reader builds, row by row; it declines what it leaves to that reader.
/// </summary>
public class JsonFastPathTests
{
    public static TheoryData<string> SuiteCases() => new(Directory.GetFiles(JsonTestSuiteTests.SuiteFolder, "*.json").Select(Path.GetFileName).Order(System.StringComparer.Ordinal)!);

    public static TheoryData<string> Accepted => new()
    {
        "{}",
        "[]",
        " \t\r\n{ \"a\" \r\n: [ 1 , -0 , 0.5e+3 , -12.25E-1, 10e2 ] ,\"b\":{},\"c\":[[],[{}]],\"d\":\"\",\"e\":true,\"f\":false,\"g\":null } \n",
        "\"top\"",
        "-7",
        "{\"é\": \"東京 😀\", \"x\": [\"\u2028\"]}",
        "{\n         \"a\":\n    \t   [\n        1,\n  \r\n            2]\n        \n}",
        "{\"a\": \"\\\"quoted\\\"\"}",
        "{\"\\u0061\": 1, \"b\\n\": \"\\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u00E9 \\uFFFF\"}",
    };

    public static TheoryData<string> Declined => new()
    {
        "\"\\ud800\"",
        "\"\\ud83d\\ude00\"",
        "\"\\x\"",
        "\"\\u12G4\"",
        "\"\\u12\"",
        string.Concat(Enumerable.Repeat("[", 40)) + string.Concat(Enumerable.Repeat("]", 40)),
        "\ufeff{}",
    };

    [Theory]
    [MemberData(nameof(SuiteCases))]
    public void A_suite_case_the_fast_path_accepts_is_read_the_same_by_System_Text_Json(string caseName)
    {
        // As the generator gets it: decoded into a text, then transcoded back, so valid UTF-8.
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(JsonTestSuiteTests.SuiteFolder, caseName)));
        AssertSameTreeIfAccepted(text, out _);
    }

    [Fact]
    public void Every_file_of_a_synthetic_corpus_takes_the_fast_path_to_the_same_tree()
    {
        foreach (var (name, content) in CorpusBuilder.Build(20).Files.Where(f => f.Key.EndsWith(".json", System.StringComparison.Ordinal)))
        {
            AssertSameTreeIfAccepted(content, out var accepted);
            Assert.True(accepted, name);
        }
    }

    [Fact]
    public void Every_bundled_seed_file_takes_the_fast_path_to_the_same_tree()
    {
        // The bundled annotations quote headlines with escaped quotation marks in them.
        var files = Directory.GetFiles(RepoPaths.Seeds, "*.json");
        Assert.Contains(files, file => File.ReadAllText(file).Contains('\\'));
        foreach (var file in files)
        {
            AssertSameTreeIfAccepted(File.ReadAllText(file), out var accepted);
            Assert.True(accepted, file);
        }
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Plain_JSON_takes_the_fast_path_to_the_same_tree(string json)
    {
        AssertSameTreeIfAccepted(json, out var accepted);
        Assert.True(accepted);
    }

    [Theory]
    [MemberData(nameof(Declined))]
    public void Surrogate_and_invalid_escapes_deep_nesting_and_a_byte_order_mark_are_left_to_System_Text_Json(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var tree = JsonTree.Rent(utf8);
        try
        {
            Assert.False(JsonFastPath.TryRead(utf8, utf8.Length, tree));
        }
        finally
        {
            tree.Return();
        }
    }

    /// <summary>Lengths of run around the eight-byte words the scans read, and past two of them.</summary>
    private static readonly int[] RunLengths = Enumerable.Range(0, 26).ToArray();

    [Fact]
    public void Strings_of_every_length_around_a_word_with_an_escape_or_a_wide_character_anywhere_take_the_fast_path_to_the_same_tree()
    {
        var insertions = new[] { "\\\"", "\\\\", "\\/", "\\n", "\\u00e9", "é", "東", "😀", "\u2028" };
        foreach (var length in RunLengths)
        {
            for (var position = 0; position <= length; position++)
            {
                foreach (var insertion in insertions)
                {
                    var value = new string('a', position) + insertion + new string('b', length - position);
                    foreach (var json in new[] { $"\"{value}\"", $"{{\"{value}\": \"{value}\", \"x\": [\"{value}\"]}}" })
                    {
                        AssertSameTreeIfAccepted(json, out var accepted);
                        Assert.True(accepted, json);
                    }
                }
            }
        }
    }

    [Fact]
    public void A_control_character_anywhere_in_a_string_or_a_name_is_left_to_System_Text_Json()
    {
        var controls = new[] { '\0', '\u0001', '\t', '\n', '\r', '\u001f' };
        foreach (var length in RunLengths)
        {
            for (var position = 0; position <= length; position++)
            {
                foreach (var control in controls)
                {
                    var value = new string('a', position) + control + new string('b', length - position);
                    AssertDeclined($"\"{value}\"", refused: true);
                    AssertDeclined($"{{\"x\": \"{value}\"}}", refused: true);
                    AssertDeclined($"{{\"{value}\": 1}}", refused: true);
                }
            }
        }
    }

    [Fact]
    public void A_document_ending_in_a_string_is_left_to_System_Text_Json_even_with_a_quote_after_it_in_the_buffer()
    {
        foreach (var length in RunLengths)
        {
            var run = new string('a', length);
            foreach (var json in new[] { "\"" + run, "{\"x\": \"" + run, "{\"" + run, "[\"" + run + "\\" })
            {
                AssertDeclined(json, refused: true, after: "\"\"\"\"\"\"\"\"}");
            }
        }
    }

    [Fact]
    public void Indentation_of_every_length_mixed_with_other_white_space_takes_the_fast_path_to_the_same_tree()
    {
        foreach (var length in RunLengths)
        {
            var indent = new string(' ', length);
            var json = $"{{\n{indent}\"a\": [\n{indent}1,\n{indent}\t\"b\"\r\n{indent}\r\n{indent}],\n{indent} \"c\":\n{indent}{{}}\n{indent}}}\n{indent}";
            AssertSameTreeIfAccepted(json, out var accepted);
            Assert.True(accepted, json);

            // Spaces in the buffer after the document, then a value: a scan past its end would find it.
            AssertAccepted(json, after: indent + "        1");
        }
    }

    [Theory]
    [InlineData("{\"a\": 1}")]
    [InlineData("\n1\n")]
    [InlineData("{\n\"a\":\r\n1,\r\"b\"\r\r\n:\n\n[2]}\r")]
    [InlineData("\r\n\r\r{}\n\r")]
    [InlineData("{\"é\":\r\n\"東京 😀\",\n\"x\": \"—\"\r}\n")]
    public void The_line_starts_recorded_on_the_way_are_the_compilers_after_LF_CR_LF_and_a_lone_CR(string json)
    {
        AssertSameTreeIfAccepted(json, out var accepted);
        Assert.True(accepted, json);
    }

    /// <summary>The fast path declines the document; with <paramref name="refused"/>, System.Text.Json's reader refuses it too.</summary>
    private static void AssertDeclined(string json, bool refused, string after = ", 1]}")
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var utf8 = bytes.Concat(Encoding.UTF8.GetBytes(after)).ToArray();
        var tree = JsonTree.Rent(utf8);
        try
        {
            Assert.False(JsonFastPath.TryRead(utf8, bytes.Length, tree), json);
            if (refused)
            {
                tree.Clear();
                var read = JsonTreeReader.ReadFull(utf8, bytes.Length, tree);
                tree = read.Tree; // given back by the reader at an error
                Assert.True(read.Tree is null, json);
            }
        }
        finally
        {
            tree?.Return();
        }
    }

    private static void AssertAccepted(string json, string after)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var utf8 = bytes.Concat(Encoding.UTF8.GetBytes(after)).ToArray();
        var tree = JsonTree.Rent(utf8);
        try
        {
            Assert.True(JsonFastPath.TryRead(utf8, bytes.Length, tree), json);
        }
        finally
        {
            tree.Return();
        }
    }

    /// <summary>
    /// In a document with no U+0085, U+2028 or U+2029 (the only kind the map takes them from), the
    /// line starts recorded, in bytes, are the compiler's.
    /// </summary>
    private static void AssertLineStartsAsRoslyn(string json, JsonTree tree)
    {
        if (json.Any(c => c is '\u0085' or '\u2028' or '\u2029'))
        {
            return;
        }

        var expected = SourceText.From(json).Lines.Select(line => Encoding.UTF8.GetByteCount(json.Substring(0, line.Start))).ToArray();
        Assert.Equal(expected, tree.LineStarts.ToArray());
    }

    private static void AssertSameTreeIfAccepted(string json, out bool accepted)
    {
        // A buffer longer than the document, as a pooled one is, with JSON-looking bytes after it.
        var bytes = Encoding.UTF8.GetBytes(json);
        var utf8 = bytes.Concat(Encoding.UTF8.GetBytes(", 1]}")).ToArray();
        var fast = JsonTree.Rent(utf8);
        var full = JsonTree.Rent(utf8);
        try
        {
            accepted = JsonFastPath.TryRead(utf8, bytes.Length, fast);
            if (!accepted)
            {
                return;
            }

            var read = JsonTreeReader.ReadFull(utf8, bytes.Length, full);
            Assert.True(read.Tree is not null, $"accepted what the reader refuses: {read.ErrorMessage}");
            Assert.Equal(full.Count, fast.Count);
            for (var i = 0; i < full.Count; i++)
            {
                var (a, b) = (full[i], fast[i]);
                Assert.Equal(
                    (a.Kind, a.Start, a.End, a.Length, a.Escaped, a.Next, a.Members, a.Name, a.NameStart, a.NameEnd),
                    (b.Kind, b.Start, b.End, b.Length, b.Escaped, b.Next, b.Members, b.Name, b.NameStart, b.NameEnd));
            }

            AssertLineStartsAsRoslyn(json, fast);
        }
        finally
        {
            fast.Return();
            full.Return();
        }
    }
}
