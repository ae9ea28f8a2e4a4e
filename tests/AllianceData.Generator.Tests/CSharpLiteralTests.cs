using AllianceData.Generator.Emitting;

namespace AllianceData.Generator.Tests;

/// <summary>Seed text made safe for the generated source: doc text here (string literals are covered by the injection tests end to end).</summary>
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
    public void Doc_text_escapes_markup_and_blanks_what_could_break_the_comment_line(string value, string expected) =>
        Assert.Equal(expected, CSharpLiteral.DocText(value));

    [Fact]
    public void Doc_text_that_needs_no_change_is_the_string_itself()
    {
        var value = new string("Typed handles, é and all".ToCharArray());
        Assert.Same(value, CSharpLiteral.DocText(value));
    }
}
