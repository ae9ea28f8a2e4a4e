using System.Text;
using AllianceData.Generator.Parsing;

namespace AllianceData.Generator.Tests;

public class JsonNodeTests
{
    /// <summary>The string value of <c>{"v": json}</c>, as the object readers meet it.</summary>
    private static JsonNode Value(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes("{\"v\": " + json + "}");
        var tree = JsonTreeReader.Read(utf8, utf8.Length).Tree!;
        return tree.Root.Properties[0];
    }

    [Theory]
    [InlineData("\"asserted\"", "asserted", true)]
    [InlineData("\"asserted\"", "assert", false)]
    [InlineData("\"assert\"", "asserted", false)]
    [InlineData("\"asserteD\"", "asserted", false)]
    [InlineData("\"\"", "", true)]
    [InlineData("\"\"", "a", false)]
    [InlineData("\"a\"", "", false)]
    [InlineData("\"caf\u00e9\"", "caf\u00e9", true)]
    [InlineData("\"caf\u00e9\"", "cafe", false)]
    [InlineData("\"cafe\"", "caf\u00e9", false)]
    [InlineData("\"caf\u00e9s\"", "caf\u00e9", false)]
    [InlineData("\"\\u0061sserted\"", "asserted", true)]
    [InlineData("\"\\u0061sserted\"", "bsserted", false)]
    [InlineData("\"\ud83d\ude00x\"", "\ud83d\ude00x", true)]
    public void A_string_equals_what_its_decoded_value_equals(string json, string text, bool expected)
    {
        var node = Value(json);

        Assert.Equal(expected, node.StringEquals(text));
        Assert.Equal(node.StringValue == text, node.StringEquals(text));
    }
}
