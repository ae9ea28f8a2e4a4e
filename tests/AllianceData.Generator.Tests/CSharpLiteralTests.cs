using System.Linq;
using System.Text;
using AllianceData.Generator.Emitting;

namespace AllianceData.Generator.Tests;

/// <summary>Seed text made safe for the generated source, and payloads measured for a UTF-8 literal while they are escaped (the injection tests cover both end to end).</summary>
public class CSharpLiteralTests
{
    [Theory]
    [InlineData("Kyodo News", "Kyodo News")]
    [InlineData("Ministério da Defesa", "Ministério da Defesa")]
    [InlineData("<b>", "&lt;b&gt;")]
    [InlineData("US & Japan", "US &amp; Japan")]
    [InlineData("one\ntwo\r\nthree\tfour", "one two  three four")]
    [InlineData("end of line\u2028here", "end of line here")]
    [InlineData("\0\u007F", "  ")]
    [InlineData("plain until the end: >", "plain until the end: &gt;")]
    public void Doc_text_escapes_markup_and_blanks_what_could_break_the_comment_line(string value, string expected)
    {
        Assert.Equal(expected, CSharpLiteral.DocText(value));
        Assert.Equal("line so far: " + expected, CSharpLiteral.AppendDocText(new StringBuilder("line so far: "), value).ToString());
    }

    [Fact]
    public void Doc_text_that_needs_no_change_is_the_string_itself()
    {
        var value = new string("Typed handles, é and all".ToCharArray());
        Assert.Same(value, CSharpLiteral.DocText(value));
    }

    /// <summary>Characters a string literal cannot hold as they are, and, first, the bounds of those it can.</summary>
    private const string Specials = "\"\\\n\r\0\u001f\u007f\u0080\u00e9\u2028\ud800\udc00\uf8ff";

    [Fact]
    public void The_plain_ASCII_scan_stops_at_the_first_special_character_wherever_it_is()
    {
        // Past a vector's width either side, so that the special character falls in every lane of a block and in the scalar tail.
        const int length = 70;
        var plain = Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).Where(c => c is not '"' and not '\\').ToArray();
        foreach (var special in Specials)
        {
            for (var at = 0; at < length; at++)
            {
                var chars = Enumerable.Range(0, length).Select(i => i == at ? special : plain[(i + at) % plain.Length]).ToArray();
                Assert.Equal(at, PlainAscii.Skip(chars, 0, length));
                Assert.Equal(length, PlainAscii.Skip(chars, at + 1, length));
                Assert.Equal(at, PlainAscii.Skip(chars, 0, at)); // the end bounds the scan
            }
        }
    }

    [Theory]
    [InlineData("plain text, and none of it to escape: all one run")]
    [InlineData("\"quoted\" \\ back\nslash\r\t\0 and \u007f")]
    [InlineData("Ministério, 東京, \u0080\u07ff\u0800\uffff and \u2028 between")]
    [InlineData("a pair \ud83d\ude00, another at the end \ud83d\ude00")]
    [InlineData("lone \ud800 high, lone \udc00 low, reversed \udc00\ud800, high at the end \ud800")]
    [InlineData("the transport's own escape \uf8ff")]
    public void A_payload_is_escaped_and_measured_for_UTF_8_in_one_pass(string text)
    {
        var payload = new PayloadBuffer();
        payload.Append(text);
        var builder = new StringBuilder("before ");

        var bytes = CSharpLiteral.AppendStringContent(builder, payload, out var needsTransport);

        Assert.Equal("before " + Escaped(text), builder.ToString());
        var transported = Utf8Transport.Encode(payload);
        Assert.Equal(transported, needsTransport);
        if (!transported)
        {
            Assert.Equal(Encoding.UTF8.GetByteCount(text), bytes);
        }

        // Rewritten, it measures what UTF-8 makes of it; the rewrite's escape is still reported, and ignored.
        Assert.Equal(Encoding.UTF8.GetByteCount(payload.Chars, 0, payload.Length), CSharpLiteral.AppendStringContent(new StringBuilder(), payload, out _));
    }

    /// <summary>The literal's content as the emitter wrote it a character at a time.</summary>
    private static string Escaped(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (c is >= ' ' and <= '~' and not '"' and not '\\')
            {
                builder.Append(c);
            }
            else if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c < 128 || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator or System.Globalization.UnicodeCategory.Surrogate
                or System.Globalization.UnicodeCategory.OtherNotAssigned or System.Globalization.UnicodeCategory.PrivateUse)
            {
                CSharpLiteral.AppendEscape(builder, c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
